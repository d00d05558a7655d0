"""The calendar's service: holidays and school terms (admin-edited data), and the
activities of a date range as calendar items, with the .ics export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import delete, select

from app.calendar.holiday_seed import seed_days
from app.calendar.ics import to_ics
from app.calendar.items import CalendarItem
from app.calendar.labels import kind_label
from app.calendar.permissions import CalendarPermission
from app.calendar.translation import tr
from app.context import Actor
from app.errors import ValidationError
from app.files import written_whole
from app.service import Change, Changed, Service, snapshot
from app.validation import check_text, check_year
from db.models.calendar import CalendarDay, DayKind, SchoolTerm, TermKind


@dataclass(frozen=True)
class DayRow:
    day: dt.date
    kind: str  # DayKind
    name: str


@dataclass(frozen=True)
class TermRow(Changed):
    id: int
    name: str
    kind: str  # TermKind
    starts_on: dt.date
    ends_on: dt.date
    version: int


@dataclass(frozen=True)
class TermInput:
    name: str
    kind: str
    starts_on: dt.date
    ends_on: dt.date


class ActivityLike(Protocol):
    """The columns of the campaigns feature's ActivityRow the calendar reads."""

    @property
    def id(self) -> int: ...

    @property
    def uuid(self) -> Any: ...

    @property
    def name(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def starts_at(self) -> dt.datetime: ...

    @property
    def ends_at(self) -> dt.datetime: ...

    @property
    def all_day(self) -> bool: ...

    @property
    def venue(self) -> str: ...

    @property
    def owner_id(self) -> int | None: ...

    @property
    def owner_name(self) -> str: ...

    @property
    def channel_id(self) -> int | None: ...

    @property
    def channel_name(self) -> str: ...

    @property
    def target_school(self) -> str: ...

    @property
    def audience(self) -> str: ...

    @property
    def version(self) -> int: ...


def item_from_activity(row: ActivityLike) -> CalendarItem:
    return CalendarItem(
        id=row.id,
        title=row.name,
        kind=row.kind,
        status=row.status,
        start=row.starts_at,
        end=row.ends_at,
        all_day=row.all_day,
        owner_id=row.owner_id,
        owner=row.owner_name or "",
        venue=row.venue or "",
        school=row.target_school or "",
        channel_id=row.channel_id,
        channel=row.channel_name or "",
        version=row.version,
        uid=str(row.uuid),
        description=row.audience or "",
    )


def _term_row(t: SchoolTerm) -> TermRow:
    return TermRow(t.id, t.name, t.kind, t.starts_on, t.ends_on, t.version)


def _check_days(year: int, days: Sequence[DayRow]) -> list[DayRow]:
    seen: set[dt.date] = set()
    checked: list[DayRow] = []
    for row in days:
        if row.day.year != year:
            raise ValidationError(
                "day", tr("%s is not in the year %d.") % (row.day.isoformat(), year)
            )
        if row.day in seen:
            raise ValidationError("day", tr("%s is listed twice.") % row.day.isoformat())
        if row.kind not in DayKind.ALL:
            raise ValidationError("kind", tr("'%s' is not a kind of day.") % row.kind)
        seen.add(row.day)
        name = check_text(row.name, "name", limit=50, label=tr("The holiday's name"))
        checked.append(DayRow(row.day, row.kind, name))
    return sorted(checked, key=lambda r: r.day)


def _check_term(data: TermInput) -> TermInput:
    name = check_text(data.name, "name", required=True, limit=100, label=tr("The term's name"))
    if data.kind not in TermKind.ALL:
        raise ValidationError("kind", tr("'%s' is not a kind of term.") % data.kind)
    if data.ends_on < data.starts_on:
        raise ValidationError("ends_on", tr("The term ends before it starts."))
    if (data.ends_on - data.starts_on).days > 366:
        raise ValidationError("ends_on", tr("A term or vacation lasts at most a year."))
    return TermInput(name, data.kind, data.starts_on, data.ends_on)


class CalendarService(Service):
    # --- holidays ----------------------------------------------------------------

    def ensure_seed(self, actor: Actor) -> Change:
        """The seeded years' holidays, for databases built without the migrations
        (the demo, tests); a year that has any day already is left as it is."""
        with self.tx(actor, None) as tx:
            years = {d.year for d in tx.session.scalars(select(CalendarDay.day)).all()}
            added = 0
            for day, kind, name in seed_days():
                if day.year not in years:
                    tx.session.add(CalendarDay(day=day, kind=kind, name=name))
                    added += 1
            if added:
                tx.audit("create", entity="calendar_days", summary=f"seed: {added} days")
        return tx.change

    def days(self, actor: Actor, start: dt.date, end: dt.date) -> list[DayRow]:
        """Holidays and worked weekend days from `start` to `end` inclusive."""
        with self.read(actor, CalendarPermission.VIEW_CALENDAR) as session:
            rows = session.scalars(
                select(CalendarDay)
                .where(CalendarDay.day >= start, CalendarDay.day <= end)
                .order_by(CalendarDay.day)
            )
            return [DayRow(r.day, r.kind, r.name) for r in rows]

    def replace_year(self, actor: Actor, year: int, days: Sequence[DayRow]) -> Change:
        """The year's arrangement becomes `days` (the dialog saves a year at once)."""
        year = check_year(year)
        checked = _check_days(year, days)
        with self.tx(actor, CalendarPermission.EDIT_HOLIDAYS) as tx:
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
            old = tx.session.scalars(
                select(CalendarDay)
                .where(CalendarDay.day >= first, CalendarDay.day <= last)
                .order_by(CalendarDay.day)
            ).all()
            before = {"days": [[d.day.isoformat(), d.kind, d.name] for d in old]}
            tx.session.execute(
                delete(CalendarDay).where(CalendarDay.day >= first, CalendarDay.day <= last)
            )
            tx.session.add_all(CalendarDay(day=r.day, kind=r.kind, name=r.name) for r in checked)
            tx.audit(
                "update",
                entity="calendar_days",
                entity_id=year,
                before=before,
                after={"days": [[r.day.isoformat(), r.kind, r.name] for r in checked]},
                summary=f"{year}: {len(checked)} days",
            )
        return tx.change

    # --- school terms ------------------------------------------------------------

    def terms(
        self, actor: Actor, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[TermRow]:
        """Terms and vacations touching start..end (all of them without a range)."""
        with self.read(actor, CalendarPermission.VIEW_CALENDAR) as session:
            query = select(SchoolTerm).order_by(SchoolTerm.starts_on, SchoolTerm.id)
            if start is not None:
                query = query.where(SchoolTerm.ends_on >= start)
            if end is not None:
                query = query.where(SchoolTerm.starts_on <= end)
            return [_term_row(t) for t in session.scalars(query)]

    def create_term(self, actor: Actor, data: TermInput) -> TermRow:
        data = _check_term(data)
        with self.tx(actor, CalendarPermission.EDIT_HOLIDAYS) as tx:
            term = SchoolTerm(
                name=data.name, kind=data.kind, starts_on=data.starts_on, ends_on=data.ends_on
            )
            tx.session.add(term)
            tx.audit("create", term, None)
            return tx.done(_term_row(term))

    def update_term(
        self, actor: Actor, term_id: int, expected_version: int, data: TermInput
    ) -> TermRow:
        data = _check_term(data)
        with self.tx(actor, CalendarPermission.EDIT_HOLIDAYS) as tx:
            term = tx.get(SchoolTerm, term_id, expected_version)
            before = snapshot(term)
            term.name, term.kind = data.name, data.kind
            term.starts_on, term.ends_on = data.starts_on, data.ends_on
            tx.audit("update", term, before)
            return tx.done(_term_row(term))

    def delete_term(self, actor: Actor, term_id: int, expected_version: int) -> Change:
        with self.tx(actor, CalendarPermission.EDIT_HOLIDAYS) as tx:
            term = tx.get(SchoolTerm, term_id, expected_version)
            before = snapshot(term)
            tx.session.delete(term)
            tx.audit("delete", term, before)
        return tx.change

    # --- activities --------------------------------------------------------------

    def items(self, actor: Actor, start: dt.date, end: dt.date) -> list[CalendarItem]:
        """The activities touching start..end as calendar items (the campaigns
        feature's list, so its permission and soft-deletion rules apply)."""
        from app.campaigns.service import CampaignService

        actor.require(CalendarPermission.VIEW_CALENDAR)
        rows = CampaignService(self.db).list_activities(actor, start, end)
        return [item_from_activity(row) for row in rows]

    def export_ics(self, actor: Actor, start: dt.date, end: dt.date, path: Path) -> Change:
        """Write the activities of start..end to `path` as .ics; audited as an export."""
        if end < start:
            raise ValidationError("end", tr("The end date is before the start date."))
        items = self.items(actor, start, end)
        data = to_ics(
            items,
            name=tr("Campaign calendar %s – %s") % (start.isoformat(), end.isoformat()),
            kind_label=kind_label,
        )
        with written_whole(path) as temp:
            temp.write_bytes(data)
        with self.tx(actor, CalendarPermission.VIEW_CALENDAR) as tx:
            tx.audit(
                "export",
                entity="activities",
                summary=f"ics {start.isoformat()}..{end.isoformat()}: {len(items)} activities",
            )
            return tx.returning(len(items))
