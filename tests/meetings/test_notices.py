"""Meeting notices: who may call one, and confidential meetings that only their
invitees, host and recorder (and the administrator) see, in lists, search, export."""

from __future__ import annotations

import pytest

from app.errors import NotFound, PermissionDenied, ValidationError
from app.meetings.service import MeetingFilter
from tests.meetings.conftest import counts, notice

ALL = MeetingFilter()


def test_manager_calls_a_meeting_and_everyone_sees_it(services, actors, people):
    row = services.meetings.create_notice(actors["manager"], notice(people))
    assert row.host_name and row.recorder_staff_id == people.staff
    assert {i.staff_id for i in row.invitees} == {
        people.manager, people.staff, people.colleague, people.service
    }  # fmt: skip
    for role in ("staff", "service", "finance", "admin"):
        assert [m.id for m in services.meetings.list_meetings(actors[role], ALL)] == [row.id]
    assert services.meetings.series_names(actors["finance"]) == ["周销售例会"]


@pytest.mark.parametrize("role", ["staff", "service", "finance"])
def test_others_may_not_call_a_meeting(services, actors, people, role):
    before = counts(services)
    with pytest.raises(PermissionDenied):
        services.meetings.create_notice(actors[role], notice(people))
    assert counts(services) == before


def test_bad_notice_is_refused_naming_the_field(services, actors, people):
    before = counts(services)
    with pytest.raises(ValidationError) as err:
        services.meetings.create_notice(actors["manager"], notice(people, title=" "))
    assert err.value.field == "title"
    with pytest.raises(ValidationError) as err:
        services.meetings.create_notice(actors["manager"], notice(people, invitee_ids=()))
    assert err.value.field == "invitees"
    assert counts(services) == before


def test_update_keeps_attendance_and_refuses_a_stale_version(services, actors, people):
    from app.errors import ConflictError

    row = services.meetings.create_notice(actors["manager"], notice(people))
    changed = services.meetings.update_notice(
        actors["manager"],
        row.id,
        row.version,
        notice(people, place="线上", invitee_ids=(people.staff,)),
    )
    assert changed.place == "线上" and [i.staff_id for i in changed.invitees] == [people.staff]
    before = counts(services)
    with pytest.raises(ConflictError):
        services.meetings.update_notice(actors["manager"], row.id, row.version, notice(people))
    assert counts(services) == before


def test_confidential_meeting_only_for_those_invited(services, actors, people, tmp_path):
    secret = services.meetings.create_notice(
        actors["manager"],
        notice(people, title="价格调整保密会", confidential=True, invitee_ids=(people.staff,)),
    )
    open_one = services.meetings.create_notice(actors["manager"], notice(people))
    search = MeetingFilter(text="价格")
    # The host, the invitee (also recorder) and the administrator see it ...
    for role in ("manager", "staff", "admin"):
        ids = [m.id for m in services.meetings.list_meetings(actors[role], ALL)]
        assert secret.id in ids
        assert [m.id for m in services.meetings.list_meetings(actors[role], search)] == [secret.id]
        assert services.meetings.get_meeting(actors[role], secret.id).title == "价格调整保密会"
    # ... nobody else, in the list, the search, a direct open, or the export.
    for role in ("service", "finance"):
        ids = [m.id for m in services.meetings.list_meetings(actors[role], ALL)]
        assert ids == [open_one.id]
        assert services.meetings.list_meetings(actors[role], search) == []
        with pytest.raises(NotFound) as err:
            services.meetings.get_meeting(actors[role], secret.id)
        assert "价格" not in str(err.value)
        path = tmp_path / f"{role}.csv"
        assert services.meetings.export_csv(actors[role], ALL, path).result == 1
        assert "价格调整保密会" not in path.read_text(encoding="utf-8-sig")
    admin_csv = tmp_path / "admin.csv"
    services.meetings.export_csv(actors["admin"], ALL, admin_csv)
    assert "价格调整保密会" in admin_csv.read_text(encoding="utf-8-sig")
    # Invited by the notice's change: service now sees it.
    services.meetings.update_notice(
        actors["manager"],
        secret.id,
        secret.version,
        notice(people, title="价格调整保密会", confidential=True,
               invitee_ids=(people.staff, people.service)),
    )  # fmt: skip
    assert services.meetings.get_meeting(actors["service"], secret.id).confidential


def test_others_cannot_change_a_confidential_meeting_they_cannot_see(services, actors, people):
    secret = services.meetings.create_notice(
        actors["manager"], notice(people, confidential=True, invitee_ids=(people.staff,))
    )
    before = counts(services)
    # Even the organiser role: another manager not invited gets "no such meeting".
    from app.meetings.service import Mark

    with pytest.raises(NotFound):
        services.meetings.record_attendance(
            actors["finance"], secret.id, secret.version, {people.staff: Mark("on_time")}
        )
    assert counts(services) == before
