"""The customer pipeline and the other status workflows, one transition table each.

DESIGN.md section 5: new -> contacted -> trial booked -> trial attended ->
enrolled -> renewed; any -> lost (with a reason); lost -> contacted (reactivated).
"""

from __future__ import annotations

from enum import StrEnum

from app.customers.permissions import CustomerPermission
from app.customers.translation import tr
from app.errors import ValidationError
from app.workflow import Transition, Workflow


class Status(StrEnum):
    NEW = "new"
    CONTACTED = "contacted"
    TRIAL_BOOKED = "trial_booked"
    TRIAL_ATTENDED = "trial_attended"
    ENROLLED = "enrolled"
    RENEWED = "renewed"
    LOST = "lost"


def _moves(
    pairs: list[tuple[str, str]], permission: CustomerPermission | None, reason_for: frozenset[str]
) -> list[Transition]:
    """A transition per (source, target); the action is named after the target."""
    return [
        Transition(target, source, target, permission, needs_reason=target in reason_for)
        for source, target in pairs
    ]


_FORWARD = [
    (Status.NEW, Status.CONTACTED),
    (Status.CONTACTED, Status.TRIAL_BOOKED),
    (Status.TRIAL_BOOKED, Status.TRIAL_ATTENDED),
    (Status.TRIAL_ATTENDED, Status.ENROLLED),
    (Status.ENROLLED, Status.RENEWED),
]
CUSTOMER_FLOW: Workflow[Transition] = Workflow(
    "customer pipeline",
    list(Status),
    _moves(
        [
            *_FORWARD,
            *((s, Status.LOST) for s in Status if s != Status.LOST),
            (Status.LOST, Status.CONTACTED),  # reactivated
        ],
        CustomerPermission.EDIT_CUSTOMERS,
        frozenset({Status.LOST}),
    ),
)
PIPELINE: dict[Status, frozenset[Status]] = CUSTOMER_FLOW.table()  # type: ignore[assignment]

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


class Reason(StrEnum):
    """Reasons the system gives for a status change. They are stored as these codes
    (a reason a person typed is stored as typed) and translated when shown, so a
    history written under one language reads right in the other."""

    AUTOMATIC = "automatic"  # a trial, enrollment or follow-up moved the customer on
    MERGED = "merged"  # the stage came from a merged duplicate
    BOOTH_BUNDLE = "booth bundle"  # the lead came in a booth bundle


_REASON_LABELS = {
    Reason.AUTOMATIC: lambda: tr("automatic"),
    Reason.MERGED: lambda: tr("merged"),
    Reason.BOOTH_BUNDLE: lambda: tr("booth bundle"),
}


def reason_label(reason: str) -> str:
    """A stored status-change reason (or lost reason) for display: a code translated,
    anything else as typed."""
    label = _REASON_LABELS.get(reason)  # type: ignore[call-overload]
    return label() if label is not None else reason


def check_transition(current: str, target: str, reason: str = "") -> None:
    """Raise ValidationError('status') unless current -> target is in the table."""
    try:
        cur, tgt = Status(current), Status(target)
    except ValueError as exc:
        raise ValidationError("status", tr("Unknown status '%s'.") % target) from exc
    move = CUSTOMER_FLOW.between(cur, tgt)
    if move is None:
        raise ValidationError(
            "status",
            tr("A customer cannot go from '%s' to '%s'.") % (status_label(cur), status_label(tgt)),
        )
    if move.needs_reason and not reason.strip():
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


TRIAL_WORKFLOW: Workflow[Transition] = Workflow(
    "trial class",
    list(TrialStatus),
    _moves(
        [(TrialStatus.BOOKED, s) for s in TrialStatus if s != TrialStatus.BOOKED],
        None,
        frozenset(),
    ),
)
TRIAL_FLOW: dict[TrialStatus, frozenset[TrialStatus]] = TRIAL_WORKFLOW.table()  # type: ignore[assignment]


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


_C = ComplaintStatus
COMPLAINT_WORKFLOW: Workflow[Transition] = Workflow(
    "complaint",
    list(ComplaintStatus),
    _moves(
        [
            (_C.RECEIVED, _C.HANDLING),
            (_C.RECEIVED, _C.RESOLVED),
            (_C.RECEIVED, _C.CLOSED),
            (_C.HANDLING, _C.RESOLVED),
            (_C.RESOLVED, _C.CLOSED),
            (_C.RESOLVED, _C.HANDLING),
        ],
        None,
        frozenset(),
    ),
)
COMPLAINT_FLOW: dict[ComplaintStatus, frozenset[ComplaintStatus]] = COMPLAINT_WORKFLOW.table()  # type: ignore[assignment]


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
