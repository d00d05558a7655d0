"""The customer history: newest first by when it happened, planned items apart, and the
reasons the system gives stored as codes and translated when shown."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.customers.pipeline import reason_label
from app.customers.rows import EnrollmentInput
from app.errors import ValidationError
from app.i18n import command_line_language
from db.models.customers import CustomerStatusChange


def test_enrollment_is_newest_and_a_future_trial_is_planned(customers, actors, make_customer):
    manager = actors["manager"]
    row = make_customer("曾晓彤")
    now = dt.datetime.now(dt.UTC)
    past = customers.book_trial(manager, row.id, now - dt.timedelta(hours=1))
    customers.set_trial_status(manager, past.id, past.version, "attended")
    customers.add_enrollment(manager, row.id, EnrollmentInput(None, dt.date.today(), 100000))
    future = customers.book_trial(manager, row.id, now + dt.timedelta(days=6))
    entries = customers.timeline(manager, row.id)
    planned = [e for e in entries if e.planned]
    assert [(e.kind, e.record_id) for e in planned] == [("trial", future.id)]
    assert entries[0] is planned[0]  # planned items come first, as their own group
    happened = entries[len(planned) :]
    assert happened[0].kind == "enrollment"  # the latest event, above 新线索
    new_lead = next(i for i, e in enumerate(happened) if e.status == "new")
    assert new_lead > 0
    whens = [e.when for e in happened]
    assert whens == sorted(whens, reverse=True)


def test_automatic_reason_is_a_code_translated_on_display(
    customers, actors, make_customer, services, qapp
):
    manager = actors["manager"]
    row = make_customer()
    customers.book_trial(manager, row.id, dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
    with services.db.session() as session:
        reasons = set(session.scalars(select(CustomerStatusChange.reason)))
    assert "automatic" in reasons and "自动" not in reasons
    with command_line_language("zh_CN"):
        assert reason_label("automatic") == "自动"
        texts = [e.summary for e in customers.timeline(manager, row.id)]
        assert any("(自动)" in t for t in texts)
    with command_line_language("en"):
        assert any("(automatic)" in e.summary for e in customers.timeline(manager, row.id))
    assert reason_label("家长说太贵") == "家长说太贵"  # typed reasons show as typed


def test_trial_outcome_before_the_scheduled_time_is_refused(customers, actors, make_customer):
    manager = actors["manager"]
    row = make_customer()
    trial = customers.book_trial(manager, row.id, dt.datetime.now(dt.UTC) + dt.timedelta(days=6))
    for outcome in ("attended", "no_show"):
        with pytest.raises(ValidationError) as info:
            customers.set_trial_status(manager, trial.id, trial.version, outcome)
        assert info.value.field == "status" and "outcome" in info.value.message
    assert customers.get_customer(manager, row.id).status == "trial_booked"  # not 已试听
    cancelled = customers.set_trial_status(manager, trial.id, trial.version, "cancelled")
    assert cancelled.status == "cancelled"  # a cancellation may come any time
