"""The Customers tab: search and filters, the lazy table, bulk actions, Today panel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.customers.common import local_today
from app.customers.permissions import CustomerPermission
from app.customers.search import CustomerQuery
from app.errors import ServiceError
from ui.context import UiContext
from ui.customers.bulk_actions import BulkActions
from ui.customers.columns import COLUMN_KEYS, COLUMNS
from ui.customers.detail_dialog import CustomerDialog
from ui.customers.fast_delegate import FastTextDelegate
from ui.customers.fast_table import FastTableView
from ui.customers.filter_bar import FilterBar
from ui.customers.table_model import CustomerTableModel
from ui.customers.today_panel import TodayPanel
from ui.feature_tab import FeatureTab

ROW_HEIGHT = 24
SETTINGS_HIDDEN = "customers/hidden_columns"
SETTINGS_WIDTHS = "customers/column_widths"
NO_FILTER = CustomerQuery()


def tab_action(tab: QWidget, text: str, slot, shortcut=None, visible: bool = True) -> QAction:
    """An action of the tab (also for other features' actions on it): its shortcut
    works anywhere inside the tab and is shown in the tooltip."""
    act = QAction(text, tab)
    act.triggered.connect(slot)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
    act.setVisible(visible)
    tab.addAction(act)
    return act


class CustomersTab(FeatureTab):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CustomerTableModel(ctx.services, ctx.actor, self)
        self.model.countChanged.connect(self._update_count)
        self.model.queryFailed.connect(self._query_failed)
        self.dialogs: list[CustomerDialog] = []
        # Called with every detail dialog the tab opens (other features add buttons).
        self.dialog_hooks: list[Callable[[CustomerDialog], None]] = []
        self.count_label = QLabel()
        self._restore_id: int | None = None

        self.filters = FilterBar(ctx)
        self.filters.queryChanged.connect(self.apply_query)

        self.table = FastTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(FastTextDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # The indicator first: enabling sorting sorts by it at once (in SQL).
        self.table.horizontalHeader().setSortIndicator(
            COLUMN_KEYS.index("created"), Qt.SortOrder.DescendingOrder
        )
        self.table.setSortingEnabled(True)
        vertical = self.table.verticalHeader()
        # Fixed heights: the view never asks a million rows for their size hint.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.setMinimumWidth(56)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(0)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self._column_menu_at(header.viewport().mapToGlobal(pos))
        )
        self._restore_columns()
        header.sectionResized.connect(self._save_width)
        self.table.activated.connect(
            lambda index: self.open_customer(self.model.customer_id(index.row()))
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.selection_menu.exec(self.table.viewport().mapToGlobal(pos))
        )

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.today_panel = TodayPanel(ctx)
        self.today_panel.openCustomer.connect(self.open_customer)

        self.bulk = BulkActions(self)
        self._build_actions()

        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(self.today_panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)  # it folds to its toggle button instead
        splitter.setSizes([900, 280])
        self.today_panel.collapsedChanged.connect(self._today_folded)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        self.apply_query(self.filters.query())
        self.today_panel.refresh()

    def _today_folded(self, collapsed: bool) -> None:
        """Give the table the width a folded panel leaves, and take a quarter back when
        it opens again."""
        total = sum(self.splitter.sizes()) or 1180
        panel = self.today_panel.maximumWidth() if collapsed else max(280, total // 4)
        self.splitter.setSizes([total - panel, panel])

    # --- actions ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        can = self.ctx.actor.can
        self.toolbar = QToolBar()
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        action = partial(tab_action, self)

        self.new_action = action(
            self.tr("New customer"),
            lambda: self.open_customer(None),
            QKeySequence.StandardKey.New,
            can(CustomerPermission.EDIT_CUSTOMERS),
        )
        self.open_action = action(self.tr("Open"), self.open_current, "Ctrl+O")
        self.find_action = action(
            self.tr("Search"), self.focus_search, QKeySequence.StandardKey.Find
        )
        # F5 belongs to the main window's View -> Refresh, which calls refresh() here.
        self.refresh_action = action(self.tr("Refresh"), self.refresh)
        self.delete_action = action(
            self.tr("Delete"),
            self.bulk.delete_selected,
            QKeySequence.StandardKey.Delete,
            can(CustomerPermission.DELETE_CUSTOMERS),
        )
        self.restore_action = action(
            self.tr("Restore"),
            self.bulk.restore_selected,
            None,
            can(CustomerPermission.DELETE_CUSTOMERS),
        )
        self.duplicates_action = action(
            self.tr("Find duplicates…"),
            self.bulk.find_duplicates,
            None,
            can(CustomerPermission.MERGE_CUSTOMERS),
        )
        self.catalogue_action = action(
            self.tr("Courses and channels…"),
            self.open_catalogue,
            None,
            can(CustomerPermission.MANAGE_COURSES) or can(CustomerPermission.MANAGE_CHANNELS),
        )
        for act in (self.new_action, self.open_action, self.refresh_action):
            self.toolbar.addAction(act)

        # The selection menu: bulk actions on the selected rows (context menu and toolbar).
        # Other features (export) add their actions to it; see selected_customer_ids().
        self.selection_menu = QMenu(self.tr("Selection"), self)
        self.selection_menu.addAction(self.open_action)
        self.selection_menu.addSeparator()
        self.bulk.fill_menu(self.selection_menu)
        self.selection_menu.addSeparator()
        self.selection_menu.addAction(self.delete_action)
        self.selection_menu.addAction(self.restore_action)
        selection_button = QToolButton()
        selection_button.setText(self.tr("Selected rows"))
        selection_button.setMenu(self.selection_menu)
        selection_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(selection_button)
        columns_button = QToolButton()
        columns_button.setText(self.tr("Columns"))
        columns_button.setMenu(self.column_menu())
        columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(columns_button)
        self.toolbar.addAction(self.duplicates_action)
        self.toolbar.addAction(self.catalogue_action)

    def column_menu(self) -> QMenu:
        menu = QMenu(self.tr("Columns"), self)
        for i, column in enumerate(COLUMNS):
            act = menu.addAction(column.title())
            act.setCheckable(True)
            act.setChecked(not self.table.isColumnHidden(i))
            act.toggled.connect(lambda on, i=i: self.set_column_visible(i, on))
        menu.aboutToShow.connect(lambda: self._sync_column_menu(menu))
        return menu

    def _sync_column_menu(self, menu: QMenu) -> None:
        """The toolbar's menu lives on: show the columns as they are now."""
        for i, act in enumerate(menu.actions()):
            act.blockSignals(True)
            act.setChecked(not self.table.isColumnHidden(i))
            act.blockSignals(False)

    def _column_menu_at(self, global_pos) -> None:
        menu = self.column_menu()
        menu.exec(global_pos)
        menu.deleteLater()  # a fresh menu each time shows the current columns

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.setColumnHidden(column, not visible)
        hidden = [c.key for i, c in enumerate(COLUMNS) if self.table.isColumnHidden(i)]
        self.ctx.qsettings().setValue(SETTINGS_HIDDEN, hidden)

    def _restore_columns(self) -> None:
        """Preset widths (never measured from a million rows), the user's where saved."""
        settings = self.ctx.qsettings()
        stored = settings.value(SETTINGS_HIDDEN)
        hidden = (
            set(stored) if isinstance(stored, list) else {c.key for c in COLUMNS if not c.visible}
        )
        widths = settings.value(SETTINGS_WIDTHS)
        widths = widths if isinstance(widths, dict) else {}
        for i, column in enumerate(COLUMNS):
            try:
                width = int(widths.get(column.key, column.width))
            except (TypeError, ValueError):
                width = column.width
            self.table.setColumnWidth(i, max(30, min(width, 800)))
            self.table.setColumnHidden(i, column.key in hidden)

    def _save_width(self, section: int, _old: int, new: int) -> None:
        if new <= 0 or not 0 <= section < len(COLUMNS) - 1:
            return  # hidden (0) or the stretched last column: nothing the user chose
        settings = self.ctx.qsettings()
        widths = settings.value(SETTINGS_WIDTHS)
        widths = dict(widths) if isinstance(widths, dict) else {}
        widths[COLUMNS[section].key] = new
        settings.setValue(SETTINGS_WIDTHS, widths)

    # --- the query -------------------------------------------------------------------

    def apply_query(self, query: CustomerQuery) -> None:
        current = self.model.query
        query = replace(query, sort=current.sort, descending=current.descending)
        try:
            self.model.set_query(query)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Search failed"), exc.message)
            return
        self.restore_action.setEnabled(query.deleted)
        self.delete_action.setEnabled(not query.deleted)

    def _query_failed(self, error) -> None:
        if isinstance(error, ServiceError):
            QMessageBox.warning(self, self.tr("Search failed"), error.message)
        else:
            raise error

    def _update_count(self) -> None:
        self._restore_position()
        total = self.model.total()
        query = self.model.query
        if self.model.is_counting():
            self.count_label.setText(self.tr("Showing the first %d customers, counting…") % total)
        else:
            self.count_label.setText(self.tr("%n customer(s)", "", total))
        if total == 0:
            # Any search, filter or the recycle bin: not the default query (sorting aside).
            if replace(query, sort=NO_FILTER.sort, descending=NO_FILTER.descending) != NO_FILTER:
                self.empty.setText(
                    self.tr(
                        "No customer matches this search or filter.\n"
                        "Clear the search box or the filters to see all."
                    )
                )
            elif self.ctx.actor.can(CustomerPermission.EDIT_CUSTOMERS):
                self.empty.setText(self.tr("No customers yet.\nPress Ctrl+N to add the first one."))
            else:
                self.empty.setText(self.tr("No customers to show."))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)

    def refresh(self) -> None:
        """Re-run the query (the main window calls this when customer data changed),
        then go back to the customer that was current once its row is known."""
        self._restore_id = self.current_customer_id()
        self.filters.reload_tags()
        self.apply_query(self.filters.query())
        self.today_panel.refresh()
        self._restore_position()

    def _restore_position(self) -> None:
        if self._restore_id is None:
            return
        row = self.model.row_of(self._restore_id)
        if row < 0 and self.model.is_counting():
            return  # beyond the first page: try again when the id list is in
        self._restore_id = None
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def title_suffix(self) -> str:
        """The main window shows it after the tab title: today's due items."""
        count = self.today_panel.items.count
        return str(count) if count else ""

    def save_state(self, settings: QSettings) -> None:
        """Widths and hidden columns are saved as they change (by column key, so that
        a new column keeps everyone's widths); nothing is left to save."""

    def restore_state(self, settings: QSettings) -> None:
        """Restored when the table is built (_restore_columns)."""

    def refresh_if_stale(self) -> None:
        """Called when the tab is shown again: after midnight "today" has moved on."""
        if self.today_panel.items.today != local_today():
            self.refresh()

    # --- selection and opening -------------------------------------------------------

    def selected_customer_ids(self) -> list[int]:
        """Ids of the selected rows, in table order (for bulk actions and export)."""
        # Selection ranges, not selectedRows(): Ctrl+A on a million rows is one range.
        rows: set[int] = set()
        for selection_range in self.table.selectionModel().selection():
            rows.update(range(selection_range.top(), selection_range.bottom() + 1))
        return [cid for cid in (self.model.customer_id(r) for r in sorted(rows)) if cid is not None]

    def current_customer_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.customer_id(index.row()) if index.isValid() else None

    def open_catalogue(self) -> None:
        from ui.customers.catalogue_dialog import CatalogueDialog

        CatalogueDialog(self.ctx, self).exec()

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def open_current(self) -> None:
        customer_id = self.current_customer_id()
        if customer_id is not None:
            self.open_customer(customer_id)

    def open_customer(self, customer_id: int | None) -> CustomerDialog | None:
        """Open (non-modal) the detail of a customer, or a blank one for None."""
        for dialog in self.dialogs:
            if (
                dialog.isVisible()
                and dialog.row is not None
                and dialog.row.id == customer_id
                and customer_id is not None
            ):
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        try:
            dialog = CustomerDialog(self.ctx, customer_id, self)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), exc.message)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.openCustomer.connect(self.open_customer)
        dialog.destroyed.connect(lambda _obj=None, d=dialog: self._forget(d))
        self.dialogs.append(dialog)
        for hook in self.dialog_hooks:
            hook(dialog)
        dialog.show()
        return dialog

    def _forget(self, dialog: CustomerDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
