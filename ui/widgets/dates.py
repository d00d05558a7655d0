"""Dates between Qt and Python, and month names in the UI language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def month_names() -> list[str]:
    """Short month names in the UI language (not the system locale)."""
    return [
        QCoreApplication.translate("SharedDates", "Jan"),
        QCoreApplication.translate("SharedDates", "Feb"),
        QCoreApplication.translate("SharedDates", "Mar"),
        QCoreApplication.translate("SharedDates", "Apr"),
        QCoreApplication.translate("SharedDates", "May"),
        QCoreApplication.translate("SharedDates", "Jun"),
        QCoreApplication.translate("SharedDates", "Jul"),
        QCoreApplication.translate("SharedDates", "Aug"),
        QCoreApplication.translate("SharedDates", "Sep"),
        QCoreApplication.translate("SharedDates", "Oct"),
        QCoreApplication.translate("SharedDates", "Nov"),
        QCoreApplication.translate("SharedDates", "Dec"),
    ]
