"""User administration: create, edit role/staff link, disable, reset password, unlock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.errors import ServiceError, ValidationError
from app.permissions import Role, role_label
from app.users.service import UserRow
from ui.context import UiContext
from ui.widgets.forms import dialog_buttons, error_label, show_field_error
from ui.widgets.messages import show_error
from ui.widgets.row_model import Column, RowTableModel
from ui.widgets.tables import record_table

translate = QCoreApplication.translate


def user_columns() -> list[Column[UserRow]]:
    def status(u: UserRow) -> str:
        if not u.active:
            return translate("UsersDialog", "Disabled", "account status")
        if u.locked:
            return translate("UsersDialog", "Locked")
        # An account's state, not employment (在职): the account is enabled.
        return translate("UsersDialog", "Enabled", "account status")

    return [
        Column(lambda: translate("UsersDialog", "User name"), lambda u: u.username),
        Column(lambda: translate("UsersDialog", "Full name"), lambda u: u.display_name),
        Column(lambda: translate("UsersDialog", "Role"), lambda u: role_label(u.role)),
        Column(lambda: translate("UsersDialog", "Staff member"), lambda u: u.staff_name),
        Column(lambda: translate("UsersDialog", "Status"), status),
        Column(
            lambda: translate("UsersDialog", "Last sign-in"),
            lambda u: (
                u.last_login_at.astimezone().strftime("%Y-%m-%d %H:%M") if u.last_login_at else ""
            ),
        ),
    ]


class UserEditor(QDialog):
    def __init__(self, ctx: UiContext, user: UserRow | None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(self.tr("New user") if user is None else self.tr("Edit user"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit(user.username if user else "")
        self.username.setObjectName("username")
        self.username.setReadOnly(user is not None)
        self.display_name = QLineEdit(user.display_name if user else "")
        self.display_name.setObjectName("displayName")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        if user:
            self.role.setCurrentIndex(self.role.findData(user.role))
        else:
            self.role.setCurrentIndex(self.role.findData(Role.STAFF.value))
        self.staff = QComboBox()
        self.staff.setObjectName("staff")
        self.staff.addItem(self.tr("(none)"), None)
        for row in ctx.services.staff.list_staff(ctx.actor, include_inactive=False):
            label = f"{row.name} - {row.department_name}" if row.department_name else row.name
            self.staff.addItem(label, row.id)
        if user and user.staff_id:
            self.staff.setCurrentIndex(max(0, self.staff.findData(user.staff_id)))
        self.active = QCheckBox(self.tr("Account enabled"))
        self.active.setObjectName("active")
        self.active.setChecked(user.active if user else True)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Staff member:"), self.staff)
        if user is None:
            self.password = QLineEdit()
            self.password.setObjectName("password")
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(self.tr("Initial &password:"), self.password)
        else:
            form.addRow("", self.active)
        layout.addLayout(form)
        if user is None:
            note = QLabel(self.tr("The user must choose a new password at first sign-in."))
            note.setStyleSheet("color: gray;")
            layout.addWidget(note)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self.save, self.reject))
        self._fields = {
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role,
            "staff_id": self.staff,
            "password": getattr(self, "password", None),
        }

    def save(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        try:
            if self.user is None:
                row = services.users.create_user(
                    actor,
                    username=self.username.text(),
                    display_name=self.display_name.text(),
                    role=self.role.currentData(),
                    password=self.password.text(),
                    staff_id=self.staff.currentData(),
                )
            else:
                row = services.users.update_user(
                    actor,
                    self.user.id,
                    self.user.version,
                    display_name=self.display_name.text(),
                    role=self.role.currentData(),
                    staff_id=self.staff.currentData(),
                    active=self.active.isChecked(),
                )
        except ValidationError as exc:
            show_field_error(self.error, self._fields, exc)
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.ctx.bus.publish(row.change)
        self.accept()


class UsersDialog(QDialog):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Users and roles"))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        self.model = RowTableModel(user_columns(), self)
        self.view = record_table(self.model, "usersView", (110, 110, 110, 110, 80))
        self.view.doubleClicked.connect(self.edit)
        layout.addWidget(self.view)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New user..."))
        self.new_button.setObjectName("newUser")
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(self.tr("&Edit..."))
        self.edit_button.setObjectName("editUser")
        self.edit_button.clicked.connect(self.edit)
        self.reset_button = QPushButton(self.tr("&Reset password..."))
        self.reset_button.setObjectName("resetPassword")
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button = QPushButton(self.tr("Un&lock"))
        self.unlock_button.setObjectName("unlockUser")
        self.unlock_button.clicked.connect(self.unlock)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.new_button, self.edit_button, self.reset_button, self.unlock_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.model.set_rows(self.ctx.services.users.list_users(self.ctx.actor))
        except ServiceError as exc:
            show_error(self, exc)

    def current(self) -> UserRow | None:
        return self.model.row_at(self.view.currentIndex())

    def new(self) -> None:
        if UserEditor(self.ctx, None, self).exec():
            self.refresh()

    def edit(self, *_args) -> None:
        user = self.current()
        if user and UserEditor(self.ctx, user, self).exec():
            self.refresh()

    def reset_password(self) -> None:
        user = self.current()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("New temporary password for %s:") % user.username,
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        try:
            self.ctx.services.users.reset_password(self.ctx.actor, user.id, password)
        except ServiceError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(
            self,
            self.tr("Password reset"),
            self.tr("The password was reset. %s must choose a new one at the next sign-in.")
            % user.username,
        )
        self.refresh()

    def unlock(self) -> None:
        user = self.current()
        if user is None:
            return
        try:
            self.ctx.services.users.unlock(self.ctx.actor, user.id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.refresh()
