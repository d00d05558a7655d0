"""The customer pipeline and the other status workflows, one transition table each.

DESIGN.md section 5: new -> contacted -> trial booked -> trial attended ->
enrolled -> renewed; any -> lost (with a reason); lost -> contacted (reactivated).
"""

from __future__ import annotations

from enum import StrEnum

from app.errors import ValidationError, tr


class Status(StrEnum):
    NEW = "new"
    CONTACTED = "contacted"
    TRIAL_BOOKED = "trial_booked"
    TRIAL_ATTENDED = "trial_attended"
    ENROLLED = "enrolled"
    RENEWED = "renewed"
    LOST = "lost"


PIPELINE: dict[Status, frozenset[Status]] = {
    Status.NEW: frozenset({Status.CONTACTED, Status.LOST}),
    Status.CONTACTED: frozenset({Status.TRIAL_BOOKED, Status.LOST}),
    Status.TRIAL_BOOKED: frozenset({Status.TRIAL_ATTENDED, Status.LOST}),
    Status.TRIAL_ATTENDED: frozenset({Status.ENROLLED, Status.LOST}),
    Status.ENROLLED: frozenset({Status.RENEWED, Status.LOST}),
    Status.RENEWED: frozenset({Status.LOST}),
    Status.LOST: frozenset({Status.CONTACTED}),
}

# Pipeline order, for "advance to at least" moves made by trials and enrollments.
ORDER = [
    Status.NEW,
    Status.CONTACTED,
    Status.TRIAL_BOOKED,
    Status.TRIAL_ATTENDED,
    Status.ENROLLED,
    Status.RENEWED,
]


# The label of each status, translated when asked for (the language can change).
_STATUS_LABELS = {
    Status.NEW: lambda: tr("New lead", "customer status"),
    Status.CONTACTED: lambda: tr("Contacted", "customer status"),
    Status.TRIAL_BOOKED: lambda: tr("Trial booked", "customer status"),
    Status.TRIAL_ATTENDED: lambda: tr("Trial attended", "customer status"),
    Status.ENROLLED: lambda: tr("Enrolled", "customer status"),
    Status.RENEWED: lambda: tr("Renewed", "customer status"),
    Status.LOST: lambda: tr("Lost", "customer status"),
}


def status_label(status: str) -> str:
    # One translation per call: the customers table asks for a label on every row it shows.
    label = _STATUS_LABELS.get(status)  # type: ignore[call-overload]
    return label() if label is not None else status


def check_transition(current: str, target: str, reason: str = "") -> None:
    """Raise ValidationError('status') unless current -> target is in the table."""
    try:
        cur, tgt = Status(current), Status(target)
    except ValueError as exc:
        raise ValidationError("status", tr("Unknown status '%s'.") % target) from exc
    if tgt not in PIPELINE[cur]:
        raise ValidationError(
            "status",
            tr("A customer cannot go from '%s' to '%s'.") % (status_label(cur), status_label(tgt)),
        )
    if tgt == Status.LOST and not reason.strip():
        raise ValidationError("lost_reason", tr("Say why the customer was lost."))


def path_to(current: str, target: str) -> list[Status]:
    """The forward steps from current up to target ([] if target is not ahead).

    Booking a trial for a new lead passes through "contacted": each step is a
    history row, so the history never skips a stage silently.
    """
    cur, tgt = Status(current), Status(target)
    if cur == Status.LOST or tgt not in ORDER or cur not in ORDER:
        return []
    start, end = ORDER.index(cur), ORDER.index(tgt)
    return ORDER[start + 1 : end + 1] if end > start else []


class TrialStatus(StrEnum):
    BOOKED = "booked"
    ATTENDED = "attended"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


TRIAL_FLOW: dict[TrialStatus, frozenset[TrialStatus]] = {
    TrialStatus.BOOKED: frozenset(
        {TrialStatus.ATTENDED, TrialStatus.NO_SHOW, TrialStatus.CANCELLED}
    ),
    TrialStatus.ATTENDED: frozenset(),
    TrialStatus.NO_SHOW: frozenset(),
    TrialStatus.CANCELLED: frozenset(),
}


def trial_label(status: str) -> str:
    labels: dict[str, str] = {
        TrialStatus.BOOKED: tr("Booked", "trial status"),
        TrialStatus.ATTENDED: tr("Attended", "trial status"),
        TrialStatus.NO_SHOW: tr("No-show", "trial status"),
        TrialStatus.CANCELLED: tr("Cancelled", "trial status"),
    }
    return labels.get(status, status)


class ComplaintStatus(StrEnum):
    RECEIVED = "received"
    HANDLING = "handling"
    RESOLVED = "resolved"
    CLOSED = "closed"


COMPLAINT_FLOW: dict[ComplaintStatus, frozenset[ComplaintStatus]] = {
    ComplaintStatus.RECEIVED: frozenset(
        {ComplaintStatus.HANDLING, ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED}
    ),
    ComplaintStatus.HANDLING: frozenset({ComplaintStatus.RESOLVED}),
    ComplaintStatus.RESOLVED: frozenset({ComplaintStatus.CLOSED, ComplaintStatus.HANDLING}),
    ComplaintStatus.CLOSED: frozenset(),
}


def complaint_label(status: str) -> str:
    labels: dict[str, str] = {
        ComplaintStatus.RECEIVED: tr("Received", "complaint status"),
        ComplaintStatus.HANDLING: tr("Handling", "complaint status"),
        ComplaintStatus.RESOLVED: tr("Resolved", "complaint status"),
        ComplaintStatus.CLOSED: tr("Closed", "complaint status"),
    }
    return labels.get(status, status)


FOLLOW_UP_METHODS = ("phone", "wechat", "visit", "sms")


def method_label(method: str) -> str:
    labels: dict[str, str] = {
        "phone": tr("Phone", "follow-up method"),
        "wechat": tr("WeChat", "follow-up method"),
        "visit": tr("Visit", "follow-up method"),
        "sms": tr("SMS", "follow-up method"),
    }
    return labels.get(method, method)


TIERS = ("A", "B", "C")
