"""Action items tracked until done (what the workbench reads) and the satisfaction
survey per meeting and per series, for the meetings one may see."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ConflictError, PermissionDenied, ValidationError
from app.meetings.minutes import ItemInput
from app.meetings.service import Mark
from tests.meetings.conftest import PAST, counts, notice


def _signed(services, actors, people, **changes):
    m = services.meetings.create_notice(actors["manager"], notice(people, **changes))
    minutes = services.meeting_minutes
    m = minutes.save_minutes(
        actors["staff"],
        m.id,
        m.version,
        "决议",
        [
            ItemInput("整理续费名单", people.colleague, dt.date(2026, 11, 25)),
            ItemInput("准备地推物料", people.staff, dt.date(2026, 11, 21)),
            ItemInput("联系合作学校", people.staff, None),
        ],
    )
    m = minutes.submit(actors["staff"], m.id, m.version)
    return minutes.sign(actors["manager"], m.id, m.version)


def test_open_action_items_only_once_signed_and_until_done(services, actors, people):
    m = services.meetings.create_notice(actors["manager"], notice(people))
    services.meeting_minutes.save_minutes(
        actors["staff"], m.id, m.version, "", [ItemInput("草稿中的事项", people.staff)]
    )
    follow = services.meeting_followup
    assert follow.open_action_items(actors["staff"]) == []  # a draft decides nothing
    signed = _signed(services, actors, people)
    mine = follow.open_action_items(actors["staff"])
    assert [r.text for r in mine] == ["准备地推物料", "联系合作学校"]  # due first, undated last
    assert mine[0].meeting_title == "周销售例会"
    done = follow.set_done(actors["staff"], mine[0].id, mine[0].version)
    assert done.done
    assert [r.text for r in follow.open_action_items(actors["staff"])] == ["联系合作学校"]
    # The manager (host, organiser) reads the colleague's list; staff may not.
    assert [r.text for r in follow.open_action_items(actors["manager"], people.colleague)] == [
        "整理续费名单"
    ]
    before = counts(services)
    with pytest.raises(PermissionDenied):
        follow.open_action_items(actors["staff"], people.colleague)
    # Someone else's item: neither the service person nor finance may close it.
    item = next(a for a in signed.action_items if a.owner_staff_id == people.colleague)
    for role in ("service", "finance"):
        with pytest.raises(PermissionDenied):
            follow.set_done(actors[role], item.id, item.version)
    with pytest.raises(ConflictError):
        follow.set_done(actors["staff"], done.id, done.version)  # done already
    assert counts(services) == before
    # The host closes it for the colleague who has no account.
    follow.set_done(actors["manager"], item.id, item.version)
    assert follow.open_action_items(actors["manager"], people.colleague) == []


def test_confidential_items_stay_hidden_from_an_organiser_not_invited(services, actors, people):
    """The manager calls a confidential meeting the staff member hosts and records,
    without inviting themselves: its items are not in the manager's view of the
    colleague's list, but are in the admin's."""
    m = services.meetings.create_notice(
        actors["manager"],
        notice(
            people,
            confidential=True,
            host_staff_id=people.staff,
            invitee_ids=(people.staff, people.colleague),
        ),
    )
    minutes = services.meeting_minutes
    m = minutes.save_minutes(
        actors["staff"], m.id, m.version, "", [ItemInput("保密事项", people.colleague)]
    )
    m = minutes.submit(actors["staff"], m.id, m.version)
    minutes.sign(actors["staff"], m.id, m.version)
    follow = services.meeting_followup
    assert follow.open_action_items(actors["manager"], people.colleague) == []
    assert [r.text for r in follow.open_action_items(actors["admin"], people.colleague)] == [
        "保密事项"
    ]


def test_survey_per_meeting_and_series(services, actors, people):
    follow = services.meeting_followup
    a = services.meetings.create_notice(actors["manager"], notice(people))
    b = services.meetings.create_notice(
        actors["manager"], notice(people, starts_at=PAST + dt.timedelta(days=7))
    )
    other = services.meetings.create_notice(
        actors["manager"], notice(people, series="月度总结会", title="十一月总结会")
    )
    b = services.meetings.record_attendance(
        actors["manager"], b.id, b.version, {people.service: Mark("absent")}
    )
    follow.answer_survey(actors["staff"], a.id, 4, "议程清楚")
    follow.answer_survey(actors["service"], a.id, 2, "时间太长")
    follow.answer_survey(actors["staff"], b.id, 5)
    follow.answer_survey(actors["staff"], b.id, 3, "改一下")  # replaces the 5
    follow.answer_survey(actors["manager"], other.id, 5)
    result = follow.meeting_survey(actors["finance"], a.id)
    assert (result.answers, result.average, result.counts) == (2, 3.0, (0, 1, 0, 1, 0))
    assert set(result.comments) == {"议程清楚", "时间太长"}
    by_series = {r.key: r for r in follow.survey_by_series(actors["finance"])}
    assert by_series["周销售例会"].meetings == 2
    assert by_series["周销售例会"].answers == 3
    assert by_series["周销售例会"].average == pytest.approx(3.0)
    assert by_series["月度总结会"].average == 5.0
    assert follow.my_answer(actors["staff"], b.id).score == 3
    before = counts(services)
    for error, call in [
        (ValidationError, lambda: follow.answer_survey(actors["staff"], a.id, 6)),
        (PermissionDenied, lambda: follow.answer_survey(actors["finance"], a.id, 4)),  # not invited
        (PermissionDenied, lambda: follow.answer_survey(actors["service"], b.id, 4)),  # absent
    ]:
        with pytest.raises(error):
            call()
        assert counts(services) == before


def test_confidential_meetings_leave_the_series_results_of_others(services, actors, people):
    follow = services.meeting_followup
    secret = services.meetings.create_notice(
        actors["manager"],
        notice(people, confidential=True, series="保密专题会", invitee_ids=(people.staff,)),
    )
    follow.answer_survey(actors["staff"], secret.id, 1, "保密内容")
    assert "保密专题会" in {r.key for r in follow.survey_by_series(actors["staff"])}
    assert "保密专题会" not in {r.key for r in follow.survey_by_series(actors["finance"])}
