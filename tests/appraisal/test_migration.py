"""Migration appraisal_a002: the float-yuan money figures become integer fen, rounded
half-up; every KPI gets a unit. From a database at appraisal_a001 holding float data."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.features import version_locations
from db.engine import open_database, sqlite_url
from db.migrate import current_revisions, head_revisions, upgrade
from tests.conftest import postgres_schema_database

NOW = "'2026-01-01 00:00:00'"

# (kpi code, unit, kind) as appraisal_a001 seeded them
KPIS = [("sales_amount", "yuan", "auto"), ("new_customers", "count", "auto")]
KPIS += [("attitude", "", "manual")]
# kpi code -> float targets (period 2026-01..) and what they must become
TARGETS = {
    "sales_amount": [(8000.0, 800_000), (1234.565, 123_457), (0.1, 10), (12345.6, 1_234_560)],
    "new_customers": [(4.0, None)],
}
# (kpi code, actual, target) score lines of a finalized run
SCORES = [("sales_amount", 10000.07, 8000.0), ("new_customers", 3.0, 4.0)]
SCORES += [("attitude", 85.5, None)]


@pytest.fixture(params=["sqlite", "postgresql"])
def old_db(request, tmp_path):
    """A database at appraisal_a001 (the previous head of the branch) with float money."""
    if request.param == "sqlite":
        db = open_database(sqlite_url(tmp_path / "old.sqlite3"))
        _fill(db)
        yield db
        db.dispose()
        return
    with postgres_schema_database(create_tables=False) as db:
        _fill(db)
        yield db


def _fill(db) -> None:
    upgrade(db, version_locations(), "appraisal_a001")
    assert "appraisal_a002" not in current_revisions(db)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO staff (name, position, phone, active, created_at, updated_at, "
                f"version) VALUES ('张三', '销售代表', '', true, {NOW}, {NOW}, 1)"
            )
        )
        staff = conn.execute(text("SELECT id FROM staff")).scalar_one()
        kpis = {}
        for code, unit, kind in KPIS:
            conn.execute(
                text(
                    "INSERT INTO appraisal_kpis (code, name, kind, direction, metric, unit, "
                    "description, active, created_at, updated_at, version) VALUES "
                    f"(:c, :c, :k, 'higher', '', :u, '', true, {NOW}, {NOW}, 1)"
                ),
                {"c": code, "k": kind, "u": unit},
            )
            kpis[code] = conn.execute(
                text("SELECT id FROM appraisal_kpis WHERE code = :c"), {"c": code}
            ).scalar_one()
        for code, values in TARGETS.items():
            for month, (target, _fen) in enumerate(values, start=1):
                conn.execute(
                    text(
                        "INSERT INTO appraisal_targets (staff_id, kpi_id, period, target, "
                        f"created_at, updated_at) VALUES (:s, :k, :p, :t, {NOW}, {NOW})"
                    ),
                    {"s": staff, "k": kpis[code], "p": f"2026-{month:02d}", "t": target},
                )
        conn.execute(
            text(
                "INSERT INTO appraisal_runs (period, kind, status, finalized_by, "
                "reopen_reason, rules, created_at, updated_at, version) VALUES "
                f"('2026-01', 'monthly', 'finalized', 'm', '', '{{}}', {NOW}, {NOW}, 1)"
            )
        )
        run = conn.execute(text("SELECT id FROM appraisal_runs")).scalar_one()
        conn.execute(
            text(
                "INSERT INTO appraisal_results (run_id, staff_id, staff_name, "
                "department_name, position, conduct_points, total, grade, coefficient, "
                "warning, months, acknowledgement, objection) VALUES "
                "(:r, :s, '张三', '', '', 0, 90, 'A', 1.2, false, '', '', '')"
            ),
            {"r": run, "s": staff},
        )
        result = conn.execute(text("SELECT id FROM appraisal_results")).scalar_one()
        for code, actual, target in SCORES:
            unit, kind = next((u, k) for c, u, k in KPIS if c == code)
            conn.execute(
                text(
                    "INSERT INTO appraisal_scores (result_id, kpi_id, kpi_name, kind, "
                    "direction, unit, weight, actual, target, score, comment, scored_by) "
                    "VALUES (:r, :k, :c, :kind, 'higher', :u, 10, :a, :t, 100, '', '')"
                ),
                {"r": result, "k": kpis[code], "c": code, "kind": kind, "u": unit}
                | {"a": actual, "t": target},
            )


def test_money_becomes_integer_fen_rounded_half_up(old_db):
    upgrade(old_db, version_locations())
    assert current_revisions(old_db) == head_revisions(version_locations())
    with old_db.engine.connect() as conn:
        units = dict(conn.execute(text("SELECT code, unit FROM appraisal_kpis")).all())
        assert units == {"sales_amount": "fen", "new_customers": "count", "attitude": "points"}
        targets = conn.execute(
            text(
                "SELECT k.code, t.period, t.target, t.target_fen FROM appraisal_targets t "
                "JOIN appraisal_kpis k ON k.id = t.kpi_id ORDER BY k.code, t.period"
            )
        ).all()
        scores = {
            code: (unit, actual, target, actual_fen, target_fen)
            for code, unit, actual, target, actual_fen, target_fen in conn.execute(
                text(
                    "SELECT kpi_name, unit, actual, target, actual_fen, target_fen "
                    "FROM appraisal_scores"
                )
            )
        }
    assert [(c, p, t, f) for c, p, t, f in targets] == [
        ("new_customers", "2026-01", 4.0, None),
        ("sales_amount", "2026-01", None, 800_000),
        ("sales_amount", "2026-02", None, 123_457),  # 1234.565 half-up
        ("sales_amount", "2026-03", None, 10),
        ("sales_amount", "2026-04", None, 1_234_560),
    ]
    assert all(type(f) is int for *_, f in targets if f is not None)
    assert scores["sales_amount"] == ("fen", None, None, 1_000_007, 800_000)
    assert scores["new_customers"] == ("count", 3.0, 4.0, None, None)
    assert scores["attitude"] == ("points", 85.5, None, None, None)


def test_the_converted_data_reads_through_the_service(old_db):
    from app.appraisal.service import AppraisalService
    from app.context import Actor

    upgrade(old_db, version_locations())
    service = AppraisalService(old_db)
    admin = Actor.command_line()
    targets = service.targets(admin, "2026-02")
    assert list(targets.values()) == [123_457]
    (run,) = service.runs(admin)
    (result,) = service.results(admin, run.id)
    sales = next(s for s in result.scores if s.kpi_name == "sales_amount")
    assert (sales.unit, sales.actual, sales.target) == ("fen", 1_000_007, 800_000)


def test_to_fen_rounds_half_up():
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    path = root / "db" / "migrations" / "versions" / "appraisal_a002_money_fen.py"
    spec = importlib.util.spec_from_file_location("appraisal_a002", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert [module.to_fen(v) for v in (0.005, 0.015, 2.675, 1.0049, 99999999.99)] == [
        1, 2, 268, 100, 9_999_999_999,
    ]  # fmt: skip


def test_downgrade_gives_the_yuan_back(old_db):
    from alembic import command

    from db.migrate import alembic_config

    upgrade(old_db, version_locations())
    cfg = alembic_config(version_locations())
    with old_db.engine.connect() as connection, connection.begin():
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "appraisal_a001")
    with old_db.engine.connect() as conn:
        targets = conn.execute(
            text("SELECT target FROM appraisal_targets ORDER BY kpi_id, period")
        ).scalars()
        units = set(conn.execute(text("SELECT unit FROM appraisal_kpis")).scalars())
    assert list(targets) == [8000.0, 1234.57, 0.1, 12345.6, 4.0]
    assert units == {"yuan", "count", ""}
