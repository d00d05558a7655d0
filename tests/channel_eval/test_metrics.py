"""Channel figures against hand-computed values (DESIGN.md section 6)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from app.channel_eval.touches import MODELS
from app.errors import PermissionDenied, ValidationError
from tests.channel_eval.conftest import MARCH


def by_name(report):
    return {row.name: row.figures for row in report.rows}


def test_first_touch_figures_by_hand(services, actors, march):
    report = services.channel_eval.figures(actors["manager"], MARCH, "first")
    rows = by_name(report)
    douyin = rows["抖音"]
    # c1, c2 registered in March (c9 deleted); c1 attended a trial; c1 and c6 (a
    # February lead) enrolled first in March; ¥1,200 expense + ¥300 paid claim line.
    assert (douyin.leads, douyin.trials, douyin.conversions) == (2, 1, 2)
    assert (douyin.cost_fen, douyin.revenue_fen) == (1500_00, 9000_00)
    assert douyin.conversion_rate == 1
    assert douyin.cpl == douyin.cpa == 750_00
    assert douyin.roi == 5
    referral = rows["转介绍"]
    # c3 and c7 (23:30 on 31 March, local time); c8 registered in April is not counted.
    assert (referral.leads, referral.trials, referral.conversions) == (2, 1, 1)
    assert referral.revenue_fen == 5000_00  # the enrollment and the renewal in March
    assert referral.cost_fen == 0 and referral.cpl == 0 and referral.cpa == 0
    assert referral.roi is None  # no cost: not computable
    website = rows["官网"]
    assert (website.leads, website.conversions, website.cost_fen) == (1, 0, 0)
    assert website.conversion_rate == 0 and website.cpa is None and website.roi is None
    partner = rows["合作机构"]
    assert (partner.leads, partner.cost_fen) == (0, 500_00)
    assert partner.conversion_rate is None and partner.cpl is None and partner.cpa is None
    assert partner.roi == -1
    unknown = report.rows[-1]
    assert unknown.channel_id is None and unknown.figures.leads == 1
    assert report.total.leads == 6 and report.total.conversions == 3
    # + the campus talk's ¥400 line and the community day's ¥600 venue (no channel of
    # their own: their activity's channel)
    assert rows["校园推广"].cost_fen == 400_00 and rows["社区活动"].cost_fen == 600_00
    assert report.total.cost_fen == 3000_00 and report.total.revenue == 14000_00


@pytest.mark.parametrize("model", MODELS)
def test_every_model_gives_the_same_totals(services, actors, march, model):
    first = services.channel_eval.figures(actors["manager"], MARCH, "first").total
    other = services.channel_eval.figures(actors["manager"], MARCH, model).total
    assert (other.leads, other.trials, other.conversions, other.cost_fen, other.revenue) == (
        first.leads,
        first.trials,
        first.conversions,
        first.cost_fen,
        first.revenue,
    )
    assert isinstance(other.leads, Fraction)


def test_a_renamed_channel_keeps_its_figures(services, actors, march):
    douyin = march.channels["douyin"]
    before = services.channel_eval.figures(actors["manager"], MARCH).row(douyin)
    services.channels.save_channel(actors["admin"], douyin, "抖音短视频", online=True)
    after = services.channel_eval.figures(actors["manager"], MARCH).row(douyin)
    assert before is not None and after is not None
    assert after.name == "抖音短视频" and after.figures == before.figures


def test_json_shape(services, actors, march):
    data = services.channel_eval.figures(actors["manager"], MARCH, "first").as_json()
    assert (data["from"], data["to"], data["attribution"]) == ("2026-03-01", "2026-03-31", "first")
    douyin = next(c for c in data["channels"] if c["channel"] == "抖音")
    assert douyin == {
        "channel": "抖音",
        "leads": 2,
        "trials": 1,
        "conversions": 2,
        "cost_fen": 150000,
        "revenue_fen": 900000,
        "conversion_rate": 1.0,
        "cpl_fen": 75000.0,
        "cpa_fen": 75000.0,
        "roi": 5.0,
    }
    partner = next(c for c in data["channels"] if c["channel"] == "合作机构")
    assert partner["conversion_rate"] is None and partner["cpl_fen"] is None


def test_previous_period_and_year_on_year(services, actors, march):
    report = services.channel_eval.report(actors["manager"], MARCH, "first")
    douyin = march.channels["douyin"]
    assert report.previous_period.start.isoformat() == "2026-02-01"
    assert report.previous_period.end.isoformat() == "2026-02-28"
    assert report.previous[douyin].leads == 1  # c6
    assert report.previous[douyin].cost_fen == 800_00
    assert report.year_ago_period.start.isoformat() == "2025-03-01"
    assert douyin not in report.year_ago
    assert report.month_figures("2026-03", douyin).leads == 2
    assert report.month_figures("2026-03", douyin).cost_fen == 1500_00
    assert report.month_figures("2026-02", douyin).conversions == 0
    assert report.trend_months[-1] == "2026-03" and len(report.trend_months) == 12


def test_drill_down_lists_the_customers_and_costs(services, actors, march):
    manager = actors["manager"]
    douyin = march.channels["douyin"]
    leads = services.channel_eval.customers_behind(manager, MARCH, "first", douyin, "leads")
    assert sorted(c.name for c in leads) == ["客户c1", "客户c2"]
    conversions = services.channel_eval.customers_behind(
        manager, MARCH, "first", douyin, "conversions"
    )
    assert {c.name: c.revenue_fen for c in conversions} == {"客户c1": 6000_00, "客户c6": 3000_00}
    trials = services.channel_eval.customers_behind(manager, MARCH, "first", None, "trials")
    assert trials == []
    costs = services.channel_eval.costs_behind(manager, MARCH, douyin)
    assert sorted(c.amount_fen for c in costs) == [300_00, 1200_00]
    everything = services.channel_eval.costs_behind(manager, MARCH, None, any_channel=True)
    assert sum(c.amount_fen for c in everything) == 3000_00
    assert {c.amount_fen: c.activity for c in everything}[600_00] == "社区亲子活动"


def test_roles_and_bad_input(services, actors, march):
    with pytest.raises(PermissionDenied):
        services.channel_eval.figures(actors["staff"], MARCH)
    services.channel_eval.figures(actors["finance"], MARCH)
    with pytest.raises(ValidationError) as exc:
        services.channel_eval.figures(actors["manager"], MARCH, "middle")
    assert exc.value.field == "attribution"


def _figures(report, name):
    return next(r.figures for r in report.rows if r.name == name)


def test_last_touch_by_hand(services, actors, march):
    report = services.channel_eval.figures(actors["manager"], MARCH, "last")
    # c1's last touch before enrolling is the community day, c2's and c5's the campus
    # talk; c3 came to the community day after enrolling: still referral.
    expected = {
        # name: (leads, trials, conversions, revenue yuan)
        "抖音": (0, 0, 1, 3000),  # c6 (no activity)
        "社区活动": (1, 1, 1, 6000),
        "校园推广": (2, 0, 0, 0),
        "转介绍": (2, 1, 1, 5000),
        "官网": (1, 0, 0, 0),
    }
    for name, (leads, trials, conversions, revenue) in expected.items():
        f = _figures(report, name)
        assert (f.leads, f.trials, f.conversions, f.revenue) == (
            leads,
            trials,
            conversions,
            revenue * 100,
        ), name
    assert report.row(None) is None  # c5's unknown source is not her last touch
    assert _figures(report, "抖音").cpl is None  # no leads: CPL not computable
    assert _figures(report, "抖音").cpa == 1500_00


def test_linear_by_hand(services, actors, march):
    report = services.channel_eval.figures(actors["manager"], MARCH, "linear")
    half = Fraction(1, 2)
    douyin = _figures(report, "抖音")
    # c1 and c2 each half Douyin; conversions: half of c1, all of c6
    assert (douyin.leads, douyin.trials, douyin.conversions) == (1, half, Fraction(3, 2))
    assert douyin.revenue == 6000_00  # 6000 / 2 + 3000
    assert douyin.cpl == 1500_00 and douyin.cpa == 1000_00 and douyin.roi == 3
    community = _figures(report, "社区活动")
    assert (community.leads, community.conversions, community.revenue) == (half, half, 3000_00)
    campus = _figures(report, "校园推广")
    assert (campus.leads, campus.conversions) == (1, 0)  # halves of c2 and c5
    assert campus.cpl == 400_00 and campus.conversion_rate == 0 and campus.cpa is None
    assert report.row(None).figures.leads == half
    assert _figures(report, "转介绍").leads == 2
    data = report.as_json()
    entry = next(c for c in data["channels"] if c["channel"] == "抖音")
    assert (entry["leads"], entry["trials"], entry["conversions"]) == (1, 0.5, 1.5)


def test_per_activity_view(services, actors, march):
    report = services.channel_eval.report(actors["manager"], MARCH, "first")
    by_name = {a.name: a for a in report.activities}
    talk, day = by_name["校园宣讲会"], by_name["社区亲子活动"]
    assert (talk.channel_name, talk.figures.leads, talk.figures.conversions) == ("校园推广", 2, 0)
    assert talk.figures.cost_fen == 400_00 and talk.figures.cpl == 200_00
    assert talk.figures.roi == -1
    # the activity's own view counts what was spent on it, whatever the channel
    assert (day.figures.leads, day.figures.conversions) == (2, 2)
    assert day.figures.cost_fen == 900_00 and day.figures.revenue == 11000_00
