"""The registered features: each one declares, in its own package, what it brings.

A feature is `app/<feature>/feature.py` with `FEATURE = Feature(...)`: its model
modules and migration folder, its permissions and the roles that hold them, its
services, its demo step, its command-line and benchmark modules, its
translation catalogues, and the module of its UI half (`ui/<feature>/feature.py`,
read by the ui shell; app/ never imports ui/ or cli/, so those are named by
dotted path). Adding a feature is a new folder and one line in FEATURE_MODULES.

The declarations are cheap to import (a StrEnum of permissions at most): services,
models, UI and commands are imported by name when first used, because start-up
time matters (see app/services.py).

Tests add a throwaway feature with `temporary_features(...)`, nothing else.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import MetaData

    from app.permissions import Grants

# The one list of features, in order: demo steps run and commands are listed in it.
FEATURE_MODULES: list[str] = [
    "app.platform.feature",
    "app.users.feature",
    "app.audit.feature",
    "app.staff.feature",
    "app.customers.feature",
    "app.customers_io.feature",
    "app.booth.feature",
    "app.budget.feature",
    "app.claims.feature",
    "app.printing.feature",
    "app.conduct.feature",
    "app.adcheck.feature",
    "app.campaigns.feature",
    "app.appraisal.feature",
    "app.calendar.feature",
    "app.channel_eval.feature",
    "app.meetings.feature",
    "app.worklogs.feature",
    "app.research.feature",
    "app.workbench.feature",
    "app.risks.feature",
]


@dataclass(frozen=True)
class DemoStep:
    """One step of `main.py demo`: a module with `build(ctx: DemoContext)` and
    `label() -> str` (what progress messages call the step, translated)."""

    name: str
    module: str


@dataclass(frozen=True)
class Feature:
    name: str
    # db/models/<feature>.py modules (dotted), imported before the schema is used.
    models: tuple[str, ...] = ()
    # This feature's Alembic versions folder: a branch off the platform revision
    # "0001" with the feature's branch label. Features may share a folder.
    migrations: Path | None = None
    permissions: tuple[type[StrEnum], ...] = ()
    grants: Grants = field(default_factory=dict)
    # Services attribute -> "module:Class"; Services(db).<attribute> builds it lazily.
    services: Mapping[str, str] = field(default_factory=dict)
    # The module of the UI half (ui/<feature>/feature.py, with UI_FEATURE).
    ui: str | None = None
    demo: DemoStep | None = None
    # Command-line modules (dotted), each with register(subparsers).
    cli: tuple[str, ...] = ()
    # Benchmark modules in tests/benchmarks, each with run(options) -> dict.
    benchmarks: tuple[str, ...] = ()
    # Translation catalogues: resources/translations/<name>.sources and <name>_*.ts.
    translations: tuple[str, ...] = ()
    # Name -> "module:object" of app code a data migration of this feature calls (db/
    # may not import app/): handed to the migrations as Alembic config attributes.
    migration_helpers: Mapping[str, str] = field(default_factory=dict)
    # "module:function" returning {table or audit entity: record type in the reader's
    # language}, for the audit log (app/audit/describe.py) of this feature's records.
    audit_records: str | None = None
    # "module:function" called as function(services, actor, today) -> list of
    # app.work_items.WorkItem: what this feature's records ask of the actor today
    # (the workbench tab collects them from every feature).
    workbench: str | None = None
    # "module:RULES", a tuple of app.risk_kit.RiskRule: the risk warnings this
    # feature computes from its data (the risks feature evaluates them).
    risks: str | None = None


_extra: list[Feature] = []
_generation = 0
_loaded: tuple[Feature, ...] | None = None


def import_object(path: str) -> Any:
    """ "package.module:name" -> the object."""
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def features() -> tuple[Feature, ...]:
    """The registered features, in FEATURE_MODULES order, then temporary ones."""
    global _loaded
    if _loaded is None:
        declared = tuple(importlib.import_module(m).FEATURE for m in FEATURE_MODULES)
        _check(declared)
        _loaded = declared
    return _loaded + tuple(_extra)


def generation() -> int:
    """Changes whenever the registered features change (for caches built from them)."""
    return _generation


def _check(declared: tuple[Feature, ...]) -> None:
    """Two features must not claim one name, service or permission."""
    seen: dict[str, str] = {}
    for feature in declared:
        claims = [("feature", feature.name)]
        claims += [("service", name) for name in feature.services]
        claims += [("permission", str(p)) for enum in feature.permissions for p in enum]
        for kind, value in claims:
            key = f"{kind} {value}"
            if key in seen:
                raise ValueError(f"{key} is declared by {seen[key]} and {feature.name}")
            seen[key] = feature.name


@contextlib.contextmanager
def temporary_features(*extra: Feature) -> Iterator[None]:
    """Register features for the duration of a block (tests)."""
    global _generation
    _check(features() + extra)
    _extra.extend(extra)
    _generation += 1
    try:
        yield
    finally:
        for feature in extra:
            _extra.remove(feature)
        _generation += 1


def service_path(attribute: str) -> str | None:
    for feature in features():
        if attribute in feature.services:
            return feature.services[attribute]
    return None


def load_models() -> None:
    for feature in features():
        for module in feature.models:
            importlib.import_module(module)


def metadata() -> MetaData:
    """The schema of every registered feature."""
    from db.base import Base

    load_models()
    return Base.metadata


def version_locations() -> list[Path]:
    """Alembic's versions folders, one per feature (shared folders once)."""
    locations: list[Path] = []
    for feature in features():
        if feature.migrations is not None and feature.migrations not in locations:
            locations.append(feature.migrations)
    return locations


def migration_helpers() -> dict[str, Any]:
    """Every feature's migration helpers, imported (see Feature.migration_helpers)."""
    return {
        name: import_object(path)
        for feature in features()
        for name, path in feature.migration_helpers.items()
    }


def audit_record_labels() -> dict[str, str]:
    """Every feature's audit record types, translated (built when the log is shown)."""
    labels: dict[str, str] = {}
    for feature in features():
        if feature.audit_records:
            labels.update(import_object(feature.audit_records)())
    return labels


def workbench_providers() -> list[str]:
    """ "module:function" of every feature that offers the workbench items."""
    return [f.workbench for f in features() if f.workbench]


def risk_rule_sets() -> list[str]:
    """ "module:RULES" of every feature that computes risk warnings."""
    return [f.risks for f in features() if f.risks]


def demo_steps() -> list[DemoStep]:
    return [f.demo for f in features() if f.demo is not None]


def cli_modules() -> list[str]:
    return [module for f in features() for module in f.cli]


def benchmark_modules() -> list[str]:
    return [module for f in features() for module in f.benchmarks]


def ui_modules() -> list[str]:
    return [f.ui for f in features() if f.ui]
