"""python main.py appraisal-run PERIOD [--finalize] [--json] (issue 16 item 11)."""

from __future__ import annotations

import json

import pytest

from app.context import Actor
from app.database import prepare_database
from app.services import Services
from db.engine import sqlite_url
from main import main
from tests.appraisal.conftest import add_customers, kpi_id
from tests.conftest import make_actors


@pytest.fixture
def cli_db(tmp_path):
    url = sqlite_url(tmp_path / "cli.sqlite3")
    db = prepare_database(url)  # the migrations, as the command line runs them
    services = Services(db)
    actors = make_actors(services)
    from sqlalchemy import select

    from db.models.staff import Department, Staff

    with db.session() as s, s.begin():
        sales = s.scalar(select(Department.id).where(Department.code == "sales"))
        person = s.get(Staff, actors["staff"].staff_id)
        person.department_id, person.position = sales, "销售代表"
    services.appraisal.ensure_library(Actor.command_line())
    services.appraisal.set_targets(
        Actor.command_line(),
        [(actors["staff"].staff_id, kpi_id(services, "new_customers"), "2026-10", 4)],
    )
    add_customers(db, actors["staff"].staff_id, 2)
    yield url, db, actors
    db.dispose()


def test_json_shape(cli_db, capsys):
    url, _, _ = cli_db
    assert main(["appraisal-run", "2026-10", "--json", "--db", url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"period", "status", "people"}
    assert (data["period"], data["status"]) == ("2026-10", "draft")
    (person,) = data["people"]
    assert set(person) == {
        "staff",
        "department",
        "kpis",
        "conduct_points",
        "total",
        "grade",
        "coefficient",
        "warning",
    }
    assert person["staff"] == "测试staff" and person["department"] == "销售部"
    new = next(k for k in person["kpis"] if k["name"] == "新客户数")
    assert new == {
        "name": "新客户数",
        "kind": "auto",
        "unit": "count",
        "actual": 2.0,
        "target": 4.0,
        "score": 50.0,
        "weight": 15,
    }
    manual = next(k for k in person["kpis"] if k["name"] == "工作态度")
    assert manual["kind"] == "manual" and manual["score"] is None
    assert sum(k["weight"] for k in person["kpis"]) == 100
    # (15 × 50 + 10 × 120 (expense rate 0 %)) / 25 = 78
    assert (person["total"], person["grade"], person["coefficient"]) == (78.0, "C", 0.8)
    assert person["warning"] is False and person["conduct_points"] == 0.0


def test_finalize_then_frozen(cli_db, capsys):
    url, db, actors = cli_db
    assert main(["appraisal-run", "2026-10", "--finalize", "--json", "--db", url]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["status"] == "finalized"
    add_customers(db, actors["staff"].staff_id, 9)
    assert main(["appraisal-run", "2026-10", "--json", "--db", url]) == 0
    assert json.loads(capsys.readouterr().out) == first


def test_text_output_and_bad_period(cli_db, capsys):
    url, _, _ = cli_db
    assert main(["appraisal-run", "2026-10", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "新客户数" in out and "grade C" in out and "工作态度" in out
    assert main(["appraisal-run", "2026-13", "--db", url]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "2026-13" in err
