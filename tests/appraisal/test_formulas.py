"""Hand-computed scenarios for every appraisal formula (DESIGN.md section 6)."""

from __future__ import annotations

import pytest

from app.appraisal.formulas import (
    Grade,
    GradeRules,
    annual_total,
    grade,
    kpi_score,
    months_included,
    total_score,
)


@pytest.mark.parametrize(
    ("actual", "target", "expected"),
    [
        (80, 100, 80.0),  # 80 / 100 = 0.8
        (100, 100, 100.0),
        (110, 100, 110.0),
        (150, 100, 120.0),  # capped at 1.2
        (0, 100, 0.0),  # zero actual scores 0
        (1, 3, 33.33),  # 33.333... rounded
        (-5, 100, 0.0),  # a negative actual (refunds) counts as 0
    ],
)
def test_higher_is_better(actual, target, expected):
    assert kpi_score("higher", actual, target) == expected


@pytest.mark.parametrize(
    ("actual", "target", "expected"),
    [
        (0.05, 0.04, 80.0),  # expense rate 5% against 4%: 0.04 / 0.05
        (0.04, 0.04, 100.0),
        (0.02, 0.04, 120.0),  # 2.0 capped at 1.2
        (0, 0.04, 120.0),  # zero actual: the cap
        (0.08, 0.04, 50.0),
    ],
)
def test_lower_is_better(actual, target, expected):
    assert kpi_score("lower", actual, target) == expected


def test_cap_is_a_parameter():
    assert kpi_score("higher", 300, 100, cap=1.5) == 150.0
    assert kpi_score("lower", 0, 10, cap=1.5) == 150.0
    assert kpi_score("higher", 300, 100, cap=1.0) == 100.0


def test_undefined_scores():
    assert kpi_score("higher", 10, None) is None  # no target
    assert kpi_score("higher", 10, 0) is None  # a zero target cannot be divided by
    assert kpi_score("lower", 10, None) is None
    assert kpi_score("higher", None, 100) is None


def test_manual_scores_are_the_entered_value_clamped():
    assert kpi_score("manual", 85, None) == 85.0
    assert kpi_score("manual", 85, 100) == 85.0  # a target does not matter
    assert kpi_score("manual", 130, None) == 100.0
    assert kpi_score("manual", -3, None) == 0.0
    assert kpi_score("manual", None, None) is None


def test_unknown_direction_is_refused():
    with pytest.raises(ValueError):
        kpi_score("sideways", 1, 1)


def test_total_weighted_mean():
    # (40 × 100 + 30 × 80 + 30 × 90) / 100 = (4000 + 2400 + 2700) / 100 = 91
    assert total_score([(40, 100), (30, 80), (30, 90)], 0) == 91.0


def test_total_leaves_out_undefined_scores_from_both_sums():
    # (40 × 100 + 30 × 80) / 70 = 6400 / 70 = 91.428...
    assert total_score([(40, 100), (30, 80), (30, None)], 0) == 91.43


def test_total_with_conduct_adjustments():
    assert total_score([(50, 80), (50, 70)], -3) == 72.0  # 75 - 3 (a late, an absence)
    assert total_score([(50, 80), (50, 70)], 2) == 77.0  # a commendation
    assert total_score([(100, 61.5)], -1.5) == 60.0


def test_total_clamps():
    assert total_score([(100, 120)], 5) == 120.0  # 125 clamped
    assert total_score([(100, 10)], -25) == 0.0  # -15 clamped
    assert total_score([], 0) == 0.0  # nothing scored
    assert total_score([(0, 90)], 4) == 4.0  # a zero weight counts for nothing


@pytest.mark.parametrize(
    ("total", "letter", "coefficient", "warning"),
    [
        (120, "A", 1.2, False),
        (90, "A", 1.2, False),
        (89.99, "B", 1.0, False),
        (80, "B", 1.0, False),
        (79.99, "C", 0.8, False),
        (70, "C", 0.8, False),
        (60, "D", 0.5, False),
        (59.99, "E", 0.0, True),
        (0, "E", 0.0, True),
    ],
)
def test_grade_edges(total, letter, coefficient, warning):
    assert grade(total) == Grade(letter, coefficient, warning)


def test_grade_from_office_settings():
    rules = GradeRules(
        bands={"A": 95, "B": 85, "C": 75, "D": 65},
        coefficients={"A": 2.0, "B": 1.5, "C": 1.0, "D": 0.5, "E": 0.0},
        warning_line=65,
    )
    assert grade(94.99, rules) == Grade("B", 1.5, False)
    assert grade(64.99, rules) == Grade("E", 0.0, True)
    assert grade(65, rules) == Grade("D", 0.5, False)


def test_grade_rules_from_the_office_settings_object():
    from app.office.values import OfficeSettings

    rules = GradeRules.from_settings(OfficeSettings.defaults())
    assert rules == GradeRules()


def test_annual_mean_with_missing_months():
    months = [80, None, 90, None, None, 70, None, None, None, None, None, 100]
    # (80 + 90 + 70 + 100) / 4 = 85
    assert annual_total(months) == 85.0
    assert months_included(months) == [1, 3, 6, 12]
    assert annual_total([None] * 12) is None
    assert annual_total([]) is None
    assert annual_total([70, 75, 81]) == 75.33  # 226 / 3
