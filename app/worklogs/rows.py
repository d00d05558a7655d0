"""What the worklogs service returns and takes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.service import Changed
from app.worklogs.figures import DayFigures, Figures
from db.models.worklogs import DailyLog, WorkReport

PLAN = "plan"
REPORT = "report"
MONTH = "month"
YEAR = "year"


@dataclass(frozen=True)
class ReportRow(Changed):
    id: int
    kind: str
    scope: str
    period: str
    year: int
    month: int
    staff_id: int | None
    department_id: int | None
    owner_name: str
    author_name: str
    status: str
    body: str
    self_assessment: str
    figures: Figures | None  # the snapshot taken at submission
    decided_by: str
    decision_note: str
    version: int


def report_row(report: WorkReport, owner_name: str) -> ReportRow:
    return ReportRow(
        id=report.id,
        kind=report.kind,
        scope=report.scope,
        period=report.period,
        year=report.year,
        month=report.month,
        staff_id=report.staff_id,
        department_id=report.department_id,
        owner_name=owner_name,
        author_name=report.author_name,
        status=report.status,
        body=report.body,
        self_assessment=report.self_assessment,
        figures=Figures.from_json(report.figures) if report.figures is not None else None,
        decided_by=report.decided_by,
        decision_note=report.decision_note,
        version=report.version,
    )


@dataclass(frozen=True)
class ReportKey:
    """Which plan or report: kind plan|report, scope person|department, period
    month|year (month 0 for a year); department_id for a department's."""

    kind: str
    scope: str
    period: str
    year: int
    month: int = 0
    department_id: int | None = None


@dataclass
class LogInput:
    calls: int = 0
    wechats: int = 0
    visits: int = 0
    results: str = ""
    notes: str = ""


@dataclass(frozen=True)
class LogRow(Changed):
    id: int
    staff_id: int
    day: dt.date
    calls: int
    wechats: int
    visits: int
    results: str
    notes: str
    version: int


def log_row(log: DailyLog) -> LogRow:
    return LogRow(
        log.id,
        log.staff_id,
        log.day,
        log.calls,
        log.wechats,
        log.visits,
        log.results,
        log.notes,
        log.version,
    )


def prefill(figures: DayFigures) -> LogInput:
    """A new log's counts from the day's recorded follow-ups; the results line names
    the people contacted and what came of it."""
    lines = [
        f"{c.customer_name}: {c.content}" if c.content else c.customer_name
        for c in figures.contacts
    ]
    return LogInput(
        calls=figures.by_method.get("phone", 0),
        wechats=figures.by_method.get("wechat", 0),
        visits=figures.by_method.get("visit", 0),
        results="\n".join(lines),
    )


@dataclass(frozen=True)
class DaySheet:
    """One person's day: what the data says, and their log (None: not written)."""

    staff_id: int
    name: str
    figures: DayFigures
    log: LogRow | None


@dataclass(frozen=True)
class DueItem:
    """A plan or report the actor owes (or must decide): for the workbench."""

    action: str  # write | decide
    kind: str
    scope: str
    period: str
    year: int
    month: int
    due_on: dt.date
    overdue: bool
    report_id: int | None
    owner_name: str
