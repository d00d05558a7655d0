"""Marketing plans and activities (issue 17); the calendar tab is the calendar
feature's, this one contributes the activity editor and the plans dialog."""

from __future__ import annotations

from app.campaigns.permissions import GRANTS, CampaignPermission
from app.features import DemoStep, Feature
from db.migrate import VERSIONS_DIR

FEATURE = Feature(
    name="campaigns",
    audit_records="app.campaigns.audit_records:labels",
    models=("db.models.campaigns",),
    migrations=VERSIONS_DIR,  # branch "campaigns": campaigns_0001
    permissions=(CampaignPermission,),
    grants=GRANTS,
    services={
        "campaigns": "app.campaigns.service:CampaignService",
        "marketing_plans": "app.campaigns.plans:MarketingPlanService",
    },
    ui="ui.campaigns.feature",
    demo=DemoStep("campaigns", "app.demo.campaigns"),
    translations=("campaigns",),
    workbench="app.campaigns.workbench:items",
    risks="app.campaigns.risks:RULES",  # risk warnings (app/risk_kit.py)
)
