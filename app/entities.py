"""Entity kinds: what a service's Change names and what a tab listens to.

A kind is the name of a table. There is no hand-written list of them: the kinds
are the tables of the SQLAlchemy metadata, and code names a kind through its
model class (`kind(Claim)`) or a whole model module (`kinds_of(budget_models)`),
so a misspelt name fails at import or in the type checker, never silently.
Each feature exposes its kinds to the UI from its own `app/<feature>/kinds.py`
(the UI does not import db/).
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import Any, NewType

from sqlalchemy import Table

from db.base import Base

Kind = NewType("Kind", str)


def kind(model: type[Any]) -> Kind:
    """The kind of a mapped model class: its table's name."""
    return Kind(model.__table__.name)


def kinds_of(*modules: ModuleType) -> frozenset[Kind]:
    """Every table defined in these model modules: mapped classes and plain Tables
    (association tables such as customer_tags). For a tab that reads whole features."""
    names = {module.__name__ for module in modules}
    found: set[Kind] = set()
    for mapper in Base.registry.mappers:
        if mapper.class_.__module__ in names:
            found.update(Kind(table.name) for table in mapper.tables)
    for module in modules:
        found.update(Kind(v.name) for v in vars(module).values() if isinstance(v, Table))
    return frozenset(found)


def known_kinds() -> frozenset[Kind]:
    """Every kind there is: the tables of the complete metadata (read live, so a
    feature registered later is included)."""
    import db.models  # noqa: F401 - completes the metadata

    return frozenset(Kind(name) for name in Base.metadata.tables)


def unknown_kinds(kinds: Iterable[str]) -> set[str]:
    """The names among `kinds` that are no table: a tab listening to one never refreshes."""
    return set(kinds) - known_kinds()
