"""RiskService: the risk warnings of today for a user, and their acknowledgements.

`current` evaluates every registered rule (app.features.risk_rule_sets) the user
may see, with the office's thresholds; a rule that fails is logged and reported
as a failure line, and the others still run. Each finding carries the latest
acknowledgement of its (rule, subject). An acknowledgement holds until:
- the period changes: the subjects of monthly and weekly rules name their period,
  so next month's warning is a new one; or
- the figure worsens by the rule's step beyond the figure acknowledged
  (RiskFinding.worse_than): then the warning is shown again as unacknowledged,
  with the earlier acknowledgement still listed for reference.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.context import Actor, actor_name
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.features import import_object, risk_rule_sets
from app.risk_kit import RiskFinding, RiskRule
from app.risks.permissions import RiskPermission
from app.risks.translation import tr
from app.service import Change, Service
from app.services import Services
from db.models.risks import RiskAcknowledgement

log = logging.getLogger(__name__)
NOTE_LIMIT = 2000


@dataclass(frozen=True)
class Acknowledgement:
    by: str
    at: dt.datetime
    note: str
    figure: Decimal


@dataclass(frozen=True)
class CurrentRisk:
    """A finding as the user sees it today: with its rule's title and the
    acknowledgement in force (or the last one, which the figure has outgrown)."""

    finding: RiskFinding
    rule_title: str
    acknowledgement: Acknowledgement | None
    acknowledged: bool


@dataclass(frozen=True)
class RuleFailure:
    rule: str
    rule_title: str
    error: str


@dataclass(frozen=True)
class RiskOverview:
    risks: list[CurrentRisk]
    failures: list[RuleFailure]

    @property
    def unacknowledged(self) -> list[CurrentRisk]:
        return [r for r in self.risks if not r.acknowledged]


def registered_rules() -> list[RiskRule]:
    """Every feature's rules, in feature order (a rule set that cannot be imported
    is logged and left out)."""
    rules: list[RiskRule] = []
    for path in risk_rule_sets():
        try:
            rules.extend(import_object(path))
        except Exception:
            log.exception("risk rules %s cannot be loaded", path)
    return rules


def thresholds_of(rule: RiskRule, settings: Any) -> dict[str, int]:
    """The rule's thresholds as the office set them (its defaults where the office
    settings do not declare the key)."""
    out = {}
    for key, default in rule.thresholds.items():
        try:
            out[key] = int(settings.get(key))
        except (KeyError, TypeError, ValueError):
            out[key] = default
    return out


class RiskService(Service):
    def __init__(self, db: Any, services: Services | None = None) -> None:
        super().__init__(db)
        self._services = services

    @classmethod
    def from_services(cls, services: Services) -> RiskService:
        return cls(services.db, services)

    @property
    def services(self) -> Services:
        if self._services is None:
            self._services = Services(self.db)
        return self._services

    def current(
        self, actor: Actor, today: dt.date | None = None, rules: list[RiskRule] | None = None
    ) -> RiskOverview:
        """Today's warnings for `actor`, unacknowledged first, then by severity."""
        actor.require(RiskPermission.VIEW)
        today = today or dt.date.today()
        settings = self.services.office_settings.current(actor)
        findings: list[tuple[RiskRule, RiskFinding]] = []
        failures: list[RuleFailure] = []
        for rule in registered_rules() if rules is None else rules:
            if not rule.visible_to(actor):
                continue
            try:
                found = rule.evaluate(self.services, actor, today, thresholds_of(rule, settings))
            except PermissionDenied:
                continue  # the data is the user's to see only in part: not their warning
            except Exception as exc:
                log.exception("risk rule %s failed", rule.key)
                failures.append(RuleFailure(rule.key, rule.title(), str(exc) or type(exc).__name__))
                continue
            findings.extend((rule, f) for f in found)
        acks = self._latest_acknowledgements(actor, {(f.rule, f.subject) for _r, f in findings})
        risks = []
        for rule, finding in findings:
            ack = acks.get((finding.rule, finding.subject))
            holds = ack is not None and not finding.worse_than(ack.figure)
            risks.append(CurrentRisk(finding, rule.title(), ack, holds))
        risks.sort(key=lambda r: (r.acknowledged, r.finding.severity != "critical"))
        return RiskOverview(risks, failures)

    def _latest_acknowledgements(
        self, actor: Actor, keys: set[tuple[str, str]]
    ) -> dict[tuple[str, str], Acknowledgement]:
        if not keys:
            return {}
        out: dict[tuple[str, str], Acknowledgement] = {}
        subjects = sorted({subject for _rule, subject in keys})
        with self.read(actor, RiskPermission.VIEW) as session:
            for chunk in range(0, len(subjects), 500):
                rows = session.scalars(
                    select(RiskAcknowledgement)
                    .where(RiskAcknowledgement.subject.in_(subjects[chunk : chunk + 500]))
                    .order_by(RiskAcknowledgement.acknowledged_at, RiskAcknowledgement.id)
                )
                for row in rows:  # later rows replace earlier ones
                    if (row.rule, row.subject) in keys:
                        out[(row.rule, row.subject)] = Acknowledgement(
                            row.by_name, row.acknowledged_at, row.note, Decimal(row.figure)
                        )
        return out

    def acknowledge(
        self, actor: Actor, rule: str, subject: str, note: str, today: dt.date | None = None
    ) -> Change:
        """Acknowledge the warning `subject` of `rule` with a note (required). The rule
        is evaluated again, so the figure recorded is the one the data shows now, and a
        warning that no longer applies cannot be acknowledged."""
        actor.require(RiskPermission.ACKNOWLEDGE)
        note = (note or "").strip()
        if not note:
            raise ValidationError("note", tr("Write a note: what is being done about it."))
        if len(note) > NOTE_LIMIT:
            raise ValidationError(
                "note", tr("The note is too long (at most %d characters).") % NOTE_LIMIT
            )
        found = self._finding(actor, rule, subject, today or dt.date.today())
        with self.tx(actor, RiskPermission.ACKNOWLEDGE) as tx:
            row = RiskAcknowledgement(
                rule=found.rule,
                subject=found.subject,
                figure=found.figure,
                severity=str(found.severity),
                message=found.message,
                note=note,
                user_id=actor.user_id,
                by_name=actor_name(actor),
            )
            tx.session.add(row)
            tx.audit("acknowledge", row, summary=f"{found.rule} {found.subject}: {note}")
        return tx.change

    def _finding(self, actor: Actor, key: str, subject: str, today: dt.date) -> RiskFinding:
        rule = next((r for r in registered_rules() if r.key == key), None)
        if rule is None or not rule.visible_to(actor):
            raise NotFound(tr("There is no risk rule %s.") % key)
        settings = self.services.office_settings.current(actor)
        for finding in rule.evaluate(self.services, actor, today, thresholds_of(rule, settings)):
            if finding.subject == subject:
                return finding
        raise ConflictError(tr("This warning no longer applies; refresh the list."))

    def history(self, actor: Actor, rule: str, subject: str) -> list[Acknowledgement]:
        """Every acknowledgement of one warning, newest first (the detail pane)."""
        with self.read(actor, RiskPermission.VIEW) as session:
            rows = session.scalars(
                select(RiskAcknowledgement)
                .where(RiskAcknowledgement.rule == rule, RiskAcknowledgement.subject == subject)
                .order_by(RiskAcknowledgement.acknowledged_at.desc(), RiskAcknowledgement.id.desc())
            )
            return [
                Acknowledgement(r.by_name, r.acknowledged_at, r.note, Decimal(r.figure))
                for r in rows
            ]
