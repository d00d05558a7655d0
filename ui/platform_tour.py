"""Platform dialogs for the screenshot tour (filled in as the dialogs exist)."""

from __future__ import annotations

DIALOGS: list = []
