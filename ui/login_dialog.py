"""Login, first administrator, and password change dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.errors import ServiceError
from ui.widgets.forms import dialog_buttons, error_label, show_inline

# The sign-in window is the first window: what it needs only once the database is
# open (the roles, the demo account list, the Qt namespace, whose first use costs
# ~15 ms) is imported there, not before it paints.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidgetItem

    from app.context import Actor
    from app.services import Services


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class LoginDialog(QDialog):
    """Asks for a user name and password. `actor` is set when accepted.

    With `locked_user` it unlocks an idle-locked session: the user name is fixed.
    At start-up it is shown before the database is open (`services` None): the user
    types while the data layer loads, and `attach` hands it the services then; a
    sign-in asked for before that waits for them. `first_painted` tells when the
    window is on screen: the data layer starts loading then.
    """

    first_painted = Signal()
    # The user asked to sign in (the data layer may still be loading).
    sign_in_requested = Signal()

    def __init__(
        self,
        services: Services | None,
        *,
        demo_accounts: list[dict] | None = None,
        locked_user: str | None = None,
        location: str = "",
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.setWindowTitle(
            self.tr("MarketDesk - Sign in") if not locked_user else self.tr("MarketDesk - Locked")
        )
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        heading = QLabel(
            "MarketDesk"  # the product's name, the same in every language
            if not locked_user
            else self.tr(
                "The session was locked after a period of inactivity. "
                "Enter your password to continue."
            )
        )
        heading.setWordWrap(True)
        if not locked_user:
            font = heading.font()
            font.setPointSize(font.pointSize() + 6)
            font.setBold(True)
            heading.setFont(font)
        layout.addWidget(heading)
        self.where = QLabel()
        self.where.setObjectName("databaseLocation")
        self.where.setStyleSheet("color: gray;")
        self.where.setWordWrap(True)
        self.where.setVisible(False)
        layout.addWidget(self.where)
        form = QFormLayout()
        self.username = QLineEdit(locked_user or "")
        self.username.setObjectName("username")
        self.username.setReadOnly(bool(locked_user))
        self.password = _password_edit("password")
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self._locked = bool(locked_user)
        self._waiting = False  # a sign-in asked for before the database was open
        self._demo_at = layout.count()
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Sign in") if not locked_user else self.tr("Unlock")
        )
        if locked_user:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if locked_user else self.username).setFocus()
        self._painted = False
        if services is not None:
            self.attach(services, demo_accounts or [], location)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def attach(self, services: Services, demo_accounts: list[dict], location: str) -> None:
        """The database is open: show where it is and its demo accounts, and finish a
        sign-in the user already asked for."""
        self.services = services
        if location:
            self.where.setText(self.tr("Database: %s") % location)
            self.where.setVisible(True)
        if demo_accounts and not self._locked:
            self._add_demo_accounts(demo_accounts)
        if self._waiting:
            self._waiting = False
            self.buttons.setEnabled(True)
            self.error.hide()
            self.try_login()

    def _add_demo_accounts(self, demo_accounts: list[dict]) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem

        from app.permissions import role_label

        layout = self.layout()
        box = QGroupBox(self.tr("Demo database: accounts (double-click to fill in)"))
        box_layout = QVBoxLayout(box)
        self.demo_list = QListWidget()
        self.demo_list.setObjectName("demoAccounts")
        for account in demo_accounts:
            item = QListWidgetItem(
                f"{account['username']} / {account['password']}  ({role_label(account['role'])})"
            )
            item.setData(Qt.ItemDataRole.UserRole, account)
            self.demo_list.addItem(item)
        # Every account shown whole: no scroll bars, no cut-off role.
        off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.demo_list.setVerticalScrollBarPolicy(off)
        self.demo_list.setHorizontalScrollBarPolicy(off)
        frame = 2 * self.demo_list.frameWidth()
        rows = sum(self.demo_list.sizeHintForRow(i) for i in range(self.demo_list.count()))
        self.demo_list.setFixedHeight(rows + frame + 4)
        self.demo_list.setMinimumWidth(self.demo_list.sizeHintForColumn(0) + frame + 8)
        self.demo_list.itemDoubleClicked.connect(self._fill_demo)
        box_layout.addWidget(self.demo_list)
        layout.insertWidget(self._demo_at, box)
        if self.isVisible():  # attached while shown: grow to show the accounts whole
            self.adjustSize()

    def _fill_demo(self, item: QListWidgetItem) -> None:
        from PySide6.QtCore import Qt

        account = item.data(Qt.ItemDataRole.UserRole)
        self.username.setText(account["username"])
        self.password.setText(account["password"])
        self.try_login()

    def try_login(self) -> None:
        self.sign_in_requested.emit()
        if self.services is None:  # still opening the database: sign in when it is open
            self._waiting = True
            self.buttons.setEnabled(False)
            show_inline(self.error, self.tr("Opening the database..."))
            return
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = self.services.users.authenticate(
                self.username.text(), self.password.text()
            )
        except ServiceError as exc:
            show_inline(self.error, exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


class CreateAdminDialog(QDialog):
    """First start: there is no account yet, and no built-in default password."""

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Create the administrator account"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This database has no accounts yet. Create the administrator "
                "account; it can then add the other users."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("displayName")
        self.password = _password_edit("password")
        self.confirm = _password_edit("confirm")
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat password:"), self.confirm)
        layout.addLayout(form)
        hint = QLabel(self.tr("At least 8 characters, with letters and digits."))
        hint.setStyleSheet("color: gray;")
        layout.addWidget(hint)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self.create, self.reject, save=False))

    def create(self) -> None:
        if self.password.text() != self.confirm.text():
            show_inline(self.error, self.tr("The two passwords differ."))
            return
        try:
            self.actor = self.services.users.create_first_admin(
                self.username.text(), self.display_name.text(), self.password.text()
            )
        except ServiceError as exc:
            show_inline(self.error, exc.message)
            return
        self.accept()


class ChangePasswordDialog(QDialog):
    def __init__(
        self, services: Services, actor: Actor, *, forced: bool = False, parent=None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(
                self.tr("Your password was set by an administrator. Choose your own password now.")
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.old = _password_edit("oldPassword")
        self.new = _password_edit("newPassword")
        self.repeat = _password_edit("repeatPassword")
        form.addRow(self.tr("&Current password:"), self.old)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("&Repeat new password:"), self.repeat)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self.change, self.reject, save=False))

    def change(self) -> None:
        if self.new.text() != self.repeat.text():
            show_inline(self.error, self.tr("The two new passwords differ."))
            return
        try:
            self.services.users.change_own_password(self.actor, self.old.text(), self.new.text())
        except ServiceError as exc:
            show_inline(self.error, exc.message)
            return
        self.accept()
