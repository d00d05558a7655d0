"""The character index of Chinese search terms (db/models/customers_text.py) finds
exactly the customers LIKE '%term%' finds, whatever wrote them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from app.context import Actor
from app.customers.rows import CustomerInput
from app.customers.search import CustomerQuery, _char_phrase, _ideographs, query_plan
from app.customers_io.privacy import PrivacyService
from app.demo import build_demo
from app.features import migration_helpers, version_locations
from db.engine import open_database, sqlite_url
from db.migrate import upgrade

TODAY = dt.date(2026, 6, 1)
ABSENT = ["龘", "张龘", "龘张", "伟伟伟伟"]


def _terms(conn) -> list[str]:
    """Every 1-, 2- and 3-character run of ideographs stored, and some stored nowhere."""
    terms: set[str] = set()
    for row in conn.execute(text("SELECT name, guardian_name, school FROM customers")):
        for value in row:
            for size in (1, 2, 3):
                for i in range(len(value or "") - size + 1):
                    if _ideographs(value[i : i + size]):
                        terms.add(value[i : i + size])
    return sorted(terms) + ABSENT


def _like_ids(conn, term: str) -> set[int]:
    sql = "SELECT id FROM customers WHERE name LIKE :p OR guardian_name LIKE :p OR school LIKE :p"
    return set(conn.execute(text(sql), {"p": f"%{term}%"}).scalars())


def _index_ids(conn, term: str) -> set[int]:
    sql = "SELECT rowid FROM customers_text_fts WHERE customers_text_fts MATCH :q"
    return set(conn.execute(text(sql), {"q": _char_phrase(term)}).scalars())


def assert_index_agrees(db) -> int:
    with db.engine.connect() as conn:
        terms = _terms(conn)
        for term in terms:
            assert _index_ids(conn, term) == _like_ids(conn, term), term
    return len(terms)


def test_search_uses_the_index_on_sqlite_only(db):
    admin = Actor.command_line()
    dialect = db.engine.dialect.name
    for term, kind in [("张", "chars"), ("张伟", "chars"), ("张·伟", "text"), ("张a", "text")]:
        shape, _params = query_plan(admin, CustomerQuery(text=term), dialect)
        assert shape[-1] == ("term", kind if dialect == "sqlite" else "text")


def test_index_agrees_with_like_after_every_writer(services, actors, tmp_path):
    if services.db.engine.dialect.name != "sqlite":
        pytest.skip("the character index is SQLite's")
    customers = services.customers
    customers.ensure_seed_channels(actors["admin"])
    manager = actors["manager"]
    made = [
        customers.create_customer(
            manager, CustomerInput(name=name, mobile=f"1390000{i:04d}", guardian_name=g, school=s)
        )
        for i, (name, g, s) in enumerate(
            [
                ("张伟", "张大伟", "北京四中"),
                ("张 伟", "", "北京·四中"),
                ("王张伟", "李四", "人大附中"),
                ("Zhang伟", "伟", ""),
                ("李伟伟", "王芳", "北京四中"),
            ]
        )
    ]
    assert assert_index_agrees(services.db) > 20
    row = customers.update_customer(
        manager,
        made[0].id,
        made[0].version,
        CustomerInput(
            name="张小伟", mobile="13900000000", guardian_name="张大海", school="清华附中"
        ),
    )
    assert assert_index_agrees(services.db)
    customers.merge_customers(manager, made[2].id, made[2].version, made[4].id, made[4].version)
    assert assert_index_agrees(services.db)
    PrivacyService(services.db).anonymise(manager, row.id)
    assert assert_index_agrees(services.db)
    # Nothing in the app deletes a customer row; the trigger still keeps the index right.
    with services.db.engine.begin() as conn:
        conn.execute(
            text("DELETE FROM customer_status_changes WHERE customer_id = :id"), {"id": made[1].id}
        )
        conn.execute(text("DELETE FROM customers WHERE id = :id"), {"id": made[1].id})
    assert assert_index_agrees(services.db)
    with services.db.engine.connect() as conn:
        assert _index_ids(conn, "张伟") == _like_ids(conn, "张伟") == {made[2].id}
    # The search itself: the same live customers as LIKE.
    found = set(customers.search_ids(actors["admin"], CustomerQuery(text="伟")))
    with services.db.engine.connect() as conn:
        live = set(
            conn.execute(text("SELECT id FROM customers WHERE deleted_at IS NULL")).scalars()
        )
        assert found == _like_ids(conn, "伟") & live and found


def test_index_agrees_after_import(services, actors, tmp_path):
    if services.db.engine.dialect.name != "sqlite":
        pytest.skip("the character index is SQLite's")
    services.customers.ensure_seed_channels(actors["admin"])
    from tests.customers_io.conftest import write_xlsx
    from tests.customers_io.test_import import HEADER, _import

    rows = [
        [1, "陈伟", "13800001111", "陈大文", "", "北京四中", "初一", "", "2026-01-02", ""],
        [2, "伟 明", "13800002222", "", "", "四中", "", "", "2026-01-02", ""],
        [3, "欧阳明伟", "13800003333", "欧阳", "", "人大附中", "", "", "2026-01-02", ""],
    ]
    path = write_xlsx(tmp_path / "in.xlsx", [HEADER, *rows])
    _service, _preview, result = _import(services, actors["manager"], path)
    assert result.imported == 3
    assert assert_index_agrees(services.db) > 20


def test_migration_fills_the_index_for_stored_customers(tmp_path):
    db = open_database(sqlite_url(tmp_path / "old.sqlite3"))
    try:
        upgrade(db, version_locations(), helpers=migration_helpers())
        with db.engine.begin() as conn:  # as before c004: no index, no triggers
            for name in ("customers_text_ai", "customers_text_ad", "customers_text_au"):
                conn.execute(text(f"DROP TRIGGER {name}"))
            conn.execute(text("DROP TABLE customers_text_fts"))
            conn.execute(
                text("UPDATE alembic_version SET version_num = 'c003' WHERE version_num = 'c004'")
            )
        build_demo(db, scale=300, today=TODAY)
        upgrade(db, version_locations(), helpers=migration_helpers())
        assert assert_index_agrees(db) > 100
    finally:
        db.dispose()
