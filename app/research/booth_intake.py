"""Competitor observations captured at a campus booth, entered into the register.

The booth laptop notes what was seen of a rival (app/booth/competitors.py); merging
the booth's bundle calls `enter` for each note, inside the merge's transaction. A
note names the institution as typed at the booth: it joins the entry whose name
matches (app/research/names.py), or a new entry is made. What the note says (a
blank means "not seen", so it changes nothing) updates the entry as an office
observation would, unless a later observation exists; the observation keeps the
note's UUID (entering it again adds nothing) and the booth's event.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.errors import ValidationError
from app.research.names import clean_name, name_key
from app.research.permissions import ResearchPermission
from app.research.service import MAX_BUDGET_FEN, _field_label, _shown, _text
from app.research.translation import tr
from app.service import Transaction, snapshot
from db.models.research import Competitor, CompetitorObservation
from db.models.users import User

NAME_MAX = 200
NOTE_MAX = 2000


@dataclass(frozen=True)
class BoothNote:
    """One observation of a competitor at a booth, checked."""

    uuid: uuid.UUID
    competitor: str
    courses: str
    price_fen: int | None
    promotions: str
    ads: str
    note: str
    observed_on: dt.date
    recorded_by: str
    user_id: int | None

    @property
    def values(self) -> dict[str, Any]:
        return {
            "courses": self.courses,
            "price_fen": self.price_fen,
            "promotions": self.promotions,
            "ads": self.ads,
        }


def check_note(
    *,
    uuid_text: Any,
    competitor: Any,
    courses: Any = "",
    price_fen: Any = None,
    promotions: Any = "",
    ads: Any = "",
    note: Any = "",
    observed_on: Any,
    recorded_by: Any = "",
    user_id: Any = None,
    today: dt.date,
) -> BoothNote:
    """The note, or ValidationError naming the first problem (the booth's form and
    the office's merge check the same way)."""
    try:
        ident = uuid.UUID(str(uuid_text))
    except ValueError as exc:
        raise ValidationError("uuid", tr("The observation has no valid UUID.")) from exc
    texts = {
        "competitor": competitor,
        "courses": courses,
        "promotions": promotions,
        "ads": ads,
        "note": note,
        "recorded_by": recorded_by,
    }
    for field, value in texts.items():
        if not isinstance(value, str):
            raise ValidationError(field, tr("The %s is not text.") % _label(field))
    name = clean_name(competitor)
    if not name:
        raise ValidationError("competitor", tr("Name the competitor (the institution)."))
    if len(name) > NAME_MAX:
        raise ValidationError(
            "competitor", tr("The competitor's name is longer than %d characters.") % NAME_MAX
        )
    if price_fen is not None and (isinstance(price_fen, bool) or not isinstance(price_fen, int)):
        raise ValidationError("price_fen", tr("The price is not an amount."))
    if price_fen is not None and not 0 <= price_fen <= MAX_BUDGET_FEN:
        raise ValidationError(
            "price_fen", tr("The price must be between 0 and a hundred million yuan.")
        )
    if isinstance(observed_on, dt.date):
        day = observed_on
    else:
        try:
            day = dt.date.fromisoformat(str(observed_on))
        except ValueError as exc:
            raise ValidationError("observed_on", tr("The observation has no valid date.")) from exc
    if day > today:
        raise ValidationError("observed_on", tr("An observation cannot be in the future."))
    data = BoothNote(
        uuid=ident,
        competitor=name,
        courses=_text(courses, "courses"),
        price_fen=price_fen,
        promotions=_text(promotions, "promotions"),
        ads=_text(ads, "ads"),
        note=_text(note, "note", limit=NOTE_MAX),
        observed_on=day,
        recorded_by=recorded_by.strip()[:100],
        user_id=user_id if isinstance(user_id, int) and not isinstance(user_id, bool) else None,
    )
    if not (data.note or any(v not in ("", None) for v in data.values.values())):
        raise ValidationError(
            "note", tr("Write what was seen: a course, a price, a promotion, an ad or a note.")
        )
    return data


def _label(field: str) -> str:
    return {
        "competitor": tr("competitor"),
        "note": tr("note"),
        "recorded_by": tr("observer"),
    }.get(field) or _field_label(field)


@dataclass(frozen=True)
class Entered:
    """What entering one note did: "observed" (with created: a new entry) or
    "already" (its UUID is in the register)."""

    outcome: str
    competitor_id: int
    competitor: str
    created: bool = False
    what: str = ""


def enter(tx: Transaction, data: BoothNote, event: str, names: dict[str, int]) -> Entered:
    """Enter one checked note into the register, audited in `tx`. `names` maps
    name keys to competitor ids (see `name_index`) and is kept up to date.
    PermissionDenied when the actor may not edit the register."""
    tx.actor.require(ResearchPermission.OBSERVE)
    session = tx.session
    seen = session.execute(
        select(CompetitorObservation.competitor_id, Competitor.name)
        .join(Competitor, Competitor.id == CompetitorObservation.competitor_id)
        .where(CompetitorObservation.uuid == data.uuid)
    ).first()
    if seen is not None:
        return Entered("already", seen[0], seen[1])
    key = name_key(data.competitor)
    competitor_id = names.get(key)
    values = data.values
    if competitor_id is None:
        competitor = Competitor(name=data.competitor, **values)
        session.add(competitor)
        session.flush()
        names[key] = competitor.id
        changed = [k for k in values if values[k] not in ("", None)]
        before = None
    else:
        competitor = tx.get(Competitor, competitor_id)
        before = snapshot(competitor)
        changed = [
            k for k in values if values[k] not in ("", None) and getattr(competitor, k) != values[k]
        ]
        later = session.scalar(
            select(CompetitorObservation.id).where(
                CompetitorObservation.competitor_id == competitor.id,
                CompetitorObservation.observed_on > data.observed_on,
            )
        )
        if not later:
            for k in changed:
                setattr(competitor, k, values[k])
    what = "; ".join(f"{_field_label(k)}: {_shown(k, values[k])}" for k in changed)
    user_id = data.user_id
    if user_id is not None and session.get(User, user_id) is None:
        user_id = None  # an account the office no longer has
    session.add(
        CompetitorObservation(
            uuid=data.uuid,
            competitor_id=competitor.id,
            observed_on=data.observed_on,
            observer_name=data.recorded_by,
            observer_user_id=user_id,
            what=what or tr("as registered"),
            note=data.note,
            booth_event=event[:200],
        )
    )
    summary = tr("captured at booth %s") % event
    if before is None:
        tx.audit("create", competitor, None, summary=summary)
    else:
        tx.audit("update", competitor, before, summary=f"{summary}: {what}" if what else summary)
    return Entered("observed", competitor.id, competitor.name, before is None, what)


def name_index(tx: Transaction) -> dict[str, int]:
    """Name key -> competitor id of the whole register (it holds hundreds, not more)."""
    return {
        name_key(name): cid
        for cid, name in tx.session.execute(
            select(Competitor.id, Competitor.name).order_by(Competitor.id)
        )
    }
