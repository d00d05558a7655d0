"""Collects the workbench's items from every feature that offers them.

Each feature registers `Feature.workbench = "module:function"` (app/work_items.py);
the function reads through that feature's services, so the actor's scope applies.
A provider that fails is logged and left out: the others still show, and the
result names what is missing so the tab can say so.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from app.context import Actor
from app.features import import_object, workbench_providers
from app.work_items import Section, WorkItem
from app.workbench.permissions import WorkbenchPermission

log = logging.getLogger(__name__)

SECTION_ORDER = {section: n for n, section in enumerate(Section)}


@dataclass(frozen=True)
class Workbench:
    items: tuple[WorkItem, ...]
    # "module:function" of the providers that raised (their items are missing).
    failed: tuple[str, ...] = ()

    def section(self, section: Section) -> list[WorkItem]:
        return [i for i in self.items if i.section == section]


def sort_key(item: WorkItem) -> tuple[int, bool, dt.date]:
    """By section in display order, then by due date (undated last); items of one
    provider keep their order otherwise (the sort is stable)."""
    return (SECTION_ORDER[item.section], item.due is None, item.due or dt.date.max)


class WorkbenchService:
    def __init__(self, services: Any) -> None:
        self.services = services

    @classmethod
    def from_services(cls, services: Any) -> WorkbenchService:
        return cls(services)

    def collect(self, actor: Actor, today: dt.date) -> Workbench:
        """Every provider's items for `actor` on `today`, and which providers failed."""
        actor.require(WorkbenchPermission.VIEW)
        found: list[WorkItem] = []
        failed: list[str] = []
        for path in workbench_providers():
            try:
                provider = import_object(path)
                found.extend(provider(self.services, actor, today))
            except Exception:  # noqa: BLE001 - one feature's failure must not blank the rest
                log.exception("workbench provider %s failed for %s", path, actor.username)
                failed.append(path)
        return Workbench(tuple(sorted(found, key=sort_key)), tuple(failed))

    def items(self, actor: Actor, today: dt.date) -> list[WorkItem]:
        return list(self.collect(actor, today).items)
