"""Departments: add and rename (administrators)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app.errors import ServiceError
from ui.context import UiContext
from ui.widgets.messages import show_error


class DepartmentsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Departments"))
        self.resize(360, 320)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("departments")
        self.list.itemDoubleClicked.connect(self.rename)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        add = QPushButton(self.tr("&Add..."))
        add.setObjectName("addDepartment")
        add.clicked.connect(self.add)
        rename = QPushButton(self.tr("&Rename..."))
        rename.clicked.connect(self.rename)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(add)
        row.addWidget(rename)
        row.addStretch()
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for dept in self.ctx.services.staff.list_departments(self.ctx.actor):
            item = QListWidgetItem(dept.name)
            item.setData(Qt.ItemDataRole.UserRole, dept.id)
            self.list.addItem(item)

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add department"), self.tr("Name:"))
        if not ok:
            return
        try:
            dept = self.ctx.services.staff.create_department(self.ctx.actor, name)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.ctx.bus.publish(dept.change)
        self.refresh()

    def rename(self, *_args) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename department"), self.tr("Name:"), text=item.text()
        )
        if not ok:
            return
        try:
            dept = self.ctx.services.staff.rename_department(
                self.ctx.actor, item.data(Qt.ItemDataRole.UserRole), name
            )
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.ctx.bus.publish(dept.change)
        self.refresh()
