"""The recorder's minutes editor: the decisions and the action items (text, owner,
due date); saving keeps the draft, "Save and submit" sends it to the host."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from app.meetings.minutes import ItemInput
from app.meetings.rows import MeetingRow
from ui.widgets.dates import pydate, qdate
from ui.widgets.dialogs import run


class MinutesDialog(QDialog):
    def __init__(self, ctx, row: MeetingRow, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setWindowTitle(self.tr("Minutes: %s") % row.title)
        layout = QVBoxLayout(self)
        if row.return_note:
            back = QLabel(self.tr("Returned by the host: %s") % row.return_note)
            back.setWordWrap(True)
            back.setStyleSheet("color: #a05000;")
            layout.addWidget(back)
        layout.addWidget(QLabel(self.tr("Decisions:")))
        self.decisions = QPlainTextEdit(row.decisions)
        self.decisions.setObjectName("decisions")
        layout.addWidget(self.decisions, 1)
        layout.addWidget(QLabel(self.tr("Action items:")))
        self.people = {i.staff_id: i.name for i in row.invitees}
        self.people.setdefault(row.host_staff_id, row.host_name)
        self.people.setdefault(row.recorder_staff_id, row.recorder_name)
        self.items = QTableWidget(0, 3)
        self.items.setObjectName("actionItems")
        self.items.setHorizontalHeaderLabels(
            [self.tr("Action item"), self.tr("Owner"), self.tr("Due")]
        )
        self.items.verticalHeader().hide()
        self.items.setColumnWidth(0, 300)
        self.items.setColumnWidth(1, 110)
        self.items.horizontalHeader().setStretchLastSection(True)
        self.ids: list[int | None] = []
        for a in row.action_items:
            self.add_item(a.text, a.owner_staff_id, a.due_on, a.id)
        layout.addWidget(self.items, 1)
        row_buttons = QHBoxLayout()
        add = QPushButton(self.tr("&Add item"))
        add.clicked.connect(lambda: self.add_item("", None, None, None))
        remove = QPushButton(self.tr("&Remove item"))
        remove.clicked.connect(self.remove_item)
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch()
        layout.addLayout(row_buttons)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.submit_button = QPushButton(self.tr("Save and &submit to the host"))
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(
            lambda: self.save(False)
        )
        self.submit_button.clicked.connect(lambda: self.save(True))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def add_item(
        self, text: str, owner: int | None, due: dt.date | None, item_id: int | None
    ) -> None:
        n = self.items.rowCount()
        self.items.insertRow(n)
        edit = QLineEdit(text)
        combo = QComboBox()
        for staff_id, name in self.people.items():
            combo.addItem(name, staff_id)
        combo.setCurrentIndex(max(0, combo.findData(owner)))
        date = QDateEdit()
        date.setCalendarPopup(True)
        date.setDisplayFormat("yyyy-MM-dd")
        date.setDate(qdate(due or dt.date.today() + dt.timedelta(days=7)))
        self.items.setCellWidget(n, 0, edit)
        self.items.setCellWidget(n, 1, combo)
        self.items.setCellWidget(n, 2, date)
        self.ids.append(item_id)

    def remove_item(self) -> None:
        n = self.items.currentRow()
        if n < 0:
            n = self.items.rowCount() - 1
        if n >= 0:
            self.items.removeRow(n)
            del self.ids[n]

    def item_inputs(self) -> list[ItemInput]:
        result = []
        for n in range(self.items.rowCount()):
            edit = self.items.cellWidget(n, 0)
            combo = self.items.cellWidget(n, 1)
            date = self.items.cellWidget(n, 2)
            assert isinstance(edit, QLineEdit) and isinstance(combo, QComboBox)
            assert isinstance(date, QDateEdit)
            result.append(
                ItemInput(edit.text(), combo.currentData(), pydate(date.date()), self.ids[n])
            )
        return result

    def save(self, submit: bool) -> None:
        minutes, actor, row = self.ctx.services.meeting_minutes, self.ctx.actor, self.row
        items, decisions = self.item_inputs(), self.decisions.toPlainText()
        saved = run(
            self, lambda: minutes.save_minutes(actor, row.id, row.version, decisions, items)
        )
        if saved is None:
            return
        self.ctx.bus.publish(saved.change)
        self.row = saved
        if submit:
            submitted = run(self, lambda: minutes.submit(actor, saved.id, saved.version))
            if submitted is None:
                return
            self.ctx.bus.publish(submitted.change)
        self.accept()
