"""Competitors seen at a campus booth: noted offline in the kit, entered into the
office's competitor register when the booth's bundle is merged.

At the booth, staff note a rival institution nearby: its courses, a price, a
promotion, an ad seen, a note, the day. The kit carries the office's register
(names and current values) so the booth can pick an existing competitor; the
notes go into the kit's own table (booth_competitor_notes), each with a UUID, and
travel in the sealed bundle ("competitors"). Merging enters them into the register
(app/research/booth_intake.py) in the merge's transaction: matched by name, new
competitors made, each note once however often the bundle is merged. Noting needs
booth.competitors; entering needs research.observe of whoever merges.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.booth.kits import this_kit
from app.booth.permissions import BoothPermission
from app.booth.translation import tr
from app.context import Actor, actor_name
from app.errors import PermissionDenied, ValidationError
from app.research.booth_intake import check_note, enter, name_index
from app.service import Changed, Service, Transaction
from db.models.booth import BoothCompetitorNote
from db.models.research import Competitor

COMPETITOR_COLUMNS = ("id", "name", "district", "courses", "price_fen", "promotions", "ads")


@dataclass(frozen=True)
class Sighting:
    """What the booth's form took."""

    competitor: str
    courses: str = ""
    price_fen: int | None = None
    promotions: str = ""
    ads: str = ""
    note: str = ""
    observed_on: dt.date | None = None  # None: today


@dataclass(frozen=True)
class SightingRow(Changed):
    id: int
    uuid: str
    competitor: str
    courses: str
    price_fen: int | None
    promotions: str
    ads: str
    note: str
    observed_on: dt.date
    recorded_by: str


@dataclass(frozen=True)
class KnownCompetitor:
    """An entry of the office's register, as the kit carries it."""

    name: str
    district: str
    courses: str
    price_fen: int | None
    promotions: str
    ads: str


def _row(n: BoothCompetitorNote) -> SightingRow:
    return SightingRow(
        id=n.id,
        uuid=str(n.uuid),
        competitor=n.competitor,
        courses=n.courses,
        price_fen=n.price_fen,
        promotions=n.promotions,
        ads=n.ads,
        note=n.note,
        observed_on=n.observed_on,
        recorded_by=n.recorded_by,
    )


class BoothCompetitorService(Service):
    today: Callable[[], dt.date] = staticmethod(dt.date.today)

    def known(self, actor: Actor) -> list[KnownCompetitor]:
        """The register's entries the kit carries (the office's, when it was made)."""
        with self.read(actor, BoothPermission.CAPTURE_COMPETITORS) as session:
            return [
                KnownCompetitor(c.name, c.district, c.courses, c.price_fen, c.promotions, c.ads)
                for c in session.scalars(select(Competitor).order_by(Competitor.name))
            ]

    def noted(self, actor: Actor) -> list[SightingRow]:
        """The competitors noted in this kit, the latest first."""
        with self.read(actor, BoothPermission.CAPTURE_COMPETITORS) as session:
            return [
                _row(n)
                for n in session.scalars(
                    select(BoothCompetitorNote).order_by(BoothCompetitorNote.id.desc())
                )
            ]

    def note(self, actor: Actor, data: Sighting) -> SightingRow:
        """Note a competitor seen at the booth, in the kit. Refused on a database that
        is not a booth kit (the office records observations in the register)."""
        with self.tx(actor, BoothPermission.CAPTURE_COMPETITORS) as tx:
            if this_kit(tx.session) is None:
                raise ValidationError(
                    "competitor",
                    tr(
                        "This database is not a booth kit: record competitors in the Market "
                        "research tab's competitor register."
                    ),
                )
            checked = check_note(
                uuid_text=uuid.uuid4(),
                competitor=data.competitor,
                courses=data.courses,
                price_fen=data.price_fen,
                promotions=data.promotions,
                ads=data.ads,
                note=data.note,
                observed_on=data.observed_on or self.today(),
                recorded_by=actor_name(actor),
                user_id=actor.user_id,
                today=self.today(),
            )
            note = BoothCompetitorNote(
                uuid=checked.uuid,
                competitor=checked.competitor,
                courses=checked.courses,
                price_fen=checked.price_fen,
                promotions=checked.promotions,
                ads=checked.ads,
                note=checked.note,
                observed_on=checked.observed_on,
                user_id=actor.user_id,
                recorded_by=checked.recorded_by,
            )
            tx.session.add(note)
            tx.audit("create", note, None, summary=checked.competitor)
            return tx.done(_row(note))


def kit_rows(session: Session) -> list[tuple[str, list[dict[str, Any]]]]:
    """The office's register for a new kit: the booth picks from it."""
    rows = [
        {c.key: getattr(competitor, c.key) for c in Competitor.__mapper__.column_attrs}
        for competitor in session.scalars(select(Competitor).order_by(Competitor.id))
    ]
    return [("competitors", rows)]


def export_rows(session: Session) -> list[dict[str, Any]]:
    """The kit's notes as the bundle carries them."""
    return [
        {
            "uuid": str(n.uuid),
            "competitor": n.competitor,
            "courses": n.courses,
            "price_fen": n.price_fen,
            "promotions": n.promotions,
            "ads": n.ads,
            "note": n.note,
            "observed_on": n.observed_on.isoformat(),
            "recorded_by": n.recorded_by,
            "user_id": n.user_id,
        }
        for n in session.scalars(select(BoothCompetitorNote).order_by(BoothCompetitorNote.id))
    ]


class Report(Protocol):
    """The merge report (app/customers_io/bundle.py MergeReport)."""

    def add(
        self, outcome: str, lead: Any, text: str, customer_id: int | None = None, *, name: str = ""
    ) -> None: ...


def merge_notes(
    tx: Transaction, raw_notes: Any, event: str, report: Report, today: dt.date
) -> tuple[int, int]:
    """Enter a bundle's competitor notes into the register, in the merge's
    transaction; each outcome goes to the report. A refused note is named with its
    reason and writes nothing. Returns (notes entered, competitors created)."""
    if not isinstance(raw_notes, list):
        report.add(
            "rejected",
            None,
            tr("The bundle's competitor notes are unreadable."),
            name=tr("competitors"),
        )
        return 0, 0
    names = name_index(tx) if raw_notes else {}
    entered = created = 0
    for index, raw in enumerate(raw_notes):
        label = tr("competitor note %d") % (index + 1)
        try:
            if not isinstance(raw, dict):
                raise ValidationError("competitor", tr("the note is not a record."))
            checked = check_note(
                uuid_text=raw.get("uuid"),
                competitor=raw.get("competitor", ""),
                courses=raw.get("courses", ""),
                price_fen=raw.get("price_fen"),
                promotions=raw.get("promotions", ""),
                ads=raw.get("ads", ""),
                note=raw.get("note", ""),
                observed_on=raw.get("observed_on"),
                recorded_by=raw.get("recorded_by", ""),
                user_id=raw.get("user_id"),
                today=today,
            )
            label = f"{label} ({checked.competitor[:30]})"
            result = enter(tx, checked, event, names)
        except (ValidationError, PermissionDenied) as exc:
            report.add("rejected", None, f"{label}: {exc.message}", name=label)
            continue
        if result.outcome == "already":
            report.add("already", None, tr("%s: already in the register.") % label, name=label)
            continue
        entered += 1
        created += result.created
        text = (
            tr("%s: new competitor in the register.")
            if result.created
            else tr("%s: added to the register's history.")
        ) % label
        report.add("competitor_notes", None, text, name=label)
    return entered, created
