"""The workbench (工作台): the first tab of every role, what needs the user today.
It owns no records: every feature offers its items (Feature.workbench, see
app/work_items.py) and this feature collects them."""

from __future__ import annotations

from app.features import Feature
from app.workbench.permissions import GRANTS, WorkbenchPermission

FEATURE = Feature(
    name="workbench",
    permissions=(WorkbenchPermission,),
    grants=GRANTS,
    services={"workbench": "app.workbench.service:WorkbenchService"},
    ui="ui.workbench.feature",
    benchmarks=("bench_workbench",),
    translations=("workbench",),
)
