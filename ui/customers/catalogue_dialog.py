"""Courses and channels: the catalogue the customer forms choose from.

Courses are kept by managers (MANAGE_COURSES), channels by the administrator
(MANAGE_CHANNELS, DESIGN.md: "channels seeded, editable by admin"). Nothing is
deleted: a course or channel in use is switched off instead, so history keeps it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.customers.permissions import CustomerPermission
from app.customers.rows import ChannelRow, CourseRow
from app.money import format_money, parse_money
from ui.context import UiContext
from ui.customers.action_dialogs import ActionDialog

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class CourseDialog(ActionDialog):
    def __init__(
        self, ctx: UiContext, course: CourseRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Course") if course else self.tr("New course"), parent)
        self.ctx, self.course = ctx, course
        self.name = QLineEdit(course.name if course else "")
        self.category = QLineEdit(course.category if course else "")
        self.price = QLineEdit(
            format_money(course.price_fen, symbol=False).replace(",", "") if course else ""
        )
        self.price.setPlaceholderText("0.00")
        self.hours = QSpinBox()
        self.hours.setRange(0, 2000)
        self.hours.setValue(course.class_hours if course else 0)
        self.active = QCheckBox(self.tr("Offered (shown in the forms)"))
        self.active.setChecked(course.active if course else True)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Category"), self.category)
        self.form.addRow(self.tr("Price (¥)"), self.price)
        self.form.addRow(self.tr("Class hours"), self.hours)
        self.form.addRow("", self.active)

    def submit(self):
        service, actor = self.ctx.services.customers, self.ctx.actor
        price = parse_money(self.price.text() or "0", "price")
        if self.course is None:
            return service.create_course(
                actor, self.name.text(), self.category.text(), price, self.hours.value()
            )
        return service.update_course(
            actor,
            self.course.id,
            self.course.version,
            self.name.text(),
            self.category.text(),
            price,
            self.hours.value(),
            self.active.isChecked(),
        )


class ChannelDialog(ActionDialog):
    def __init__(
        self, ctx: UiContext, channel: ChannelRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Channel") if channel else self.tr("New channel"), parent)
        self.ctx, self.channel = ctx, channel
        self.name = QLineEdit(channel.name if channel else "")
        self.online = QCheckBox(self.tr("Online channel"))
        self.online.setChecked(channel.online if channel else True)
        self.active = QCheckBox(self.tr("In use (offered for new customers)"))
        self.active.setChecked(channel.active if channel else True)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow("", self.online)
        self.form.addRow("", self.active)

    def submit(self):
        return self.ctx.services.customers.save_channel(
            self.ctx.actor,
            self.channel.id if self.channel else None,
            self.name.text(),
            self.online.isChecked(),
            self.active.isChecked(),
        )


class CatalogueDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Courses and channels"))
        self.resize(640, 460)
        self.courses = self._tree(
            [
                self.tr("Course"),
                self.tr("Category"),
                self.tr("Price"),
                self.tr("Class hours"),
                self.tr("Offered"),
            ]
        )
        self.channels = self._tree([self.tr("Channel"), self.tr("Kind"), self.tr("In use")])
        self.courses.itemActivated.connect(lambda item: self.edit_course(item))
        self.channels.itemActivated.connect(lambda item: self.edit_channel(item))
        self.tabs = QTabWidget()
        can = ctx.actor.can
        self.tabs.addTab(
            self._page(self.courses, self.edit_course, can(CustomerPermission.MANAGE_COURSES)),
            self.tr("Courses"),
        )
        self.tabs.addTab(
            self._page(self.channels, self.edit_channel, can(CustomerPermission.MANAGE_CHANNELS)),
            self.tr("Channels"),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.reload()

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setColumnWidth(0, 180)
        return tree

    def _page(self, tree: QTreeWidget, edit, editable: bool) -> QWidget:
        page = QWidget()
        add = QPushButton(self.tr("Add…"))
        add.clicked.connect(lambda: edit(None))
        change = QPushButton(self.tr("Edit…"))
        change.clicked.connect(lambda: edit(tree.currentItem()))
        for button in (add, change):
            button.setVisible(editable)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(change)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(tree, 1)
        tree.setProperty("editable", editable)
        return page

    def reload(self) -> None:
        service, actor = self.ctx.services.customers, self.ctx.actor
        self.courses.clear()
        for c in service.list_courses(actor, include_inactive=True):
            item = QTreeWidgetItem(
                [
                    c.name,
                    c.category,
                    format_money(c.price_fen),
                    str(c.class_hours),
                    self.tr("yes") if c.active else self.tr("no"),
                ]
            )
            item.setData(0, ROW_ROLE, c)
            self.courses.addTopLevelItem(item)
        self.channels.clear()
        for ch in service.list_channels(actor, include_inactive=True):
            item = QTreeWidgetItem(
                [
                    ch.name,
                    self.tr("online") if ch.online else self.tr("offline"),
                    self.tr("yes") if ch.active else self.tr("no"),
                ]
            )
            item.setData(0, ROW_ROLE, ch)
            self.channels.addTopLevelItem(item)

    def _edit(self, tree: QTreeWidget, dialog_class, item: QTreeWidgetItem | None) -> None:
        if not tree.property("editable"):
            return
        dialog = dialog_class(self.ctx, item.data(0, ROW_ROLE) if item else None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.bus.publish(dialog.change)
            self.reload()

    def edit_course(self, item: QTreeWidgetItem | None) -> None:
        self._edit(self.courses, CourseDialog, item)

    def edit_channel(self, item: QTreeWidgetItem | None) -> None:
        self._edit(self.channels, ChannelDialog, item)
