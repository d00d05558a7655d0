"""The activity editor's first page: what, when, where, who, which channel and plan,
the budget, and the ad copy checked as it is typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.campaigns.inputs import kind_label
from app.campaigns.rows import ActivityInput
from app.errors import ServiceError
from app.money import format_money, parse_money
from db.models.campaigns import ActivityKind
from ui.adcheck.copy_editor import AdCopyEditor
from ui.context import UiContext


def _qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def _pydatetime(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class DetailsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._exclude_id: int | None = None  # the activity itself, not counted as "other"
        self.name = QLineEdit()
        self.name.setObjectName("activityName")
        self.name.setMaxLength(200)
        self.kind = QComboBox()
        for kind in ActivityKind.ALL:
            self.kind.addItem(kind_label(kind), kind)
        self.starts = QDateTimeEdit()
        self.ends = QDateTimeEdit()
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts.dateTimeChanged.connect(self._keep_order)
        self.all_day = QCheckBox(self.tr("All day"))
        self.all_day.toggled.connect(self._show_all_day)
        self.venue = QLineEdit()
        self.owner = QComboBox()
        self.channel = QComboBox()
        self.school = QLineEdit()
        self.school.setPlaceholderText(self.tr("The school the activity is aimed at, if any"))
        self.audience = QLineEdit()
        self.plan = QComboBox()
        self.budget = QLineEdit()
        self.budget.setObjectName("activityBudget")
        self.category = QComboBox()
        self.available = QLabel()
        self.available.setObjectName("budgetAvailable")
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Goals, programme, division of work"))
        self.description.setMaximumHeight(90)
        self.copy = AdCopyEditor(ctx)
        self.copy.setObjectName("activityCopy")
        self._fill_choices()
        self.category.currentIndexChanged.connect(self._show_available)
        self.starts.dateTimeChanged.connect(self._show_available)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Starts"), self.starts)
        form.addRow(self.tr("Ends"), self.ends)
        form.addRow("", self.all_day)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Target school"), self.school)
        form.addRow(self.tr("Audience"), self.audience)
        form.addRow(self.tr("Marketing plan"), self.plan)
        form.addRow(self.tr("Budget (yuan)"), self.budget)
        form.addRow(self.tr("Expense category"), self.category)
        form.addRow("", self.available)
        form.addRow(self.tr("Plan and notes"), self.description)
        left = QWidget()
        left.setLayout(form)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Ad copy (checked against the Advertising Law)")))
        right_layout.addWidget(self.copy)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.fields: dict[str, QWidget | None] = {
            "name": self.name, "kind": self.kind, "starts_at": self.starts,
            "ends_at": self.ends, "venue": self.venue, "owner_id": self.owner,
            "channel": self.channel, "target_school": self.school, "audience": self.audience,
            "plan_id": self.plan, "budget_fen": self.budget, "category_id": self.category,
            "description": self.description, "ad_copy": self.copy,
        }  # fmt: skip

    def _fill_choices(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.owner.addItem(self.tr("(nobody)"), None)
        try:
            for s in services.staff.list_staff(actor, include_inactive=False):
                self.owner.addItem(s.name, s.id)
        except ServiceError:
            pass  # a role that may not list staff sees the owner's name only
        self.channel.addItem(self.tr("(none)"), None)
        for c in services.channels.list_channels(actor):
            self.channel.addItem(c.name, c.id)
        self.plan.addItem(self.tr("(none)"), None)
        for p in services.marketing_plans.list_plans(actor):
            self.plan.addItem(p.name, p.id)
        self.category.addItem(self.tr("(none)"), None)
        for c in services.expense_categories.list_categories(actor, include_inactive=False):
            self.category.addItem(c.name, c.id)

    @staticmethod
    def _select(combo: QComboBox, value: object, missing_text: str = "") -> None:
        pos = combo.findData(value)
        if pos < 0 and value is not None:
            combo.addItem(missing_text or str(value), value)
            pos = combo.count() - 1
        combo.setCurrentIndex(max(pos, 0))

    def _show_all_day(self, all_day: bool) -> None:
        """All-day activities run whole days: the times are not asked for."""
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("yyyy-MM-dd" if all_day else "yyyy-MM-dd HH:mm")

    def _keep_order(self, start: QDateTime) -> None:
        if self.ends.dateTime() < start:
            self.ends.setDateTime(start.addSecs(2 * 3600))

    def load(self, data: ActivityInput, owner_name: str = "", channel_name: str = "") -> None:
        self.name.setText(data.name)
        self._select(self.kind, data.kind)
        self.starts.setDateTime(_qdatetime(data.starts_at))
        self.ends.setDateTime(_qdatetime(data.ends_at))
        self.all_day.setChecked(data.all_day)
        self.venue.setText(data.venue)
        self._select(self.owner, data.owner_id, owner_name)
        self._select(self.channel, data.channel_id, channel_name)
        self.school.setText(data.target_school)
        self.audience.setText(data.audience)
        self._select(self.plan, data.plan_id)
        self.budget.setText(format_money(data.budget_fen, symbol=False) if data.budget_fen else "")
        self._select(self.category, data.category_id)
        self.description.setPlainText(data.description)
        self.copy.setText(data.ad_copy)
        self._show_available()

    def set_activity_id(self, activity_id: int | None) -> None:
        self._exclude_id = activity_id
        self._show_available()

    def _show_available(self, *_args: object) -> None:
        category_id = self.category.currentData()
        if category_id is None:
            self.available.setText("")
            return
        start = _pydatetime(self.starts.dateTime())
        try:
            fen = self.ctx.services.campaigns.budget_available(
                self.ctx.actor, category_id, start.year, start.month,
                self._exclude_id,
            )  # fmt: skip
        except ServiceError:
            self.available.setText("")
            return
        self.available.setStyleSheet("color: #b00020;" if fen < 0 else "")
        self.available.setText(
            self.tr("Left in this category for %1-%2 after other activities: %3")
            .replace("%1", str(start.year))
            .replace("%2", f"{start.month:02d}")
            .replace("%3", format_money(fen))
        )

    def read(self, base: ActivityInput) -> ActivityInput:
        """The page's fields over `base` (team, terms and materials come from the other
        pages). A bad amount raises ValidationError naming budget_fen."""
        from dataclasses import replace

        return replace(
            base,
            name=self.name.text(),
            kind=self.kind.currentData(),
            starts_at=_pydatetime(self.starts.dateTime()),
            ends_at=_pydatetime(self.ends.dateTime()),
            all_day=self.all_day.isChecked(),
            venue=self.venue.text(),
            owner_id=self.owner.currentData(),
            channel_id=self.channel.currentData(),
            target_school=self.school.text(),
            audience=self.audience.text(),
            plan_id=self.plan.currentData(),
            budget_fen=parse_money(self.budget.text() or "0", "budget_fen"),
            category_id=self.category.currentData(),
            description=self.description.toPlainText(),
            ad_copy=self.copy.text(),
        )

    def set_editable(self, editable: bool) -> None:
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(not editable)
            elif widget is self.copy:
                self.copy.setReadOnly(not editable)
            elif widget is not None:
                widget.setEnabled(editable)
        self.all_day.setEnabled(editable)
