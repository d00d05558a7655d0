"""The minutes' workflow (DESIGN.md section 5 style: one transition table).

draft --submit (recorder)--> submitted --sign (host)--> signed
    --distribute (host or recorder)--> distributed; submitted --return (host)--> draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.meetings.translation import tr
from db.models.meetings import MinutesStatus as S


class Who(StrEnum):
    RECORDER = "recorder"
    HOST = "host"
    HOST_OR_RECORDER = "host_or_recorder"


@dataclass(frozen=True)
class Transition:
    action: str
    source: str
    target: str
    who: Who


TRANSITIONS = (
    Transition("submit", S.DRAFT, S.SUBMITTED, Who.RECORDER),
    Transition("return", S.SUBMITTED, S.DRAFT, Who.HOST),
    Transition("sign", S.SUBMITTED, S.SIGNED, Who.HOST),
    Transition("distribute", S.SIGNED, S.DISTRIBUTED, Who.HOST_OR_RECORDER),
)


def find(action: str, status: str) -> Transition | None:
    return next((t for t in TRANSITIONS if t.action == action and t.source == status), None)


def allowed(who: Who, staff_id: int | None, host: int, recorder: int) -> bool:
    if staff_id is None:
        return False
    if who is Who.RECORDER:
        return staff_id == recorder
    if who is Who.HOST:
        return staff_id == host
    return staff_id in (host, recorder)


def status_label(status: str) -> str:
    return {
        S.DRAFT: tr("Draft"),
        S.SUBMITTED: tr("Awaiting signature"),
        S.SIGNED: tr("Signed"),
        S.DISTRIBUTED: tr("Distributed"),
    }.get(status, status)


def who_label(who: Who) -> str:
    return {
        Who.RECORDER: tr("the recorder"),
        Who.HOST: tr("the host"),
        Who.HOST_OR_RECORDER: tr("the host or the recorder"),
    }[who]


def attendance_label(mark: str) -> str:
    return {
        "": tr("Not recorded"),
        "on_time": tr("On time"),
        "late": tr("Late"),
        "absent": tr("Absent"),
    }.get(mark, mark)
