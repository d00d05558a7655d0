"""Checks of what an activity editor sends: each refusal names the field."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy.orm import Session

from app.campaigns.rows import ActivityInput, MaterialInput, MemberInput, TermInput
from app.campaigns.translation import tr
from app.channels.service import check_channel
from app.errors import ValidationError
from app.money import check_amount
from app.validation import check_text
from db.models.budget import ExpenseCategory
from db.models.campaigns import ActivityKind, MarketingPlan, TermKind
from db.models.staff import Staff

MAX_BUDGET_FEN = 100_000_000_00  # one hundred million yuan
MAX_TERM_FEN = 1_000_000_00
MIN_YEAR = 2000


def kind_label(kind: str) -> str:
    return {
        ActivityKind.PROMOTION: tr("Promotion", "activity kind"),
        ActivityKind.BOOTH: tr("Campus booth", "activity kind"),
        ActivityKind.LECTURE: tr("Lecture", "activity kind"),
        ActivityKind.COMMUNITY: tr("Community event", "activity kind"),
        ActivityKind.AD_PLACEMENT: tr("Ad placement", "activity kind"),
        ActivityKind.EXHIBITION: tr("Exhibition", "activity kind"),
        ActivityKind.PARTNER: tr("Partner event", "activity kind"),
    }.get(kind, kind)


def term_kind_label(kind: str) -> str:
    return {
        TermKind.PERCENTAGE: tr("Percentage off", "term kind"),
        TermKind.FIXED: tr("Fixed amount off", "term kind"),
        TermKind.GIFT: tr("Gift", "term kind"),
        TermKind.GROUP: tr("Group purchase", "term kind"),
    }.get(kind, kind)


def _check_time(value: object, field: str, label: str) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise ValidationError(field, tr("%s is required.") % label)
    if value.tzinfo is not None:
        raise ValidationError(field, tr("%s must be a local time without a time zone.") % label)
    if value.year < MIN_YEAR or value.year > dt.date.today().year + 5:
        raise ValidationError(field, tr("%s (%s) is out of range.") % (label, value.date()))
    return value.replace(second=0, microsecond=0)


def check_times(starts_at: object, ends_at: object) -> tuple[dt.datetime, dt.datetime]:
    start = _check_time(starts_at, "starts_at", tr("The start"))
    end = _check_time(ends_at, "ends_at", tr("The end"))
    if end < start:
        raise ValidationError("ends_at", tr("The activity ends before it starts."))
    if end - start > dt.timedelta(days=366):
        raise ValidationError("ends_at", tr("An activity lasts a year at most."))
    return start, end


def _check_count(value: object, field: str, label: str, *, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValidationError(
            field, tr("%s must be a whole number of at least %d.") % (label, minimum)
        )
    if value > 1_000_000:
        raise ValidationError(field, tr("%s is too large.") % label)
    return value


def check_term(term: TermInput, index: int) -> TermInput:
    where = tr("Promotion term %d") % (index + 1)
    if term.kind not in TermKind.ALL:
        raise ValidationError("terms", tr("%s: choose what is offered.") % where)
    value = term.value
    if term.kind == TermKind.PERCENTAGE:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 10000:
            raise ValidationError(
                "terms", tr("%s: a percentage off is between 0.01%% and 99.99%%.") % where
            )
    elif term.kind in (TermKind.FIXED, TermKind.GROUP):
        check_amount(value, "terms", maximum=MAX_TERM_FEN)
    else:
        value = 0
    gift = check_text(term.gift, "terms", limit=200, label=where)
    if term.kind == TermKind.GIFT and not gift:
        raise ValidationError("terms", tr("%s: name the gift.") % where)
    group_size = term.group_size if term.kind == TermKind.GROUP else 0
    if term.kind == TermKind.GROUP:
        _check_count(group_size, "terms", where, minimum=2)
    conditions = check_text(term.conditions, "terms", limit=2000, label=where)
    for bound in (term.valid_from, term.valid_until):
        if bound is not None and (not isinstance(bound, dt.date) or isinstance(bound, dt.datetime)):
            raise ValidationError("terms", tr("%s: the validity needs dates.") % where)
    if term.valid_from and term.valid_until and term.valid_until < term.valid_from:
        raise ValidationError("terms", tr("%s: the validity ends before it starts.") % where)
    return TermInput(
        term.kind, value, gift, group_size, conditions, term.valid_from, term.valid_until
    )


def check_material(material: MaterialInput, index: int) -> MaterialInput:
    label = tr("Material %d") % (index + 1)
    name = check_text(material.name, "materials", required=True, limit=200, label=label)
    quantity = _check_count(material.quantity, "materials", label, minimum=0)
    return MaterialInput(name, quantity, bool(material.ready))


def check_input(session: Session, data: ActivityInput) -> ActivityInput:
    """The input cleaned (text stripped, seconds dropped), or ValidationError."""
    name = check_text(data.name, "name", required=True, limit=200, label=tr("The name"))
    if data.kind not in ActivityKind.ALL:
        raise ValidationError("kind", tr("Choose the kind of activity."))
    starts_at, ends_at = check_times(data.starts_at, data.ends_at)
    if data.all_day:
        starts_at = starts_at.replace(hour=0, minute=0)
        ends_at = ends_at.replace(hour=23, minute=59)
    venue = check_text(data.venue, "venue", limit=200, label=tr("The venue"))
    school = check_text(data.target_school, "target_school", limit=100, label=tr("The school"))
    audience = check_text(data.audience, "audience", limit=200, label=tr("The audience"))
    description = check_text(
        data.description, "description", limit=20000, label=tr("The plan and notes")
    )
    ad_copy = check_text(data.ad_copy, "ad_copy", limit=20000, label=tr("The ad copy"))
    for staff_id, field in ((data.owner_id, "owner_id"),) + tuple(
        (m.staff_id, "members") for m in data.members
    ):
        if staff_id is not None and session.get(Staff, staff_id) is None:
            raise ValidationError(field, tr("A staff member no longer exists."))
    seen: set[int] = set()
    members = []
    for m in data.members:
        if m.staff_id in seen or m.staff_id == data.owner_id:
            continue  # the owner is on the team anyway; a person once
        seen.add(m.staff_id)
        role = check_text(m.role, "members", limit=60, label=tr("The team role"))
        members.append(MemberInput(m.staff_id, role))
    check_channel(session, data.channel_id)
    if data.plan_id is not None and session.get(MarketingPlan, data.plan_id) is None:
        raise ValidationError("plan_id", tr("The marketing plan no longer exists."))
    budget = check_amount(data.budget_fen, "budget_fen", maximum=MAX_BUDGET_FEN, allow_zero=True)
    if data.category_id is not None and session.get(ExpenseCategory, data.category_id) is None:
        raise ValidationError("category_id", tr("The expense category no longer exists."))
    if budget and data.category_id is None:
        raise ValidationError(
            "category_id", tr("Choose the expense category the budget is reserved in.")
        )
    if len(data.terms) > 50 or len(data.materials) > 200:
        raise ValidationError("terms", tr("Too many lines."))
    terms = tuple(check_term(t, i) for i, t in enumerate(data.terms))
    materials = tuple(check_material(m, i) for i, m in enumerate(data.materials))
    return replace(
        data,
        name=name,
        starts_at=starts_at,
        ends_at=ends_at,
        venue=venue,
        target_school=school,
        audience=audience,
        description=description,
        ad_copy=ad_copy,
        budget_fen=budget,
        members=tuple(members),
        terms=terms,
        materials=materials,
    )
