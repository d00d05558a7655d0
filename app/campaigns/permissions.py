"""What the campaigns feature lets a role do (DESIGN.md section 3)."""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class CampaignPermission(StrEnum):
    VIEW_ACTIVITIES = "campaigns.view"  # activities, plans, their figures
    EDIT_ACTIVITIES = "campaigns.edit"  # create; edit, submit, run the ones one owns
    EDIT_ALL_ACTIVITIES = "campaigns.edit_all"  # edit any activity, not only one's own
    APPROVE_ACTIVITIES = "campaigns.approve"  # approve / reject submitted activities
    OVERRIDE_AD_COPY = "campaigns.adcopy_override"  # submit copy with ad-law findings
    EDIT_PLANS = "campaigns.plan.edit"  # draft and submit marketing plans
    APPROVE_PLANS = "campaigns.plan.approve"  # approve / return submitted plans


GRANTS: Grants = {
    # Managers approve plans and activities (DESIGN.md section 3); marketing staff
    # plan and run their own activities; finance and service follow along.
    Role.MANAGER: set(CampaignPermission),
    Role.STAFF: {
        CampaignPermission.VIEW_ACTIVITIES,
        CampaignPermission.EDIT_ACTIVITIES,
        CampaignPermission.EDIT_PLANS,
    },
    Role.SERVICE: {CampaignPermission.VIEW_ACTIVITIES},
    Role.FINANCE: {CampaignPermission.VIEW_ACTIVITIES},
}
