"""Activities as calendar items, the .ics export through the service and
`python main.py export-calendar FROM TO OUT.ics`, parsed back with icalendar."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
from sqlalchemy import select

from app.campaigns.rows import ActivityInput
from app.context import Actor
from app.database import prepare_database
from app.services import Services
from db.engine import sqlite_url
from db.models.audit import AuditEntry
from main import main
from tests.conftest import make_actors


def add(services, actor, name, start, end, **kwargs):
    return services.campaigns.create_activity(
        actor,
        ActivityInput(
            name=name, kind=kwargs.pop("kind", "lecture"), starts_at=start, ends_at=end, **kwargs
        ),
    )


def test_items_and_export_keep_uids_across_exports(services, actors, tmp_path):
    staff = actors["staff"]
    a = add(
        services,
        staff,
        "家长讲座：中考规划",
        dt.datetime(2026, 3, 10, 19),
        dt.datetime(2026, 3, 10, 21),
        venue="福田校区301",
        owner_id=staff.staff_id,
        target_school="实验中学",
    )
    b = add(
        services,
        staff,
        "春季开学地推",
        dt.datetime(2026, 3, 2),
        dt.datetime(2026, 3, 3),
        all_day=True,
        kind="booth",
        owner_id=staff.staff_id,
    )
    add(services, staff, "四月展会", dt.datetime(2026, 4, 20, 9), dt.datetime(2026, 4, 20, 17))
    items = services.calendar.items(actors["finance"], dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert [i.id for i in items] == [b.id, a.id]
    lecture = items[1]
    assert (lecture.owner_id, lecture.venue, lecture.school) == (
        staff.staff_id,
        "福田校区301",
        "实验中学",
    )
    assert lecture.uid == str(a.row.uuid)
    assert items[0].all_day and items[0].last_day == dt.date(2026, 3, 3)

    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    change = services.calendar.export_ics(staff, dt.date(2026, 3, 1), dt.date(2026, 3, 31), first)
    assert change.result == 2
    moved = services.campaigns.reschedule(
        staff, a.id, dt.datetime(2026, 3, 11, 19), dt.datetime(2026, 3, 11, 21), a.version
    )
    services.calendar.export_ics(staff, dt.date(2026, 3, 1), dt.date(2026, 3, 31), second)
    one = {
        str(e["UID"]): e for e in icalendar.Calendar.from_ical(first.read_bytes()).walk("VEVENT")
    }
    two = {
        str(e["UID"]): e for e in icalendar.Calendar.from_ical(second.read_bytes()).walk("VEVENT")
    }
    assert set(one) == set(two) == {f"{a.row.uuid}@marketdesk", f"{b.row.uuid}@marketdesk"}
    uid = f"{a.row.uuid}@marketdesk"
    assert two[uid].decoded("DTSTART").date() == dt.date(2026, 3, 11)
    assert int(two[uid]["SEQUENCE"]) > int(one[uid]["SEQUENCE"])
    assert moved.version > a.version
    with services.db.session() as session:
        exports = session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "export", AuditEntry.entity == "activities"
            )
        ).all()
    assert len(exports) == 2 and "2 activities" in exports[0].summary


def test_a_role_without_the_calendar_sees_nothing(services, actors):
    from app.errors import PermissionDenied

    nobody = Actor(user_id=None, username="x", role="none", staff_id=None, display_name="x")
    with pytest.raises(PermissionDenied):
        services.calendar.items(nobody, dt.date(2026, 3, 1), dt.date(2026, 3, 31))


@pytest.fixture
def cli_db(tmp_path):
    url = sqlite_url(tmp_path / "cli.sqlite3")
    db = prepare_database(url)  # the migrations, as the command line runs them
    services = Services(db)
    actors = make_actors(services)
    add(
        services,
        actors["staff"],
        "暑期招生讲座",
        dt.datetime(2026, 7, 5, 14),
        dt.datetime(2026, 7, 5, 16),
    )
    yield url, db
    db.dispose()


def test_export_calendar_command(cli_db, tmp_path, capsys):
    url, db = cli_db
    out = tmp_path / "summer.ics"
    assert main(["export-calendar", "2026-07-01", "2026-07-31", str(out), "--db", url]) == 0
    assert "1" in capsys.readouterr().out
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["暑期招生讲座"]
    # The migration seeded the holidays the calendar shows.
    days = Services(db).calendar.days(
        Actor.command_line(), dt.date(2026, 10, 1), dt.date(2026, 10, 10)
    )
    assert [d.day.day for d in days if d.kind == "holiday"] == [1, 2, 3, 4, 5, 6, 7]
    assert [d.day.day for d in days if d.kind == "workday"] == [10]


@pytest.mark.parametrize(
    "args",
    [
        ["2026-07-31", "2026-07-01", "x.ics"],
        ["2026-13-01", "2026-07-01", "x.ics"],
        ["2026-07-01", "2026-07-31", "x.txt"],
    ],
)
def test_export_calendar_refuses_bad_input_with_one_line(cli_db, tmp_path, capsys, args):
    url, _ = cli_db
    out = tmp_path / args[2]
    assert main(["export-calendar", args[0], args[1], str(out), "--db", url]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert not out.exists()
