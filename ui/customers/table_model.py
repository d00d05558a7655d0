"""A lazy table model over the customer search: never the whole table in memory.

On a new query the first page comes from one LIMIT query and is shown at once;
the full ordered id list (8 bytes a row, array('q')) loads in a worker thread
and then the remaining rows are appended. Rows are fetched by id windows of
PAGE_SIZE when they scroll into view and kept in a bounded cache of formatted
strings (formatted a screenful at a time, column by column), so a repaint costs
dictionary look-ups, not SQL.
"""

from __future__ import annotations

import contextlib
import threading
from array import array
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer, Signal

from app.context import Actor
from app.customers.rows import CustomerListRow
from app.customers.search import PAGE_SIZE, CustomerQuery, CustomerRows
from app.services import Services
from ui.customers.columns import COLUMNS, CellTexts

CACHE_ROWS = 3000
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# A repaint asks every cell for ~8 roles; plain ints make refusing the others cheap.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ID = int(ID_ROLE)
_VERTICAL = Qt.Orientation.Vertical
_TEXTS = [column.texts for column in COLUMNS]


class _IdLoader(QObject):
    """Delivers the id list from the worker thread to the GUI thread (queued signal)."""

    loaded = Signal(int, object, object)  # generation, array of ids or None, error or None


class CustomerTableModel(QAbstractTableModel):
    countChanged = Signal()  # the row count or the "still counting" state changed
    queryFailed = Signal(object)  # a ServiceError from the background id load

    def __init__(self, services: Services, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._query = CustomerQuery()
        self._ids: array | None = None  # the full ordered id list, once loaded
        self._page_ids: list[int] = []  # the first page, before the list arrives
        # id -> the row's display strings; until the row is first painted, its row from a
        # window fetch or its index in the first page (converted only when shown).
        self._rows: OrderedDict[int, tuple[str, ...] | CustomerListRow | int] = OrderedDict()
        self._page: CustomerRows | None = None
        self._cells = CellTexts()  # labels and local dates of the rows
        self._generation = 0
        self._loader = _IdLoader()
        self._loader.loaded.connect(self._on_ids_loaded)
        self.fetches = 0  # windows fetched from SQL (tests check the model stays lazy)

    # --- query ------------------------------------------------------------------------

    @property
    def query(self) -> CustomerQuery:
        return self._query

    def set_query(self, query: CustomerQuery) -> None:
        """Show the first page now; load the rest of the ids in the background."""
        self._generation += 1
        generation = self._generation
        page = self._services.customers.search_page(self._actor, query, PAGE_SIZE)
        self.beginResetModel()
        self._query = query
        self._rows.clear()
        self._cells.new_query()
        self._ids = None
        self._page = page
        self._page_ids = page.ids
        for index, customer_id in enumerate(page.ids):
            self._rows[customer_id] = index
        if len(page) < PAGE_SIZE:
            self._ids = array("q", self._page_ids)
        self.endResetModel()
        self.countChanged.emit()
        if self._ids is None:
            # Started from the event loop, after the first page has been painted: the
            # thread's Python work would otherwise compete with that paint for the GIL.
            QTimer.singleShot(0, lambda: self._start_id_loader(generation, query))

    def _start_id_loader(self, generation: int, query: CustomerQuery) -> None:
        if generation == self._generation:
            threading.Thread(
                target=self._load_ids, args=(generation, query), daemon=True, name="customer-ids"
            ).start()

    def refresh(self) -> None:
        self.set_query(self._query)

    def _load_ids(self, generation: int, query: CustomerQuery) -> None:
        try:
            ids, error = self._services.customers.search_ids(self._actor, query), None
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, shown there
            ids, error = None, exc
        # The model may be closed while the list loaded: nobody is waiting then.
        with contextlib.suppress(RuntimeError):
            self._loader.loaded.emit(generation, ids, error)

    def _on_ids_loaded(self, generation: int, ids: array | None, error) -> None:
        if generation != self._generation:
            return  # a newer query replaced this one
        if error is not None:
            self.queryFailed.emit(error)
            return
        shown = len(self._page_ids)
        # The first page is the prefix of the full list (same ORDER BY), unless data
        # changed in between: then start over with a reset.
        if list(ids[:shown]) != self._page_ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        else:
            self._ids = ids
        self.countChanged.emit()

    def is_counting(self) -> bool:
        return self._ids is None

    def total(self) -> int:
        return len(self._ids) if self._ids is not None else len(self._page_ids)

    # --- rows -------------------------------------------------------------------------

    def customer_id(self, row: int) -> int | None:
        ids = self._ids if self._ids is not None else self._page_ids
        return ids[row] if 0 <= row < len(ids) else None

    def row_of(self, customer_id: int) -> int:
        ids = self._ids if self._ids is not None else self._page_ids
        try:
            return ids.index(customer_id)
        except ValueError:
            return -1

    def cached_rows(self) -> int:
        return len(self._rows)

    def _format(self, rows: list[CustomerListRow]) -> list[tuple[str, ...]]:
        """The display strings of `rows`, formatted column by column."""
        cells = self._cells
        return list(zip(*[texts(rows, cells) for texts in _TEXTS], strict=True))

    def prepare_rows(self, rows: list[int]) -> None:
        """Fetch and format, in one batch, the rows a paint is about to show (the view
        calls this before row_text): a column at a time costs less than a row at a
        time, ~30 rows x 17 columns after every search."""
        ids: list[int] = []
        pending: list[CustomerListRow] = []
        for row in rows:
            customer_id = self.customer_id(row)
            if customer_id is None:
                continue
            cached = self._rows.get(customer_id)
            if cached is None:
                self._fetch_window(row)
                cached = self._rows.get(customer_id)
            if cached is None or type(cached) is tuple:
                continue
            ids.append(customer_id)
            pending.append(self._page[cached] if type(cached) is int else cached)
        if pending:
            self._rows.update(zip(ids, self._format(pending), strict=True))

    def _fetch_window(self, row: int) -> None:
        ids = self._ids if self._ids is not None else self._page_ids
        start = row - row % PAGE_SIZE
        window = [i for i in ids[start : start + PAGE_SIZE] if i not in self._rows]
        if not window:
            return
        self.fetches += 1
        found = self._services.customers.rows_by_ids(self._actor, window)
        for customer_id in window:
            found_row = found.get(customer_id)
            # A row deleted or reassigned since the list was loaded shows as blank.
            self._rows[customer_id] = found_row if found_row else ("",) * len(COLUMNS)
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)

    def row_text(self, row: int) -> tuple[str, ...] | None:
        customer_id = self.customer_id(row)
        if customer_id is None:
            return None
        cached = self._rows.get(customer_id)
        # Formatted texts are a plain tuple; a CustomerListRow is a named tuple.
        if type(cached) is not tuple:
            self.prepare_rows([row])
            cached = self._rows.get(customer_id)
        else:
            self._rows.move_to_end(customer_id)
        return cached

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total()

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        role = int(role)
        if role != _DISPLAY and role != _TOOLTIP and role != _ID:
            return None
        if not index.isValid():
            return None
        if role == _ID:
            return self.customer_id(index.row())
        text = self.row_text(index.row())
        return text[index.column()] if text else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        # Headers ask ~8 roles a section on every paint and on every model reset (the
        # vertical header measures ~200 sections): refuse the others on plain ints.
        if int(role) != _DISPLAY:
            return None
        if orientation == _VERTICAL:
            return str(section + 1)
        if 0 <= section < len(COLUMNS):
            return COLUMNS[section].title()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done in SQL; columns without a SQL sort key keep the current order."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort is None:
            return
        from dataclasses import replace

        descending = order == Qt.SortOrder.DescendingOrder
        if (self._query.sort, self._query.descending) == (COLUMNS[column].sort, descending):
            return
        self.set_query(replace(self._query, sort=COLUMNS[column].sort, descending=descending))
