"""The customer profile editor: fields, inline validation, the duplicate-phone warning."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.customers.permissions import CustomerPermission
from app.customers.phones import normalize_phone
from app.customers.pipeline import TIERS
from app.customers.rows import CustomerInput, CustomerRow
from app.customers.validation import DEFAULT_CONSENT_WORDING
from app.errors import ServiceError, ValidationError
from app.staff.permissions import StaffPermission
from ui.context import UiContext
from ui.widgets.forms import error_label, show_inline

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #9a5b00;"


def _select_keeping(combo: QComboBox, data: int | None, text: str) -> None:
    """Select the item of `data`; one no longer offered (a channel switched off, a
    staff member gone) is added back, or saving would clear it."""
    index = combo.findData(data)
    if index < 0 and data is not None:
        combo.addItem(text, data)
        index = combo.count() - 1
    combo.setCurrentIndex(max(0, index))


class ProfileForm(QWidget):
    """Edits one customer's profile; `changed` fires on any edit (for unsaved-data checks)."""

    changed = Signal()
    openCustomer = Signal(int)  # the user asked to open the customer owning a typed phone

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self._duplicate_id: int | None = None
        self.errors: dict[str, QLabel] = {}

        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.mobile = QLineEdit()
        self.mobile.setPlaceholderText("138 1234 5678")
        self.wechat = QLineEdit()
        self.gender = QComboBox()
        self.gender.addItem(self.tr("Unknown"), "")
        self.gender.addItem(self.tr("Male"), "M")
        self.gender.addItem(self.tr("Female"), "F")
        self.grade = QLineEdit()
        self.school = QLineEdit()
        self.district = QLineEdit()
        self.is_minor = QCheckBox(self.tr("Minor (under 18)"))
        self.guardian_name = QLineEdit()
        self.guardian_phone = QLineEdit()
        self.guardian_consent = QCheckBox(self.tr("The guardian agreed that we keep this data"))
        self.channel = QComboBox()
        self.channel.addItem(self.tr("(unknown)"), None)
        for channel in ctx.services.customers.list_channels(ctx.actor):
            self.channel.addItem(channel.name, channel.id)
        self.source_event = QLineEdit()
        self.owner = QComboBox()
        self.owner.addItem(self.tr("(nobody)"), None)
        if ctx.actor.can(StaffPermission.VIEW_STAFF):
            for staff in ctx.services.staff.list_staff(ctx.actor, include_inactive=False):
                self.owner.addItem(staff.name, staff.id)
        self.owner.setEnabled(ctx.actor.can(CustomerPermission.ASSIGN_CUSTOMERS))
        self.tier = QComboBox()
        for tier in TIERS:
            self.tier.addItem(tier, tier)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Separate tags with commas"))
        self.course_interests = QLineEdit()
        self.training_needs = QPlainTextEdit()
        self.training_needs.setTabChangesFocus(True)
        self.training_needs.setFixedHeight(54)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(54)
        self.consent = QCheckBox(self.tr("Agreed to be contacted"))
        self.consent.setToolTip(DEFAULT_CONSENT_WORDING)
        self.consent_info = QLabel()
        self.consent_info.setStyleSheet("color: palette(mid);")

        self.mobile_status = QLabel()
        self.mobile_status.setWordWrap(True)
        self.open_duplicate = QPushButton(self.tr("Open that customer"))
        self.open_duplicate.hide()
        self.open_duplicate.clicked.connect(self._open_duplicate)
        self._phone_timer = QTimer(self)
        self._phone_timer.setSingleShot(True)
        self._phone_timer.setInterval(300)
        self._phone_timer.timeout.connect(self._check_mobile)
        self.mobile.textEdited.connect(lambda _t: self._phone_timer.start())

        left = QFormLayout()
        left.addRow(self._label(self.tr("Name *"), "name"), self.name)
        left.addRow("", self.errors["name"])
        mobile_row = QHBoxLayout()
        mobile_row.addWidget(self.mobile)
        left.addRow(self._label(self.tr("Mobile"), "mobile"), mobile_row)
        status_row = QHBoxLayout()
        status_row.addWidget(self.mobile_status, 1)
        status_row.addWidget(self.open_duplicate)
        left.addRow("", status_row)
        left.addRow("", self.errors["mobile"])
        left.addRow(self.tr("WeChat"), self.wechat)
        left.addRow(self.tr("Gender"), self.gender)
        left.addRow(self.tr("School"), self.school)
        left.addRow(self.tr("Grade"), self.grade)
        left.addRow(self.tr("District"), self.district)
        left.addRow("", self.is_minor)
        left.addRow(self._label(self.tr("Guardian"), "guardian_name"), self.guardian_name)
        left.addRow("", self.errors["guardian_name"])
        left.addRow(self._label(self.tr("Guardian phone"), "guardian_phone"), self.guardian_phone)
        left.addRow("", self.errors["guardian_phone"])
        left.addRow("", self.guardian_consent)
        left.addRow("", self._error_label("guardian_consent"))

        right = QFormLayout()
        right.addRow(self.tr("Channel"), self.channel)
        right.addRow(self.tr("Source event"), self.source_event)
        right.addRow(self.tr("Owner"), self.owner)
        right.addRow(self.tr("Tier"), self.tier)
        right.addRow(self.tr("Tags"), self.tags)
        right.addRow("", self._error_label("tags"))
        right.addRow(self.tr("Course interests"), self.course_interests)
        right.addRow(self.tr("Training needs"), self.training_needs)
        right.addRow(self.tr("Notes"), self.notes)
        right.addRow("", self.consent)
        right.addRow("", self.consent_info)
        right.addRow("", self._error_label("other"))

        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)  # the forms stay at the top of a tall dialog

        for edit in (
            self.name,
            self.mobile,
            self.wechat,
            self.grade,
            self.school,
            self.district,
            self.guardian_name,
            self.guardian_phone,
            self.source_event,
            self.tags,
            self.course_interests,
        ):
            edit.textEdited.connect(self._edited)
        for text in (self.training_needs, self.notes):
            text.textChanged.connect(self._edited)
        for box in (self.is_minor, self.guardian_consent, self.consent):
            box.toggled.connect(self._edited)
        for combo in (self.gender, self.channel, self.owner, self.tier):
            combo.activated.connect(self._edited)
        self.guardian_phone.editingFinished.connect(self._check_guardian_phone)

    def _error_label(self, field: str) -> QLabel:
        label = error_label()
        self.errors[field] = label
        return label

    def _label(self, text: str, field: str) -> str:
        self._error_label(field)
        return text

    def _edited(self, *_args) -> None:
        self.changed.emit()

    # --- loading and reading ---------------------------------------------------------

    def load(self, row: CustomerRow | None) -> None:
        self.customer_id = row.id if row else None
        blockers = [w.blockSignals(True) for w in self._inputs()]
        try:
            if row is None:
                self.owner.setCurrentIndex(max(0, self.owner.findData(self.ctx.actor.staff_id)))
                self.tier.setCurrentIndex(self.tier.findData("B"))
                self.consent_info.setText("")
                return
            self.name.setText(row.name)
            self.mobile.setText(row.mobile)
            self.wechat.setText(row.wechat)
            self.gender.setCurrentIndex(max(0, self.gender.findData(row.gender)))
            self.grade.setText(row.grade)
            self.school.setText(row.school)
            self.district.setText(row.district)
            self.is_minor.setChecked(row.is_minor)
            self.guardian_name.setText(row.guardian_name)
            self.guardian_phone.setText(row.guardian_phone)
            self.guardian_consent.setChecked(row.guardian_consent)
            _select_keeping(self.channel, row.channel_id, row.channel_name)
            self.source_event.setText(row.source_event)
            _select_keeping(self.owner, row.owner_id, row.owner_name)
            self.tier.setCurrentIndex(max(0, self.tier.findData(row.tier)))
            self.tags.setText(", ".join(row.tags))
            self.course_interests.setText(row.course_interests)
            self.training_needs.setPlainText(row.training_needs)
            self.notes.setPlainText(row.notes)
            self.consent.setChecked(row.consent_contact)
            self.consent_info.setText(
                self.tr("Consent given on %s")
                % row.consent_at.astimezone().strftime("%Y-%m-%d %H:%M")
                if row.consent_at
                else ""
            )
        finally:
            for widget, blocked in zip(self._inputs(), blockers, strict=True):
                widget.blockSignals(blocked)
        self.clear_errors()
        editable = not row.masked and self.ctx.actor.can(CustomerPermission.EDIT_CUSTOMERS)
        self.set_read_only(not editable)

    def _inputs(self) -> list[QWidget]:
        return [
            self.name,
            self.mobile,
            self.wechat,
            self.gender,
            self.grade,
            self.school,
            self.district,
            self.is_minor,
            self.guardian_name,
            self.guardian_phone,
            self.guardian_consent,
            self.channel,
            self.source_event,
            self.owner,
            self.tier,
            self.tags,
            self.course_interests,
            self.training_needs,
            self.notes,
            self.consent,
        ]

    def set_read_only(self, read_only: bool) -> None:
        for widget in self._inputs():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            elif widget is not self.owner:
                widget.setEnabled(not read_only)

    def value(self) -> CustomerInput:
        tags = [
            t.strip()
            for t in self.tags.text().replace("，", ",").replace("、", ",").split(",")
            if t.strip()
        ]
        return CustomerInput(
            name=self.name.text(),
            mobile=self.mobile.text(),
            wechat=self.wechat.text(),
            gender=self.gender.currentData(),
            grade=self.grade.text(),
            school=self.school.text(),
            guardian_name=self.guardian_name.text(),
            guardian_phone=self.guardian_phone.text(),
            district=self.district.text(),
            training_needs=self.training_needs.toPlainText(),
            course_interests=self.course_interests.text(),
            notes=self.notes.toPlainText(),
            channel_id=self.channel.currentData(),
            source_event=self.source_event.text(),
            owner_id=self.owner.currentData(),
            tier=self.tier.currentData(),
            consent_contact=self.consent.isChecked(),
            is_minor=self.is_minor.isChecked(),
            guardian_consent=self.guardian_consent.isChecked(),
            tags=tags,
        )

    # --- inline validation -----------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def show_error(self, exc: ValidationError) -> None:
        show_inline(self.errors.get(exc.field) or self.errors["other"], exc.message)
        widget = getattr(self, exc.field, None)
        if isinstance(widget, QWidget):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check_mobile(self) -> None:
        """As you type: refused / unallocated / belongs to someone already."""
        self._duplicate_id = None
        self.open_duplicate.hide()
        self.errors["mobile"].hide()
        text = self.mobile.text()
        try:
            phone = normalize_phone(text, "mobile")
        except ValidationError as exc:
            self.mobile_status.setStyleSheet(ERROR_STYLE)
            self.mobile_status.setText(exc.message)
            return
        if phone is None:
            self.mobile_status.setText("")
            return
        try:
            found = self.ctx.services.customers.find_by_phone(
                self.ctx.actor, text, exclude_id=self.customer_id
            )
        except ServiceError:
            found = None
        if found is not None and found.customer_id is None:
            # A customer this user may not see: say the number is taken, not whose.
            self.mobile_status.setStyleSheet(WARNING_STYLE)
            self.mobile_status.setText(self.tr("Already registered to a colleague's customer"))
        elif found is not None:
            self._duplicate_id = found.customer_id
            self.mobile_status.setStyleSheet(WARNING_STYLE)
            self.mobile_status.setText(
                self.tr("Already registered: %s (#%d)") % (found.name, found.customer_id)
            )
            self.open_duplicate.show()
        elif phone.warning:
            self.mobile_status.setStyleSheet(WARNING_STYLE)
            self.mobile_status.setText(phone.warning)
        else:
            self.mobile_status.setStyleSheet("")
            self.mobile_status.setText(self.tr("✓ %s") % phone.national)

    def check_mobile_now(self) -> None:
        self._phone_timer.stop()
        self._check_mobile()

    def _check_guardian_phone(self) -> None:
        label = self.errors["guardian_phone"]
        try:
            phone = normalize_phone(self.guardian_phone.text(), "guardian_phone")
        except ValidationError as exc:
            label.setStyleSheet(ERROR_STYLE)
            label.setText(exc.message)
            label.show()
            return
        if phone is not None and phone.warning:
            label.setStyleSheet(WARNING_STYLE)
            label.setText(phone.warning)
            label.show()
        else:
            label.hide()

    def _open_duplicate(self) -> None:
        if self._duplicate_id is not None:
            self.openCustomer.emit(self._duplicate_id)
