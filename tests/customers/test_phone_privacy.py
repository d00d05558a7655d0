"""Roles that see phones masked cannot unmask them through search (issue 21, privacy)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.customers import phone_search
from app.customers.rows import CustomerInput, DuplicateCustomer
from app.customers.search import CustomerQuery
from app.errors import PermissionDenied
from db.models.audit import AuditEntry

TARGET = "17712342283"


def _ids(customers, actor, text: str) -> list[int]:
    return list(customers.search_page(actor, CustomerQuery(text=text)).ids)


def unmask_by_search(customers, actor, customer_id: int, masked: str) -> tuple[str | None, int]:
    """The attack: the table shows 177****2283; grow the known last digits leftwards one
    digit at a time ("d2283" for d in 0..9) until the customer's row comes back. Returns
    (the recovered number or None, the searches made)."""
    prefix, suffix = masked.split("****")
    searches = 0
    while len(prefix) + len(suffix) < 11:
        for digit in "0123456789":
            searches += 1
            if customer_id in _ids(customers, actor, digit + suffix):
                suffix = digit + suffix
                break
        else:
            return None, searches
    return prefix + suffix, searches


@pytest.fixture
def target(make_customer):
    for i in range(30):  # neighbours sharing the visible digits
        make_customer(f"邻居{i}", mobile=f"177{i:04d}2283")
    return make_customer("王小明", mobile=TARGET, school="第十中学")


@pytest.fixture
def roomy(monkeypatch):
    """A limit the attack cannot hit: what stops it must be the search rules."""
    monkeypatch.setattr(phone_search, "MAX_PHONE_SEARCHES", 10_000)
    monkeypatch.setattr(phone_search, "MAX_PHONE_SEARCHES_HOUR", 10_000)


def test_the_attack_works_for_a_role_that_sees_phones(customers, actors, target, roomy):
    number, searches = unmask_by_search(customers, actors["manager"], target.id, "177****2283")
    assert number == TARGET
    assert searches <= 40


def test_finance_cannot_unmask_a_phone_by_digit_fragments(customers, actors, target, roomy):
    finance = actors["finance"]
    shown = customers.rows_by_ids(finance, [target.id])[target.id]
    assert shown.mobile == "177****2283"
    number, searches = unmask_by_search(customers, finance, target.id, shown.mobile)
    assert number is None
    # any run of digits past the visible ones finds nothing by phone
    for fragment in ("12342283", "771234228", "1771234", "42283", "34228"):
        assert target.id not in _ids(customers, finance, fragment)


def test_finance_searches_the_visible_digits_the_whole_number_and_text(
    customers, actors, target, make_customer
):
    finance = actors["finance"]
    assert target.id in _ids(customers, finance, "177")
    assert target.id in _ids(customers, finance, "2283")
    assert _ids(customers, finance, TARGET) == [target.id]
    assert _ids(customers, finance, "177 1234 2283") == [target.id]
    school = make_customer("赵六", school="实验12345学校")
    assert _ids(customers, finance, "12345") == [school.id]  # schools still searched
    # roles that see phones keep the fragment search
    assert target.id in _ids(customers, actors["manager"], "12342283")


def _audit(services, action: str) -> list[AuditEntry]:
    with services.db.session() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_phone_searches_are_audited_masked_and_rate_limited(customers, actors, services, target):
    finance = actors["finance"]
    limit = phone_search.MAX_PHONE_SEARCHES
    for i in range(limit - 1):
        customers.search_page(finance, CustomerQuery(text=f"{i:04d}"))
    # one search is several statements (page, ids, count) and may repeat: counted once
    query = CustomerQuery(text=TARGET)
    customers.search_page(finance, query)
    customers.search_ids(finance, query)
    customers.count(finance, query)
    rows = _audit(services, phone_search.SEARCH_ACTION)
    assert len(rows) == limit
    assert {r.username for r in rows} == {finance.username}
    assert "177****2283" in {r.summary for r in rows} and "****0007" in {r.summary for r in rows}
    assert not any(TARGET in r.summary or "1234" in r.summary for r in rows)
    with pytest.raises(PermissionDenied):
        customers.search_page(finance, CustomerQuery(text="9999"))
    with pytest.raises(PermissionDenied):
        customers.search_page(finance, CustomerQuery(text="9998"))
    with pytest.raises(PermissionDenied):
        customers.find_by_phone(finance, "17700002283")
    throttled = _audit(services, phone_search.THROTTLED_ACTION)
    assert len(throttled) == 1 and throttled[0].username == finance.username
    # a repeat of an admitted search, names and longer fragments still work
    assert customers.search_page(finance, query).ids == [target.id]
    assert customers.count(finance, CustomerQuery(text="王小明")) == 1
    # roles that see phones are not limited
    for i in range(limit + 5):
        customers.search_page(actors["manager"], CustomerQuery(text=f"{i:04d}"))
    assert len(_audit(services, phone_search.SEARCH_ACTION)) == limit


def test_find_by_phone_tells_each_role_only_what_it_may_see(customers, actors, make_customer):
    own = make_customer("自己的", actor="staff", mobile="13911112222")
    other = make_customer("别人的", actor="manager", mobile="13933334444")
    assert customers.find_by_phone(actors["manager"], "13933334444") == (other.id, "别人的")
    assert customers.find_by_phone(actors["staff"], "13911112222") == (own.id, "自己的")
    # staff: a colleague's customer has it, not whose
    assert customers.find_by_phone(actors["staff"], "13933334444") == (None, "")
    # finance: the number is a customer's (an exact search shows as much), nothing more
    assert customers.find_by_phone(actors["finance"], "13933334444") == (None, "")
    assert customers.find_by_phone(actors["finance"], "13955556666") is None
    searches = _audit_summaries(customers, actors)
    assert searches == ["139****4444", "139****6666"]
    with pytest.raises(DuplicateCustomer) as info:
        customers.create_customer(actors["staff"], CustomerInput(name="重复", mobile="13933334444"))
    assert "别人的" not in info.value.message and info.value.existing_id is None


def _audit_summaries(customers, actors) -> list[str]:
    with customers.db.session() as session:
        return sorted(
            session.scalars(
                select(AuditEntry.summary).where(
                    AuditEntry.action == phone_search.SEARCH_ACTION,
                    AuditEntry.username == actors["finance"].username,
                )
            )
        )


def test_trying_the_hidden_digits_as_whole_numbers_is_throttled(customers, actors, target):
    """What is left: an exact search per candidate for the 10,000 middle digits. Each
    try counts, though every one is audited as the same 177****2283."""
    finance = actors["finance"]
    tried = 0
    with pytest.raises(PermissionDenied):
        for middle in range(10_000):
            customers.search_page(finance, CustomerQuery(text=f"177{middle:04d}2283"))
            tried += 1
    assert tried == phone_search.MAX_PHONE_SEARCHES < 1234  # the target's middle digits


def test_an_hourly_limit_stops_a_slow_enumeration(customers, actors, target, monkeypatch):
    """Paced under the minute limit (here: no minute limit), the hour's stops it."""
    monkeypatch.setattr(phone_search, "MAX_PHONE_SEARCHES", 10_000)
    monkeypatch.setattr(phone_search, "MAX_PHONE_SEARCHES_HOUR", 30)
    tried = 0
    with pytest.raises(PermissionDenied):
        for middle in range(10_000):
            customers.search_page(actors["finance"], CustomerQuery(text=f"177{middle:04d}2283"))
            tried += 1
    assert tried == 30
