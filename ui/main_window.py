"""The main window: feature tabs, menus, status bar, remembered geometry.

Tabs and menu entries come from the registered features (ui/tabs.py,
ui/menus.py); each tab is a ui.feature_tab.FeatureTab.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.logging_setup import log_file_path
from app.paths import data_dir
from app.permissions import role_label
from ui.context import UiContext
from ui.feature_tab import FeatureTab
from ui.menus import menu_entries
from ui.tabs import TabSpec, tabs

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    logout_requested = Signal()
    language_changed = Signal(str)

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("MarketDesk - Marketing management"))
        self.specs: list[TabSpec] = [s for s in tabs() if s.visible(ctx)]
        self._widgets: dict[str, FeatureTab] = {}
        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("mainTabs")
        self.tab_widget.setDocumentMode(True)
        self.setCentralWidget(self.tab_widget)
        for spec in self.specs:
            # Tabs are built on first view: start-up pays for the first tab only.
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tab_widget.addTab(holder, spec.title())
        if not self.specs:
            self.tab_widget.hide()
            empty = QLabel(self.tr("Your role has no pages in this version. Ask an administrator."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setCentralWidget(empty)
        self.tab_widget.currentChanged.connect(self._ensure_current)
        self._build_menus()
        self._build_status_bar()
        ctx.bus.changed.connect(self._on_changed)
        self._restore_geometry()
        if self.specs:
            # The window opens on the first tab (the workbench: what needs the user
            # today), and builds only that one.
            self.tab_widget.setCurrentIndex(0)
            self._ensure_current(0)

    # --- tabs --------------------------------------------------------------------

    def tab(self, key: str) -> FeatureTab | None:
        """The tab widget for a feature key, built if needed (None if hidden for this role)."""
        for index, spec in enumerate(self.specs):
            if spec.key == key:
                self._ensure_current(index, build_only=True)
                return self._widgets[key]
        return None

    def show_tab(self, key: str) -> FeatureTab | None:
        for index, spec in enumerate(self.specs):
            if spec.key == key:
                self.tab_widget.setCurrentIndex(index)
                return self._widgets.get(key)
        return None

    def _ensure_current(self, index: int, build_only: bool = False) -> None:
        if index < 0 or index >= len(self.specs):
            return
        spec = self.specs[index]
        widget = self._widgets.get(spec.key)
        if widget is None:
            widget = spec.factory(self.ctx)
            widget.setObjectName(f"tab_{spec.key}")
            widget.restore_state(self._tab_settings(spec.key))
            self._widgets[spec.key] = widget
            self.tab_widget.widget(index).layout().addWidget(widget)
            widget.title_changed.connect(lambda i=index: self._update_title(i))
            self._update_title(index)
        elif not build_only:
            widget.refresh_if_stale()
            self._update_title(index)

    def _tab_settings(self, key: str) -> QSettings:
        """The user's settings, opened on this tab's group (tab state is per user)."""
        settings = self.ctx.qsettings()
        settings.beginGroup(f"tab-{key}")
        return settings

    def _update_title(self, index: int) -> None:
        spec = self.specs[index]
        widget = self._widgets.get(spec.key)
        suffix = widget.title_suffix() if widget is not None else ""
        self.tab_widget.setTabText(index, spec.title() + (f" ({suffix})" if suffix else ""))

    def _on_changed(self, change) -> None:
        for index, spec in enumerate(self.specs):
            widget = self._widgets.get(spec.key)
            if widget is None or not (spec.entities & change.entities):
                continue
            widget.refresh()
            self._update_title(index)

    # --- menus -------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        from ui import platform_actions as actions

        ctx = self.ctx
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.setObjectName("file")
        self.tools_menu = QMenu(self.tr("&Tools"), self)
        self.tools_menu.setObjectName("tools")
        self.help_menu = QMenu(self.tr("&Help"), self)
        self.help_menu.setObjectName("help")
        # The features' entries come first in each menu, the window's own after them.
        menus = {"file": self.file_menu, "tools": self.tools_menu, "help": self.help_menu}
        for entry in menu_entries():
            if entry.visible(ctx):
                self._action(
                    menus[entry.menu],
                    entry.title(),
                    lambda checked=False, e=entry: e.triggered(ctx, self),
                    entry.shortcut or None,
                    entry.object_name or f"action_{entry.key}",
                )
        for menu in menus.values():
            if menu.actions():
                menu.addSeparator()
        self._action(
            self.file_menu, self.tr("&Lock"), self.lock_requested.emit, "Ctrl+L", "actionLock"
        )
        self._action(
            self.file_menu, self.tr("Sign &out"), self.logout_requested.emit, None, "actionLogout"
        )
        self._action(self.file_menu, self.tr("E&xit"), self.close, "Ctrl+Q", "actionExit")

        self.view_menu = bar.addMenu(self.tr("&View"))
        self._action(
            self.view_menu, self.tr("&Refresh"), self._refresh_current, "F5", "actionRefresh"
        )
        for number, spec in enumerate(self.specs[:9], start=1):
            self._action(
                self.view_menu,
                spec.title(),
                lambda checked=False, k=spec.key: self.show_tab(k),
                f"Ctrl+{number}",
            )

        bar.addMenu(self.tools_menu)
        self._action(
            self.tools_menu,
            self.tr("&Change my password..."),
            lambda: actions.change_password(ctx, self),
            None,
            "actionPassword",
        )
        self._action(
            self.tools_menu,
            self.tr("&Settings..."),
            lambda: actions.open_settings(ctx, self),
            "Ctrl+,",
            "actionSettings",
        )

        bar.addMenu(self.help_menu)
        self._action(
            self.help_menu,
            self.tr("Open &log folder"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file_path().parent))),
            None,
            "actionLogFolder",
        )
        self._action(
            self.help_menu,
            self.tr("Open &data folder"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir()))),
            None,
            "actionDataFolder",
        )
        self.help_menu.addSeparator()
        self._action(self.help_menu, self.tr("&About MarketDesk"), self.about, "F1", "actionAbout")

    def _refresh_current(self) -> None:
        index = self.tab_widget.currentIndex()
        if 0 <= index < len(self.specs):
            widget = self._widgets.get(self.specs[index].key)
            if widget is not None:
                widget.refresh()
                self._update_title(index)

    def about(self) -> None:
        from app.diagnostics import app_version

        QMessageBox.about(
            self,
            self.tr("About MarketDesk"),
            self.tr(
                "<b>MarketDesk %1</b><br>Marketing management for training institutions: staff, "
                "customers, campaigns, budgets and reimbursements.<br><br>Database: %2<br>"
                "Data folder: %3"
            )
            .replace("%1", app_version())
            .replace("%2", self.ctx.services.db.display_location())
            .replace("%3", str(data_dir())),
        )

    # --- status bar and geometry -----------------------------------------------

    def _build_status_bar(self) -> None:
        actor = self.ctx.actor
        user = QLabel(
            self.tr("User: %1 (%2)")
            .replace("%1", actor.display_name or actor.username)
            .replace("%2", role_label(actor.role))
        )
        user.setObjectName("statusUser")
        where = QLabel(
            self.tr("Database: %1").replace("%1", self.ctx.services.db.display_location())
        )
        where.setObjectName("statusDatabase")
        self.statusBar().addWidget(user)
        self.statusBar().addPermanentWidget(where)

    def show_message(self, text: str, msecs: int = 5000) -> None:
        self.statusBar().showMessage(text, msecs)

    def _restore_geometry(self) -> None:
        settings = self.ctx.qsettings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def save_state(self) -> None:
        settings = self.ctx.qsettings()
        settings.setValue("main/geometry", self.saveGeometry())
        for key, widget in self._widgets.items():
            widget.save_state(self._tab_settings(key))

    def closeEvent(self, event) -> None:
        self.save_state()
        super().closeEvent(event)
