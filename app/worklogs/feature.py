"""Work plans and reports (工作计划 · 工作总结) per person and department, monthly and
yearly, approved by the manager, with the figures MarketDesk knows filled in; and
the daily sales log (销售日志) that rolls up into the monthly report."""

from __future__ import annotations

from app.features import DemoStep, Feature
from app.worklogs.permissions import GRANTS, WorklogsPermission
from db.migrate import VERSIONS_DIR

FEATURE = Feature(
    name="worklogs",
    audit_records="app.worklogs.audit_records:labels",
    models=("db.models.worklogs",),
    migrations=VERSIONS_DIR,  # branch "worklogs": worklogs_001
    permissions=(WorklogsPermission,),
    grants=GRANTS,
    services={"worklogs": "app.worklogs.service:WorklogsService"},
    ui="ui.worklogs.feature",
    demo=DemoStep("worklogs", "app.demo.worklogs"),
    translations=("worklogs",),
    workbench="app.worklogs.workbench:items",
)
