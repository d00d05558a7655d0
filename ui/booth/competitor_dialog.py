"""Competitor seen at the booth: the booth laptop's form (offline, into the kit).

Opened from the booth capture window (Ctrl+K). Large type and Enter-to-next like
the lead form. The competitor is typed or picked from the register the kit
carries; picking one shows its registered values as the fields' placeholders, so
staff type only what they see differently. A blank field means "not seen": the
office's register keeps its value. Ctrl+S saves and clears the form for the next
one; the kit's notes are listed below, the latest first.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.booth.competitors import KnownCompetitor, Sighting, SightingRow
from app.errors import ServiceError
from app.money import format_money, parse_money
from app.research.names import name_key
from ui.context import UiContext


class BoothCompetitorDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved = 0
        self.setWindowTitle(self.tr("Competitor seen at the booth"))
        font = QFont(self.font())
        font.setPointSize(16)
        self.setFont(font)
        service = ctx.services.booth_competitors
        try:
            known = service.known(ctx.actor)
        except ServiceError:
            known = []
        # By the register's name key: "ＡＢＣ 英语" typed here finds "abc英语".
        self.known: dict[str, KnownCompetitor] = {name_key(k.name): k for k in known}
        intro = QLabel(
            self.tr(
                "A rival institution seen near the booth: its stand, flyers, prices. Leave a "
                "field blank when it was not seen. The office adds what you note to the "
                "competitor register when it merges the bundle."
            )
        )
        intro.setWordWrap(True)
        self.competitor = QComboBox()
        self.competitor.setObjectName("boothCompetitor")
        self.competitor.setEditable(True)
        self.competitor.addItems(sorted(k.name for k in known))
        self.competitor.setCurrentIndex(-1)
        self.competitor.lineEdit().setPlaceholderText(
            self.tr("Type the institution's name, or pick one")
        )
        self.competitor.currentTextChanged.connect(self._show_registered)
        self.courses = QLineEdit()
        self.price = QLineEdit()
        self.promotions = QLineEdit()
        self.ads = QLineEdit()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. handing out flyers at the school gate"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = dt.date.today()
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.fields: list[QWidget] = [
            self.competitor,
            self.courses,
            self.price,
            self.promotions,
            self.ads,
            self.note,
            self.day,
        ]
        for widget in self.fields:
            widget.setMinimumHeight(40)
            widget.installEventFilter(self)
        self.competitor.lineEdit().installEventFilter(self)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Competitor:"), self.competitor)
        form.addRow(self.tr("Courses:"), self.courses)
        form.addRow(self.tr("Price (yuan):"), self.price)
        form.addRow(self.tr("Promotion:"), self.promotions)
        form.addRow(self.tr("Ad seen:"), self.ads)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.tr("Seen on:"), self.day)
        self._show_registered("")
        self.message = QLabel()
        self.message.setObjectName("boothCompetitorMessage")
        self.message.setWordWrap(True)
        self.list_title = QLabel()
        # Read-only text, not a list: a long note wraps whole instead of being cut off.
        self.noted = QPlainTextEdit()
        self.noted.setObjectName("boothCompetitorNotes")
        self.noted.setReadOnly(True)
        self.noted.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        save = QPushButton(self.tr("Save (Ctrl+S)"))
        save.clicked.connect(self.save)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.clear)
        close = QPushButton(self.tr("Back to leads (Esc)"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (save, clear, close):
            button.setMinimumHeight(44)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.list_title)
        layout.addWidget(self.noted, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.refresh()
        self.resize(900, 760)
        self.competitor.setFocus()

    # --- keyboard flow -----------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            if watched is self.competitor.lineEdit():
                watched = self.competitor
            if watched in self.fields:
                if event.modifiers() & Qt.KeyboardModifier.ControlModifier or (watched is self.day):
                    self.save()
                else:
                    self.fields[self.fields.index(watched) + 1].setFocus()
                return True
        return super().eventFilter(watched, event)

    # --- the form ------------------------------------------------------------------

    def _show_registered(self, name: str) -> None:
        """Placeholders: the registered values of a known competitor, else examples."""
        known = self.known.get(name_key(name))
        if known is None:
            self.courses.setPlaceholderText(self.tr("e.g. IELTS, primary maths"))
            self.price.setPlaceholderText(self.tr("e.g. 3980"))
            self.promotions.setPlaceholderText(self.tr("e.g. free textbook when enrolling"))
            self.ads.setPlaceholderText(self.tr("e.g. poster at the bus stop"))
            return
        registered = self.tr("registered: %s")
        for edit, value in (
            (self.courses, known.courses),
            (self.price, format_money(known.price_fen) if known.price_fen is not None else ""),
            (self.promotions, known.promotions),
            (self.ads, known.ads),
        ):
            edit.setPlaceholderText(registered % value if value else "")

    def sighting(self) -> Sighting:
        """The form's values; ServiceError for a price that is not an amount."""
        price_text = self.price.text().strip()
        price = parse_money(price_text, "price_fen") if price_text else None
        day = self.day.date()
        return Sighting(
            competitor=self.competitor.currentText(),
            courses=self.courses.text(),
            price_fen=price,
            promotions=self.promotions.text(),
            ads=self.ads.text(),
            note=self.note.text(),
            observed_on=dt.date(day.year(), day.month(), day.day()),
        )

    def save(self) -> bool:
        try:
            row = self.ctx.services.booth_competitors.note(self.ctx.actor, self.sighting())
        except ServiceError as exc:
            self.show_message(exc.message, error=True)
            widget = {
                "competitor": self.competitor,
                "price_fen": self.price,
                "observed_on": self.day,
                "note": self.note,
            }.get(getattr(exc, "field", ""))
            if widget is not None:
                widget.setFocus()
            return False
        self.ctx.bus.publish(row.change)
        self.saved += 1
        self.clear()
        self.show_message(self.tr("Noted: %s.") % row.competitor)
        self.refresh()
        return True

    def clear(self) -> None:
        self.competitor.setCurrentIndex(-1)
        self.competitor.setEditText("")
        for edit in (self.courses, self.price, self.promotions, self.ads, self.note):
            edit.clear()
        self.message.clear()
        self.competitor.setFocus()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.setText(text)

    def refresh(self) -> None:
        try:
            rows = self.ctx.services.booth_competitors.noted(self.ctx.actor)
        except ServiceError:
            rows = []
        self.list_title.setText(self.tr("Noted in this kit: %d") % len(rows))
        self.noted.setPlainText("\n".join(self.describe(row) for row in rows))

    def describe(self, row: SightingRow) -> str:
        parts = [
            row.courses,
            format_money(row.price_fen) if row.price_fen is not None else "",
            row.promotions,
            row.ads,
            row.note,
        ]
        seen = " · ".join(p for p in parts if p)
        # Two lines: who and when, then what was seen (a long note is not cut off).
        return f"{row.observed_on.isoformat()}  {row.competitor} ({row.recorded_by})\n    {seen}"
