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
    for listed in (
        customers.search_page(manager, CustomerQuery())[0],
        customers.rows_by_ids(manager, [row.id])[row.id],
    ):
        assert listed.created_at == detail.created_at
        assert listed.created_at.tzinfo is not None
        assert listed.last_contact_at is not None and listed.last_contact_at.tzinfo is not None
        assert type(listed.next_follow_up) is dt.date


@pytest.mark.parametrize(
    "sort",
    [
        "created",
        "name",
        "school",
        "status",
        "tier",
        "last_contact",
        "next_follow_up",
        "owner",
        "channel",
    ],
)
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
    assert [r.id for r in customers.search_page(manager, text, 4)] == list(
        customers.search_ids(manager, text)
    )[:4]


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

    statement = page_select(
        [Customer.deleted_at.is_(None)], CustomerQuery(sort="status", descending=True), 10, "sqlite"
    )
    sql = str(statement.compile(dialect=sqlite.dialect()))
    outer_order = sql.rsplit(") AS page", 1)[1]
    assert "ORDER BY customers.status DESC, customers.id DESC" in outer_order


def test_statements_reused_per_shape_take_each_calls_values(
    customers, actors, make_customer, services
):
    """search_page/search_ids reuse one statement per query shape with new parameters;
    the export builds its statement with the values in it (conditions()). Both must
    agree, and a reused statement must not keep the previous call's values."""
    from sqlalchemy import and_, select

    from app.customers.search import conditions, order_by
    from db.models.customers import Customer

    manager = actors["manager"]
    channel = customers.list_channels(manager)[0]
    made = [
        make_customer("张伟", school="育才中学", tier="A", mobile="13800001234"),
        make_customer(
            "王芳", school="实验小学", tier="B", guardian_phone="13900005678", channel_id=channel.id
        ),
        make_customer("李娜", school="育才小学", tier="A", wechat="lina88", tags=["寒假班"]),
        make_customer("张敏", school="外国语学校", tier="C", tags=["寒假班", "试听"]),
    ]
    customers.plan_follow_up(manager, made[0].id, TODAY)
    customers.plan_follow_up(manager, made[1].id, TODAY - dt.timedelta(days=2))
    tags = {name: tag_id for tag_id, name in customers.list_tags(manager)}
    queries = [
        CustomerQuery(text="张"),
        CustomerQuery(text="王"),
        CustomerQuery(text="1234"),
        CustomerQuery(text="5678"),
        CustomerQuery(text="zw"),
        CustomerQuery(text="wf"),
        CustomerQuery(text="lina88"),
        CustomerQuery(text="育才 张"),
        CustomerQuery(text="育才 李"),
        CustomerQuery(tiers=("A",)),
        CustomerQuery(tiers=("B", "C")),
        CustomerQuery(channel_ids=(channel.id,)),
        CustomerQuery(tag_ids=(tags["寒假班"],)),
        CustomerQuery(tag_ids=(tags["试听"],)),
        CustomerQuery(follow_up="today", today=TODAY),
        CustomerQuery(follow_up="due", today=TODAY),
        CustomerQuery(created_from=TODAY, created_to=TODAY),
        CustomerQuery(created_from=TODAY + dt.timedelta(days=1)),
        CustomerQuery(text="13900005678"),
        CustomerQuery(text="13800001234"),
    ]
    for query in queries:
        ids = list(customers.search_ids(manager, query))
        built = (
            select(Customer.id)
            .where(and_(*conditions(manager, query, services.db.engine.dialect.name)))
            .order_by(*order_by(query))
        )
        with services.db.session() as session:
            expected = list(session.scalars(built))
        assert ids == expected, query
        assert [r.id for r in customers.search_page(manager, query)] == ids, query
    # Same shape, different values: not the previous call's rows.
    assert {r.name for r in customers.search_page(manager, CustomerQuery(text="张"))} == {
        "张伟",
        "张敏",
    }
    assert [r.name for r in customers.search_page(manager, CustomerQuery(text="王"))] == ["王芳"]
    assert [r.name for r in customers.search_page(manager, CustomerQuery(tiers=("B",)))] == ["王芳"]
    assert customers.search_page(manager, CustomerQuery(text="5678"))[0].name == "王芳"


def test_page_rows_are_converted_when_read(customers, actors, make_customer):
    """search_page converts a row (phones formatted and masked, dates, tags) when it is
    first read; the table reads only the rows it paints. Read in any order, sliced or
    iterated, the rows are those rows_by_ids gives."""
    made = [make_customer(f"吴{i}", tags=["寒假班"] if i % 2 else []) for i in range(5)]
    for role in ("manager", "finance"):
        actor = actors[role]
        page = customers.search_page(actor, CustomerQuery())
        assert page.ids == [c.id for c in reversed(made)]
        assert page._rows.count(None) == len(page)  # nothing converted yet
        assert page[-1] is page[len(page) - 1]
        assert page._rows.count(None) == len(page) - 1
        window = customers.rows_by_ids(actor, page.ids)
        assert page[1:3] == [window[page.ids[1]], window[page.ids[2]]]
        assert list(page) == [window[i] for i in page.ids]
        assert [row.id for row in page] == page.ids


SEARCH_BOX = [
    "",
    "张",
    "王 育才",
    "zs",
    "zhang",
    "5678",
    "13912345678",
    "1391234",
    "育才",
    "wx_ab",
    "Tom",
    "50%_x",
]


def _fill_for_search(make_customer, customers, actors):
    rows = [
        make_customer(
            "张三", school="育才中学", guardian_name="王芳", wechat="wx_abc", tags=["寒假班"]
        ),
        make_customer("王五", actor="staff", mobile="13912345678", school="实验小学"),
        make_customer("Tom Lee", guardian_phone="13800005678", school="50%_x 学校"),
        make_customer("张育才", tier="A"),
    ]
    customers.delete_customers(actors["manager"], [rows[3].id])
    return rows


def _count_driver_reads(customers, monkeypatch) -> list:
    used: list = []
    read_driver = type(customers).read_driver
    monkeypatch.setattr(
        type(customers), "read_driver", lambda self, *a: used.append(1) or read_driver(self, *a)
    )
    return used


@pytest.mark.parametrize("role", ["manager", "staff", "finance"])
def test_page_on_the_driver_equals_sqlalchemys(customers, actors, make_customer, monkeypatch, role):
    """On SQLite a first page whose values need no work from SQLAlchemy runs on the
    driver: the same rows, masked the same, in the same order as through SQLAlchemy,
    for every kind of word, single-value filters, the actor's scope and the bin."""
    from app.customers import search

    _fill_for_search(make_customer, customers, actors)
    tag_id = customers.list_tags(actors["manager"])[0][0]
    actor = actors[role]
    queries = [
        CustomerQuery(text=t, deleted=d, sort=s, descending=desc)
        for t in SEARCH_BOX
        for d in (False, True)
        for s, desc in (("created", True), ("name", False))
    ]
    queries.append(CustomerQuery(tag_ids=(tag_id,)))
    used = _count_driver_reads(customers, monkeypatch)
    on_driver = [list(customers.search_page(actor, q, 3)) for q in queries]
    driven = len(queries) if customers.db.is_sqlite else 0  # PostgreSQL: named parameters
    assert len(used) == driven
    monkeypatch.setattr(search, "_driver_page", lambda *_args: None)
    through_sqlalchemy = [list(customers.search_page(actor, q, 3)) for q in queries]
    assert len(used) == driven
    assert on_driver == through_sqlalchemy
    assert any(on_driver) and any(not rows for rows in on_driver)


@pytest.mark.parametrize(
    ("query", "names"),
    [
        (CustomerQuery(text="张", tiers=("A",)), ["张三"]),  # a list to expand
        (CustomerQuery(text="张", created_from=TODAY - dt.timedelta(days=1)), ["张四", "张三"]),
        (CustomerQuery(text="张", follow_up="due"), ["张三"]),  # today: a converted date
        (CustomerQuery(text="张", open_complaint=True), ["张三"]),  # a list of complaint states
    ],
)
def test_values_sqlalchemy_works_on_go_through_it(
    customers, actors, make_customer, monkeypatch, query, names
):
    manager = actors["manager"]
    row = make_customer("张三", tier="A")
    make_customer("张四", tier="B")
    customers.plan_follow_up(manager, row.id, TODAY)
    customers.receive_complaint(manager, row.id, "服务态度")
    used = _count_driver_reads(customers, monkeypatch)
    assert [r.name for r in customers.search_page(manager, query)] == names
    assert used == []


def test_driver_errors_are_classified(customers, actors, monkeypatch):
    """A locked database on the driver path gets the same message as through a session."""
    import sqlite3

    from app.errors import DatabaseEnvironmentError

    if not customers.db.is_sqlite:
        pytest.skip("the driver path is SQLite's")
    engine = customers.db.engine

    class Locked:
        def execute(self, *_args):
            raise sqlite3.OperationalError("database is locked")

    class Pooled:
        driver_connection = Locked()
        closed = False

        def close(self):
            Pooled.closed = True

    monkeypatch.setattr(engine, "raw_connection", lambda: Pooled())
    with pytest.raises(DatabaseEnvironmentError) as info:
        customers.search_page(actors["manager"], CustomerQuery(text="张"))
    assert "busy" in info.value.message and Pooled.closed
