"""Market research (市场调研): research plans approved along the plan workflow and
their reports with attached findings; and the competitor register (竞争对手) with a
dated history of what was observed."""

from __future__ import annotations

from app.features import DemoStep, Feature
from app.research.permissions import GRANTS, ResearchPermission
from db.migrate import VERSIONS_DIR

FEATURE = Feature(
    name="research",
    audit_records="app.research.audit_records:labels",
    models=("db.models.research",),
    migrations=VERSIONS_DIR,  # branch "research": research_001
    permissions=(ResearchPermission,),
    grants=GRANTS,
    services={"research": "app.research.service:ResearchService"},
    ui="ui.research.feature",
    demo=DemoStep("research", "app.demo.research"),
    translations=("research",),
    workbench="app.research.workbench:items",
)
