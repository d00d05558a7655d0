"""The risk warnings tab (风险预警), its record openers and tour page
(app/risks/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.risks import kinds as risk_kinds
from app.risks.permissions import RiskPermission
from ui.features import UiFeature
from ui.risks import openers
from ui.tabs import TabSpec


def _risks_tab(ctx):
    from ui.risks.tab import RisksTab  # imported when the tab is first shown

    return RisksTab(ctx)


UI_FEATURE = UiFeature(
    tabs=(
        TabSpec(
            "risks",
            lambda: QCoreApplication.translate("RisksFeature", "Risk warnings"),
            _risks_tab,
            lambda ctx: ctx.actor.can(RiskPermission.VIEW),
            # Its own acknowledgements and the thresholds; the figures themselves are
            # recomputed whenever the tab is shown (refresh_if_stale).
            risk_kinds.KINDS | {"office_settings"},
            order=85,
        ),
    ),
    tour=("ui.risks.tour",),
    openers={
        "channels": openers.open_channel,
        "expense_categories": openers.open_expense_category,
        "appraisal_kpis": openers.open_appraisal,
        "appraisal_runs": openers.open_appraisal,
        "risk": openers.open_risk,  # app/risks/workbench.py RISK_KIND
    },
)
