"""The worklogs' workbench items (app.work_items): the plans and reports the actor
still owes (WorklogsService.due_items: "write"), and the submitted ones waiting
for the actor's approval ("decide")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.context import Actor
from app.entities import kind
from app.work_items import Section, WorkItem
from app.worklogs.kinds import period_label, title_label
from app.worklogs.permissions import WorklogsPermission
from app.worklogs.translation import tr
from db.models.worklogs import WorkReport


def items(services: Any, actor: Actor, today: dt.date) -> list[WorkItem]:
    if not actor.can(WorklogsPermission.VIEW_OWN):
        return []
    found: list[WorkItem] = []
    for due in services.worklogs.due_items(actor, today):
        what = f"{title_label(due.kind, due.period, due.scope)} {period_label(due.year, due.month)}"
        if due.action == "decide":
            found.append(
                WorkItem(
                    Section.APPROVALS,
                    tr("To approve: %s") % what,
                    due.owner_name,
                    kind=kind(WorkReport),
                    record_id=due.report_id,
                )
            )
        else:
            found.append(
                WorkItem(
                    Section.REPORTS,
                    tr("To write: %s") % what,
                    # One's own needs no name; a department's plan says whose.
                    due.owner_name if due.scope == "department" else "",
                    due=due.due_on,
                    overdue=due.overdue,
                    kind=kind(WorkReport),
                    record_id=due.report_id,
                )
            )
    return found
