"""Risk warnings (风险预警): the rule and finding types every feature's rules share.

A feature computes the warnings of its own data in `app/<feature>/risks.py`, a
tuple `RULES` of `RiskRule`, and registers it with `Feature(risks="app.<f>.risks:RULES")`.
The risks feature (app/risks/) evaluates every registered rule for a user, with the
thresholds the office set (app/office/options.py, keys "risks.*"), and keeps the
acknowledgements.

A rule reads through the features' services or a read session (`read_session`), so
the user's permissions apply; a rule whose data the user may not see is skipped
(`RiskRule.needs`). A rule never writes.

Each finding names its `subject`, a key stable across evaluations ("budget:2026-12:
category:3"): an acknowledgement sticks to that subject. Subjects carry their period
where the rule has one, so a new month is a new warning; within the period an
acknowledged warning comes back when its figure worsens by `step` beyond the figure
acknowledged (`RiskFinding.worse_than`).

A finding is raised when the measured figure is strictly past the threshold (above
it, or below it for a figure where lower is worse): at the threshold exactly there
is no warning. Each rule's docstring says what it measures.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.context import Actor


class Severity(StrEnum):
    WARNING = "warning"
    CRITICAL = "critical"


class Unit(StrEnum):
    """What a finding's figure and threshold count (the risks tab words them)."""

    POINTS = "points"  # percentage points
    PERCENT = "percent"
    SCORE = "score"
    HOURS = "hours"
    DAYS = "days"
    COUNT = "count"


# (entity kind = table name, record id): a record behind a finding.
RecordRef = tuple[str, int]


@dataclass(frozen=True)
class RiskFinding:
    rule: str  # the RiskRule key
    subject: str  # stable key of what the warning is about, with its period
    severity: Severity
    message: str  # translated, one line
    records: tuple[RecordRef, ...]  # the records behind it, most telling first
    figure: Decimal  # what was measured
    threshold: Decimal  # what it was compared with
    unit: Unit
    # How much further the figure must go to re-raise an acknowledged warning.
    step: Decimal = Decimal(1)
    higher_is_worse: bool = True
    # What each record is, by position in `records` ("王丽 · 2026-11-02", a channel's
    # name); a record without one is shown by its number.
    labels: tuple[str, ...] = ()

    def record_label(self, index: int) -> str:
        return self.labels[index] if index < len(self.labels) else ""

    def worse_than(self, acknowledged_figure: Decimal) -> bool:
        """True when the figure went at least `step` further than the figure that was
        acknowledged (then the acknowledgement no longer covers it)."""
        step = max(self.step, Decimal(0))
        if self.higher_is_worse:
            return self.figure >= acknowledged_figure + step
        return self.figure <= acknowledged_figure - step


# evaluate(services, actor, today, thresholds) -> findings.
Evaluate = Callable[[Any, "Actor", dt.date, Mapping[str, int]], list[RiskFinding]]


@dataclass(frozen=True)
class RiskRule:
    key: str  # "<feature>.<what>", unique
    title: Callable[[], str]  # translated name of the rule
    # Office settings keys (app/office/options.py) -> their defaults.
    thresholds: Mapping[str, int]
    evaluate: Evaluate
    # The permission needed to read the rule's data; without it the rule is skipped.
    needs: StrEnum | None = None
    # Shown on the risks tab's "rules" hint: what the rule measures.
    description: Callable[[], str] = field(default=lambda: "")

    def visible_to(self, actor: Actor) -> bool:
        return self.needs is None or actor.can(self.needs)


def escalated(figure: Decimal, threshold: Decimal) -> Severity:
    """CRITICAL from twice the threshold on (a threshold of 0: never)."""
    if threshold > 0 and figure >= 2 * threshold:
        return Severity.CRITICAL
    return Severity.WARNING


def percent(part: Decimal | int, whole: Decimal | int) -> Decimal:
    """part / whole in percent, to 0.1 (whole > 0)."""
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"))


def moment(today: dt.date) -> dt.datetime:
    """The instant a rule measures at (UTC): now when `today` is this computer's
    date, else the end of that local day (re-evaluating a past day is repeatable)."""
    now = dt.datetime.now(dt.UTC)
    if today == dt.date.today():
        return now
    local_end = dt.datetime.combine(today + dt.timedelta(days=1), dt.time())
    return local_end.astimezone().astimezone(dt.UTC)


@contextlib.contextmanager
def read_session(services: Any, actor: Actor, permission: StrEnum | None) -> Iterator[Session]:
    """A permission-checked read session on the services' database, for rules that
    query directly (the feature's service offers no such figure)."""
    from app.service import Service

    with Service(services.db).read(actor, permission) as session:
        yield session
