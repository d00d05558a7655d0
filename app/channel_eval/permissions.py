"""What the channel evaluation lets a role do (DESIGN.md section 3)."""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class ChannelEvalPermission(StrEnum):
    # The figures over every customer and every cost record: managers steer the channels,
    # finance answers for the spend. Staff and service see their own customers only.
    VIEW_CHANNEL_REPORT = "channel_eval.view"
    EXPORT_CHANNEL_REPORT = "channel_eval.export"  # PDF and .xlsx (audited)


GRANTS: Grants = {
    Role.MANAGER: {
        ChannelEvalPermission.VIEW_CHANNEL_REPORT,
        ChannelEvalPermission.EXPORT_CHANNEL_REPORT,
    },
    Role.FINANCE: {
        ChannelEvalPermission.VIEW_CHANNEL_REPORT,
        ChannelEvalPermission.EXPORT_CHANNEL_REPORT,
    },
}
