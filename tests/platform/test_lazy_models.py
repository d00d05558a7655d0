"""Models are imported per feature, when used (db/models/__init__.py): a model module
imports the modules of the tables its foreign keys name, start-up maps only what it
reads, and whatever needs the whole schema still gets it."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import db.models
from app.entities import kinds_of, lazy_kinds
from app.features import features
from db.base import Base

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def _imported_model_modules(module: str) -> set[str]:
    """The db.models modules `module` imports by name (import db.models.x, from
    db.models.x import ..., from db.models import x)."""
    path = ROOT / (module.replace(".", "/") + ".py")
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("db.models."))
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith("db.models."):
                found.add(node.module)
            elif node.module == "db.models":
                found.update(f"db.models.{a.name}" for a in node.names)
    return found


def test_each_model_module_imports_the_modules_of_the_tables_it_references():
    db.models.load_all()
    owner = {}
    for mapper in Base.registry.mappers:
        for table in mapper.tables:
            owner.setdefault(table.name, mapper.class_.__module__)
    for name in db.models.module_names():
        module = sys.modules[name]
        for value in vars(module).values():
            if getattr(value, "name", None) in Base.metadata.tables and value is not Base.metadata:
                owner.setdefault(value.name, name)
    needs: dict[str, set[str]] = {}
    for table in Base.metadata.tables.values():
        for fk in table.foreign_keys:
            source, target = owner[table.name], owner[fk.column.table.name]
            if source != target:
                needs.setdefault(source, set()).add(target)
    for mapper in Base.registry.mappers:
        for relationship in mapper.relationships:
            source = mapper.class_.__module__
            target = relationship.mapper.class_.__module__
            if source != target:
                needs.setdefault(source, set()).add(target)
    assert needs  # (the check has something to check)
    for source, targets in needs.items():
        missing = targets - _imported_model_modules(source)
        assert not missing, f"{source} must import {sorted(missing)}"


def test_one_feature_s_models_map_without_the_others():
    out = _run(
        """
        import sys
        from sqlalchemy.orm import configure_mappers
        import db.models.customers
        from db.models import missing_references
        configure_mappers()
        print(sorted(m for m in sys.modules if m.startswith("db.models.")))
        print(missing_references())
        """
    )
    loaded, missing = out.splitlines()
    assert "db.models.customers" in loaded and "db.models.staff" in loaded
    assert "db.models.campaigns" not in loaded and "db.models.appraisal" not in loaded
    assert missing == "set()"


def test_a_model_naming_a_table_not_imported_yet_gets_every_model_mapped_first():
    out = _run(
        """
        import sys
        from sqlalchemy import ForeignKey
        from sqlalchemy.orm import Mapped, configure_mappers, mapped_column
        from db.base import Base
        import db.models

        class Ghost(Base):
            __tablename__ = "ghost_rows"
            id: Mapped[int] = mapped_column(primary_key=True)
            activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id"))

        assert "db.models.campaigns" not in sys.modules
        configure_mappers()
        print("db.models.campaigns" in sys.modules, db.models.missing_references())
        """
    )
    assert out.split() == ["True", "set()"]


def test_the_whole_schema_is_there_for_who_asks():
    out = _run(
        """
        from db.models import metadata
        from app.entities import known_kinds
        print(len(metadata.tables), len(known_kinds()))
        """
    )
    tables, kinds = (int(n) for n in out.split())
    db.models.load_all()
    assert tables == kinds == len(Base.metadata.tables)


def test_lazy_kinds_are_the_kinds_of_their_modules():
    from db.models import budget, budget_claims

    lazy = lazy_kinds("db.models.budget")
    assert set(lazy) == kinds_of(budget) and len(lazy) == len(kinds_of(budget))
    joined = lazy | lazy_kinds("db.models.budget_claims") | frozenset({"office_settings"})
    assert type(joined) is type(lazy)  # declaring a union imports nothing either
    assert set(joined) == kinds_of(budget) | kinds_of(budget_claims) | {"office_settings"}
    assert joined & {"claims", "nothing"} == {"claims"}
    assert "budget_plans" in lazy and "claims" not in lazy


def test_the_gui_maps_only_the_models_of_what_it_shows(tmp_path):
    from app.database import prepare_database
    from app.services import Services

    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    database = prepare_database(url)
    Services(database).users.create_first_admin("boss", "Boss", "Boss-pass-2026")
    database.dispose()
    # As the start-up benchmark does: no first daily backup, whose progress dialog
    # would run its own event loop when the probe quits once the items are in.
    settings = tmp_path / "appdata" / "settings.json"
    settings.write_text(json.dumps({"daily_backup": False}), encoding="utf-8")
    out = _run(
        f"""
        import os, sys
        os.environ["MARKETDESK_BENCH_LOGIN"] = "boss:Boss-pass-2026"
        os.environ["MARKETDESK_BENCH_T0"] = "0"
        from ui import application
        from ui.workbench.tab import WorkbenchTab
        shown = application._report_startup
        def report(window):
            print("TAB", window.specs[window.tab_widget.currentIndex()].key)
            print("MODELS", *sorted(m for m in sys.modules if m.startswith("db.models.")))
            shown(window)
        application._report_startup = report
        load = WorkbenchTab.ensure_loaded
        def loaded(self):
            load(self)
            print("READY", *sorted(m for m in sys.modules if m.startswith("db.models.")))
        WorkbenchTab.ensure_loaded = loaded
        import main
        sys.exit(main.main(["--db", {url!r}, "--lang", "en"]))
        """
    )
    lines = out.splitlines()
    models = next(line for line in lines if line.startswith("MODELS")).split()[1:]
    ready = next(line for line in lines if line.startswith("READY")).split()[1:]
    tab = next(line for line in lines if line.startswith("TAB")).split()[1]
    assert tab == "workbench"
    assert "db.models.users" in models
    # The first tab, the workbench, reads the features that offer it items (their
    # models load in the background while the password is typed, or, signed in at
    # once as here, once the window has painted); the models of the others wait
    # for their tabs (and the tables those name).
    # (Its warnings section runs the features' risk rules: theirs load too.)
    offering = {m for f in features() if f.workbench or f.risks for m in f.models}
    others = {"db.models.adcheck", "db.models.booth", "db.models.calendar"}
    assert not offering <= set(models), "the window waited for the workbench's models"
    assert offering <= set(ready)
    assert not others & (offering | set(ready)), ready
