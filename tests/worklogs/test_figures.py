"""The figures filled in from the data, against the hand-computed month of
tests/worklogs/conftest.py (November 2026)."""

from __future__ import annotations

import datetime as dt

from app.worklogs.figures import Figures, day_figures, month_bounds, period_figures, report_figures
from app.worklogs.rows import LogInput, prefill

D = dt.date
NOV = (D(2026, 11, 1), D(2026, 11, 30))


def test_month_bounds():
    assert month_bounds(2026, 2) == (D(2026, 2, 1), D(2026, 2, 28))
    assert month_bounds(2026, 12) == (D(2026, 12, 1), D(2026, 12, 31))
    assert month_bounds(2026, 0) == (D(2026, 1, 1), D(2026, 12, 31))


def test_person_month(services, month_data):
    with services.db.session() as session:
        got = period_figures(session, *NOV, staff_id=month_data.staff)
    # leads: two created on 11-03 (10-31 is outside, the 11-10 one is deleted);
    # follow-ups: three done on 11-03, one on 11-04 (not the open one, not 12-01);
    # trials: one attended (no-show and December left out); enrollments: 11-03 and
    # 11-20; spend: the finance-approved claim's two lines (draft and October left out).
    assert got == Figures(
        new_leads=2,
        follow_ups=4,
        trials_attended=1,
        enrollments=2,
        enrollment_fen=450000,
        spend_fen=15000,
    )


def test_department_month(services, month_data):
    with services.db.session() as session:
        sales = period_figures(session, *NOV, department_id=month_data.sales)
        service = period_figures(session, *NOV, department_id=month_data.service)
    # sales = the staff member above + the colleague (1 lead, 1 follow-up, 1 trial,
    # 200000 enrolled, 4000 spent); the manager did nothing.
    assert sales == Figures(3, 5, 2, 3, 650000, 19000)
    assert service == Figures(new_leads=1)


def test_one_day_of_a_team(services, month_data):
    ids = [month_data.staff, month_data.colleague, month_data.manager]
    with services.db.session() as session:
        day = day_figures(session, ids, D(2026, 11, 3))
    mine = day[month_data.staff]
    assert mine.by_method == {"phone": 2, "wechat": 1}
    assert mine.follow_ups == 3
    assert (mine.trials_attended, mine.trials_no_show) == (1, 1)
    assert (mine.enrollments, mine.enrollment_fen) == (1, 300000)
    assert [c.method for c in mine.contacts] == ["phone", "phone", "wechat"]
    assert mine.contacts[0].content == "约了周六试听"
    assert day[month_data.colleague].by_method == {"phone": 1}
    assert day[month_data.manager].follow_ups == 0 and day[month_data.manager].contacts == ()
    filled = prefill(mine)
    assert (filled.calls, filled.wechats, filled.visits) == (2, 1, 0)
    assert filled.results.splitlines()[0].endswith("约了周六试听")


def test_month_rolls_up_the_daily_logs(services, actors, month_data):
    staff = actors["staff"]
    services.worklogs.save_log(staff, D(2026, 11, 3), LogInput(calls=5, wechats=2))
    services.worklogs.save_log(staff, D(2026, 11, 4), LogInput(calls=1, visits=1))
    services.worklogs.save_log(staff, D(2026, 12, 1), LogInput(calls=9))
    with services.db.session() as session:
        mine = report_figures(session, 2026, 11, staff_id=month_data.staff)
        sales = report_figures(session, 2026, 11, department_id=month_data.sales)
    assert (mine.logged_calls, mine.logged_wechats, mine.logged_visits, mine.logged_days) == (
        6,
        2,
        1,
        2,
    )
    assert mine.follow_ups == 4  # the data's figures come along
    assert sales.logged_calls == 6 and sales.enrollment_fen == 650000
    assert Figures.from_json(mine.as_json()) == mine
