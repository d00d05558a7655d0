"""Booth mode: a full-screen lead capture window for campus promotion booths.

Keyboard only: Enter moves to the next field (and saves from the last one),
Ctrl+S saves, Esc clears the form. The mobile is checked against the
laptop's database as it is typed; a number that is registered already is
saved as a booth-visit note on that customer instead of a second customer (on a
colleague's customer too: a note, not an edit of the colleague's data).
Contact consent is a checkbox, and a minor needs the guardian's consent.
The running count shows how many leads were captured in this session;
"Competitor seen…" (Ctrl+K) notes a rival institution seen near the booth
(ui/booth/competitor_dialog.py). "Export bundle" (Ctrl+E) writes the kit's leads,
visits and competitor notes, encrypted with the kit's key, for the office. The platform's idle lock
covers the window when the laptop is left alone.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.booth.permissions import BoothPermission
from app.customers.rows import CustomerInput, DuplicateCustomer
from app.customers.validation import DEFAULT_CONSENT_WORDING
from app.customers_io.booth_visits import BoothVisitService
from app.customers_io.bundle import SUFFIX, BundleService
from app.errors import ServiceError, ValidationError
from ui.context import UiContext

DEFAULT_CHANNEL = "campus"


class BoothWindow(QWidget):
    captured = Signal(int)  # customer id (new or noted)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.count = 0
        self.noted = 0
        self.duplicate_id: int | None = None
        # The mobile is a colleague's customer's: saving notes the visit on it.
        self.colleague_customer = False
        self.setWindowTitle(self.tr("Booth capture"))
        font = QFont(self.font())
        font.setPointSize(18)
        self.setFont(font)

        # Used standing at a booth, often on a touch screen: large check boxes.
        self.setStyleSheet(
            "QCheckBox { spacing: 14px; } QCheckBox::indicator { width: 32px; height: 32px; }"
        )
        self.event_edit = QLineEdit()
        self.event_edit.setObjectName("boothEvent")
        self.event_edit.setPlaceholderText(self.tr("e.g. open day at No. 1 Middle School"))
        try:  # in a booth kit, the event is the kit's
            kit = ctx.services.booth_kits.current_kit(ctx.actor)
        except ServiceError:
            kit = None
        if kit is not None:
            self.event_edit.setText(kit.activity_name)
        self.channel_combo = QComboBox()
        try:
            channels = ctx.services.customers.list_channels(ctx.actor)
        except ServiceError:
            channels = []
        for channel in channels:
            self.channel_combo.addItem(channel.name, channel.id)
        index = next((i for i, c in enumerate(channels) if c.code == DEFAULT_CHANNEL), -1)
        if index >= 0:
            self.channel_combo.setCurrentIndex(index)

        self.name = QLineEdit()
        self.mobile = QLineEdit()
        self.mobile.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.mobile.textChanged.connect(self.check_duplicate)
        self.duplicate_label = QLabel()
        self.duplicate_label.setStyleSheet("color: #b35c00;")
        self.guardian_name = QLineEdit()
        self.guardian_phone = QLineEdit()
        self.grade = QLineEdit()
        self.school = QLineEdit()
        self.interests = QLineEdit()
        self.notes = QLineEdit()
        self.minor = QCheckBox(self.tr("Under 18 (a guardian must agree)"))
        self.guardian_consent = QCheckBox(self.tr("The guardian agrees to the data being kept"))
        self.consent = QCheckBox(self.tr("Agrees to be contacted by phone, SMS or WeChat"))
        self.consent.setToolTip(DEFAULT_CONSENT_WORDING)
        self.minor.toggled.connect(self.guardian_consent.setEnabled)
        self.guardian_consent.setEnabled(False)
        self.fields: list[QWidget] = [
            self.name,
            self.mobile,
            self.guardian_name,
            self.guardian_phone,
            self.grade,
            self.school,
            self.interests,
            self.notes,
            self.minor,
            self.guardian_consent,
            self.consent,
        ]
        for widget in self.fields:
            widget.setMinimumHeight(44)
            widget.installEventFilter(self)

        for widget in (self.event_edit, self.channel_combo):
            widget.setMinimumHeight(44)
        # One form for the event and the lead, so every label and field lines up.
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Event:"), self.event_edit)
        form.addRow(self.tr("Channel:"), self.channel_combo)
        gap = QWidget()
        gap.setFixedHeight(16)
        form.addRow(gap)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Mobile:"), self.mobile)
        form.addRow("", self.duplicate_label)
        form.addRow(self.tr("Guardian:"), self.guardian_name)
        form.addRow(self.tr("Guardian phone:"), self.guardian_phone)
        form.addRow(self.tr("Grade:"), self.grade)
        form.addRow(self.tr("School:"), self.school)
        form.addRow(self.tr("Course interests:"), self.interests)
        form.addRow(self.tr("Notes:"), self.notes)
        form.addRow("", self.minor)
        form.addRow("", self.guardian_consent)
        form.addRow("", self.consent)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.count_label = QLabel()
        big = QFont(font)
        big.setPointSize(28)
        big.setBold(True)
        self.count_label.setFont(big)
        save = QPushButton(self.tr("Save (Ctrl+S)"))
        save.clicked.connect(self.save)
        clear = QPushButton(self.tr("Clear (Esc)"))
        clear.clicked.connect(self.clear)
        self.competitor_button = QPushButton(self.tr("Competitor seen… (Ctrl+K)"))
        self.competitor_button.setObjectName("boothCompetitorButton")
        self.competitor_button.clicked.connect(self.note_competitor)
        may_note = ctx.actor.can(BoothPermission.CAPTURE_COMPETITORS)
        self.notes_competitors = may_note and kit is not None
        self.competitor_button.setVisible(may_note)
        # Notes travel in the kit's bundle: outside a kit the register is in the office.
        self.competitor_button.setEnabled(kit is not None)
        if kit is None:
            self.competitor_button.setToolTip(
                self.tr("Only in a booth kit: in the office, use the competitor register.")
            )
        export = QPushButton(self.tr("Export bundle… (Ctrl+E)"))
        export.clicked.connect(self.export_bundle)
        close = QPushButton(self.tr("Leave booth mode"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (save, clear, self.competitor_button, export, close):
            button.setMinimumHeight(48)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Leads captured")))
        side.addWidget(self.count_label)
        self.competitor_count = QLabel()
        self.competitor_count.setObjectName("boothCompetitorCount")
        self.competitor_count.setWordWrap(True)
        side.addSpacing(24)
        side.addWidget(self.competitor_count)
        side.addStretch(1)

        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.message)
        left.addStretch(1)
        body.addLayout(left, 3)
        body.addSpacing(40)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.export_bundle)
        if may_note and kit is not None:
            QShortcut(QKeySequence("Ctrl+K"), self, activated=self.note_competitor)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.clear)
        self._update_count()
        self._update_competitor_count()
        self.name.setFocus()

    # --- keyboard flow ---------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier or watched is self.consent:
                self.save()
                return True
            if isinstance(watched, QCheckBox):
                watched.toggle()
            self.focus_next(watched)
            return True
        return super().eventFilter(watched, event)

    def focus_next(self, current: QWidget) -> None:
        index = self.fields.index(current)
        for widget in self.fields[index + 1 :]:
            if widget.isEnabled():
                widget.setFocus()
                return

    # --- actions ---------------------------------------------------------------------

    def check_duplicate(self, text: str) -> None:
        self.duplicate_id = None
        self.colleague_customer = False
        self.duplicate_label.clear()
        digits = [ch for ch in text if ch.isdigit()]
        if len(digits) < 11:
            return
        try:
            found = self.ctx.services.customers.find_by_phone(self.ctx.actor, text)
        except ValidationError as exc:
            self.duplicate_label.setText(exc.message)
            return
        if found is not None and found.customer_id is None:
            self.colleague_customer = True
            self.duplicate_label.setText(
                self.tr(
                    "This mobile belongs to a colleague's customer already: saving adds a "
                    "booth-visit note to it."
                )
            )
        elif found is not None:
            self.duplicate_id = found.customer_id
            self.duplicate_label.setText(
                self.tr(
                    "Registered already as %s: saving adds a booth-visit note to that customer."
                )
                % found.name
            )

    def _input(self) -> CustomerInput:
        return CustomerInput(
            name=self.name.text(),
            mobile=self.mobile.text(),
            guardian_name=self.guardian_name.text(),
            guardian_phone=self.guardian_phone.text(),
            grade=self.grade.text(),
            school=self.school.text(),
            course_interests=self.interests.text(),
            notes=self.notes.text(),
            channel_id=self.channel_combo.currentData(),
            source_event=self.event_edit.text(),
            consent_contact=self.consent.isChecked(),
            consent_wording=DEFAULT_CONSENT_WORDING if self.consent.isChecked() else "",
            is_minor=self.minor.isChecked(),
            guardian_consent=self.minor.isChecked() and self.guardian_consent.isChecked(),
        )

    def _visit_text(self) -> str:
        return "; ".join(
            p
            for p in (
                self.tr("Visited the booth"),
                self.event_edit.text().strip(),
                self.interests.text().strip(),
                self.notes.text().strip(),
            )
            if p
        )

    def save(self) -> bool:
        customers = self.ctx.services.customers
        try:
            if self.duplicate_id is not None:
                change = customers.record_follow_up(
                    self.ctx.actor, self.duplicate_id, "visit", self._visit_text()
                ).change
                self.noted += 1
                saved_id = self.duplicate_id
                text = self.tr("Note added to %s.") % self.name.text().strip()
            elif self.colleague_customer:
                # A colleague's customer: a note of the visit, not an edit of their data.
                change = BoothVisitService(self.ctx.services.db).record_visit(
                    self.ctx.actor, self.mobile.text(), self._visit_text()
                )
                self.noted += 1
                saved_id = 0
                text = self.tr("The visit was noted on a colleague's customer.")
            else:
                row = customers.create_customer(self.ctx.actor, self._input())
                change = row.change
                saved_id = row.id
                self.count += 1
                text = self.tr("Saved: %s.") % row.name
        except DuplicateCustomer:
            self.check_duplicate(self.mobile.text())
            self.show_message(self.duplicate_label.text(), error=True)
            return False
        except ServiceError as exc:
            self.show_message(exc.message, error=True)
            field = getattr(exc, "field", "")
            widget = {
                "name": self.name,
                "mobile": self.mobile,
                "guardian_name": self.guardian_name,
                "guardian_phone": self.guardian_phone,
                "guardian_consent": self.guardian_consent,
            }.get(field)
            if widget is not None:
                widget.setFocus()
            return False
        self.ctx.bus.publish(change)
        self.clear()
        self.show_message(text)
        self._update_count()
        if saved_id:  # not a colleague's customer (the booth may not know its id)
            self.captured.emit(saved_id)
        return True

    def clear(self) -> None:
        for widget in self.fields:
            if isinstance(widget, QLineEdit):
                widget.clear()
            elif isinstance(widget, QCheckBox):
                widget.setChecked(False)
        self.message.clear()
        self.name.setFocus()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.setText(text)

    def _update_count(self) -> None:
        self.count_label.setText(str(self.count))
        self.count_label.setToolTip(
            self.tr("%d new leads, %d notes on known customers") % (self.count, self.noted)
        )

    def note_competitor(self) -> None:
        from ui.booth.competitor_dialog import BoothCompetitorDialog

        dialog = BoothCompetitorDialog(self.ctx, self)
        dialog.exec()
        if dialog.saved:
            self.show_message(self.tr("%d competitor notes saved in the kit.") % dialog.saved)
        self._update_competitor_count()
        self.name.setFocus()

    def _update_competitor_count(self) -> None:
        """How many competitors the kit noted (shown only where they can be noted)."""
        if not self.notes_competitors:
            self.competitor_count.clear()
            return
        try:
            notes = len(self.ctx.services.booth_competitors.noted(self.ctx.actor))
        except ServiceError:
            notes = 0
        self.competitor_count.setText(self.tr("Competitors noted: %d") % notes)

    def export_bundle(self) -> None:
        default = str(Path.home() / f"booth-{dt.date.today():%Y%m%d}{SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export booth bundle"), default, self.tr("Booth bundles (*%s)") % SUFFIX
        )
        if path:
            self.write_bundle(Path(path))

    def write_bundle(self, path: Path) -> int | None:
        """Write the kit's bundle; the number of leads in it (None when refused)."""
        try:
            change = BundleService(self.ctx.services.db).export_bundle(self.ctx.actor, path)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Export booth bundle"), exc.message)
            return None
        leads, visits, written = change.result
        self.show_message(
            self.tr(
                "%d leads and %d visits written to %s (encrypted). Copy the file to the "
                "office computer and merge it there."
            )
            % (leads, visits, written.name)
        )
        try:
            notes = len(self.ctx.services.booth_competitors.noted(self.ctx.actor))
        except ServiceError:
            notes = 0
        if notes:
            self.message.setText(
                self.message.text() + " " + self.tr("It also carries %d competitor notes.") % notes
            )
        return int(leads)
