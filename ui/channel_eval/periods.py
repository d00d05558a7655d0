"""The period picker of the channel tab: presets and two dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.channel_eval.periods import Period
from ui.widgets.dates import pydate, qdate


def _month_start(day: dt.date, back: int = 0) -> dt.date:
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def preset_period(key: str, today: dt.date) -> Period:
    this_month = today.replace(day=1)
    quarter = _month_start(today, (today.month - 1) % 3)
    if key == "this_month":
        return Period(this_month, today)
    if key == "last_month":
        return Period(_month_start(today, 1), this_month - dt.timedelta(days=1))
    if key == "this_quarter":
        return Period(quarter, today)
    if key == "last_quarter":
        return Period(_month_start(quarter, 3), quarter - dt.timedelta(days=1))
    if key == "this_year":
        return Period(dt.date(today.year, 1, 1), today)
    if key == "last_year":
        return Period(dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31))
    if key == "last_24_months":
        return Period(_month_start(today, 24), this_month - dt.timedelta(days=1))
    # last_12_months: the twelve whole months before this one
    return Period(_month_start(today, 12), this_month - dt.timedelta(days=1))


class PeriodPicker(QWidget):
    changed = Signal()

    PRESETS = (
        "last_12_months",
        "last_24_months",
        "this_month",
        "last_month",
        "this_quarter",
        "last_quarter",
        "this_year",
        "last_year",
        "custom",
    )

    def __init__(self, today: dt.date, parent=None) -> None:
        super().__init__(parent)
        self.today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Period:")))
        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        names = {
            "last_12_months": self.tr("Last 12 months"),
            "last_24_months": self.tr("Last 24 months"),
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "this_quarter": self.tr("This quarter"),
            "last_quarter": self.tr("Last quarter"),
            "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"),
            "custom": self.tr("Custom dates"),
        }
        for key in self.PRESETS:
            self.preset.addItem(names[key], key)
        layout.addWidget(self.preset)
        self.start = QDateEdit()
        self.start.setObjectName("start")
        self.end = QDateEdit()
        self.end.setObjectName("end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end)
        self._apply_preset()
        self.preset.currentIndexChanged.connect(lambda _i: self._apply_preset(emit=True))
        self.start.dateChanged.connect(lambda _d: self._dates_edited())
        self.end.dateChanged.connect(lambda _d: self._dates_edited())

    def _apply_preset(self, emit: bool = False) -> None:
        key = self.preset.currentData()
        if key == "custom":
            return
        period = preset_period(key, self.today)
        for edit, day in ((self.start, period.start), (self.end, period.end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        if emit:
            self.changed.emit()

    def _dates_edited(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.PRESETS.index("custom"))
        self.preset.blockSignals(False)
        self.changed.emit()

    def set_preset(self, key: str) -> None:
        self.preset.setCurrentIndex(self.PRESETS.index(key))

    def period(self) -> Period:
        """The chosen period (a ValidationError when the dates are the wrong way round)."""
        return Period(pydate(self.start.date()), pydate(self.end.date()))
