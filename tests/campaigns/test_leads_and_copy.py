"""Leads captured at an activity, the revenue they bring, and the ad-copy override."""

from __future__ import annotations

import datetime as dt

import pytest

from app.campaigns.permissions import CampaignPermission
from app.customers.rows import CustomerInput, EnrollmentInput
from app.errors import ConflictError, PermissionDenied
from db.models.audit import AuditEntry
from db.models.campaigns import ActivityLead
from tests.campaigns.helpers import YEAR, activity_input, budget, count_rows


def _customer(services, actors, name, mobile):
    return services.customers.create_customer(
        actors["staff"], CustomerInput(name=name, mobile=mobile, owner_id=actors["staff"].staff_id)
    )


def test_link_leads_and_revenue(services, actors, cats):
    budget(services, actors, cats)
    a = services.campaigns.create_activity(
        actors["staff"], activity_input(cats, owner_id=actors["staff"].staff_id)
    )
    c1 = _customer(services, actors, "王小明", "13800138001")
    c2 = _customer(services, actors, "李华", "13800138002")
    # A draft activity captures nothing yet.
    with pytest.raises(ConflictError):
        services.campaigns.link_leads(actors["staff"], a.id, [c1.id])
    assert count_rows(services, ActivityLead) == 0
    a = services.campaigns.submit(actors["staff"], a.id, a.version)
    a = services.campaigns.approve(actors["manager"], a.id, a.version)
    change = services.campaigns.link_leads(actors["staff"], a.id, [c1.id, c2.id, c1.id])
    assert change.result == 2
    assert services.campaigns.link_leads(actors["staff"], a.id, [c1.id]).result == 0
    services.customers.add_enrollment(
        actors["staff"], c1.id, EnrollmentInput(None, dt.date(YEAR, 5, 20), 880_000)
    )
    a = services.campaigns.get_activity(actors["staff"], a.id)
    assert a.figures.leads == 2
    assert {lead.name for lead in a.leads} == {"王小明", "李华"}
    assert a.figures.enrollments == 1 and a.figures.revenue_fen == 880_000
    # Finance may see the activity but not link leads to it.
    with pytest.raises(PermissionDenied):
        services.campaigns.link_leads(actors["finance"], a.id, [c2.id])


def test_copy_with_findings_needs_a_managers_override(services, actors, cats):
    # The adcheck feature's shipped rules flag 保过 (Advertising Law art. 24(1)).
    copy = "暑期冲刺班，中考保过！"
    a = services.campaigns.create_activity(
        actors["staff"], activity_input(ad_copy=copy, owner_id=actors["staff"].staff_id)
    )
    audits = count_rows(services, AuditEntry)
    with pytest.raises(ConflictError, match="保过"):
        services.campaigns.submit(actors["staff"], a.id, a.version)
    # Staff may not override, even with a reason.
    assert not actors["staff"].can(CampaignPermission.OVERRIDE_AD_COPY)
    with pytest.raises(PermissionDenied):
        services.campaigns.submit(actors["staff"], a.id, a.version, ad_override="老板同意")
    assert count_rows(services, AuditEntry) == audits
    assert services.campaigns.get_activity(actors["staff"], a.id).status == "draft"
    a = services.campaigns.submit(
        actors["manager"], a.id, a.version, ad_override="法务已审核，保留原文"
    )
    assert a.status == "submitted" and a.ad_copy_override == "法务已审核，保留原文"
    with services.db.session() as session:
        entry = session.query(AuditEntry).filter_by(action="adcopy_override").one()
        assert entry.summary == "法务已审核，保留原文"
        assert entry.after["findings"][0][0] == "24(1)"


def test_clean_copy_submits(services, actors):
    a = services.campaigns.create_activity(
        actors["staff"],
        activity_input(ad_copy="暑期班开始报名，小班授课。", owner_id=actors["staff"].staff_id),
    )
    a = services.campaigns.submit(actors["staff"], a.id, a.version)
    assert a.status == "submitted" and a.ad_copy_override == ""


def test_new_copy_on_an_approved_activity_is_checked_again(services, actors, cats):
    import dataclasses

    budget(services, actors, cats)
    a = services.campaigns.create_activity(
        actors["staff"], activity_input(cats, ad_copy="小班授课", owner_id=actors["staff"].staff_id)
    )
    a = services.campaigns.submit(actors["staff"], a.id, a.version)
    a = services.campaigns.approve(actors["manager"], a.id, a.version)
    changed = dataclasses.replace(a.as_input(), ad_copy="名师押题，保过！")
    audits = count_rows(services, AuditEntry)
    with pytest.raises(ConflictError, match="保过"):
        services.campaigns.update_activity(actors["staff"], a.id, changed, a.version, resubmit=True)
    assert count_rows(services, AuditEntry) == audits
    assert services.campaigns.get_activity(actors["staff"], a.id).status == "approved"
    a = services.campaigns.update_activity(
        actors["manager"], a.id, changed, a.version, resubmit=True, ad_override="活动方案已报备"
    )
    assert a.status == "submitted" and a.ad_copy_override == "活动方案已报备"
