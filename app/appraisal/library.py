"""The seeded KPI library and templates (DESIGN.md section 6; the handbook's
per-position KPIs, §1.2-1.3; the department rules §五).

KPI names are office data in Chinese, as the rules write them; the administrator
may rename them. An auto KPI names the metric (app/appraisal/metrics.py) that
computes it; a KPI whose records MarketDesk does not hold (payments received,
research plans) is manual, scored 0-100 by the manager.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.appraisal.units import COUNT, FEN, PERCENT, POINTS, RATING

AUTO = "auto"
MANUAL = "manual"


@dataclass(frozen=True)
class KpiSeed:
    code: str
    name: str
    kind: str
    direction: str
    metric: str = ""
    unit: str = POINTS  # a manual KPI is a manager's 0-100 points
    default_target: float | None = None


KPI_SEEDS = [
    # market department (市场部)
    KpiSeed("market_development", "市场开发计划完成率", AUTO, "higher", "office_leads", COUNT),
    KpiSeed("research_plan", "市场调研计划完成率", MANUAL, "manual"),
    KpiSeed("ad_plan", "广告宣传计划完成率", MANUAL, "manual"),
    KpiSeed("budget_control", "费用控制率", AUTO, "lower", "budget_control", PERCENT, 100),
    # sales (销售)
    KpiSeed("sales_completion", "销售计划完成率", AUTO, "higher", "enrollment_count", COUNT),
    KpiSeed("sales_amount", "销售额", AUTO, "higher", "sales_amount", FEN),
    KpiSeed("expense_rate", "销售费用率", AUTO, "lower", "expense_rate", PERCENT, 5),
    KpiSeed("collection_rate", "销售回款率", MANUAL, "manual"),
    KpiSeed("new_customers", "新客户数", AUTO, "higher", "new_customers", COUNT),
    KpiSeed("trials_attended", "试听到课数", AUTO, "higher", "trials_attended", COUNT),
    # customer service (客服)
    KpiSeed(
        "complaint_timeliness",
        "投诉受理及时率",
        AUTO,
        "higher",
        "complaint_timeliness",
        PERCENT,
        95,
    ),
    KpiSeed(
        "complaint_resolution", "投诉解决率", AUTO, "higher", "complaint_resolution", PERCENT, 90
    ),
    KpiSeed(
        "followup_satisfaction",
        "回访满意度",
        AUTO,
        "higher",
        "followup_satisfaction",
        RATING,
        4.5,
    ),
    KpiSeed(
        "profile_completeness",
        "客户档案完整率",
        AUTO,
        "higher",
        "profile_completeness",
        PERCENT,
        95,
    ),
    KpiSeed(
        "followup_completion", "回访完成率", AUTO, "higher", "followup_completion", PERCENT, 90
    ),
    # everyone (全员)
    KpiSeed("attitude", "工作态度", MANUAL, "manual"),
    KpiSeed("teamwork", "团队协作", MANUAL, "manual"),
]

# (department code, position or "" for the department's other positions) -> weights.
TEMPLATE_SEEDS: dict[tuple[str, str], dict[str, int]] = {
    ("market", "市场经理"): {
        "market_development": 30,
        "research_plan": 20,
        "ad_plan": 15,
        "budget_control": 15,
        "attitude": 10,
        "teamwork": 10,
    },
    ("market", ""): {
        "market_development": 30,
        "ad_plan": 25,
        "research_plan": 15,
        "attitude": 15,
        "teamwork": 15,
    },
    ("sales", ""): {
        "sales_completion": 20,
        "sales_amount": 25,
        "expense_rate": 10,
        "collection_rate": 10,
        "new_customers": 15,
        "trials_attended": 5,
        "attitude": 10,
        "teamwork": 5,
    },
    ("service", ""): {
        "complaint_timeliness": 25,
        "complaint_resolution": 25,
        "followup_satisfaction": 20,
        "profile_completeness": 10,
        "followup_completion": 10,
        "attitude": 5,
        "teamwork": 5,
    },
    ("events", ""): {
        "market_development": 40,
        "budget_control": 20,
        "attitude": 20,
        "teamwork": 20,
    },
}

# Positions appraised in the quarterly runs (the handbook's 季度考核 for managers).
MANAGER_MARKERS = ("经理", "主管", "manager", "Manager")


def is_manager_position(position: str) -> bool:
    return any(marker in position for marker in MANAGER_MARKERS)
