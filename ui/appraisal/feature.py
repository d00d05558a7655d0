"""The appraisal tab (绩效考核) and its tour dialogs (app/appraisal/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.appraisal.kinds import KINDS
from app.appraisal.permissions import AppraisalPermission
from ui.features import UiFeature
from ui.tabs import TabSpec


def _appraisal_tab(ctx):
    from ui.appraisal.appraisal_tab import AppraisalTab  # imported when first shown

    return AppraisalTab(ctx)


UI_FEATURE = UiFeature(
    tabs=(
        TabSpec(
            "appraisal",
            lambda: QCoreApplication.translate("AppraisalFeature", "Appraisal"),
            _appraisal_tab,
            lambda ctx: ctx.actor.can(AppraisalPermission.VIEW_OWN),
            KINDS,
            order=60,
        ),
    ),
    tour=("ui.appraisal.tour",),
)
