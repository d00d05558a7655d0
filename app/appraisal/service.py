"""The appraisal service: library, targets, runs, manual scores, finalize/reopen,
acknowledgement, and the results each role may see (issue 16 items 5-9)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from app.appraisal import formulas
from app.appraisal.compute import compute_run
from app.appraisal.conduct import conduct_lines
from app.appraisal.library import AUTO, KPI_SEEDS, MANUAL, TEMPLATE_SEEDS
from app.appraisal.metrics import METRICS, TraceLine
from app.appraisal.periods import parse_period
from app.appraisal.permissions import AppraisalPermission as P
from app.appraisal.rows import KpiRow, ResultRow, RunRow, TemplateRow
from app.appraisal.translation import tr
from app.appraisal.units import Figure, check_figure, is_money
from app.context import Actor, actor_name
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.office.options import OPTIONS
from app.office.values import OfficeSettings
from app.service import Change, Service, Transaction, attach, snapshot
from app.tasks import TaskControl
from db.models.appraisal import (
    AppraisalKpi,
    AppraisalResult,
    AppraisalRun,
    AppraisalTarget,
    AppraisalTemplate,
    AppraisalTemplateItem,
)
from db.models.office_settings import OfficeSetting
from db.models.staff import Department, Staff

DRAFT = "draft"
FINALIZED = "finalized"
ACKNOWLEDGED = "acknowledged"
OBJECTED = "objected"


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AppraisalService(Service):
    # --- the library --------------------------------------------------------------

    def ensure_library(self, actor: Actor) -> Change:
        """Seed the KPIs and the templates of the seeded departments (idempotent)."""
        with self.tx(actor, P.EDIT_LIBRARY) as tx:
            self._seed(tx)
        return tx.change

    def _seed(self, tx: Transaction) -> None:
        s = tx.session
        kpis = {k.code: k for k in s.scalars(select(AppraisalKpi))}
        for seed in KPI_SEEDS:
            if seed.code in kpis:
                continue
            kpi = AppraisalKpi(
                code=seed.code,
                name=seed.name,
                kind=seed.kind,
                direction=seed.direction,
                metric=seed.metric,
                unit=seed.unit,
                default_target=seed.default_target,
            )
            s.add(kpi)
            kpis[seed.code] = kpi
            tx.audit("create", kpi)
        departments = {d.code: d.id for d in s.scalars(select(Department)) if d.code}
        existing = {(t.department_id, t.position) for t in s.scalars(select(AppraisalTemplate))}
        for (code, position), weights in TEMPLATE_SEEDS.items():
            dep = departments.get(code)
            if dep is None or (dep, position) in existing:
                continue
            template = AppraisalTemplate(department_id=dep, position=position)
            template.items = [
                AppraisalTemplateItem(kpi_id=kpis[c].id, weight=w) for c, w in weights.items()
            ]
            s.add(template)
            tx.audit("create", template, after={"position": position, "weights": weights})

    def list_kpis(self, actor: Actor) -> list[KpiRow]:
        with self.read(actor, P.VIEW_OWN) as s:
            return [
                KpiRow.of(k, METRICS[k.metric].query() if k.metric in METRICS else "")
                for k in s.scalars(select(AppraisalKpi).order_by(AppraisalKpi.id))
            ]

    def list_templates(self, actor: Actor) -> list[TemplateRow]:
        with self.read(actor, P.VIEW_OWN) as s:
            names = {k.id: k.name for k in s.scalars(select(AppraisalKpi))}
            deps = {d.id: d.name for d in s.scalars(select(Department))}
            return [
                TemplateRow(
                    t.id,
                    t.department_id,
                    deps.get(t.department_id, ""),
                    t.position,
                    tuple((i.kpi_id, names[i.kpi_id], i.weight) for i in t.items),
                    t.version,
                )
                for t in s.scalars(
                    select(AppraisalTemplate).order_by(
                        AppraisalTemplate.department_id, AppraisalTemplate.position
                    )
                )
            ]

    def save_template(
        self,
        actor: Actor,
        department_id: int,
        position: str,
        weights: dict[int, int],
    ) -> Change:
        """Create or replace the template of a department and position; the weights
        (KPI id -> weight) must be whole numbers totalling 100."""
        if any(w <= 0 for w in weights.values()):
            raise ValidationError("weights", tr("Each weight must be a whole number above 0."))
        if sum(weights.values()) != 100:
            raise ValidationError(
                "weights", tr("The weights total %d; they must total 100.") % sum(weights.values())
            )
        with self.tx(actor, P.EDIT_LIBRARY) as tx:
            s = tx.session
            tx.get(Department, department_id)
            for kpi_id in weights:
                tx.get(AppraisalKpi, kpi_id)
            template = s.scalar(
                select(AppraisalTemplate).where(
                    AppraisalTemplate.department_id == department_id,
                    AppraisalTemplate.position == position.strip(),
                )
            )
            before = None
            if template is None:
                template = AppraisalTemplate(department_id=department_id, position=position.strip())
                s.add(template)
            else:
                before = {"weights": {i.kpi_id: i.weight for i in template.items}}
                template.items.clear()
                s.flush()
            template.items.extend(
                AppraisalTemplateItem(kpi_id=k, weight=w) for k, w in weights.items()
            )
            tx.audit("update" if before else "create", template, before, after={"weights": weights})
        return tx.change

    # --- targets ------------------------------------------------------------------

    def set_targets(
        self, actor: Actor, entries: Iterable[tuple[int, int, str, Figure | None]]
    ) -> Change:
        """(staff id, kpi id, period, target or None to remove) entries, in one go.
        A money KPI's target is integer fen (app/money.py parses what people type)."""
        rows = []
        for staff_id, kpi_id, period_text, target in entries:
            period = parse_period(period_text).text
            rows.append((staff_id, kpi_id, period, target))
        with self.tx(actor, P.EDIT_LIBRARY) as tx:
            s = tx.session
            staff = {
                i for i in s.scalars(select(Staff.id).where(Staff.id.in_({r[0] for r in rows})))
            }
            units = dict(
                s.execute(
                    select(AppraisalKpi.id, AppraisalKpi.unit).where(
                        AppraisalKpi.id.in_({r[1] for r in rows})
                    )
                ).all()
            )
            for staff_id, kpi_id, _period, target in rows:
                if staff_id not in staff or kpi_id not in units:
                    raise NotFound(
                        tr("No such staff member or KPI (#%s, #%s).") % (staff_id, kpi_id)
                    )
                if target is not None:
                    check_figure(units[kpi_id], target)
            existing = {
                (t.staff_id, t.kpi_id, t.period): t
                for t in s.scalars(
                    select(AppraisalTarget).where(
                        AppraisalTarget.period.in_({r[2] for r in rows}),
                        AppraisalTarget.staff_id.in_(staff),
                    )
                )
            }
            # One audit row for the whole sheet: (staff, kpi, period, before, after),
            # money in fen.
            changes = []
            for staff_id, kpi_id, period, target in rows:
                money = is_money(units[kpi_id])
                row = existing.get((staff_id, kpi_id, period))
                before = _target_of(row, money) if row is not None else None
                if before == target and (row is None or _target_of(row, not money) is None):
                    continue
                if target is None:
                    assert row is not None  # before != target, so it existed
                    s.delete(row)
                    existing.pop((staff_id, kpi_id, period))
                    changes.append([staff_id, kpi_id, period, before, target])
                    continue
                if row is None:
                    existing[(staff_id, kpi_id, period)] = row = AppraisalTarget(
                        staff_id=staff_id, kpi_id=kpi_id, period=period
                    )
                    s.add(row)
                row.target_fen = int(target) if money else None
                row.target = None if money else target
                changes.append([staff_id, kpi_id, period, before, target])
            if changes:
                tx.audit(
                    "update",
                    entity="appraisal_targets",
                    after={"targets": changes},
                    summary=tr("%d target(s) set") % len(changes),
                )
        return tx.change

    def targets(self, actor: Actor, period: str) -> dict[tuple[int, int], Figure]:
        """(staff, kpi) -> target of the period; money targets in integer fen."""
        text = parse_period(period).text
        with self.read(actor, P.EDIT_LIBRARY) as s:
            rows = s.execute(
                select(AppraisalTarget, AppraisalKpi.unit)
                .join(AppraisalKpi, AppraisalKpi.id == AppraisalTarget.kpi_id)
                .where(AppraisalTarget.period == text)
            )
            out: dict[tuple[int, int], Figure] = {}
            for t, unit in rows:
                value = _target_of(t, is_money(unit))
                if value is not None:
                    out[(t.staff_id, t.kpi_id)] = value
            return out

    def import_targets(self, actor: Actor, path: Path) -> Change:
        """Targets from an .xlsx sheet with columns staff, KPI, period, target; money
        targets are read as yuan amounts (12,345.60) into fen."""
        from app.appraisal.targets_io import read_targets

        actor.require(P.EDIT_LIBRARY)
        with self.read(actor, P.EDIT_LIBRARY) as s:
            staff = {n: i for i, n in s.execute(select(Staff.id, Staff.name))}
            kpis = {}
            for k in s.scalars(select(AppraisalKpi)):
                kpis[k.name] = kpis[k.code] = (k.id, k.unit)
        return self.set_targets(actor, read_targets(path, staff, kpis))

    # --- runs ---------------------------------------------------------------------

    def run(self, actor: Actor, period: str, control: TaskControl | None = None) -> RunRow:
        """Compute (or recompute) the draft run of a period. A finalized run is
        refused: it must be reopened first. Cancelling leaves the database as it was."""
        parsed = parse_period(period)
        control = control or TaskControl()
        with self.tx(actor, P.RUN) as tx:
            s = tx.session
            rules = office_rules(s)
            if s.scalar(select(func.count()).select_from(AppraisalKpi)) == 0:
                self._seed(tx)
            run = s.scalar(select(AppraisalRun).where(AppraisalRun.period == parsed.text))
            if run is None:
                run = AppraisalRun(period=parsed.text, kind=parsed.kind, status=DRAFT)
                s.add(run)
                s.flush()
            elif run.status == FINALIZED:
                raise ConflictError(
                    tr("The run %s is finalized; the administrator must reopen it first.")
                    % parsed.text
                )
            run.rules = {
                "bands": dict(rules.bands),
                "coefficients": dict(rules.coefficients),
                "cap": rules.cap,
                "warning_line": rules.warning_line,
            }
            run.computed_at = _utcnow()
            people = compute_run(s, run, parsed, rules, control)
            tx.audit(
                "compute",
                run,
                summary=tr("Appraisal %s computed for %d people") % (parsed.text, people),
            )
            row = RunRow.of(run, people)
        return tx.done(row)

    def set_manual_score(
        self,
        actor: Actor,
        run_id: int,
        staff_id: int,
        kpi_id: int,
        score: float | None,
        comment: str = "",
    ) -> ResultRow:
        """A manager's 0-100 score (None clears it) with a comment, on a draft run;
        the person's total and grade follow at once."""
        row = self.set_manual_scores(actor, run_id, [(staff_id, kpi_id, score, comment)])
        result: ResultRow = row.result[0]
        return attach(result, row)

    def set_manual_scores(
        self,
        actor: Actor,
        run_id: int,
        entries: Iterable[tuple[int, int, float | None, str]],
    ) -> Change:
        """Several (staff, KPI, score or None, comment) manual scores in one
        transaction (a manager's sheet); the result carries the people's new rows."""
        entries = list(entries)
        for _staff, _kpi, score, _comment in entries:
            if score is not None and not 0 <= score <= 100:
                raise ValidationError("score", tr("A manual score must be from 0 to 100."))
        with self.tx(actor, P.RUN) as tx:
            s = tx.session
            run = self._draft(tx, run_id)
            touched: dict[int, AppraisalResult] = {}
            changes: list[list[Any]] = []
            wanted = {e[0] for e in entries}
            loaded = {
                r.staff_id: r
                for r in s.scalars(
                    select(AppraisalResult)
                    .where(AppraisalResult.run_id == run_id, AppraisalResult.staff_id.in_(wanted))
                    .options(selectinload(AppraisalResult.scores))
                )
            }
            for staff_id, kpi_id, score, comment in entries:
                result = loaded.get(staff_id) or self._result(s, run_id, staff_id)
                self._require_scope(s, actor, result.department_id, result.staff_id)
                line = next((x for x in result.scores if x.kpi_id == kpi_id), None)
                if line is None or line.kind != MANUAL:
                    raise ValidationError(
                        "kpi", tr("This KPI is not scored by hand for this person.")
                    )
                changes.append(
                    [result.staff_name, line.kpi_name, line.actual, score, comment.strip()]
                )
                line.actual = score
                line.score = formulas.kpi_score(formulas.MANUAL, score, None)
                line.comment = comment.strip()
                line.scored_by = actor_name(actor)
                touched[staff_id] = result
            for result in touched.values():
                self._regrade(run, result)
            # One audit row: (person, KPI, score before, score after, comment) per line.
            if changes:
                tx.audit(
                    "score",
                    entity="appraisal_runs",
                    entity_id=run.id,
                    after={"scores": changes},
                    summary=f"{run.period}: " + ", ".join(sorted({c[0] for c in changes})),
                )
            s.flush()
            rows = [ResultRow.of(result, run) for result in touched.values()]
        return tx.returning(rows)

    @staticmethod
    def _regrade(run: AppraisalRun, result: AppraisalResult) -> None:
        rules = _rules_of(run)
        items = [(x.weight, x.score) for x in result.scores]
        if not result.months:  # an annual total from monthly runs stays as it is
            result.total = formulas.total_score(items, result.conduct_points)
        g = formulas.grade(result.total, rules)
        result.grade, result.coefficient, result.warning = g.letter, g.coefficient, g.warning

    def finalize(self, actor: Actor, run_id: int) -> RunRow:
        with self.tx(actor, P.FINALIZE) as tx:
            run = self._draft(tx, run_id)
            if run.computed_at is None:
                raise ValidationError("run", tr("Compute the run before finalizing it."))
            before = snapshot(run)
            run.status = FINALIZED
            run.finalized_at = _utcnow()
            run.finalized_by = actor_name(actor)
            tx.audit("finalize", run, before)
            row = RunRow.of(run, self._people(tx.session, run.id))
        return tx.done(row)

    def reopen(self, actor: Actor, run_id: int, reason: str) -> RunRow:
        """Back to draft (administrator only), the reason audited."""
        if not reason.strip():
            raise ValidationError("reason", tr("Give the reason for reopening the run."))
        with self.tx(actor, P.REOPEN) as tx:
            run = tx.get(AppraisalRun, run_id)
            if run.status != FINALIZED:
                raise ConflictError(tr("Only a finalized run can be reopened."))
            before = snapshot(run)
            run.status = DRAFT
            run.reopen_reason = reason.strip()
            run.finalized_at = None
            run.finalized_by = ""
            tx.audit("reopen", run, before, summary=reason.strip())
            row = RunRow.of(run, self._people(tx.session, run.id))
        return tx.done(row)

    def acknowledge(self, actor: Actor, result_id: int, objection: str | None = None) -> ResultRow:
        """The person acknowledges their finalized result, or records an objection."""
        with self.tx(actor, P.ACKNOWLEDGE) as tx:
            result = tx.get(AppraisalResult, result_id)
            if actor.staff_id is None or result.staff_id != actor.staff_id:
                raise PermissionDenied(tr("Only the person appraised can acknowledge a result."))
            run = result.run
            if run.status != FINALIZED:
                raise ConflictError(tr("A result can be acknowledged once the run is finalized."))
            before = snapshot(result)
            text = (objection or "").strip()
            result.acknowledgement = OBJECTED if text else ACKNOWLEDGED
            result.objection = text
            result.acknowledged_at = _utcnow()
            tx.audit("acknowledge", result, before)
            row = ResultRow.of(result, run)
        return tx.done(row)

    # --- reads --------------------------------------------------------------------

    def runs(self, actor: Actor) -> list[RunRow]:
        with self.read(actor, P.VIEW_OWN) as s:
            counts = dict(
                s.execute(
                    select(AppraisalResult.run_id, func.count()).group_by(AppraisalResult.run_id)
                ).all()
            )
            rows = [RunRow.of(r, counts.get(r.id, 0)) for r in s.scalars(select(AppraisalRun))]
        # Latest first; among runs ending together, the month before the quarter and year.
        order = {"monthly": 0, "quarterly": 1, "annual": 2}
        return sorted(rows, key=lambda r: (-parse_period(r.period).end.toordinal(), order[r.kind]))

    def run_by_period(self, actor: Actor, period: str) -> RunRow | None:
        text = parse_period(period).text
        return next((r for r in self.runs(actor) if r.period == text), None)

    def results(self, actor: Actor, run_id: int) -> list[ResultRow]:
        """The run's results the actor may see, best total first."""
        with self.read(actor, P.VIEW_OWN) as s:
            run = s.get(AppraisalRun, run_id)
            if run is None:
                raise NotFound(tr("The appraisal run no longer exists."))
            q = (
                select(AppraisalResult)
                .where(AppraisalResult.run_id == run_id)
                .options(selectinload(AppraisalResult.scores))
                .order_by(AppraisalResult.total.desc(), AppraisalResult.staff_name)
            )
            q = self._scoped(s, actor, q)
            return [ResultRow.of(r, run) for r in s.scalars(q)]

    def trend(self, actor: Actor, staff_id: int) -> list[tuple[str, float, str]]:
        """(period, total, grade) of a person's finalized monthly runs, oldest first."""
        with self.read(actor, P.VIEW_OWN) as s:
            dep = s.scalar(select(Staff.department_id).where(Staff.id == staff_id))
            self._require_scope(s, actor, dep, staff_id)
            rows = s.execute(
                select(AppraisalRun.period, AppraisalResult.total, AppraisalResult.grade)
                .join(AppraisalResult, AppraisalResult.run_id == AppraisalRun.id)
                .where(AppraisalResult.staff_id == staff_id)
                .where(AppraisalRun.status == FINALIZED, AppraisalRun.kind == "monthly")
                .order_by(AppraisalRun.period)
            )
            return [(p, float(t), g) for p, t, g in rows]

    def trace(
        self, actor: Actor, run_id: int, staff_id: int, kpi_id: int | None
    ) -> list[TraceLine]:
        """The records behind one score (kpi_id None: behind the conduct points)."""
        with self.read(actor, P.VIEW_OWN) as s:
            run = s.get(AppraisalRun, run_id)
            if run is None:
                raise NotFound(tr("The appraisal run no longer exists."))
            result = self._result(s, run_id, staff_id)
            self._require_scope(s, actor, result.department_id, staff_id)
            period = parse_period(run.period)
            if kpi_id is None:
                return conduct_lines(s, staff_id, period.start, period.end)
            kpi = s.get(AppraisalKpi, kpi_id)
            if kpi is None or kpi.kind != AUTO or kpi.metric not in METRICS:
                return []
            return METRICS[kpi.metric].trace(s, period, staff_id)

    def visible_staff(self, actor: Actor) -> list[tuple[int, str, str]]:
        """(id, name, department) of the people whose results the actor may see."""
        with self.read(actor, P.VIEW_OWN) as s:
            q = (
                select(Staff.id, Staff.name, Department.name, Staff.department_id)
                .join(Department, Department.id == Staff.department_id)
                .where(Staff.active.is_(True))
                .order_by(Department.id, Staff.id)
            )
            return [(i, n, d) for i, n, d, dep in s.execute(q) if self._may_see(s, actor, dep, i)]

    # --- printing and export -----------------------------------------------------

    def export(
        self, actor: Actor, run_id: int, kind: str, target: Path, staff_id: int = 0
    ) -> Change:
        """Write the person's PDF ("person"), the summary PDF ("summary") or the
        workbook ("xlsx") of the results the actor may see; audited."""
        from app.appraisal import export
        from app.office.service import organization_name

        results = self.results(actor, run_id)
        run = next(r for r in self.runs(actor) if r.id == run_id)
        organisation = organization_name(self.db, actor)
        if kind == "person":
            result = next((r for r in results if r.staff_id == staff_id), None)
            if result is None:
                raise PermissionDenied(tr("This appraisal result belongs to another department."))
            export.write_person_pdf(run, result, target, organisation=organisation)
            summary = f"{run.period} {result.staff_name}: PDF"
        elif kind == "summary":
            export.write_summary_pdf(run, results, target, organisation=organisation)
            summary = f"{run.period}: summary PDF, {len(results)} people"
        elif kind == "xlsx":
            export.write_xlsx(run, results, target)
            summary = f"{run.period}: xlsx, {len(results)} people"
        else:
            raise ValueError(kind)
        with self.tx(actor, P.VIEW_OWN) as tx:
            tx.audit(
                "print" if kind != "xlsx" else "export",
                entity="appraisal_runs",
                entity_id=run_id,
                summary=summary,
            )
        return tx.change

    # --- scope --------------------------------------------------------------------

    @staticmethod
    def _actor_department(s: Session, actor: Actor) -> int | None:
        if actor.staff_id is None:
            return None
        return s.scalar(select(Staff.department_id).where(Staff.id == actor.staff_id))

    def _may_see(self, s: Session, actor: Actor, department_id: int | None, staff_id: int) -> bool:
        if actor.can(P.VIEW_ALL):
            return True
        if actor.can(P.VIEW_DEPARTMENT):
            dep = self._actor_department(s, actor)
            if dep is not None and dep == department_id:
                return True
        return actor.staff_id is not None and actor.staff_id == staff_id

    def _require_scope(
        self, s: Session, actor: Actor, department_id: int | None, staff_id: int
    ) -> None:
        if not self._may_see(s, actor, department_id, staff_id):
            raise PermissionDenied(tr("This appraisal result belongs to another department."))

    def _scoped(self, s: Session, actor: Actor, q: Select[Any]) -> Select[Any]:
        if actor.can(P.VIEW_ALL):
            return q
        own = AppraisalResult.staff_id == (actor.staff_id or -1)
        if actor.can(P.VIEW_DEPARTMENT):
            dep = self._actor_department(s, actor)
            if dep is not None:
                return q.where(own | (AppraisalResult.department_id == dep))
        return q.where(own)

    # --- helpers ------------------------------------------------------------------

    @staticmethod
    def _draft(tx: Transaction, run_id: int) -> AppraisalRun:
        run = tx.get(AppraisalRun, run_id)
        if run.status != DRAFT:
            raise ConflictError(
                tr("The run %s is finalized; the administrator must reopen it first.") % run.period
            )
        return run

    @staticmethod
    def _result(s: Session, run_id: int, staff_id: int) -> AppraisalResult:
        result = s.scalar(
            select(AppraisalResult).where(
                AppraisalResult.run_id == run_id, AppraisalResult.staff_id == staff_id
            )
        )
        if result is None:
            raise NotFound(tr("This person has no result in the run."))
        return result

    @staticmethod
    def _people(s: Session, run_id: int) -> int:
        return int(
            s.scalar(
                select(func.count())
                .select_from(AppraisalResult)
                .where(AppraisalResult.run_id == run_id)
            )
            or 0
        )


def _target_of(row: AppraisalTarget, money: bool) -> Figure | None:
    return row.target_fen if money else row.target


def office_rules(s: Session) -> formulas.GradeRules:
    """The office's grade rules as stored now (defaults where nothing valid is set)."""
    values = {key: option.default for key, option in OPTIONS.items()}
    for row in s.scalars(select(OfficeSetting)):
        if row.key in OPTIONS:
            try:
                values[row.key] = OPTIONS[row.key].parse(row.value)
            except ValueError:
                continue  # the office settings service logs it; the default stands
    return formulas.GradeRules.from_settings(OfficeSettings(values))


def _rules_of(run: AppraisalRun) -> formulas.GradeRules:
    r = run.rules or {}
    if not r:
        return formulas.DEFAULT_RULES
    return formulas.GradeRules(
        bands=r["bands"],
        coefficients=r["coefficients"],
        cap=r["cap"],
        warning_line=r["warning_line"],
    )
