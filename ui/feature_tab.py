"""The contract between the main window and a feature's tab.

Every tab a feature registers (ui.tabs.TabSpec.factory) is a FeatureTab. The
main window calls, without looking for attributes:
- `refresh()` when data of an entity in the TabSpec's `entities` changed, on F5;
- `refresh_if_stale()` when the tab is shown again (default: nothing);
- `title_suffix()`, a short count the window shows as "Title (3)" ("" for none); a
  tab whose count changes by itself (it loads after the window shows) emits
  `title_changed`;
- `loading()`: True while a tab that fills itself after the window shows has not
  yet (the start-up benchmark waits for it; default False);
- `restore_state(settings)` once built and `save_state(settings)` when the
  window closes, with the user's QSettings opened on a group for this tab. The
  default saves the column widths and sort order of every table in the tab
  (ui.widgets.table_state); a tab with more state extends them.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QWidget

from ui.widgets.table_state import restore_tables, save_tables


class FeatureTab(QWidget):
    title_changed = Signal()

    def refresh(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must implement refresh()")

    def refresh_if_stale(self) -> None:
        """Called when the tab is shown again; most tabs are refreshed by changes."""

    def title_suffix(self) -> str:
        return ""

    def loading(self) -> bool:
        return False

    def save_state(self, settings: QSettings) -> None:
        save_tables(self, settings)

    def restore_state(self, settings: QSettings) -> None:
        restore_tables(self, settings)
