"""The first page and id windows: one query with the tags, the same order as the id list."""

from __future__ import annotations

import datetime as dt

import pytest

from app.customers.search import CustomerQuery

TODAY = dt.date.today()


def test_page_and_windows_carry_sorted_tags(customers, actors, make_customer):
    manager = actors["manager"]
    # A comma, a quote and a unit separator inside names: no separator can clash.
    tagged = make_customer("王五", tags=["寒假班", "A组", 'b,c"d', "x\x1fy"])
    plain = make_customer("赵六")
    page = {row.id: row for row in customers.search_page(manager, CustomerQuery())}
    assert page[tagged.id].tags == ("A组", 'b,c"d', "x\x1fy", "寒假班")
    assert page[plain.id].tags == ()
    window = customers.rows_by_ids(manager, [tagged.id, plain.id])
    assert window[tagged.id].tags == page[tagged.id].tags
    assert window[plain.id].tags == ()


def test_page_dates_are_those_of_the_detail(customers, actors, make_customer):
    manager = actors["manager"]
    row = make_customer("钱七")
    customers.plan_follow_up(manager, row.id, TODAY + dt.timedelta(days=3))
    customers.record_follow_up(manager, row.id, "phone", "回访")
    detail = customers.get_customer(manager, row.id)
    for listed in (customers.search_page(manager, CustomerQuery())[0],
                   customers.rows_by_ids(manager, [row.id])[row.id]):
        assert listed.created_at == detail.created_at
        assert listed.created_at.tzinfo is not None
        assert listed.last_contact_at is not None and listed.last_contact_at.tzinfo is not None
        assert type(listed.next_follow_up) is dt.date


@pytest.mark.parametrize("sort", ["created", "name", "school", "status", "tier",
                                  "last_contact", "next_follow_up", "owner", "channel"])
@pytest.mark.parametrize("descending", [True, False])
def test_page_is_the_prefix_of_the_id_list(customers, actors, make_customer, sort, descending):
    """The page query sorts twice (inside for the LIMIT, outside after the joins): the
    order, ties and NULLs included, must be that of the id list the model appends to."""
    manager = actors["manager"]
    schools = ["育才中学", "", "实验小学", "育才中学", "外国语学校", ""]
    for i, school in enumerate(schools):
        row = make_customer(f"张{i}", school=school, tier="ABC"[i % 3])
        if i % 2:
            customers.record_follow_up(manager, row.id, "phone", "回访")
        if i % 3:
            customers.plan_follow_up(manager, row.id, TODAY + dt.timedelta(days=i % 2))
    query = CustomerQuery(sort=sort, descending=descending)
    ids = list(customers.search_ids(manager, query))
    for limit in (3, 100):
        assert [r.id for r in customers.search_page(manager, query, limit)] == ids[:limit]
    text = CustomerQuery(text="张", sort=sort, descending=descending)
    assert [r.id for r in customers.search_page(manager, text, 4)] == \
        list(customers.search_ids(manager, text))[:4]


def test_page_keeps_the_staff_scope(customers, actors, make_customer):
    mine = make_customer("孙八", actor="staff")
    make_customer("周九")  # the manager's: not the staff member's
    page = customers.search_page(actors["staff"], CustomerQuery())
    assert [r.id for r in page] == [mine.id]


def test_page_select_sorts_after_the_join():
    """Small test tables come back in the inner order anyway: check the statement."""
    from sqlalchemy.dialects import sqlite

    from app.customers.search import page_select
    from db.models.customers import Customer

    statement = page_select([Customer.deleted_at.is_(None)], CustomerQuery(sort="status", descending=True), 10, "sqlite")
    sql = str(statement.compile(dialect=sqlite.dialect()))
    outer_order = sql.rsplit(") AS page", 1)[1]
    assert "ORDER BY customers.status DESC, customers.id DESC" in outer_order
