"""Shared set-up of the risk warning tests: thresholds and direct inserts."""

from __future__ import annotations

import datetime as dt


def thresholds(rule, **overrides):
    """The rule's default thresholds with `overrides` (key suffix after "risks.")."""
    values = dict(rule.thresholds)
    for key, value in overrides.items():
        full = f"risks.{key}"
        assert full in values, full
        values[full] = value
    return values


def evaluate(rule, services, actor, today, **overrides):
    return rule.evaluate(services, actor, today, thresholds(rule, **overrides))


def add_customer(db, **fields) -> int:
    from db.models.customers import Customer

    with db.session() as s, s.begin():
        customer = Customer(name=fields.pop("name", "客户"), **fields)
        s.add(customer)
        s.flush()
        return customer.id


def utc_days_ago(days: float, now: dt.datetime | None = None) -> dt.datetime:
    return (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=days)
