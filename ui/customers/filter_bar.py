"""The search box and filters above the customers table; emits a CustomerQuery."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.customers.permissions import CustomerPermission
from app.customers.pipeline import TIERS, Status, status_label
from app.customers.search import CustomerQuery
from app.staff.permissions import StaffPermission
from ui.context import UiContext

DEBOUNCE_MS = 250
NO_DATE = QDate(2000, 1, 1)


class _DateEdit(QDateEdit):
    """A date edit whose minimum shows as "any" and means "no limit"."""

    def __init__(self, any_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(any_text)
        self.setDate(NO_DATE)
        self.setDisplayFormat("yyyy-MM-dd")

    def value(self) -> dt.date | None:
        return None if self.date() == NO_DATE else self.date().toPython()


class FilterBar(QWidget):
    queryChanged = Signal(object)  # CustomerQuery

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search: name, pinyin (zs), phone or last 4 digits, school  (Ctrl+F)")
        )
        self.search.setMinimumWidth(320)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.emit_query)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.emit_query)

        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status.addItem(status_label(status), str(status))
        self.tier = QComboBox()
        self.tier.addItem(self.tr("All tiers"), None)
        for tier in TIERS:
            self.tier.addItem(self.tr("Tier %s") % tier, tier)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("All channels"), None)
        for channel in ctx.services.customers.list_channels(ctx.actor, include_inactive=True):
            self.channel.addItem(channel.name, channel.id)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("All owners"), None)
        self.owner.addItem(self.tr("Mine"), ("mine",))
        self.owner.addItem(self.tr("Nobody"), ("none",))
        if ctx.actor.can(StaffPermission.VIEW_STAFF) and ctx.actor.can(
            CustomerPermission.VIEW_ALL_CUSTOMERS
        ):
            for staff in ctx.services.staff.list_staff(ctx.actor):
                self.owner.addItem(staff.name, staff.id)
        self.owner.setVisible(ctx.actor.can(CustomerPermission.VIEW_ALL_CUSTOMERS))
        self.follow_up = QComboBox()
        for text, key in (
            (self.tr("Any follow-up"), ""),
            (self.tr("Follow-up due today"), "today"),
            (self.tr("Follow-up overdue"), "overdue"),
            (self.tr("Due or overdue"), "due"),
        ):
            self.follow_up.addItem(text, key)
        self.tag = QComboBox()
        self.reload_tags()
        self.complaints = QCheckBox(self.tr("Open complaints"))
        self.complaints.setToolTip(self.tr("Only customers with a complaint not yet resolved"))
        self.complaints.setVisible(ctx.actor.can(CustomerPermission.EDIT_COMPLAINTS))
        self.complaints.toggled.connect(self.emit_query)
        self.more = QToolButton()
        self.more.setText(self.tr("Dates…"))
        self.more.setCheckable(True)

        self.created_from = _DateEdit(self.tr("any"))
        self.created_to = _DateEdit(self.tr("any"))
        self.contact_from = _DateEdit(self.tr("any"))
        self.contact_to = _DateEdit(self.tr("any"))
        self.recycle = QComboBox()
        self.recycle.addItem(self.tr("Active customers"), False)
        self.recycle.addItem(self.tr("Deleted customers"), True)
        self.recycle.setVisible(ctx.actor.can(CustomerPermission.DELETE_CUSTOMERS))

        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(self.search, 3)
        for combo in (self.status, self.tier, self.channel, self.owner, self.follow_up, self.tag):
            first.addWidget(combo)
            combo.currentIndexChanged.connect(self.emit_query)
        first.addWidget(self.complaints)
        first.addWidget(self.more)
        self.dates = QWidget()
        second = QHBoxLayout(self.dates)
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(QLabel(self.tr("Created")))
        second.addWidget(self.created_from)
        second.addWidget(QLabel("–"))
        second.addWidget(self.created_to)
        second.addSpacing(16)
        second.addWidget(QLabel(self.tr("Last contact")))
        second.addWidget(self.contact_from)
        second.addWidget(QLabel("–"))
        second.addWidget(self.contact_to)
        second.addSpacing(16)
        second.addWidget(self.recycle)
        second.addStretch(1)
        for edit in (self.created_from, self.created_to, self.contact_from, self.contact_to):
            edit.dateChanged.connect(self.emit_query)
        self.recycle.currentIndexChanged.connect(self.emit_query)
        self.dates.setVisible(False)
        self.more.toggled.connect(self.dates.setVisible)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addWidget(self.dates)

    def reload_tags(self) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for tag_id, name in self.ctx.services.customers.list_tags(self.ctx.actor):
            self.tag.addItem(name, tag_id)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)))
        self.tag.blockSignals(False)

    def query(self) -> CustomerQuery:
        owner = self.owner.currentData()
        owner_ids: tuple = ()
        if owner == ("mine",):
            owner_ids = (self.ctx.actor.staff_id,)
        elif owner == ("none",):
            owner_ids = (None,)
        elif owner is not None:
            owner_ids = (owner,)
        status, tier = self.status.currentData(), self.tier.currentData()
        channel, tag = self.channel.currentData(), self.tag.currentData()
        return CustomerQuery(
            text=self.search.text().strip(),
            statuses=(status,) if status else (),
            tiers=(tier,) if tier else (),
            channel_ids=(channel,) if channel else (),
            owner_ids=owner_ids,
            tag_ids=(tag,) if tag else (),
            created_from=self.created_from.value(),
            created_to=self.created_to.value(),
            contact_from=self.contact_from.value(),
            contact_to=self.contact_to.value(),
            follow_up=self.follow_up.currentData(),
            open_complaint=self.complaints.isChecked(),
            deleted=bool(self.recycle.currentData()),
        )

    def emit_query(self) -> None:
        self._timer.stop()
        self.queryChanged.emit(self.query())
