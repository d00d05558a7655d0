"""The channel evaluation tab (app/channel_eval/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.budget import kinds as budget_kinds
from app.channel_eval.permissions import ChannelEvalPermission
from app.claims import kinds as claims_kinds
from app.customers import kinds as customer_kinds
from ui.features import UiFeature
from ui.tabs import TabSpec


def _channel_tab(ctx):
    from ui.channel_eval.tab import ChannelEvalTab

    return ChannelEvalTab(ctx)


UI_FEATURE = UiFeature(
    tabs=(
        TabSpec(
            "channel_eval",
            lambda: QCoreApplication.translate("ChannelEvalFeature", "Channel evaluation"),
            _channel_tab,
            lambda ctx: ctx.actor.can(ChannelEvalPermission.VIEW_CHANNEL_REPORT),
            # leads and enrollments, and the spend: claims and direct expenses
            customer_kinds.KINDS | budget_kinds.KINDS | claims_kinds.KINDS,
            order=25,
        ),
    ),
    tour=("ui.channel_eval.tour",),
)
