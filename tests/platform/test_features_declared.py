"""The registered features declare what the code base holds, each part once."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import db.models
from app.features import features, version_locations
from app.permissions import PlatformPermission, Role, role_permissions

ROOT = Path(__file__).resolve().parents[2]


def test_every_model_module_belongs_to_one_feature():
    declared = [m for f in features() for m in f.models]
    on_disk = {f"db.models.{m.name}" for m in pkgutil.iter_modules(db.models.__path__)}
    assert sorted(declared) == sorted(on_disk)


def test_every_translation_catalogue_belongs_to_one_feature():
    declared = [c for f in features() for c in f.translations]
    on_disk = {p.stem for p in (ROOT / "resources" / "translations").glob("*.sources")}
    assert sorted(declared) == sorted(on_disk)


def test_every_benchmark_and_command_module_exists():
    benchmarks = ROOT / "tests" / "benchmarks"
    for name in (b for f in features() for b in f.benchmarks):
        assert (benchmarks / f"{name}.py").is_file(), name
    for module in (c for f in features() for c in f.cli):
        assert callable(importlib.import_module(module).register), module


def test_every_declared_service_and_ui_module_imports():
    from app.features import import_object

    for feature in features():
        for path in feature.services.values():
            assert callable(import_object(path)), path
        if feature.ui:
            assert importlib.import_module(feature.ui).UI_FEATURE is not None


def test_migration_folders_exist():
    locations = version_locations()
    assert locations and all(p.is_dir() for p in locations)


def test_admin_holds_every_permission_and_grants_name_real_roles():
    every = {p for f in features() for enum in f.permissions for p in enum}
    assert role_permissions()[Role.ADMIN] == every
    assert PlatformPermission.RESTORE not in role_permissions()[Role.MANAGER]
    for feature in features():
        mine = {p for enum in feature.permissions for p in enum}
        for role, granted in feature.grants.items():
            assert role in set(Role)
            assert set(granted) <= mine, (feature.name, "grants another feature's permission")
