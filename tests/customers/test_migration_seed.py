"""A database made by the migrations offers the channels from the first start."""

from __future__ import annotations

from app.context import Actor
from app.features import migration_helpers, version_locations
from app.services import Services
from db.engine import open_database, sqlite_url
from db.migrate import upgrade


def test_migrated_database_has_the_channels(tmp_path):
    db = open_database(sqlite_url(tmp_path / "migrated.sqlite3"))
    try:
        upgrade(db, version_locations())
        services = Services(db)
        actor = Actor.command_line()
        channels = services.customers.list_channels(actor)
        assert len(channels) == 12
        assert {c.code for c in channels} >= {"douyin", "referral", "campus"}
        services.customers.ensure_seed_channels(actor)  # finds them all: adds nothing
        assert len(services.customers.list_channels(actor)) == 12
    finally:
        db.dispose()


def test_migration_turns_stored_chinese_reasons_into_codes_and_fills_name_keys(tmp_path):
    from sqlalchemy import text

    db = open_database(sqlite_url(tmp_path / "migrated.sqlite3"))
    try:
        upgrade(db, version_locations(), "c002")
        with db.engine.begin() as conn:
            texts = "wechat gender grade school guardian_name district training_needs"
            texts += " course_interests notes source_event consent_wording name_pinyin"
            texts += " name_initials mobile_last4 guardian_last4 phone_digits"
            columns = texts.split()
            conn.execute(
                text(
                    f"INSERT INTO customers (id, uuid, version, name, status, lost_reason, tier,"
                    f" consent_contact, is_minor, guardian_consent, created_at, updated_at,"
                    f" {', '.join(columns)}) VALUES (1, 'u1', 1, '李雷', 'lost', '合并', 'B',"
                    f" 0, 0, 0, '2026-01-01', '2026-01-01', {', '.join(':t' for _ in columns)})"
                ),
                {"t": ""},
            )
            for reason in ("自动", "展位数据包", "家长说太贵"):
                conn.execute(
                    text(
                        "INSERT INTO customer_status_changes (customer_id, from_status,"
                        " to_status, reason, changed_at, changed_by)"
                        " VALUES (1, '', 'new', :r, '2026-01-01', 'x')"
                    ),
                    {"r": reason},
                )
        upgrade(db, version_locations(), helpers=migration_helpers())
        with db.engine.connect() as conn:
            keys = conn.execute(
                text("SELECT name_given_pinyin, name_mixed_pinyin FROM customers")
            ).one()
            reasons = conn.scalars(
                text("SELECT reason FROM customer_status_changes ORDER BY id")
            ).all()
            lost = conn.scalar(text("SELECT lost_reason FROM customers"))
        assert reasons == ["automatic", "booth bundle", "家长说太贵"] and lost == "merged"
        assert tuple(keys) == ("lei", "lil")  # 李雷's given-name search keys, filled
    finally:
        db.dispose()
