"""The customers' workbench items (app.work_items), from the service's "today" list
(CustomerService.today, the one rule the customers tab's today panel follows): the
actor's follow-ups due today or earlier, trial classes booked for today or earlier
(their outcome never recorded), and, for complaint handlers, open complaints of
theirs or nobody's that are past their response time. Each opens its customer."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.context import Actor
from app.customers.permissions import CustomerPermission
from app.customers.pipeline import method_label
from app.customers.translation import tr
from app.entities import kind
from app.work_items import Section, WorkItem
from db.models.customers import Customer

# Items shown per list; the rest is one "and N more" line that opens the customers tab.
SHOWN = 20


def _more(section: Section, rest: int, capped: bool) -> list[WorkItem]:
    if rest <= 0:
        return []
    text = (
        tr("%d or more others: see the Customers tab")
        if capped
        else tr("%d others: see the Customers tab")
    )
    return [WorkItem(section, text % rest, kind=kind(Customer))]


def items(services: Any, actor: Actor, today: dt.date) -> list[WorkItem]:
    if not actor.can(CustomerPermission.VIEW_CUSTOMERS):
        return []
    found = services.customers.today(actor, today)
    customer = kind(Customer)
    due: list[WorkItem] = []
    follow_ups = found.follow_ups
    for f in follow_ups[:SHOWN]:
        due.append(
            WorkItem(
                Section.DUE,
                tr("Follow up %s") % f.customer_name,
                method_label(f.method) + (f": {f.content}" if f.content else ""),
                due=f.due_on,
                overdue=found.follow_up_overdue(f),
                kind=customer,
                record_id=f.customer_id,
            )
        )
    due += _more(Section.DUE, len(follow_ups) - SHOWN, len(follow_ups) >= 500)
    trials = found.trials
    for t in trials[:SHOWN]:
        local = t.scheduled_at.astimezone()
        due.append(
            WorkItem(
                Section.DUE,
                tr("Trial class: %s") % t.customer_name,
                " · ".join(p for p in (f"{local:%H:%M}", t.course_name, t.teacher) if p),
                due=local.date(),
                overdue=found.trial_overdue(t),
                kind=customer,
                record_id=t.customer_id,
            )
        )
    due += _more(Section.DUE, len(trials) - SHOWN, len(trials) >= 500)
    now = dt.datetime.now(dt.UTC)
    late = [c for c in found.complaints if c.overdue(now)]
    for c in late[:SHOWN]:
        due.append(
            WorkItem(
                Section.COMPLAINTS,
                tr("Complaint past its response time: %s") % c.customer_name,
                c.content,
                due=c.response_deadline.astimezone().date(),
                overdue=True,
                kind=customer,
                record_id=c.customer_id,
            )
        )
    due += _more(Section.COMPLAINTS, len(late) - SHOWN, len(found.complaints) >= 500)
    return due
