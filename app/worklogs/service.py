"""Work plans and reports and daily sales logs: write, submit, approve or return;
the figures filled in from the data; what is due (for the workbench).

Who may do what is in app/worklogs/scope.py; the moves in app/worklogs/workflow.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.context import Actor, actor_name
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.files import written_whole
from app.office.service import OfficeSettingsService
from app.service import Change, Service, snapshot
from app.worklogs import scope
from app.worklogs.figures import Figures, day_figures, report_figures
from app.worklogs.permissions import WorklogsPermission as P
from app.worklogs.rows import (
    MONTH,
    PLAN,
    REPORT,
    YEAR,
    DaySheet,
    DueItem,
    LogInput,
    LogRow,
    ReportKey,
    ReportRow,
    log_row,
    report_row,
)
from app.worklogs.translation import tr
from app.worklogs.workflow import EDITABLE, FLOW
from db.models.staff import Department, Staff
from db.models.worklogs import DailyLog, WorkReport
from db.models.worklogs import ReportStatus as S
from db.types import utcnow

# Plans are due by this day of their month, reports by this day of the next month
# (the rules: the plan at the start of the month, the report at its end).
DUE_DAY = 5
MAX_TEXT = 20000
MAX_COUNT = 1000


def _text(value: str, field: str) -> str:
    value = value.strip()
    if len(value) > MAX_TEXT:
        raise ValidationError(field, tr("The text is too long (at most %d characters).") % MAX_TEXT)
    return value


def _check_key(key: ReportKey) -> None:
    if key.kind not in (PLAN, REPORT):
        raise ValidationError("kind", tr("Choose a plan or a report."))
    if key.scope not in (scope.PERSON, scope.DEPARTMENT):
        raise ValidationError("scope", tr("Choose a personal or a department plan."))
    if key.period == MONTH and not 1 <= key.month <= 12:
        raise ValidationError("month", tr("Choose a month from 1 to 12."))
    if key.period == YEAR and key.month != 0:
        raise ValidationError("month", tr("An annual plan or summary has no month."))
    if key.period == YEAR and key.scope != scope.DEPARTMENT:
        raise ValidationError("period", tr("Annual plans and summaries are the department's."))
    if key.period not in (MONTH, YEAR) or not 2000 <= key.year <= 2100:
        raise ValidationError("year", tr("Choose a year between 2000 and 2100."))


def _previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


class WorklogsService(Service):
    today: Callable[[], dt.date] = staticmethod(dt.date.today)

    # --- plans and reports: reads -----------------------------------------------

    def list_reports(self, actor: Actor, year: int | None = None) -> list[ReportRow]:
        with self.read(actor, P.VIEW_OWN) as session:
            query = select(WorkReport).order_by(
                WorkReport.year.desc(), WorkReport.month.desc(), WorkReport.id
            )
            visible = scope.visible_condition(session, actor)
            if visible is not None:
                query = query.where(visible)
            if year is not None:
                query = query.where(WorkReport.year == year)
            reports = list(session.scalars(query))
            names = self._owner_names(session, reports)
            return [report_row(r, names[r.id]) for r in reports]

    def get_report(self, actor: Actor, report_id: int) -> ReportRow:
        with self.read(actor, P.VIEW_OWN) as session:
            report = self._visible(session, actor, report_id)
            return report_row(report, self._owner_names(session, [report])[report.id])

    def live_figures(self, actor: Actor, report_id: int) -> Figures:
        """The figures as the data stands now (the editor shows them beside the text)."""
        with self.read(actor, P.VIEW_OWN) as session:
            report = self._visible(session, actor, report_id)
            return self._figures(session, report)

    def print_report(self, actor: Actor, report_id: int, path: str | Path) -> Change:
        """The printed plan or report (audited); the change's result is the number of
        pages. Submitted ones print the figures they were submitted with."""
        with self.read(actor, P.VIEW_OWN) as session:
            report = self._visible(session, actor, report_id)
            row = report_row(report, self._owner_names(session, [report])[report.id])
            figures = row.figures or self._figures(session, report)
            department_id = report.department_id
            if report.staff_id is not None:
                department_id = scope.department_of(session, report.staff_id)
            department = self._department_name(session, department_id)
        organisation = OfficeSettingsService(self.db).current(actor).organization_name
        # reportlab is loaded for printing only: the workbench reads this service
        # as the window opens.
        from app.worklogs.report_pdf import period_of, title_of, write_report

        with written_whole(Path(path)) as temp:
            pages = write_report(
                row, figures, temp, organisation=organisation, department=department
            )
        with self.tx(actor, None) as tx:
            tx.audit(
                "print",
                entity=WorkReport.__tablename__,
                entity_id=report_id,
                summary=f"{title_of(row)} {row.owner_name} {period_of(row)}, {pages} page(s)",
            )
        return tx.returning(pages)

    def may_decide(self, actor: Actor, report_id: int) -> bool:
        with self.read(actor, P.VIEW_OWN) as session:
            return scope.may_decide(session, actor, self._visible(session, actor, report_id))

    # --- plans and reports: writes ----------------------------------------------

    def create_report(self, actor: Actor, key: ReportKey) -> ReportRow:
        """A new draft: one's own (person), or one's department's (a manager)."""
        _check_key(key)
        permission = P.WRITE_OWN if key.scope == scope.PERSON else P.WRITE_DEPARTMENT
        with self.tx(actor, permission) as tx:
            report = WorkReport(
                kind=key.kind,
                scope=key.scope,
                period=key.period,
                year=key.year,
                month=key.month,
                author_user_id=actor.user_id,
                author_name=actor_name(actor),
                status=S.DRAFT,
            )
            if key.scope == scope.PERSON:
                if actor.staff_id is None:
                    raise PermissionDenied(tr("Your account is not linked to a staff member."))
                report.staff_id = actor.staff_id
                report.owner_key = f"person:{actor.staff_id}"
            else:
                department = key.department_id
                if not actor.can(P.VIEW_ALL) or department is None:
                    department = scope.own_department(tx.session, actor)
                if department is None or tx.session.get(Department, department) is None:
                    raise ValidationError("department", tr("Choose a department."))
                report.department_id = department
                report.owner_key = f"department:{department}"
            exists = tx.session.scalar(
                select(WorkReport.id).where(
                    WorkReport.kind == report.kind,
                    WorkReport.period == report.period,
                    WorkReport.year == report.year,
                    WorkReport.month == report.month,
                    WorkReport.owner_key == report.owner_key,
                )
            )
            if exists is not None:
                raise ConflictError(tr("This plan or report exists already; open it instead."))
            tx.session.add(report)
            tx.audit("create", report, None)
            name = self._owner_names(tx.session, [report])[report.id]
            return tx.done(report_row(report, name))

    def save_text(
        self, actor: Actor, report_id: int, expected_version: int, body: str, assessment: str
    ) -> ReportRow:
        body = _text(body, "body")
        assessment = _text(assessment, "self_assessment")
        with self.tx(actor, P.VIEW_OWN) as tx:
            report = tx.get(WorkReport, report_id, expected_version)
            scope.check_may_write(tx.session, actor, report)
            if report.status not in EDITABLE:
                raise ConflictError(tr("Only a draft or a returned plan or report can be changed."))
            before = snapshot(report)
            report.body = body
            report.self_assessment = assessment
            tx.audit("update", report, before)
            return tx.done(report_row(report, self._owner_names(tx.session, [report])[report.id]))

    def submit(self, actor: Actor, report_id: int, expected_version: int) -> ReportRow:
        """To the manager; the figures are snapshotted as the data stands now."""
        with self.tx(actor, P.VIEW_OWN) as tx:
            report = tx.get(WorkReport, report_id, expected_version)
            scope.check_may_write(tx.session, actor, report)
            t = FLOW.find("submit", report.status)
            if t is None:
                raise ConflictError(tr("This plan or report is submitted already."))
            if not report.body.strip():
                raise ValidationError("body", tr("Write the plan or report before submitting it."))
            if report.kind == REPORT and not report.self_assessment.strip():
                raise ValidationError(
                    "self_assessment", tr("A report needs a self-assessment before submitting.")
                )
            FLOW.check(actor, t, (tx.session, report))
            before = snapshot(report)
            report.status = t.target
            report.figures = self._figures(tx.session, report).as_json()
            report.submitted_at = utcnow()
            report.decision_note = ""
            tx.audit("submit", report, before)
            return tx.done(report_row(report, self._owner_names(tx.session, [report])[report.id]))

    def approve(
        self, actor: Actor, report_id: int, expected_version: int, note: str = ""
    ) -> ReportRow:
        return self._decide(actor, report_id, expected_version, "approve", note)

    def return_report(
        self, actor: Actor, report_id: int, expected_version: int, reason: str
    ) -> ReportRow:
        return self._decide(actor, report_id, expected_version, "return", reason)

    def _decide(
        self, actor: Actor, report_id: int, expected_version: int, action: str, note: str
    ) -> ReportRow:
        note = _text(note, "reason")
        with self.tx(actor, P.APPROVE) as tx:
            report = tx.get(WorkReport, report_id, expected_version)
            t = FLOW.find(action, report.status)
            if t is None:
                raise ConflictError(tr("Only a submitted plan or report can be decided."))
            FLOW.check(actor, t, (tx.session, report))
            if t.needs_reason and not note:
                raise ValidationError("reason", tr("Give a reason for returning it."))
            before = snapshot(report)
            report.status = t.target
            report.decided_by = actor_name(actor)
            report.decided_at = utcnow()
            report.decision_note = note
            tx.audit(action, report, before, summary=note)
            return tx.done(report_row(report, self._owner_names(tx.session, [report])[report.id]))

    # --- what is due ------------------------------------------------------------

    def due_items(self, actor: Actor, today: dt.date) -> list[DueItem]:
        """Plans and reports the actor still owes (the month's plan, due by day
        DUE_DAY; the last month's report, due by day DUE_DAY of this month; for a
        manager the department's too, and in January the annual plan and the last
        year's summary), then the submissions waiting for the actor's decision."""
        with self.read(actor, P.VIEW_OWN) as session:
            wanted: list[tuple[str, str, str, int, int, dt.date]] = []
            due = today.replace(day=DUE_DAY)
            last_year, last_month = _previous_month(today.year, today.month)
            scopes = []
            if actor.can(P.WRITE_OWN) and actor.staff_id is not None:
                scopes.append((scope.PERSON, f"person:{actor.staff_id}"))
            department = scope.own_department(session, actor)
            if actor.can(P.WRITE_DEPARTMENT) and department is not None:
                scopes.append((scope.DEPARTMENT, f"department:{department}"))
            for scope_name, key in scopes:
                wanted.append((key, PLAN, MONTH, today.year, today.month, due))
                wanted.append((key, REPORT, MONTH, last_year, last_month, due))
                if scope_name == scope.DEPARTMENT and today.month == 1:
                    wanted.append((key, PLAN, YEAR, today.year, 0, due))
                    wanted.append((key, REPORT, YEAR, today.year - 1, 0, due))
            items: list[DueItem] = []
            for key, kind, period, year, month, due_on in wanted:
                report = session.scalar(
                    select(WorkReport).where(
                        WorkReport.owner_key == key,
                        WorkReport.kind == kind,
                        WorkReport.period == period,
                        WorkReport.year == year,
                        WorkReport.month == month,
                    )
                )
                if report is not None and report.status in (S.SUBMITTED, S.APPROVED):
                    continue
                owner = (
                    actor_name(actor)
                    if key.startswith("person")
                    else self._department_name(session, department)
                )
                items.append(
                    DueItem(
                        action="write",
                        kind=kind,
                        scope=key.split(":")[0],
                        period=period,
                        year=year,
                        month=month,
                        due_on=due_on,
                        overdue=today > due_on,
                        report_id=report.id if report is not None else None,
                        owner_name=owner,
                    )
                )
            if actor.can(P.APPROVE):
                query = select(WorkReport).where(WorkReport.status == S.SUBMITTED)
                visible = scope.visible_condition(session, actor)
                if visible is not None:
                    query = query.where(visible)
                waiting = [
                    r
                    for r in session.scalars(query.order_by(WorkReport.submitted_at, WorkReport.id))
                    if scope.may_decide(session, actor, r)
                ]
                names = self._owner_names(session, waiting)
                items.extend(
                    DueItem(
                        action="decide",
                        kind=r.kind,
                        scope=r.scope,
                        period=r.period,
                        year=r.year,
                        month=r.month,
                        due_on=today,
                        overdue=False,
                        report_id=r.id,
                        owner_name=names[r.id],
                    )
                    for r in waiting
                )
            return items

    # --- daily sales logs ---------------------------------------------------------

    def day_sheet(self, actor: Actor, staff_id: int, day: dt.date) -> DaySheet:
        """One person's day: the recorded follow-ups and trials, and their log."""
        with self.read(actor, P.VIEW_OWN) as session:
            allowed = scope.visible_staff(session, actor)
            if allowed is not None and staff_id not in allowed:
                raise PermissionDenied(tr("You may not see this person's sales log."))
            return self._sheets(session, [staff_id], day)[0]

    def team_day(self, actor: Actor, day: dt.date) -> list[DaySheet]:
        """Everyone the actor sees (a manager: their department), one row each."""
        with self.read(actor, P.VIEW_OWN) as session:
            allowed = scope.visible_staff(session, actor)
            query = select(Staff.id).where(Staff.active.is_(True))
            if allowed is not None:
                query = query.where(Staff.id.in_(allowed))
            return self._sheets(session, list(session.scalars(query)), day)

    def save_log(
        self, actor: Actor, day: dt.date, data: LogInput, expected_version: int | None = None
    ) -> LogRow:
        """Write one's own log of a day (not a future one); a new log when
        expected_version is None, else a change of the one written."""
        for name in ("calls", "wechats", "visits"):
            value = getattr(data, name)
            if not 0 <= value <= MAX_COUNT:
                raise ValidationError(name, tr("Give a number from 0 to %d.") % MAX_COUNT)
        if day > self.today():
            raise ValidationError("day", tr("A sales log cannot be written for a future day."))
        results = _text(data.results, "results")
        notes = _text(data.notes, "notes")
        with self.tx(actor, P.WRITE_OWN) as tx:
            if actor.staff_id is None:
                raise PermissionDenied(tr("Your account is not linked to a staff member."))
            existing = tx.session.scalar(
                select(DailyLog.id).where(DailyLog.staff_id == actor.staff_id, DailyLog.day == day)
            )
            if expected_version is None:
                if existing is not None:
                    raise ConflictError(tr("The log of this day exists already; open it instead."))
                log = DailyLog(staff_id=actor.staff_id, day=day)
                tx.session.add(log)
                before = None
            else:
                if existing is None:
                    raise NotFound(tr("The log of this day no longer exists."))
                log = tx.get(DailyLog, existing, expected_version)
                before = snapshot(log)
            log.calls, log.wechats, log.visits = data.calls, data.wechats, data.visits
            log.results, log.notes = results, notes
            tx.audit("create" if before is None else "update", log, before)
            return tx.done(log_row(log))

    # --- helpers ----------------------------------------------------------------

    def _sheets(self, session: Session, staff_ids: list[int], day: dt.date) -> list[DaySheet]:
        figures = day_figures(session, staff_ids, day)
        names: dict[int, str] = {
            i: n
            for i, n in session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(staff_ids)))
        }
        logs = {
            log.staff_id: log_row(log)
            for log in session.scalars(
                select(DailyLog).where(DailyLog.staff_id.in_(staff_ids), DailyLog.day == day)
            )
        }
        sheets = [DaySheet(i, names.get(i, ""), figures[i], logs.get(i)) for i in staff_ids]
        return sorted(sheets, key=lambda s: (s.name, s.staff_id))

    def _visible(self, session: Session, actor: Actor, report_id: int) -> WorkReport:
        query = select(WorkReport).where(WorkReport.id == report_id)
        visible = scope.visible_condition(session, actor)
        if visible is not None:
            query = query.where(visible)
        report = session.scalar(query)
        if report is None:
            raise NotFound(tr("No such plan or report, or not one you may see."))
        return report

    def _figures(self, session: Session, report: WorkReport) -> Figures:
        return report_figures(
            session,
            report.year,
            report.month,
            staff_id=report.staff_id,
            department_id=report.department_id if report.staff_id is None else None,
        )

    def _department_name(self, session: Session, department_id: int | None) -> str:
        if department_id is None:
            return ""
        return session.scalar(select(Department.name).where(Department.id == department_id)) or ""

    def _owner_names(self, session: Session, reports: list[WorkReport]) -> dict[int, str]:
        staff = {r.staff_id for r in reports if r.staff_id is not None}
        departments = {r.department_id for r in reports if r.department_id is not None}
        staff_names: dict[int, str] = {
            i: n
            for i, n in session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(staff)))
        }
        department_names: dict[int, str] = {
            i: n
            for i, n in session.execute(
                select(Department.id, Department.name).where(Department.id.in_(departments))
            )
        }
        return {
            r.id: (
                staff_names.get(r.staff_id, "")
                if r.staff_id is not None
                else department_names.get(r.department_id or 0, "")
            )
            for r in reports
        }
