"""The research plan editor and the competitor observation dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
)

from app.errors import ServiceError
from app.money import format_money, parse_money
from app.research.rows import CompetitorInput, CompetitorRow, PlanInput, PlanRow
from ui.widgets.messages import show_error


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _text(text: str = "", height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setFixedHeight(height)
    return edit


class PlanDialog(QDialog):
    """A new research plan, or a draft's or returned plan's fields."""

    def __init__(self, plan: PlanRow | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Research plan"))
        today = dt.date.today()
        form = QFormLayout(self)
        self.title = QLineEdit(plan.title if plan else "")
        self.purpose = _text(plan.purpose if plan else "")
        self.method = _text(plan.method if plan else "")
        self.sample = _text(plan.sample if plan else "", 40)
        self.budget = QLineEdit(format_money(plan.budget_fen, symbol=False) if plan else "0")
        self.starts = _date_edit(plan.starts_on if plan else today)
        self.ends = _date_edit(plan.ends_on if plan else today + dt.timedelta(days=14))
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Purpose:"), self.purpose)
        form.addRow(self.tr("Method:"), self.method)
        form.addRow(self.tr("Sample:"), self.sample)
        form.addRow(self.tr("Budget (yuan):"), self.budget)
        form.addRow(self.tr("From:"), self.starts)
        form.addRow(self.tr("To:"), self.ends)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, 420)
        self.data: PlanInput | None = None

    def _accept(self) -> None:
        try:
            fen = parse_money(self.budget.text(), "budget_fen")
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.data = PlanInput(
            self.title.text(),
            self.purpose.toPlainText(),
            self.method.toPlainText(),
            self.sample.toPlainText(),
            fen,
            self.starts.date().toPython(),
            self.ends.date().toPython(),
        )
        self.accept()


class ObservationDialog(QDialog):
    """What was seen of a competitor on a day (a new entry when `competitor` is None),
    pre-filled with the entry as it stands."""

    def __init__(self, competitor: CompetitorRow | None = None, parent=None) -> None:
        super().__init__(parent)
        c = competitor
        self.setWindowTitle(self.tr("Add observation") if c else self.tr("New competitor"))
        form = QFormLayout(self)
        self.name = QLineEdit(c.name if c else "")
        self.name.setReadOnly(c is not None)
        self.day = _date_edit(dt.date.today())
        self.address = QLineEdit(c.address if c else "")
        self.district = QLineEdit(c.district if c else "")
        self.courses = _text(c.courses if c else "", 40)
        price = c.price_fen if c else None
        self.price = QLineEdit("" if price is None else format_money(price, symbol=False))
        self.promotions = _text(c.promotions if c else "", 40)
        self.ads = _text(c.ads if c else "", 40)
        self.note = _text("", 40)
        form.addRow(self.tr("Institution:"), self.name)
        form.addRow(self.tr("Observed on:"), self.day)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("District:"), self.district)
        form.addRow(self.tr("Courses:"), self.courses)
        form.addRow(self.tr("Price (yuan):"), self.price)
        form.addRow(self.tr("Promotions:"), self.promotions)
        form.addRow(self.tr("Ads seen:"), self.ads)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(480, 460)
        self.data: CompetitorInput | None = None

    def _accept(self) -> None:
        try:
            text = self.price.text().strip()
            fen = parse_money(text, "price_fen") if text else None
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.data = CompetitorInput(
            self.name.text(),
            self.address.text(),
            self.district.text(),
            self.courses.toPlainText(),
            fen,
            self.promotions.toPlainText(),
            self.ads.toPlainText(),
        )
        self.accept()

    def observed_on(self) -> dt.date:
        return self.day.date().toPython()

    def note_text(self) -> str:
        return self.note.toPlainText()
