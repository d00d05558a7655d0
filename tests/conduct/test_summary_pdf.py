"""Summaries per person and period, and the printed conduct record (checked with
pdftotext)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from sqlalchemy import func, select

from app.conduct.records import RecordInput
from app.conduct.summary import period_of
from app.context import Actor
from app.errors import PermissionDenied
from db.models.audit import AuditEntry
from tests.conduct.conftest import counts

D = dt.date


def _seed(services, actors, people):
    manager = actors["manager"]
    add = services.conduct.create_record
    for day in (2, 9, 16):
        add(manager, RecordInput(people.staff, D(2026, 10, day), "attendance", "late", minutes=8))
    add(
        manager,
        RecordInput(people.staff, D(2026, 10, 12), "leave", "sick", ends_on=D(2026, 10, 13)),
    )
    add(manager, RecordInput(people.staff, D(2026, 10, 20), "training", "external", hours=6.5))
    add(manager, RecordInput(people.staff, D(2026, 10, 28), "commendation", "excellent_staff"))
    obj = add(manager, RecordInput(people.staff, D(2026, 10, 21), "demeanor", "dress"))
    services.conduct.object_to(actors["staff"], obj.id, obj.version, "当天外出拜访客户")
    add(manager, RecordInput(people.colleague, D(2026, 10, 5), "discipline", "unrelated_work"))
    services.conduct.request_leave(
        actors["staff"], RecordInput(0, D(2026, 10, 30), "leave", "annual", note="回老家")
    )


def test_summary_per_person_and_period(services, actors, people):
    _seed(services, actors, people)
    start, end = period_of(2026, month=10)
    assert (start, end) == (D(2026, 10, 1), D(2026, 10, 31))
    assert period_of(2026, quarter=4) == (D(2026, 10, 1), D(2026, 12, 31))
    rows = {r.staff_id: r for r in services.conduct.summary(actors["manager"], start, end)}
    assert set(rows) == {people.manager, people.staff, people.colleague}
    mine = rows[people.staff]
    assert (mine.lates, mine.absences, mine.leave_hours, mine.training_hours) == (3, 0, 16.0, 6.5)
    assert (mine.commendations, mine.demeanor, mine.objections, mine.leave_requests) == (1, 1, 1, 1)
    # three lates = one absence (-3), external training +2, excellent employee +5, dress -1
    assert mine.points == -3 + 2 + 5 - 1
    assert rows[people.colleague].points == -2
    own = services.conduct.summary(actors["staff"], start, end)
    assert [r.staff_id for r in own] == [people.staff]
    assert services.conduct.summary(actors["staff"], D(2026, 11, 1), D(2026, 11, 30))[0].points == 0


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
def test_printed_record_has_the_records_and_the_boxes(services, actors, people, tmp_path):
    _seed(services, actors, people)
    target = tmp_path / "record.pdf"
    change = services.conduct.print_record(
        actors["manager"], people.staff, D(2026, 10, 1), D(2026, 10, 31), target
    )
    assert change.result >= 1
    text = subprocess.run(
        ["pdftotext", "-raw", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "员工行为记录表",
        "测试staff",
        "销售部",
        "2026-10-01至2026-10-31",
        "迟到折算旷工",
        "优秀营销员工",
        "外部培训",
        "有异议：当天外出拜访客户",
        "待审批",
        "员工签字",
        "部门负责人",
    ):
        assert expected in text.replace("\n", "").replace(" ", ""), expected
    with services.db.session() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "print")
            )
            == 1
        )


def test_printing_someone_else_is_refused(services, actors, people, tmp_path):
    _seed(services, actors, people)
    before = counts(services)
    for role, staff_id in (("staff", people.colleague), ("manager", people.other)):
        with pytest.raises(PermissionDenied):
            services.conduct.print_record(
                actors[role], staff_id, D(2026, 10, 1), D(2026, 10, 31), tmp_path / "x.pdf"
            )
    assert counts(services) == before
    assert not (tmp_path / "x.pdf").exists()
    services.conduct.print_record(
        Actor.command_line(), people.other, D(2026, 10, 1), D(2026, 10, 31), tmp_path / "y.pdf"
    )
