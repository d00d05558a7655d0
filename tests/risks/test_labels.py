"""The figure against its threshold reads in one unit."""

from __future__ import annotations

from decimal import Decimal

from app.risk_kit import Unit
from app.risks.labels import comparison_text, figure_text


def test_hours_late_past_a_whole_day_threshold_read_in_days():
    # 14439 hours past a response deadline of 0 hours: not "601 days > 0 hours"
    assert comparison_text(Decimal(14439), Decimal(0), Unit.HOURS, True) == "601 days > 0 days"
    assert comparison_text(Decimal(50), Decimal(24), Unit.HOURS, True) == "2 days > 1 day"


def test_a_threshold_of_part_of_a_day_keeps_hours_on_both_sides():
    assert comparison_text(Decimal(50), Decimal(36), Unit.HOURS, True) == "50 hours > 36 hours"
    assert comparison_text(Decimal(5), Decimal(0), Unit.HOURS, True) == "5 hours > 0 hours"


def test_other_units_and_the_figure_alone():
    assert comparison_text(Decimal("15.2"), Decimal(10), Unit.POINTS, True) == (
        "15.2 points > 10 points"
    )
    assert comparison_text(Decimal(55), Decimal(60), Unit.SCORE, False) == "score 55 < score 60"
    assert figure_text(Decimal(14439), Unit.HOURS) == "601 days"
    assert figure_text(Decimal(47), Unit.HOURS) == "47 hours"


def test_one_day_and_one_hour_are_singular():
    assert figure_text(Decimal(1), Unit.DAYS) == "1 day"
    assert figure_text(Decimal(1), Unit.HOURS) == "1 hour"
    assert figure_text(Decimal(2), Unit.DAYS) == "2 days"
