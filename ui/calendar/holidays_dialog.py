"""The administrator's dialog for the calendar's data: a year's public holidays and
worked weekend days (from the State Council's notice each November), and the local
schools' terms and vacations."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.calendar.holiday_seed import OFFICIAL_YEARS
from app.calendar.service import DayRow, TermInput, TermRow
from app.errors import ServiceError, ValidationError
from app.validation import MAX_YEAR, MIN_YEAR
from ui.widgets.messages import show_error

DAY_KINDS = ("holiday", "workday")
TERM_KINDS = ("term", "vacation")


def _parse_date(text: str, field: str, row: int) -> dt.date:
    from PySide6.QtCore import QCoreApplication

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            field,
            QCoreApplication.translate("HolidaysDialog", "Row %1: '%2' is not a date (YYYY-MM-DD).")
            .replace("%1", str(row + 1))
            .replace("%2", text),
        ) from None


class HolidaysDialog(QDialog):
    def __init__(self, ctx, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Holidays and school terms"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        tabs = QTabWidget(self)
        tabs.addTab(self._days_page(year), self.tr("Public holidays"))
        tabs.addTab(self._terms_page(), self.tr("School terms"))
        layout.addWidget(tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load_days()
        self.load_terms()

    # --- holidays ------------------------------------------------------------------

    def _days_page(self, year: int) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:"), page))
        self.year = QSpinBox(page)
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(year)
        self.year.valueChanged.connect(self.load_days)
        top.addWidget(self.year)
        top.addStretch(1)
        layout.addLayout(top)
        self.source = QLabel(page)
        self.source.setWordWrap(True)
        layout.addWidget(self.source)
        self.days = self._table(page, [self.tr("Date"), self.tr("Kind"), self.tr("Name")])
        self.days.setObjectName("holidayDays")
        layout.addWidget(self.days, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add day"), page)
        add.clicked.connect(
            lambda: self._add_day_row(dt.date(self.year.value(), 1, 1), "holiday", "")
        )
        remove = QPushButton(self.tr("Remove day"), page)
        remove.clicked.connect(lambda: self._remove_selected(self.days))
        save = QPushButton(self.tr("Save the year"), page)
        save.setObjectName("saveDays")
        save.clicked.connect(self.save_days)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(save)
        layout.addLayout(row)
        return page

    def _table(self, parent: QWidget, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), parent)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(
            len(headers) - 1, QHeaderView.ResizeMode.Stretch
        )
        return table

    def _kind_box(self, kinds: tuple[str, ...], current: str) -> QComboBox:
        labels = {
            "holiday": self.tr("Day off"),
            "workday": self.tr("Working day (swapped)"),
            "term": self.tr("Term"),
            "vacation": self.tr("Vacation"),
        }
        box = QComboBox()
        for kind in kinds:
            box.addItem(labels[kind], kind)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def _add_day_row(self, day: dt.date, kind: str, name: str) -> None:
        row = self.days.rowCount()
        self.days.insertRow(row)
        self.days.setItem(row, 0, QTableWidgetItem(day.isoformat()))
        self.days.setCellWidget(row, 1, self._kind_box(DAY_KINDS, kind))
        self.days.setItem(row, 2, QTableWidgetItem(name))

    def _remove_selected(self, table: QTableWidget) -> None:
        for row in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)

    def load_days(self) -> None:
        year = self.year.value()
        try:
            rows = self.ctx.services.calendar.days(
                self.ctx.actor, dt.date(year, 1, 1), dt.date(year, 12, 31)
            )
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.days.setRowCount(0)
        for r in rows:
            self._add_day_row(r.day, r.kind, r.name)
        self.days.resizeColumnsToContents()
        self.days.setColumnWidth(1, max(self.days.columnWidth(1), 170))  # the kind's combo box
        if year in OFFICIAL_YEARS:
            text = self.tr("Days off and swapped working days as in the State Council's notice.")
        elif rows:
            text = self.tr(
                "Only the statutory holidays are entered for this year. When the State "
                "Council publishes the year's arrangement, add its bridging days off and "
                "the weekend days that are worked."
            )
        else:
            text = self.tr("No holidays are entered for this year yet.")
        self.source.setText(text)

    def day_rows(self) -> list[DayRow]:
        rows = []
        for row in range(self.days.rowCount()):
            day = _parse_date(self.days.item(row, 0).text(), "day", row)
            kind_box = self.days.cellWidget(row, 1)
            assert isinstance(kind_box, QComboBox)
            name_item = self.days.item(row, 2)
            rows.append(DayRow(day, kind_box.currentData(), name_item.text() if name_item else ""))
        return rows

    def save_days(self) -> bool:
        try:
            change = self.ctx.services.calendar.replace_year(
                self.ctx.actor, self.year.value(), self.day_rows()
            )
        except ServiceError as exc:
            show_error(self, exc)
            return False
        self.ctx.bus.publish(change)
        self.load_days()
        return True

    # --- school terms --------------------------------------------------------------

    def _terms_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(self.tr("Terms and vacations of the local schools (both dates included)."), page)
        )
        self.terms = self._table(
            page, [self.tr("Starts"), self.tr("Ends"), self.tr("Kind"), self.tr("Name")]
        )
        self.terms.setObjectName("schoolTerms")
        layout.addWidget(self.terms, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add term"), page)
        add.clicked.connect(
            lambda: self._add_term_row(None, dt.date.today(), dt.date.today(), "term", "")
        )
        remove = QPushButton(self.tr("Remove term"), page)
        remove.clicked.connect(lambda: self._remove_selected(self.terms))
        save = QPushButton(self.tr("Save terms"), page)
        save.setObjectName("saveTerms")
        save.clicked.connect(self.save_terms)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(save)
        layout.addLayout(row)
        return page

    def _add_term_row(
        self, term: TermRow | None, starts: dt.date, ends: dt.date, kind: str, name: str
    ) -> None:
        row = self.terms.rowCount()
        self.terms.insertRow(row)
        first = QTableWidgetItem(starts.isoformat())
        first.setData(Qt.ItemDataRole.UserRole, term)
        self.terms.setItem(row, 0, first)
        self.terms.setItem(row, 1, QTableWidgetItem(ends.isoformat()))
        self.terms.setCellWidget(row, 2, self._kind_box(TERM_KINDS, kind))
        self.terms.setItem(row, 3, QTableWidgetItem(name))

    def load_terms(self) -> None:
        try:
            rows = self.ctx.services.calendar.terms(self.ctx.actor)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._loaded_terms = {t.id: t for t in rows}
        self.terms.setRowCount(0)
        for t in rows:
            self._add_term_row(t, t.starts_on, t.ends_on, t.kind, t.name)
        self.terms.resizeColumnsToContents()
        self.terms.setColumnWidth(2, max(self.terms.columnWidth(2), 110))

    def save_terms(self) -> bool:
        """Each changed row is saved, new rows created, removed rows deleted; a row
        that is refused stops the save there with its message."""
        service, actor = self.ctx.services.calendar, self.ctx.actor
        kept: set[int] = set()
        try:
            for row in range(self.terms.rowCount()):
                term = self.terms.item(row, 0).data(Qt.ItemDataRole.UserRole)
                kind_box = self.terms.cellWidget(row, 2)
                assert isinstance(kind_box, QComboBox)
                name_item = self.terms.item(row, 3)
                data = TermInput(
                    name_item.text() if name_item else "",
                    kind_box.currentData(),
                    _parse_date(self.terms.item(row, 0).text(), "starts_on", row),
                    _parse_date(self.terms.item(row, 1).text(), "ends_on", row),
                )
                if term is None:
                    self.ctx.bus.publish(service.create_term(actor, data).change)
                    continue
                kept.add(term.id)
                if (term.name, term.kind, term.starts_on, term.ends_on) != (
                    data.name,
                    data.kind,
                    data.starts_on,
                    data.ends_on,
                ):
                    self.ctx.bus.publish(
                        service.update_term(actor, term.id, term.version, data).change
                    )
            for term_id, term in self._loaded_terms.items():
                if term_id not in kept:
                    self.ctx.bus.publish(service.delete_term(actor, term_id, term.version))
        except ServiceError as exc:
            show_error(self, exc)
            self.load_terms()
            return False
        self.load_terms()
        return True
