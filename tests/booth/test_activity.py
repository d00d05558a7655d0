"""A kit for a campaign activity: its team are the booth staff, the kit carries the
activity, and merged leads are linked to it (activity_leads)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.campaigns.rows import ActivityInput, MemberInput
from app.customers.rows import CustomerInput
from app.customers_io.bundle import BundleService
from db.models.booth import BoothKit
from db.models.campaigns import Activity, ActivityLead, ActivityMember
from db.models.customers import Customer


def _activity(office, actors, name="一中开放日"):
    start = dt.datetime(2026, 12, 12, 9, 0)
    return office.campaigns.create_activity(
        actors["manager"],
        ActivityInput(
            name=name,
            kind="booth",
            starts_at=start,
            ends_at=start + dt.timedelta(hours=8),
            venue="一中操场",
            owner_id=actors["manager"].staff_id,
            members=(MemberInput(actors["staff"].staff_id, "展位"),),
        ),
    ).row


def test_a_kit_for_an_activity_takes_its_team_and_links_the_leads(
    office, actors, make_kit, tmp_path
):
    activity = _activity(office, actors)
    office.customers.create_customer(
        actors["manager"], CustomerInput(name="老客户", mobile="13700000002")
    )
    booth = make_kit(accounts=(), activity="一中开放日")
    assert sorted(booth.actors) == ["manager1", "staff1"]  # the owner and the team
    with booth.services.db.session() as session:
        kit = session.scalars(select(BoothKit)).one()
        copy = session.get(Activity, activity.id)
        assert kit.activity_id == activity.id and copy.name == "一中开放日"
        assert copy.venue == "一中操场" and copy.plan_id is None
        members = session.scalars(select(ActivityMember.staff_id)).all()
        assert members == [actors["staff"].staff_id]
    booth.capture("staff1", "展位新客", "13700000001")
    booth.capture("staff1", "老客户", "13700000002", school="第一中学")
    bundle = booth.export(tmp_path / "b")
    service = BundleService(office.db)
    report = service.merge(actors["manager"], bundle)
    assert report.activity_links == 2
    with office.db.session() as session:
        linked = session.execute(
            select(Customer.name, ActivityLead.captured_at)
            .join(ActivityLead, ActivityLead.customer_id == Customer.id)
            .where(ActivityLead.activity_id == activity.id)
            .order_by(Customer.name)
        ).all()
        assert [name for name, _ in linked] == ["展位新客", "老客户"]
        assert all(at.tzinfo is None for _, at in linked)  # local time, as activities keep
    assert service.merge(actors["manager"], bundle).activity_links == 0


def test_a_kit_without_an_activity_of_that_name_links_nothing(office, actors, make_kit, tmp_path):
    _activity(office, actors, name="别的活动")
    booth = make_kit(activity="社区咨询会")
    with booth.services.db.session() as session:
        assert session.scalars(select(BoothKit.activity_id)).one() is None
        assert session.scalars(select(Activity)).all() == []
    booth.capture("staff1", "展位新客", "13700000001")
    report = BundleService(office.db).merge(actors["manager"], booth.export(tmp_path / "b"))
    assert report.created == 1 and report.activity_links == 0
