"""The Staff tab (员工): searchable directory with an editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
)

from app.errors import ServiceError, ValidationError
from app.staff.permissions import StaffPermission
from app.staff.service import StaffInput, StaffRow
from ui.context import UiContext
from ui.feature_tab import FeatureTab
from ui.widgets.forms import dialog_buttons, error_label, show_field_error
from ui.widgets.messages import show_error
from ui.widgets.row_model import Column, RowTableModel
from ui.widgets.tables import record_table

translate = QCoreApplication.translate


def staff_columns() -> list[Column[StaffRow]]:
    return [
        Column(lambda: translate("StaffTab", "Name"), lambda s: s.name),
        Column(lambda: translate("StaffTab", "Department"), lambda s: s.department_name),
        Column(lambda: translate("StaffTab", "Position"), lambda s: s.position),
        Column(lambda: translate("StaffTab", "Phone"), lambda s: s.phone),
        Column(
            lambda: translate("StaffTab", "Hire date"),
            lambda s: s.hire_date.isoformat() if s.hire_date else "",
            lambda s: s.hire_date or dt.date.min,
        ),
        Column(
            lambda: translate("StaffTab", "Status"),
            lambda s: (
                translate("StaffTab", "Active") if s.active else translate("StaffTab", "Left")
            ),
        ),
    ]


class StaffEditor(QDialog):
    def __init__(self, ctx: UiContext, staff: StaffRow | None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.staff = staff
        self.saved: StaffRow | None = None
        self.setWindowTitle(
            self.tr("New staff member") if staff is None else self.tr("Edit staff member")
        )
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(staff.name if staff else "")
        self.name.setObjectName("name")
        self.department = QComboBox()
        self.department.setObjectName("department")
        self.department.addItem(self.tr("(none)"), None)
        for dept in ctx.services.staff.list_departments(ctx.actor):
            self.department.addItem(dept.name, dept.id)
        if staff and staff.department_id:
            self.department.setCurrentIndex(self.department.findData(staff.department_id))
        self.position = QLineEdit(staff.position if staff else "")
        self.position.setObjectName("position")
        self.phone = QLineEdit(staff.phone if staff else "")
        self.phone.setObjectName("phone")
        self.has_hire_date = QCheckBox()
        self.hire_date = QDateEdit()
        self.hire_date.setObjectName("hireDate")
        self.hire_date.setCalendarPopup(True)
        self.hire_date.setDisplayFormat("yyyy-MM-dd")
        hire = staff.hire_date if staff and staff.hire_date else None
        self.hire_date.setDate(QDate(hire) if hire else QDate.currentDate())
        self.has_hire_date.setChecked(hire is not None or staff is None)
        self.hire_date.setEnabled(self.has_hire_date.isChecked())
        self.has_hire_date.toggled.connect(self.hire_date.setEnabled)
        hire_row = QHBoxLayout()
        hire_row.addWidget(self.has_hire_date)
        hire_row.addWidget(self.hire_date, 1)
        self.active = QCheckBox(self.tr("Currently employed"))
        self.active.setObjectName("active")
        self.active.setChecked(staff.active if staff else True)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Department:"), self.department)
        form.addRow(self.tr("&Position:"), self.position)
        form.addRow(self.tr("P&hone:"), self.phone)
        hire_label = QLabel(self.tr("Hi&re date:"))
        hire_label.setBuddy(self.hire_date)  # a row holding a layout gets no buddy by itself
        form.addRow(hire_label, hire_row)
        form.addRow("", self.active)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self.save, self.reject))
        self._fields = {"name": self.name, "phone": self.phone, "hire_date": self.hire_date}

    def data(self) -> StaffInput:
        return StaffInput(
            name=self.name.text(),
            department_id=self.department.currentData(),
            position=self.position.text(),
            phone=self.phone.text(),
            hire_date=self.hire_date.date().toPython() if self.has_hire_date.isChecked() else None,
            active=self.active.isChecked(),
        )

    def save(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        try:
            if self.staff is None:
                self.saved = services.staff.create_staff(actor, self.data())
            else:
                self.saved = services.staff.update_staff(
                    actor, self.staff.id, self.staff.version, self.data()
                )
        except ValidationError as exc:
            show_field_error(self.error, self._fields, exc)
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.ctx.bus.publish(self.saved.change)
        self.accept()


class StaffTab(FeatureTab):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = ctx.actor.can(StaffPermission.EDIT_STAFF)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("staffSearch")
        self.search.setPlaceholderText(self.tr("Search name, phone, position, department (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.department = QComboBox()
        self.department.setObjectName("departmentFilter")
        self._fill_departments()
        self.show_inactive = QCheckBox(self.tr("Show former staff"))
        self.show_inactive.setObjectName("showInactive")
        self.new_button = QPushButton(self.tr("&New staff member"))
        self.new_button.setObjectName("newStaff")
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setToolTip(self.tr("New staff member (Ctrl+N)"))
        self.new_button.setVisible(self.can_edit)
        self.new_button.clicked.connect(self.new)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.department, 1)
        bar.addWidget(self.show_inactive)
        bar.addStretch()
        if ctx.actor.can(StaffPermission.EDIT_DEPARTMENTS):
            departments = QPushButton(self.tr("&Departments..."))
            departments.setObjectName("departmentsButton")
            departments.clicked.connect(self.edit_departments)
            bar.addWidget(departments)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        self.model = RowTableModel(staff_columns(), self)
        self.view = record_table(self.model, "staffView", (120, 120, 140, 140, 110))
        self.view.doubleClicked.connect(self.edit)
        self.view.activated.connect(self.edit)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: gray; font-size: 14px;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout.addLayout(self.stack)
        self.count = QLabel()
        self.count.setObjectName("staffCount")
        layout.addWidget(self.count)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.department.currentIndexChanged.connect(self.refresh)
        self.show_inactive.toggled.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.refresh()

    def refresh(self) -> None:
        rows = self.ctx.services.staff.list_staff(
            self.ctx.actor,
            self.search.text(),
            include_inactive=self.show_inactive.isChecked(),
            department_id=self.department.currentData(),
        )
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n staff member(s)", "", len(rows)))
        if rows:
            self.stack.setCurrentWidget(self.view)
        else:
            filtered = bool(self.search.text().strip()) or self.department.currentData()
            self.empty.setText(
                self.tr("No staff member matches the search.")
                if filtered
                else self.tr(
                    'No staff yet. Add the department\'s staff with "New staff member" (Ctrl+N).'
                )
            )
            self.stack.setCurrentWidget(self.empty)

    def current(self) -> StaffRow | None:
        return self.model.row_at(self.view.currentIndex())

    def new(self) -> None:
        if self.can_edit:
            StaffEditor(self.ctx, None, self).exec()

    def edit(self, *_args) -> None:
        staff = self.current()
        if staff is not None and self.can_edit:
            StaffEditor(self.ctx, staff, self).exec()

    def edit_departments(self) -> None:
        from ui.staff.departments_dialog import DepartmentsDialog

        DepartmentsDialog(self.ctx, self).exec()
        current = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self._fill_departments()
        self.department.setCurrentIndex(max(0, self.department.findData(current)))
        self.department.blockSignals(False)
        self.refresh()

    def _fill_departments(self) -> None:
        self.department.addItem(self.tr("All departments"), None)
        for dept in self.ctx.services.staff.list_departments(self.ctx.actor):
            self.department.addItem(dept.name, dept.id)
