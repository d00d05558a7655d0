"""Words of the risk warnings shown to users: severities and figure units."""

from __future__ import annotations

from decimal import Decimal

from app.risk_kit import Severity, Unit
from app.risks.translation import tr


def severity_label(severity: str) -> str:
    words: dict[str, str] = {
        Severity.WARNING: tr("Warning", "risk severity"),
        Severity.CRITICAL: tr("Critical", "risk severity"),
    }
    return words.get(severity, severity)


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _days(value: Decimal) -> str:
    word = tr("%s day", "risk figure") if value == 1 else tr("%s days", "risk figure")
    return word % _number(value)


def _hours(value: Decimal) -> str:
    word = tr("%s hour", "risk figure") if value == 1 else tr("%s hours", "risk figure")
    return word % _number(value)


def figure_text(value: Decimal, unit: str) -> str:
    """A figure with its unit: "12.5 points", "36 hours"; a count bare."""
    n = _number(value)
    if unit == Unit.COUNT:
        return n
    if unit == Unit.HOURS:  # "601 days" reads better than "14439 hours"
        return _days(Decimal(int(value) // 24)) if value >= 48 else _hours(value)
    if unit == Unit.DAYS:
        return _days(value)
    words: dict[str, str] = {
        Unit.POINTS: tr("%s points", "risk figure"),
        Unit.PERCENT: tr("%s%%", "risk figure"),
        Unit.SCORE: tr("score %s", "risk figure"),
    }
    return words.get(unit, "%s") % n


def figure_texts(figure: Decimal, threshold: Decimal, unit: str) -> tuple[str, str]:
    """The figure and its threshold in one unit: hours late past a whole-day
    threshold read in days ("601 days", "0 days"), else in hours ("50 hours",
    "36 hours"); the other units as figure_text."""
    if unit == Unit.HOURS:
        if figure >= 48 and threshold % 24 == 0:
            return _days(Decimal(int(figure) // 24)), _days(threshold / 24)
        return _hours(figure), _hours(threshold)
    return figure_text(figure, unit), figure_text(threshold, unit)


def comparison_text(figure: Decimal, threshold: Decimal, unit: str, higher_is_worse: bool) -> str:
    """ "15.2 points > 10 points": the figure against its threshold, in one unit."""
    sign = ">" if higher_is_worse else "<"
    shown, limit = figure_texts(figure, threshold, unit)
    return f"{shown} {sign} {limit}"


def record_kind_label(kind: str) -> str:
    """What a record behind a warning is, in the reader's language (the kinds the
    rules name; any other kind by its audit record type, else its table name)."""
    words = {
        "complaints": tr("Complaint", "risk record"),
        "customers": tr("Customer", "risk record"),
        "expense_categories": tr("Expense category", "risk record"),
        "channels": tr("Channel", "risk record"),
        "activities": tr("Activity", "risk record"),
        "staff": tr("Staff member", "risk record"),
        "appraisal_kpis": tr("KPI", "risk record"),
    }
    if kind in words:
        return words[kind]
    from app.features import audit_record_labels

    return audit_record_labels().get(kind, kind)
