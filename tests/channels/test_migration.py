"""Migration b002: the free-text channels of cost records become channel ids."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.context import Actor
from app.features import version_locations
from app.services import Services
from db.engine import open_database, sqlite_url
from db.migrate import current_revisions, head_revisions, upgrade
from tests.conftest import postgres_schema_database

NOW = "'2026-01-01 00:00:00'"


@pytest.fixture(params=["sqlite", "postgresql"])
def old_db(request, tmp_path):
    """A database at the revisions before b002, holding free-text channels."""
    if request.param == "sqlite":
        db = open_database(sqlite_url(tmp_path / "old.sqlite3"))
        _fill(db)
        yield db
        db.dispose()
        return
    with postgres_schema_database(create_tables=False) as db:
        _fill(db)
        yield db


# claim number -> its channel text; direct expense id -> its channel text
CLAIMS = {"BX-2026-0001": "抖音", "BX-2026-0002": "老带新", "BX-2026-0003": "XYZ传媒"}
EXPENSES = {1: "百度推广", 2: "朋友圈广告投放", 3: "某某公司", 4: ""}


def _fill(db) -> None:
    upgrade(db, version_locations(), "b001")
    upgrade(db, version_locations(), "c002")
    assert "b002" not in current_revisions(db)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (username, display_name, password_hash, role, active, "
                "failed_logins, must_change_password, created_at, updated_at, version) "
                f"VALUES ('u', 'U', 'x', 'staff', true, 0, false, {NOW}, {NOW}, 1)"
            )
        )
        user_id = conn.execute(text("SELECT id FROM users")).scalar_one()
        category = conn.execute(text("SELECT min(id) FROM expense_categories")).scalar_one()
        for seq, (number, channel) in enumerate(CLAIMS.items(), start=1):
            conn.execute(
                text(
                    "INSERT INTO claims (number, year, seq, claim_date, claimant_user_id, "
                    "claimant_name, department_name, purpose, channel, status, return_reason, "
                    "total_fen, budget_override_reason, created_at, updated_at, version) "
                    "VALUES (:n, 2026, :s, '2026-01-02', :u, 'U', '', 'p', :c, 'draft', '', "
                    f"200, '', {NOW}, {NOW}, 1)"
                ),
                {"n": number, "s": seq, "u": user_id, "c": channel},
            )
            claim_id = conn.execute(
                text("SELECT id FROM claims WHERE number = :n"), {"n": number}
            ).scalar_one()
            for position in range(2):
                conn.execute(
                    text(
                        "INSERT INTO claim_lines (claim_id, position, expense_date, place, "
                        "category_id, description, amount_fen, invoice_code, invoice_number, "
                        "invoice_key) VALUES (:c, :p, '2026-01-02', '', :cat, '', 100, '', "
                        "'', '')"
                    ),
                    {"c": claim_id, "p": position, "cat": category},
                )
        for expense_id, channel in EXPENSES.items():
            conn.execute(
                text(
                    "INSERT INTO direct_expenses (id, expense_date, category_id, channel, "
                    "amount_fen, payee, invoice_code, invoice_number, invoice_key, note, "
                    "recorded_by_name, created_at, updated_at) VALUES (:i, '2026-01-03', "
                    f":cat, :c, 500, 'P', '', '', '', '', 'F', {NOW}, {NOW})"
                ),
                {"i": expense_id, "cat": category, "c": channel},
            )
        # A reversal points at the expense it reverses: the table b002 copies and drops
        # is referenced by its own rows (the DROP failed on a real demo database).
        conn.execute(
            text(
                "INSERT INTO direct_expenses (id, expense_date, category_id, channel, "
                "amount_fen, payee, invoice_code, invoice_number, invoice_key, note, "
                "recorded_by_name, reversal_of_id, created_at, updated_at) VALUES (9, "
                f"'2026-01-04', :cat, '抖音', -500, 'P', '', '', '', '', 'F', 1, {NOW}, {NOW})"
            ),
            {"cat": category},
        )


def test_free_text_is_mapped_by_name_code_and_alias_and_the_rest_reported(old_db, capsys):
    upgrade(old_db, version_locations())
    assert current_revisions(old_db) == head_revisions(version_locations())
    with old_db.engine.connect() as conn:
        code_of = dict(conn.execute(text("SELECT id, code FROM channels")).all())
        lines = conn.execute(
            text(
                "SELECT c.number, c.channel, l.channel_id FROM claim_lines l "
                "JOIN claims c ON c.id = l.claim_id ORDER BY c.number, l.position"
            )
        ).all()
        expenses = dict(
            (i, (t, cid))
            for i, t, cid in conn.execute(
                text("SELECT id, channel, channel_id FROM direct_expenses")
            )
        )
    got = {(number, code_of.get(cid)) for number, _text, cid in lines}
    assert got == {
        ("BX-2026-0001", "douyin"),  # the channel's name
        ("BX-2026-0002", "referral"),  # an alias
        ("BX-2026-0003", None),  # nothing matches
    }
    # The text typed before stays, mapped or not.
    assert {number: t for number, t, _ in lines} == CLAIMS
    assert expenses[1] == ("百度推广", _id(code_of, "baidu_ads"))
    assert expenses[2] == ("朋友圈广告投放", _id(code_of, "wechat"))  # contains an alias
    assert expenses[3] == ("某某公司", None)
    assert expenses[4] == ("", None)

    unmapped = Services(old_db).channels.unmapped(Actor.command_line())
    assert [(u.table, u.record, u.text) for u in unmapped] == [
        ("claims", "BX-2026-0003", "XYZ传媒"),
        ("direct_expenses", "", "某某公司"),
    ]


def _id(code_of: dict, code: str) -> int:
    return next(i for i, c in code_of.items() if c == code)


def test_check_lists_what_the_migration_could_not_map(tmp_path, capsys):
    import main

    path = tmp_path / "old.sqlite3"
    db = open_database(sqlite_url(path))
    _fill(db)
    db.dispose()
    assert main.main(["--db", str(path), "check"]) == 0
    out = capsys.readouterr().out
    assert "matched no channel: 2" in out
    assert "claims #3 BX-2026-0003: XYZ传媒" in out
    assert "direct_expenses #3: 某某公司" in out
