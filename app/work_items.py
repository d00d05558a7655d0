"""What a feature's records ask of a user today: the workbench's items.

A feature offers them with `Feature.workbench = "module:function"`; the function
is called as `function(services, actor, today)` and returns a list of WorkItem.
It reads through the feature's own services, so the role's scope applies (a
clerk sees what is his, a manager his department) and it must not write. The
workbench tab (the `workbench` feature) groups the items by section, sorts them
by due date and opens the record behind an item through the feature's UI opener
for `kind` (ui.features.UiFeature.openers).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Section(StrEnum):
    """The workbench's groups, in display order."""

    APPROVALS = "approvals"  # something waits for this user's decision or signature
    DUE = "due"  # follow-ups and trials due today or overdue
    COMPLAINTS = "complaints"  # open complaints past their response time
    ACTIONS = "actions"  # meeting action items owned by the user
    REPORTS = "reports"  # plans and reports the user must write
    WARNINGS = "warnings"  # risk warnings not yet acknowledged


@dataclass(frozen=True)
class WorkItem:
    section: Section
    title: str  # translated, one line: "报销单 BX-2026-0042 待审批"
    detail: str = ""  # translated, who / how much / why
    due: dt.date | None = None
    overdue: bool = False
    # The record behind the item: its entity kind (table name, app/entities.py)
    # and id, for the opener; "" when there is no single record.
    kind: str = ""
    record_id: int | None = None
