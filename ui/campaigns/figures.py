"""How an activity's figures read: money, ratios ("—" for a zero denominator)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.campaigns.rows import ActivityFigures
from app.money import format_money

DASH = "—"


def money_or_dash(fen: int | None) -> str:
    return DASH if fen is None else format_money(fen)


def percent_or_dash(ratio: float | None) -> str:
    return DASH if ratio is None else f"{ratio * 100:.1f}%"


def figure_lines(f: ActivityFigures) -> list[tuple[str, str]]:
    """(label, value) pairs shown on the activity (DESIGN.md section 6)."""
    return [
        (QCoreApplication.translate("ActivityFigures", "Leads"), str(f.leads)),
        (QCoreApplication.translate("ActivityFigures", "Cost"), format_money(f.cost_fen)),
        (
            QCoreApplication.translate("ActivityFigures", "Cost per lead"),
            money_or_dash(f.cost_per_lead_fen),
        ),
        (QCoreApplication.translate("ActivityFigures", "Enrolled"), str(f.enrollments)),
        (QCoreApplication.translate("ActivityFigures", "Revenue"), format_money(f.revenue_fen)),
        (QCoreApplication.translate("ActivityFigures", "ROI"), percent_or_dash(f.roi)),
        (
            QCoreApplication.translate("ActivityFigures", "Budget reserved"),
            format_money(f.reserved_fen),
        ),
    ]
