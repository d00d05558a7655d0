"""Bulk actions on the selected customers: owner, tier, tags, delete/restore, duplicates."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.customers.permissions import CustomerPermission
from app.customers.pipeline import TIERS
from app.errors import ServiceError
from ui.widgets.messages import confirm

if TYPE_CHECKING:
    from ui.customers.customers_tab import CustomersTab

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
CONFIRM_ABOVE = 1000  # a bulk change this large is asked about first


class BulkActions(QObject):
    def __init__(self, tab: CustomersTab) -> None:
        super().__init__(tab)
        self.tab = tab

    @property
    def _ctx(self):
        return self.tab.ctx

    def fill_menu(self, menu: QMenu) -> None:
        can = self._ctx.actor.can
        assign = menu.addAction(self.tr("Assign owner…"), self.assign_owner)
        assign.setVisible(can(CustomerPermission.ASSIGN_CUSTOMERS))
        tier_menu = menu.addMenu(self.tr("Set tier"))
        tier_menu.menuAction().setVisible(can(CustomerPermission.EDIT_CUSTOMERS))
        for tier in TIERS:
            tier_menu.addAction(self.tr("Tier %s") % tier, lambda t=tier: self.set_tier(t))
        add_tag = menu.addAction(self.tr("Add tag…"), lambda: self.tag(True))
        remove_tag = menu.addAction(self.tr("Remove tag…"), lambda: self.tag(False))
        for act in (add_tag, remove_tag):
            act.setVisible(can(CustomerPermission.EDIT_CUSTOMERS))

    def _selected(self) -> list[int]:
        ids = self.tab.selected_customer_ids()
        if not ids:
            QMessageBox.information(
                self.tab,
                self.tr("Nothing selected"),
                self.tr("Select one or more customers first."),
            )
        elif len(ids) > CONFIRM_ABOVE and not confirm(
            self.tab,
            self.tr("Many customers"),
            self.tr("This changes %n customers, each one audited. Continue?", "", len(ids)),
        ):
            return []
        return ids

    def _run(self, call) -> None:
        try:
            changed = call()
        except ServiceError as exc:
            QMessageBox.warning(self.tab, self.tr("Not changed"), exc.message)
            return
        self._ctx.bus.publish(changed)
        if isinstance(changed.result, int):
            self.tab.count_label.setText(self.tr("%n customer(s) changed.", "", changed.result))

    def assign_owner(self) -> None:
        ids = self._selected()
        if not ids:
            return
        staff = self._ctx.services.staff.list_staff(self._ctx.actor, include_inactive=False)
        # The dialog returns a label, so each label must name one person: namesakes
        # are told apart by department (and by number if that is the same too).
        choices: dict[str, int | None] = {self.tr("(nobody)"): None}
        counts = Counter(s.name for s in staff)
        for member in staff:
            label = member.name
            if counts[member.name] > 1:
                label = f"{member.name} · {member.department_name or '-'}"
                if label in choices:
                    label = f"{label} #{member.id}"
            choices[label] = member.id
        label, ok = QInputDialog.getItem(
            self.tab,
            self.tr("Assign owner"),
            self.tr("New owner of %n customer(s):", "", len(ids)),
            list(choices),
            0,
            False,
        )
        if not ok:
            return
        owner = choices[label]
        self._run(
            lambda: self._ctx.services.customers.bulk_assign_owner(self._ctx.actor, ids, owner)
        )

    def set_tier(self, tier: str) -> None:
        ids = self._selected()
        if ids:
            self._run(
                lambda: self._ctx.services.customers.bulk_set_tier(self._ctx.actor, ids, tier)
            )

    def tag(self, add: bool) -> None:
        ids = self._selected()
        if not ids:
            return
        existing = [name for _id, name in self._ctx.services.customers.list_tags(self._ctx.actor)]
        title = self.tr("Add tag") if add else self.tr("Remove tag")
        name, ok = QInputDialog.getItem(self.tab, title, self.tr("Tag:"), existing, 0, add)
        if ok and name.strip():
            self._run(
                lambda: self._ctx.services.customers.bulk_tag(
                    self._ctx.actor, ids, name.strip(), add=add
                )
            )

    def delete_selected(self) -> None:
        ids = self._selected()
        if not ids:
            return
        if not confirm(
            self.tab,
            self.tr("Delete customers"),
            self.tr("Move %n customer(s) to the deleted list? They can be restored.", "", len(ids)),
        ):
            return
        service, actor = self._ctx.services.customers, self._ctx.actor
        self._run(lambda: service.delete_customers(actor, ids))

    def restore_selected(self) -> None:
        ids = self._selected()
        if not ids:
            return
        service, actor = self._ctx.services.customers, self._ctx.actor
        self._run(lambda: service.restore_customers(actor, ids))

    def find_duplicates(self) -> None:
        DuplicatesDialog(self.tab).exec()


class DuplicatesDialog(QDialog):
    """Lists likely duplicates; merges each group into its oldest customer."""

    def __init__(self, tab: CustomersTab, parent: QWidget | None = None) -> None:
        super().__init__(parent or tab)
        self.tab = tab
        self.ctx = tab.ctx
        self.setWindowTitle(self.tr("Find and merge duplicates"))
        self.resize(620, 420)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Reason"), self.tr("Customers")])
        self.tree.setColumnWidth(0, 200)
        self.tree.setRootIsDecorated(False)
        self.tree.itemActivated.connect(lambda item: self._open_first(item))
        self.info = QLabel(
            self.tr(
                "Merging keeps the oldest customer of a group and moves every follow-up, trial, "
                "enrollment, complaint and status change of the others to it. Merged customers "
                "go to the deleted list."
            )
        )
        self.info.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(
            self.tr("Merge selected group"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.merge_button.clicked.connect(self.merge_selected)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        groups = self.ctx.services.customers.find_duplicates(self.ctx.actor)
        for group in groups:
            text = "、".join(
                f"{name} #{cid}" for cid, name in zip(group.customer_ids, group.names, strict=True)
            )
            item = QTreeWidgetItem([group.reason, text])
            item.setData(0, GROUP_ROLE, group.customer_ids)
            self.tree.addTopLevelItem(item)
        if not groups:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No duplicates found."), ""]))
        self.merge_button.setEnabled(bool(groups))

    def _open_first(self, item: QTreeWidgetItem) -> None:
        ids = item.data(0, GROUP_ROLE)
        if ids:
            self.tab.open_customer(ids[0])

    def merge_selected(self) -> None:
        item = self.tree.currentItem()
        ids = item.data(0, GROUP_ROLE) if item else None
        if not ids:
            return
        try:
            row = self.ctx.services.customers.merge_group(self.ctx.actor, ids)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not merged"), exc.message)
        else:
            self.ctx.bus.publish(row.change)
        self.reload()
