"""Small dialogs of the customer quick actions: follow-up, trial, enrollment,
complaint, pipeline step. Each runs one service call on OK; an error keeps the
dialog open with the message, so nothing typed is lost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.customers.pipeline import (
    COMPLAINT_FLOW,
    FOLLOW_UP_METHODS,
    PIPELINE,
    ComplaintStatus,
    Status,
    complaint_label,
    method_label,
    status_label,
)
from app.customers.rows import CourseRow, EnrollmentInput
from app.errors import ServiceError
from app.money import format_money, parse_money
from app.service import Change, Changed
from ui.widgets.forms import dialog_buttons, error_label, show_inline


class ActionDialog(QDialog):
    """A form whose OK runs `submit()`; ServiceError messages show inside the dialog."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_value = None
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(self.form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = dialog_buttons(self.accept, self.reject, save=False)
        # A base class: self.tr would look the strings up under each subclass's name.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("ActionDialog", "OK")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("ActionDialog", "Cancel")
        )
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def submit(self):  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    @property
    def change(self) -> Change:
        """What the accepted dialog's service call changed, for the change bus."""
        value = self.result_value
        return value.change if isinstance(value, Changed) else Change()

    def accept(self) -> None:
        try:
            self.result_value = self.submit()
        except ServiceError as exc:  # ValidationError included
            self.show_error(exc.message)
            return
        super().accept()

    def show_error(self, message: str) -> None:
        show_inline(self.error, message)


def _date(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()


def _date_edit(date: QDate) -> QDateEdit:
    """ISO dates with a calendar, the same whatever the system locale."""
    edit = QDateEdit(date)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class FollowUpDialog(ActionDialog):
    """Record a follow-up that happened (optionally completing a planned one)."""

    def __init__(
        self, run: Callable[..., object], parent: QWidget | None = None, *, method: str = "phone"
    ) -> None:
        super().__init__(self.tr("Record follow-up"), parent)
        self._run = run
        self.method = QComboBox()
        for key in FOLLOW_UP_METHODS:
            self.method.addItem(method_label(key), key)
        self.method.setCurrentIndex(max(0, FOLLOW_UP_METHODS.index(method)))
        self.content = QPlainTextEdit()
        self.content.setPlaceholderText(self.tr("What was said, what the customer wants"))
        self.content.setTabChangesFocus(True)
        self.satisfaction = QComboBox()
        self.satisfaction.addItem(self.tr("Not rated"), None)
        for stars in range(1, 6):
            self.satisfaction.addItem("★" * stars, stars)
        self.plan_next = QCheckBox(self.tr("Plan the next follow-up on"))
        self.next_date = _date_edit(QDate.currentDate().addDays(7))
        self.next_date.setMinimumDate(QDate.currentDate())
        self.next_date.setEnabled(False)
        self.plan_next.toggled.connect(self.next_date.setEnabled)
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("Content"), self.content)
        self.form.addRow(self.tr("Satisfaction"), self.satisfaction)
        self.form.addRow(self.plan_next, self.next_date)

    def submit(self):
        return self._run(
            self.method.currentData(),
            self.content.toPlainText(),
            satisfaction=self.satisfaction.currentData(),
            next_follow_up=_date(self.next_date) if self.plan_next.isChecked() else None,
        )


class PlanFollowUpDialog(ActionDialog):
    def __init__(self, run: Callable[..., object], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Plan a follow-up"), parent)
        self._run = run
        self.due = _date_edit(QDate.currentDate().addDays(1))
        self.method = QComboBox()
        for key in FOLLOW_UP_METHODS:
            self.method.addItem(method_label(key), key)
        self.note = QLineEdit()
        self.form.addRow(self.tr("Due on"), self.due)
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("Note"), self.note)

    def submit(self):
        return self._run(_date(self.due), self.method.currentData(), self.note.text())


def _course_combo(courses: list[CourseRow], none_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, None)
    for course in courses:
        combo.addItem(f"{course.name} ({format_money(course.price_fen)})", course.id)
    return combo


def _staff_combo(none_text: str, staff: list[tuple[int, str]], current: int | None) -> QComboBox:
    """`none_text` (data None) first, then the staff; `current` selected if listed."""
    combo = QComboBox()
    combo.addItem(none_text, None)
    for staff_id, name in staff:
        combo.addItem(name, staff_id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class TrialDialog(ActionDialog):
    def __init__(
        self, run: Callable[..., object], courses: list[CourseRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Book a trial class"), parent)
        self._run = run
        start = QDateTime.currentDateTime().addDays(1)
        start.setTime(start.time().fromString("10:00", "HH:mm"))
        self.when = QDateTimeEdit(start)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.course = _course_combo(courses, self.tr("(no course chosen)"))
        self.teacher = QLineEdit()
        self.note = QLineEdit()
        self.form.addRow(self.tr("Time"), self.when)
        self.form.addRow(self.tr("Course"), self.course)
        self.form.addRow(self.tr("Teacher"), self.teacher)
        self.form.addRow(self.tr("Note"), self.note)

    def submit(self):
        when = self.when.dateTime().toPython().astimezone()
        return self._run(
            when,
            course_id=self.course.currentData(),
            teacher=self.teacher.text(),
            note=self.note.text(),
        )


class EnrollmentDialog(ActionDialog):
    def __init__(
        self,
        run: Callable[[EnrollmentInput], object],
        courses: list[CourseRow],
        parent: QWidget | None = None,
        *,
        sellers: list[tuple[int, str]] = (),
        seller_id: int | None = None,
    ) -> None:
        super().__init__(self.tr("Add an enrollment"), parent)
        self._run = run
        # Who made the sale (credited in appraisals): the customer's owner by default.
        self.seller = _staff_combo(self.tr("(the customer's owner)"), sellers, seller_id)
        self._courses = {c.id: c for c in courses}
        self.course = _course_combo(courses, self.tr("(no course chosen)"))
        self.course.currentIndexChanged.connect(self._course_changed)
        self.enrolled_on = _date_edit(QDate.currentDate())
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.discount = QLineEdit("0")
        self.hours = QSpinBox()
        self.hours.setRange(0, 2000)
        self.renewal = QComboBox()
        self.renewal.addItem(self.tr("Automatic (renewal if enrolled before)"), None)
        self.renewal.addItem(self.tr("First enrollment"), False)
        self.renewal.addItem(self.tr("Renewal"), True)
        self.note = QLineEdit()
        self.form.addRow(self.tr("Course"), self.course)
        self.form.addRow(self.tr("Date"), self.enrolled_on)
        self.form.addRow(self.tr("Amount paid (¥)"), self.amount)
        self.form.addRow(self.tr("Discount (¥)"), self.discount)
        self.form.addRow(self.tr("Class hours"), self.hours)
        self.form.addRow(self.tr("Renewal"), self.renewal)
        self.form.addRow(self.tr("Sales owner"), self.seller)
        self.form.addRow(self.tr("Note"), self.note)

    def _course_changed(self) -> None:
        course = self._courses.get(self.course.currentData())
        if course is not None:
            self.amount.setText(format_money(course.price_fen, symbol=False).replace(",", ""))
            self.hours.setValue(course.class_hours)

    def submit(self):
        amount = parse_money(self.amount.text() or "0", "amount")
        discount = parse_money(self.discount.text() or "0", "discount")
        return self._run(
            EnrollmentInput(
                course_id=self.course.currentData(),
                enrolled_on=_date(self.enrolled_on),
                amount_fen=amount,
                discount_fen=discount,
                class_hours=self.hours.value(),
                is_renewal=self.renewal.currentData(),
                owner_id=self.seller.currentData(),
                note=self.note.text(),
            )
        )


class ComplaintDialog(ActionDialog):
    def __init__(
        self,
        run: Callable[..., object],
        parent: QWidget | None = None,
        *,
        handlers: list[tuple[int, str]] = (),
        handler_id: int | None = None,
    ) -> None:
        super().__init__(self.tr("Record a complaint"), parent)
        self._run = run
        self.handler = _staff_combo(self.tr("(me)"), handlers, handler_id)
        self.category = QComboBox()
        self.category.setEditable(True)
        for text in (
            self.tr("Teaching quality"),
            self.tr("Service attitude"),
            self.tr("Refund"),
            self.tr("Scheduling"),
            self.tr("Other"),
        ):
            self.category.addItem(text)
        self.content = QPlainTextEdit()
        self.content.setTabChangesFocus(True)
        self.hours = QSpinBox()
        self.hours.setRange(1, 240)
        self.hours.setValue(24)
        self.hours.setSuffix(self.tr(" h"))
        self.form.addRow(self.tr("Category"), self.category)
        self.form.addRow(self.tr("Complaint"), self.content)
        self.form.addRow(self.tr("Respond within"), self.hours)
        self.form.addRow(self.tr("Handled by"), self.handler)

    def submit(self):
        return self._run(
            self.content.toPlainText(),
            category=self.category.currentText(),
            response_hours=self.hours.value(),
            handler_id=self.handler.currentData(),
        )


class StatusDialog(ActionDialog):
    """One pipeline step: only the targets the transition table allows are offered."""

    def __init__(
        self, current: str, run: Callable[[str, str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Change pipeline status"), parent)
        self._run = run
        self.target = QComboBox()
        for target in sorted(PIPELINE[Status(current)], key=list(Status).index):
            self.target.addItem(status_label(target), str(target))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Required when the customer is lost"))
        self.form.addRow(self.tr("Current"), QLabel(status_label(current)))
        self.form.addRow(self.tr("New status"), self.target)
        self.form.addRow(self.tr("Reason"), self.reason)

    def submit(self):
        return self._run(self.target.currentData(), self.reason.text())


class ComplaintStepDialog(ActionDialog):
    def __init__(
        self, current: str, run: Callable[[str, str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Handle complaint"), parent)
        self._run = run
        self.target = QComboBox()
        for target in sorted(
            COMPLAINT_FLOW[ComplaintStatus(current)], key=list(ComplaintStatus).index
        ):
            self.target.addItem(complaint_label(target), str(target))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Response to the customer, or how it was resolved"))
        self.form.addRow(self.tr("Current"), QLabel(complaint_label(current)))
        self.form.addRow(self.tr("Next step"), self.target)
        self.form.addRow(self.tr("Text"), self.text)

    def submit(self):
        return self._run(self.target.currentData(), self.text.toPlainText())
