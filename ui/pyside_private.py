"""The one place that touches a private part of PySide6.

Once PySide6 is imported, every later import in the process runs PySide's hook
`shibokensupport.feature.feature_imported`, which asks `_mod_uses_pyside(module)`
whether the module's source mentions "PySide6" (to scope `from __feature__ import
snake_case`, which MarketDesk does not use). It asks through `inspect.getsource`:
linecache reads, splits and tokenizes every module's source, about 0.1 s of the
sign-in's data layer and first window when MarketDesk runs from source (a bundle
has no sources to read). `speed_up_feature_scan` replaces it with the same question
asked of the file's bytes. tests/platform/test_pyside_private.py checks that both
give the same answers, and fails when a PySide6 release renames what this uses;
without it this does nothing and start-up is only slower.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
MARK = "_marketdesk_reads_bytes"


def _upstream() -> tuple[ModuleType, Callable[[ModuleType], bool]] | None:
    feature = sys.modules.get(FEATURE_MODULE)
    check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(check):
        return None
    return feature, check


def source_mentions_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether the module's source file names PySide6 (what PySide's hook asks);
    a module without a .py file goes to `fallback`, PySide's own check."""
    spec = getattr(module, "__spec__", None)
    path = getattr(spec, "origin", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return fallback(module)


def speed_up_feature_scan() -> bool:
    """Install the faster check (once PySide6 is imported); False when there is
    nothing to replace."""
    found = _upstream()
    if found is None:
        return False
    feature, upstream = found
    if getattr(upstream, MARK, False):
        return True

    def _mod_uses_pyside(module: ModuleType) -> bool:
        return source_mentions_pyside(module, upstream)

    setattr(_mod_uses_pyside, MARK, True)
    feature._mod_uses_pyside = _mod_uses_pyside  # type: ignore[attr-defined]
    return True
