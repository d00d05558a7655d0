"""What the research service returns and takes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.service import Changed
from db.models.research import Competitor, CompetitorObservation, ResearchPlan


@dataclass(frozen=True)
class PlanInput:
    title: str
    purpose: str
    method: str
    sample: str
    budget_fen: int
    starts_on: dt.date
    ends_on: dt.date
    owner_staff_id: int | None = None  # None: the author's own staff record


@dataclass(frozen=True)
class AttachmentRow(Changed):
    id: int
    filename: str
    mime_type: str
    size: int


@dataclass(frozen=True)
class PlanRow(Changed):
    id: int
    title: str
    purpose: str
    method: str
    sample: str
    budget_fen: int
    owner_staff_id: int | None
    author_user_id: int | None
    author_name: str
    starts_on: dt.date
    ends_on: dt.date
    status: str
    decided_by: str
    decision_note: str
    findings: str
    reported_at: dt.datetime | None
    attachments: tuple[AttachmentRow, ...]
    version: int


def plan_row(plan: ResearchPlan, attachments: tuple[AttachmentRow, ...] = ()) -> PlanRow:
    return PlanRow(
        id=plan.id,
        title=plan.title,
        purpose=plan.purpose,
        method=plan.method,
        sample=plan.sample,
        budget_fen=plan.budget_fen,
        owner_staff_id=plan.owner_staff_id,
        author_user_id=plan.author_user_id,
        author_name=plan.author_name,
        starts_on=plan.starts_on,
        ends_on=plan.ends_on,
        status=plan.status,
        decided_by=plan.decided_by,
        decision_note=plan.decision_note,
        findings=plan.findings,
        reported_at=plan.reported_at,
        attachments=attachments,
        version=plan.version,
    )


@dataclass(frozen=True)
class CompetitorInput:
    name: str
    address: str = ""
    district: str = ""
    courses: str = ""
    price_fen: int | None = None
    promotions: str = ""
    ads: str = ""


@dataclass(frozen=True)
class CompetitorRow(Changed):
    id: int
    name: str
    address: str
    district: str
    courses: str
    price_fen: int | None
    promotions: str
    ads: str
    last_observed: dt.date | None
    version: int


def competitor_row(c: Competitor, last_observed: dt.date | None) -> CompetitorRow:
    return CompetitorRow(
        id=c.id,
        name=c.name,
        address=c.address,
        district=c.district,
        courses=c.courses,
        price_fen=c.price_fen,
        promotions=c.promotions,
        ads=c.ads,
        last_observed=last_observed,
        version=c.version,
    )


@dataclass(frozen=True)
class ObservationRow(Changed):
    id: int
    competitor_id: int
    observed_on: dt.date
    observer_name: str
    what: str
    note: str
    booth_event: str = ""  # captured at this booth (app/research/booth_intake.py)


def observation_row(o: CompetitorObservation) -> ObservationRow:
    return ObservationRow(
        o.id, o.competitor_id, o.observed_on, o.observer_name, o.what, o.note, o.booth_event
    )
