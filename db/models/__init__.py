"""The model modules of every feature, imported when first used.

Start-up maps only the models it reads (users, meta, the first tab's); a tab or a
service imports its own model modules, and a model module imports the modules of
the tables its foreign keys name (SQLAlchemy needs the referenced tables to
configure relationships and to order a flush). tests/platform/test_lazy_models.py
checks those imports; should one be missing, the mappers' configuration imports
every model first (`_complete_references`), so nothing fails, it only costs time.

What needs the whole schema (migrations, schema checks, known entity kinds, kit
files) calls `load_all()` or reads `db.models.metadata`, which loads every module.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Mapper

from db.base import Base


def module_names() -> list[str]:
    """Every model module of this folder, dotted."""
    return [f"{__name__}.{m.name}" for m in pkgutil.iter_modules(__path__)]


def load_all() -> None:
    """Import every model module: Base.metadata is then the whole schema."""
    for name in module_names():
        importlib.import_module(name)


def missing_references() -> set[str]:
    """Tables named by a foreign key of a mapped table but not mapped (yet)."""
    tables = Base.metadata.tables
    return {
        fk.target_fullname.rsplit(".", 1)[0]
        for table in list(tables.values())
        for fk in table.foreign_keys
        if fk.target_fullname.rsplit(".", 1)[0] not in tables
    }


@event.listens_for(Mapper, "before_configured")
def _complete_references() -> None:
    if missing_references():
        load_all()


def __getattr__(name: str) -> Any:
    if name == "metadata":  # the whole schema: every model module imported first
        load_all()
        return Base.metadata
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
