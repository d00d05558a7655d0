"""Risk warnings (风险预警): every feature's risk rules evaluated with the office's
thresholds, listed with the records behind them, acknowledged with a note."""

from __future__ import annotations

from app.features import Feature
from app.risks.permissions import GRANTS, RiskPermission
from db.migrate import VERSIONS_DIR

FEATURE = Feature(
    name="risks",
    audit_records="app.risks.audit_records:labels",
    models=("db.models.risks",),
    migrations=VERSIONS_DIR,  # branch "risks": risks_0001
    permissions=(RiskPermission,),
    grants=GRANTS,
    services={"risks": "app.risks.service:RiskService"},
    ui="ui.risks.feature",
    translations=("risks",),
    workbench="app.risks.workbench:items",
)
