"""Plain values the customer services take and return (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from app.channels.rows import ChannelRow  # noqa: F401 - the catalogue is shared
from app.errors import ValidationError
from app.service import Changed


class DuplicateCustomer(ValidationError):
    """The mobile number belongs to a customer already; `existing_id` says which (None
    when the customer is one the user may not see)."""

    def __init__(self, field: str, message: str, existing_id: int | None) -> None:
        super().__init__(field, message)
        self.existing_id = existing_id


@dataclass
class CustomerInput:
    name: str
    mobile: str = ""
    wechat: str = ""
    gender: str = ""
    grade: str = ""
    school: str = ""
    guardian_name: str = ""
    guardian_phone: str = ""
    district: str = ""
    training_needs: str = ""
    course_interests: str = ""
    notes: str = ""
    channel_id: int | None = None
    source_event: str = ""
    owner_id: int | None = None
    tier: str = "B"
    consent_contact: bool = False
    consent_wording: str = ""
    is_minor: bool = False
    guardian_consent: bool = False
    tags: list[str] | None = None  # None: leave tags as they are


@dataclass(frozen=True)
class CustomerRow(Changed):
    """One customer as the actor may see it (contacts masked when `masked`)."""

    id: int
    uuid: str
    version: int
    name: str
    mobile: str
    wechat: str
    gender: str
    grade: str
    school: str
    guardian_name: str
    guardian_phone: str
    district: str
    training_needs: str
    course_interests: str
    notes: str
    channel_id: int | None
    channel_name: str
    source_event: str
    owner_id: int | None
    owner_name: str
    tier: str
    status: str
    lost_reason: str
    consent_contact: bool
    consent_at: dt.datetime | None
    consent_wording: str
    is_minor: bool
    guardian_consent: bool
    guardian_consent_at: dt.datetime | None
    created_at: dt.datetime
    last_contact_at: dt.datetime | None
    next_follow_up: dt.date | None
    deleted_at: dt.datetime | None
    tags: tuple[str, ...] = ()
    masked: bool = False


class CustomerListRow(NamedTuple):
    """The columns of the customers table, already masked for the actor.

    A named tuple, not a frozen dataclass: the table converts ~30 of them for every
    search, and a frozen dataclass's __init__ (object.__setattr__ per field) took a
    third of that conversion."""

    id: int
    name: str
    gender: str
    mobile: str
    grade: str
    school: str
    guardian_name: str
    guardian_phone: str
    district: str
    channel_name: str
    owner_name: str
    tier: str
    status: str
    created_at: dt.datetime
    last_contact_at: dt.datetime | None
    next_follow_up: dt.date | None
    course_interests: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class FollowUpRow(Changed):
    id: int
    uuid: str
    version: int
    customer_id: int
    customer_name: str
    staff_id: int | None
    staff_name: str
    due_on: dt.date
    method: str
    content: str
    satisfaction: int | None
    done: bool
    done_at: dt.datetime | None
    next_follow_up: dt.date | None


@dataclass(frozen=True)
class TrialRow(Changed):
    id: int
    version: int
    customer_id: int
    customer_name: str
    course_id: int | None
    course_name: str
    scheduled_at: dt.datetime
    status: str
    staff_id: int | None
    teacher: str
    note: str


@dataclass(frozen=True)
class EnrollmentRow(Changed):
    id: int
    version: int
    customer_id: int
    course_id: int | None
    course_name: str
    enrolled_on: dt.date
    amount_fen: int
    discount_fen: int
    class_hours: int
    is_renewal: bool
    owner_id: int | None
    owner_name: str
    note: str


@dataclass
class EnrollmentInput:
    course_id: int | None
    enrolled_on: dt.date
    amount_fen: int
    class_hours: int = 0
    discount_fen: int = 0
    is_renewal: bool | None = None  # None: a renewal when the customer enrolled before
    owner_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ComplaintRow(Changed):
    id: int
    version: int
    customer_id: int
    customer_name: str
    category: str
    content: str
    status: str
    handler_id: int | None
    handler_name: str
    received_at: dt.datetime
    response_deadline: dt.datetime
    responded_at: dt.datetime | None
    resolved_at: dt.datetime | None
    closed_at: dt.datetime | None
    response: str
    resolution: str

    @property
    def response_time(self) -> dt.timedelta | None:
        return self.responded_at - self.received_at if self.responded_at else None

    @property
    def resolution_time(self) -> dt.timedelta | None:
        return self.resolved_at - self.received_at if self.resolved_at else None

    def overdue(self, now: dt.datetime) -> bool:
        """No response yet and the response deadline has passed."""
        return (
            self.responded_at is None and self.status != "closed" and now > self.response_deadline
        )


@dataclass(frozen=True)
class StatusChangeRow:
    id: int
    from_status: str
    to_status: str
    reason: str
    changed_at: dt.datetime
    changed_by: str


@dataclass(frozen=True)
class TimelineEntry:
    """One event in a customer's history: what happened newest first, what is planned
    apart (soonest first)."""

    when: dt.datetime
    kind: str  # "status", "follow_up", "trial", "enrollment", "complaint", "created"
    record_id: int
    summary: str
    status: str = ""
    date_only: bool = False  # planned follow-ups and enrollments have a day, not a time
    planned: bool = False  # not happened yet: an open follow-up, a booked trial


@dataclass(frozen=True)
class CourseRow(Changed):
    id: int
    name: str
    category: str
    price_fen: int
    class_hours: int
    active: bool
    version: int = 1


@dataclass(frozen=True)
class DuplicateGroup:
    reason: str
    customer_ids: tuple[int, ...]
    names: tuple[str, ...]


@dataclass(frozen=True)
class TodayItems:
    follow_ups: list[FollowUpRow] = field(default_factory=list)
    trials: list[TrialRow] = field(default_factory=list)
    # Open complaints (received or handling) of the actor or nobody, for complaint handlers.
    complaints: list[ComplaintRow] = field(default_factory=list)
    today: dt.date | None = None

    def follow_up_overdue(self, follow_up: FollowUpRow) -> bool:
        return self.today is not None and follow_up.due_on < self.today

    def trial_overdue(self, trial: TrialRow) -> bool:
        """Booked for an earlier (local) day: its outcome was never recorded."""
        return self.today is not None and trial.scheduled_at.astimezone().date() < self.today

    def complaint_overdue(self, complaint: ComplaintRow, now: dt.datetime | None = None) -> bool:
        return complaint.overdue(now or dt.datetime.now(dt.UTC))

    def overdue(self, record: FollowUpRow | TrialRow | ComplaintRow) -> bool:
        """Whether the panel marks `record` late: the one rule for its colour and its count."""
        if isinstance(record, FollowUpRow):
            return self.follow_up_overdue(record)
        if isinstance(record, TrialRow):
            return self.trial_overdue(record)
        return self.complaint_overdue(record)

    @property
    def overdue_count(self) -> int:
        """Every item the panel marks late: follow-ups, trials and complaints."""
        records: list[FollowUpRow | TrialRow | ComplaintRow] = [
            *self.follow_ups,
            *self.trials,
            *self.complaints,
        ]
        return sum(1 for r in records if self.overdue(r))

    def day_text(self, day: dt.date) -> str:
        """A day as the panel shows it: "04-17" this year, "2025-04-17" in another."""
        if self.today is not None and day.year == self.today.year:
            return day.strftime("%m-%d")
        return day.isoformat()

    def time_text(self, when: dt.datetime) -> str:
        """A local time as the panel shows it: "04-17 09:30", with the year when not
        this year's."""
        local = when.astimezone()
        return f"{self.day_text(local.date())} {local:%H:%M}"

    @property
    def count(self) -> int:
        return len(self.follow_ups) + len(self.trials) + len(self.complaints)


class PhoneMatch(NamedTuple):
    """find_by_phone's answer: the customer with the number, or (None, "") when the
    number is taken by a customer the user may not see (another colleague's, or any
    customer for a role that sees phones masked)."""

    customer_id: int | None
    name: str
