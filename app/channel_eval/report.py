"""The channel report: one row per channel with the figures of the period, the previous
period and the same period a year earlier, and the monthly trend."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.channel_eval.activities import ActivityFigures
from app.channel_eval.figures import ChannelFigures, Figures, as_decimal, count_number
from app.channel_eval.periods import Period
from app.channel_eval.translation import tr


def unknown_channel_name() -> str:
    return tr("(no source channel)")


@dataclass
class ChannelReport:
    period: Period
    model: str
    rows: list[ChannelFigures]  # catalogue order; the unknown source last if it has figures
    total: Figures
    previous: dict[int | None, Figures] = field(default_factory=dict)
    year_ago: dict[int | None, Figures] = field(default_factory=dict)
    previous_period: Period | None = None
    year_ago_period: Period | None = None
    trend_months: list[str] = field(default_factory=list)
    monthly: dict[tuple[str, int | None], Figures] = field(default_factory=dict)
    activities: list[ActivityFigures] = field(default_factory=list)

    def row(self, channel_id: int | None) -> ChannelFigures | None:
        return next((r for r in self.rows if r.channel_id == channel_id), None)

    def month_figures(self, month: str, channel_id: int | None) -> Figures:
        return self.monthly.get((month, channel_id), Figures())

    def as_json(self) -> dict[str, Any]:
        """The shape `channel-report --json` prints (issue 18)."""
        return {
            "from": self.period.start.isoformat(),
            "to": self.period.end.isoformat(),
            "attribution": self.model,
            "channels": [figures_json(r.name, r.figures) for r in self.rows],
        }


def _ratio(value: Any, places: int) -> float | None:
    decimal = as_decimal(value, places)
    return None if decimal is None else float(decimal)


def figures_json(name: str, f: Figures) -> dict[str, Any]:
    return {
        "channel": name,
        "leads": count_number(f.leads),
        "trials": count_number(f.trials),
        "conversions": count_number(f.conversions),
        "cost_fen": f.cost_fen,
        "revenue_fen": f.revenue_fen,
        "conversion_rate": _ratio(f.conversion_rate, 4),
        "cpl_fen": _ratio(f.cpl, 0),
        "cpa_fen": _ratio(f.cpa, 0),
        "roi": _ratio(f.roi, 4),
    }
