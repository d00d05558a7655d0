"""Create a booth kit: the event, the booth staff's accounts, the file to write."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.booth.kits import KitRow
from app.errors import ServiceError
from ui.context import UiContext


class KitDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: KitRow | None = None
        self.setWindowTitle(self.tr("Create booth kit"))
        intro = QLabel(
            self.tr(
                "A booth kit is a small database for the booth laptop: the event, the channels, "
                "the courses and the accounts of the staff working at the booth. It holds no "
                "existing customer. Bundles exported from it are encrypted with the kit's own "
                "key, which this office keeps to merge them."
            )
        )
        intro.setWordWrap(True)
        self.activity_edit = QComboBox()
        self.activity_edit.setEditable(True)
        self.activity_edit.setObjectName("kitActivity")
        for name in self._activity_names():
            self.activity_edit.addItem(name)
        self.activity_edit.setCurrentIndex(-1)
        self.activity_edit.lineEdit().setPlaceholderText(
            self.tr("The event, e.g. a campaign activity's name")
        )
        self.accounts = QListWidget()
        self.accounts.setObjectName("kitAccounts")
        try:
            accounts = ctx.services.booth_kits.list_accounts(ctx.actor)
        except ServiceError:
            accounts = []
        for account in accounts:
            text = (
                f"{account.display_name} ({account.username})"
                if account.display_name
                else (account.username)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, account.username)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.accounts.addItem(item)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Kit file to create (.db)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Event:"), self.activity_edit)
        form.addRow(self.tr("Booth staff:"), self.accounts)
        form.addRow(self.tr("Kit file:"), path_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create kit"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(640, 480)

    def _activity_names(self) -> list[str]:
        """Names of the campaign activities, when that feature is installed."""
        from app.booth.activity import activity_names

        try:
            return activity_names(self.ctx.services.db, self.ctx.actor)
        except ServiceError:
            return []

    def selected_accounts(self) -> list[str]:
        return [
            self.accounts.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.accounts.count())
            if self.accounts.item(i).checkState() == Qt.CheckState.Checked
        ]

    def browse(self) -> None:
        name = self.activity_edit.currentText().strip() or "booth"
        default = str(Path.home() / f"{name}.db")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Create booth kit"), default, self.tr("Booth kits (*.db)")
        )
        if path:
            self.path_edit.setText(path)

    def create(self) -> None:
        try:
            row = self.ctx.services.booth_kits.create_kit(
                self.ctx.actor,
                Path(self.path_edit.text().strip()) if self.path_edit.text().strip() else Path(),
                self.activity_edit.currentText(),
                self.selected_accounts(),
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Create booth kit"), exc.message)
            return
        self.created = row
        self.ctx.bus.publish(row.change)
        QMessageBox.information(
            self,
            self.tr("Create booth kit"),
            self.tr(
                "The kit for %s was written to %s. Copy it to the booth laptop and start "
                "MarketDesk there with: booth --db %s"
            )
            % (row.activity_name, row.path, Path(row.path).name),
        )
        self.accept()


def open_kit_dialog(ctx: UiContext, parent: QWidget | None) -> None:
    dialog = KitDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
