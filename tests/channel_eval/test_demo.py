"""The demo step: two years of channel spend, Douyin getting worse (on top of the
campaigns demo's activities and their costs)."""

from __future__ import annotations

import datetime as dt

from app.channel_eval.findings import findings
from app.channel_eval.periods import Period
from app.context import Actor
from app.demo import build_demo
from app.services import Services


def test_demo_spend_over_two_years_and_a_worsening_channel(sqlite_db):
    build_demo(sqlite_db, scale=600, today=dt.date(2026, 11, 25))
    services, actor = Services(sqlite_db), Actor.command_line()
    report = services.channel_eval.report(
        actor, Period(dt.date(2025, 11, 1), dt.date(2026, 10, 31)), "first"
    )
    costs = {r.name: r.figures.cost_fen for r in report.rows}
    assert costs["搜索引擎优化"] == 0  # no spend on SEO (the website has lectures' costs)
    assert all(costs[name] > 0 for name in ("抖音", "合作机构", "转介绍", "腾讯广告", "校园推广"))
    assert any(f.cost_fen for f in report.year_ago.values())  # the year before has spend too
    texts = [f.text for f in findings(report)]
    assert any(t.startswith("抖音: cost per lead up") for t in texts), texts
    assert "搜索引擎优化: no cost recorded; ROI not computable" in texts
    assert report.activities  # the campaigns demo's activities of the year
    douyin = next(r.channel_id for r in report.rows if r.name == "抖音")
    cpl = [report.month_figures(m, douyin).cpl for m in report.trend_months[-5:]]
    assert all(
        a is not None and b is not None and b > a for a, b in zip(cpl, cpl[1:], strict=False)
    )
