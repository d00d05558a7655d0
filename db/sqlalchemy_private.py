"""The one place that uses private SQLAlchemy APIs.

The bulk import (app/customers_io/bulk.py, importer.py) converts values the way
a column's type would bind them, without going through a statement. The public
way, `type_.dialect_impl(dialect).bind_processor(dialect)`, builds a new
processor on every call; SQLAlchemy's own `TypeEngine._cached_bind_processor`
returns the one it caches per dialect, which is what the import wants for each
block of rows. It is private: tests/platform/test_sqlalchemy_private.py fails when
a SQLAlchemy release removes it or changes what it returns, and this module then
falls back to the public way (slower, same values) instead of breaking imports.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeEngine

BindProcessor = Callable[[Any], Any]

# Checked once: a SQLAlchemy without it takes the public path.
HAS_CACHED_BIND_PROCESSOR = callable(getattr(TypeEngine, "_cached_bind_processor", None))


def public_bind_processor(type_: TypeEngine[Any], dialect: Dialect) -> BindProcessor | None:
    """The bind processor through the public API (built anew on every call)."""
    return type_.dialect_impl(dialect).bind_processor(dialect)


def bind_processor(type_: TypeEngine[Any], dialect: Dialect) -> BindProcessor | None:
    """What `type_` does to a Python value before the driver gets it on `dialect`
    (None: nothing), cached by SQLAlchemy per dialect."""
    if HAS_CACHED_BIND_PROCESSOR:
        return type_._cached_bind_processor(dialect)
    return public_bind_processor(type_, dialect)


# The GUI imports the first tab's modules in a thread while the sign-in goes on
# (ui/application.py): a model module imported halfway must not meet a mapper
# configuration run by the other thread (a relationship to a class defined further
# down would not resolve). SQLAlchemy's own lock around configuring and constructing
# mappers (sqlalchemy.orm.mapper._CONFIGURE_MUTEX, an RLock), held by the importing
# thread, makes the other thread's configuration wait. Without it (a SQLAlchemy
# release that renames it) None: the caller then imports before anyone queries.
# (Imported by name: the package's attribute `mapper` is not this module.)
_MUTEX: Any = getattr(importlib.import_module("sqlalchemy.orm.mapper"), "_CONFIGURE_MUTEX", None)
HAS_CONFIGURE_MUTEX = isinstance(_MUTEX, type(threading.RLock()))


def mapper_configuration_lock() -> Any:
    """SQLAlchemy's lock around mapper configuration (a re-entrant lock, to use in a
    `with`), or None when this SQLAlchemy has no such lock."""
    return _MUTEX if HAS_CONFIGURE_MUTEX else None
