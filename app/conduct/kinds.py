"""The conduct feature's kinds (for the change bus) and its record kinds and subkinds.

Kinds follow DESIGN.md section 4 and the institution's rules (§二 职业素养, 工作纪律,
言行举止; §六(二) training), plus leave, which is asked for and approved.
"""

from __future__ import annotations

from app.conduct.translation import tr
from app.entities import kind, lazy_kinds
from db.models.office_settings import OfficeSetting

KINDS = lazy_kinds("db.models.conduct")
# The rules are office settings: a change of them changes every point shown.
RULE_KINDS = frozenset({kind(OfficeSetting)})

ATTENDANCE = "attendance"
LEAVE = "leave"
DISCIPLINE = "discipline"
DEMEANOR = "demeanor"
COMMENDATION = "commendation"
TRAINING = "training"

# kind -> its subkinds, in the order the forms offer them.
SUBKINDS: dict[str, tuple[str, ...]] = {
    ATTENDANCE: ("late", "early_leave", "absence"),
    LEAVE: ("personal", "sick", "annual", "compensatory"),
    DISCIPLINE: ("unrelated_work", "refusing_work", "confidentiality", "other_discipline"),
    DEMEANOR: ("dress", "rude_language", "customer_argument", "other_demeanor"),
    COMMENDATION: ("excellent_staff", "best_team", "other_commendation"),
    TRAINING: ("internal", "external"),
}
RECORD_KINDS = tuple(SUBKINDS)


def kind_of(subkind: str) -> str | None:
    return next((k for k, subs in SUBKINDS.items() if subkind in subs), None)


def kind_label(kind: str) -> str:
    return {
        ATTENDANCE: tr("Attendance"),
        LEAVE: tr("Leave"),
        DISCIPLINE: tr("Discipline"),
        DEMEANOR: tr("Demeanour"),
        COMMENDATION: tr("Commendation"),
        TRAINING: tr("Training"),
    }.get(kind, kind)


def subkind_label(subkind: str) -> str:
    return {
        "late": tr("Late"),
        "early_leave": tr("Left early"),
        "absence": tr("Absence without leave"),
        "personal": tr("Personal leave"),
        "sick": tr("Sick leave"),
        "annual": tr("Annual leave"),
        "compensatory": tr("Time off in lieu"),
        "unrelated_work": tr("Unrelated work in working hours"),
        "refusing_work": tr("Refusing or delaying work"),
        "confidentiality": tr("Confidentiality breach"),
        "other_discipline": tr("Other discipline matter"),
        "dress": tr("Dress code"),
        "rude_language": tr("Rude language"),
        "customer_argument": tr("Argument with a customer"),
        "other_demeanor": tr("Other demeanour matter"),
        "excellent_staff": tr("Excellent marketing employee"),
        "best_team": tr("Best sales team"),
        "other_commendation": tr("Other commendation"),
        "internal": tr("Internal training"),
        "external": tr("External training"),
        "late_rule": tr("Lates counted as an absence"),
    }.get(subkind, subkind)


def status_label(status: str) -> str:
    return {
        "recorded": tr("Recorded"),
        "requested": tr("Requested"),
        "approved": tr("Approved"),
        "rejected": tr("Rejected"),
        "voided": tr("Withdrawn"),
    }.get(status, status)


def ack_label(state: str) -> str:
    return {
        "pending": tr("Not yet acknowledged"),
        "acknowledged": tr("Acknowledged"),
        "objected": tr("Objected"),
    }.get(state, state)
