"""The activity editor's list pages: the team, the promotion terms and the
materials checklist (small tables edited in place)."""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.campaigns.inputs import term_kind_label
from app.campaigns.rows import MaterialInput, MemberInput, TermInput
from app.errors import ServiceError, ValidationError
from app.money import format_money, parse_money
from db.models.campaigns import TermKind
from ui.context import UiContext


def _item(text: str, *, editable: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class TeamPage(QWidget):
    """Every active staff member, ticked when on the team, with their role in it."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table([self.tr("Staff member"), self.tr("Role in the activity")], "team")
        self.table.setColumnWidth(0, 200)
        self._people: list[tuple[int, str]] = []
        # A role that may not list staff sees the activity's own team only.
        with contextlib.suppress(ServiceError):
            self._people = [
                (s.id, s.name)
                for s in ctx.services.staff.list_staff(ctx.actor, include_inactive=False)
            ]
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Tick the people working on the activity besides its owner."))
        )
        layout.addWidget(self.table)

    def load(self, members: tuple[MemberInput, ...]) -> None:
        roles = {m.staff_id: m.role for m in members}
        people = list(self._people)
        known = {p for p, _ in people}
        people += [(m.staff_id, f"#{m.staff_id}") for m in members if m.staff_id not in known]
        self.table.setRowCount(0)
        for staff_id, name in people:
            row = self.table.rowCount()
            self.table.insertRow(row)
            check = _item(name, editable=False)
            check.setFlags(check.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(
                Qt.CheckState.Checked if staff_id in roles else Qt.CheckState.Unchecked
            )
            check.setData(Qt.ItemDataRole.UserRole, staff_id)
            self.table.setItem(row, 0, check)
            self.table.setItem(row, 1, _item(roles.get(staff_id, "")))

    def read(self) -> tuple[MemberInput, ...]:
        members = []
        for row in range(self.table.rowCount()):
            check = self.table.item(row, 0)
            if check.checkState() == Qt.CheckState.Checked:
                role = self.table.item(row, 1)
                members.append(
                    MemberInput(check.data(Qt.ItemDataRole.UserRole), role.text() if role else "")
                )
        return tuple(members)

    def set_editable(self, editable: bool) -> None:
        self.table.setEnabled(editable)


class _RowsPage(QWidget):
    """A table with Add and Remove buttons."""

    def _buttons(self) -> QHBoxLayout:
        # Named context: a tr() of this base class would be read in each subclass's.
        self.add_button = QPushButton(QCoreApplication.translate("ActivityRowsPage", "Add"))
        self.remove_button = QPushButton(QCoreApplication.translate("ActivityRowsPage", "Remove"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        return row

    table: QTableWidget

    def add_row(self) -> None:
        raise NotImplementedError

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def set_editable(self, editable: bool) -> None:
        self.table.setEnabled(editable)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)


def _value_text(term: TermInput) -> str:
    if term.kind == TermKind.PERCENTAGE:
        return f"{Decimal(term.value) / 100:f}".rstrip("0").rstrip(".") + "%"
    if term.kind in (TermKind.FIXED, TermKind.GROUP):
        return format_money(term.value, symbol=False)
    return ""


def _date_text(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


class TermsPage(_RowsPage):
    """Promotion terms: what is offered (percentage, fixed amount, gift, group
    purchase), on which conditions, valid when. Locked once approved."""

    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table(
            [
                self.tr("Offer"),
                self.tr("Value (% or yuan)"),
                self.tr("Gift"),
                self.tr("Group size"),
                self.tr("Conditions"),
                self.tr("Valid from"),
                self.tr("Valid until"),
            ],
            "terms",
        )
        for column, width in enumerate((130, 110, 120, 80, 220, 100, 100)):
            self.table.setColumnWidth(column, width)
        self.lock_note = QLabel(
            self.tr(
                "Approved terms are locked: changing them sends the activity back for approval."
            )
        )
        self.lock_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lock_note)
        layout.addWidget(self.table)
        layout.addLayout(self._buttons())

    def add_row(self, term: TermInput | None = None) -> None:
        term = term or TermInput(TermKind.PERCENTAGE)
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        for kind in TermKind.ALL:
            combo.addItem(term_kind_label(kind), kind)
        combo.setCurrentIndex(max(combo.findData(term.kind), 0))
        self.table.setCellWidget(row, 0, combo)
        texts = [
            _value_text(term),
            term.gift,
            str(term.group_size) if term.group_size else "",
            term.conditions,
            _date_text(term.valid_from),
            _date_text(term.valid_until),
        ]
        for column, text in enumerate(texts, start=1):
            self.table.setItem(row, column, _item(text))

    def load(self, terms: tuple[TermInput, ...]) -> None:
        self.table.setRowCount(0)
        for term in terms:
            self.add_row(term)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def read(self) -> tuple[TermInput, ...]:
        terms = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            assert isinstance(combo, QComboBox)
            kind = combo.currentData()
            where = self.tr("Promotion term %1").replace("%1", str(row + 1))
            value_text = self._text(row, 1)
            value = 0
            if kind == TermKind.PERCENTAGE:
                try:
                    value = int(Decimal(value_text.rstrip("%").strip() or "0") * 100)
                except InvalidOperation:
                    raise ValidationError(
                        "terms", where + ": " + self.tr("the percentage is a number such as 15")
                    ) from None
            elif kind in (TermKind.FIXED, TermKind.GROUP):
                value = parse_money(value_text or "0", "terms")
            size_text = self._text(row, 3)
            if size_text and not size_text.isdigit():
                raise ValidationError("terms", where + ": " + self.tr("the group size is a number"))
            terms.append(
                TermInput(
                    kind=kind,
                    value=value,
                    gift=self._text(row, 2),
                    group_size=int(size_text or 0),
                    conditions=self._text(row, 4),
                    valid_from=self._date(row, 5, where),
                    valid_until=self._date(row, 6, where),
                )
            )
        return tuple(terms)

    def _date(self, row: int, column: int, where: str) -> dt.date | None:
        text = self._text(row, column)
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValidationError(
                "terms", where + ": " + self.tr("dates are written 2026-07-01")
            ) from None


class MaterialsPage(_RowsPage):
    """The materials checklist: what to bring, how many, ticked when ready."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table([self.tr("Material"), self.tr("Quantity")], "materials")
        self.table.setColumnWidth(0, 260)
        self.progress = QLabel()
        self.table.itemChanged.connect(lambda _item: self._count())
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.table)
        layout.addLayout(self._buttons())

    def add_row(self, material: MaterialInput | None = None) -> None:
        material = material or MaterialInput("", 1)
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = _item(material.name)
        name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        name.setCheckState(Qt.CheckState.Checked if material.ready else Qt.CheckState.Unchecked)
        self.table.setItem(row, 0, name)
        self.table.setItem(row, 1, _item(str(material.quantity)))
        self._count()

    def load(self, materials: tuple[MaterialInput, ...]) -> None:
        self.table.setRowCount(0)
        for material in materials:
            self.add_row(material)
        self._count()

    def _count(self) -> None:
        total = self.table.rowCount()
        ready = sum(
            1
            for row in range(total)
            if self.table.item(row, 0) is not None
            and self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        )
        self.progress.setText(
            self.tr("%1 of %2 ready").replace("%1", str(ready)).replace("%2", str(total))
        )

    def read(self) -> tuple[MaterialInput, ...]:
        materials = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0)
            quantity = self.table.item(row, 1)
            text = quantity.text().strip() if quantity else "1"
            if not text.isdigit():
                raise ValidationError(
                    "materials",
                    self.tr("Material %1: the quantity is a whole number").replace(
                        "%1", str(row + 1)
                    ),
                )
            materials.append(
                MaterialInput(
                    name.text() if name else "",
                    int(text),
                    name is not None and name.checkState() == Qt.CheckState.Checked,
                )
            )
        return tuple(materials)
