"""Entity kinds: what a service's Change names and what a tab listens to.

A kind is the name of a table. There is no hand-written list of them: the kinds
are the tables of the SQLAlchemy metadata, and code names a kind through its
model class (`kind(Claim)`) or a whole model module (`kinds_of(budget_models)`),
so a misspelt name fails at import or in the type checker, never silently.
Each feature exposes its kinds to the UI from its own `app/<feature>/kinds.py`
(the UI does not import db/), as `lazy_kinds("db.models.<feature>")`: the main
window reads every tab's declaration, and start-up imports only the models it uses
(db/models/__init__.py), so a module's kinds are worked out when first read.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Set
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


class LazyKinds(Set[Kind]):
    """The kinds of model modules named by dotted path (plus `extra` kinds), read from
    the models when first used, not when declared. A set: `&`, `in`, iteration."""

    __slots__ = ("_kinds", "extra", "modules")

    def __init__(self, modules: tuple[str, ...], extra: frozenset[Kind] = frozenset()) -> None:
        self.modules = modules
        self.extra = extra
        self._kinds: frozenset[Kind] | None = None

    def _resolved(self) -> frozenset[Kind]:
        if self._kinds is None:
            found = kinds_of(*(importlib.import_module(m) for m in self.modules))
            self._kinds = found | self.extra
        return self._kinds

    def __contains__(self, value: object) -> bool:
        return value in self._resolved()

    def __iter__(self) -> Iterator[Kind]:
        return iter(self._resolved())

    def __len__(self) -> int:
        return len(self._resolved())

    def __or__(self, other: Any) -> LazyKinds:  # stays lazy
        if isinstance(other, LazyKinds):
            return LazyKinds(self.modules + other.modules, self.extra | other.extra)
        return LazyKinds(self.modules, self.extra | frozenset(other))

    __ror__ = __or__

    @classmethod
    def _from_iterable(cls, it: Iterable[Any]) -> frozenset[Any]:
        return frozenset(it)  # the other set operations: a plain frozenset

    __hash__ = Set._hash

    def __repr__(self) -> str:
        return f"lazy_kinds{self.modules!r}"


def lazy_kinds(*modules: str) -> LazyKinds:
    """Every table of these model modules (dotted paths), as `kinds_of` finds them,
    imported when the kinds are first read."""
    return LazyKinds(modules)


def known_kinds() -> frozenset[Kind]:
    """Every kind there is: the tables of the complete metadata (read live, so a
    feature registered later is included)."""
    from db.models import load_all

    load_all()  # the models are imported per feature, when used: all of them here

    return frozenset(Kind(name) for name in Base.metadata.tables)


def unknown_kinds(kinds: Iterable[str]) -> set[str]:
    """The names among `kinds` that are no table: a tab listening to one never refreshes."""
    return set(kinds) - known_kinds()
