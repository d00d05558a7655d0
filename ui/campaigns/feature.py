"""The campaigns feature's UI half: no tab of its own (the calendar feature shows
activities); it brings the activity editor, the plans dialog and their menu entries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.campaigns.permissions import CampaignPermission
from ui.features import UiFeature
from ui.menus import MenuEntry


def _new_activity(ctx, window) -> None:
    from ui.campaigns.activity_dialog import ActivityDialog

    ActivityDialog(ctx, None, window).exec()


def _plans(ctx, window) -> None:
    from ui.campaigns.plans_dialog import PlansDialog

    PlansDialog(ctx, window).exec()


def _open_activity(ctx, parent, record_id: int) -> None:
    from ui.campaigns.activity_dialog import ActivityDialog

    ActivityDialog(ctx, record_id, parent).exec()


def _open_plan(ctx, parent, record_id: int) -> None:
    from ui.campaigns.plans_dialog import PlansDialog

    dialog = PlansDialog(ctx, parent)
    dialog._refresh(select_id=record_id)
    dialog.exec()


UI_FEATURE = UiFeature(
    menus=(
        MenuEntry(
            "file",
            "new_activity",
            lambda: QCoreApplication.translate("CampaignsFeature", "New &activity..."),
            _new_activity,
            "",
            lambda ctx: ctx.actor.can(CampaignPermission.EDIT_ACTIVITIES),
            "actionNewActivity",
        ),
        MenuEntry(
            "tools",
            "marketing_plans",
            lambda: QCoreApplication.translate("CampaignsFeature", "Marketing &plans..."),
            _plans,
            "",
            lambda ctx: ctx.actor.can(CampaignPermission.VIEW_ACTIVITIES),
            "actionMarketingPlans",
        ),
    ),
    tour=("ui.campaigns.tour",),
    openers={"activities": _open_activity, "marketing_plans": _open_plan},
)
