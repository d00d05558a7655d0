"""Money KPIs are exact: the sales amount is integer fen from the enrollments, its
targets are fen, and every document shows the amounts with two decimals."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from app.appraisal import report
from app.context import Actor
from app.errors import ValidationError
from tests.appraisal.conftest import add_enrollment, counts, kpi_id

ADMIN = Actor.command_line()


def _line(rows, staff_id, name):
    row = next(r for r in rows if r.staff_id == staff_id)
    return next(s for s in row.scores if s.kpi_name == name)


def test_the_sales_amount_is_exact_fen(office):
    svc, s = office.services, office.staff
    # 0.10 + 0.20 is not 0.30 in binary floats; in fen it is 30.
    for fen in (10, 20, 1_234_567_89, 1):
        add_enrollment(svc.db, s["staff"], fen)
    sales = kpi_id(svc, "sales_amount")
    svc.appraisal.set_targets(ADMIN, [(s["staff"], sales, "2026-10", 1_234_568_20)])
    run = svc.appraisal.run(ADMIN, "2026-10")
    line = _line(svc.appraisal.results(ADMIN, run.id), s["staff"], "销售额")
    assert (line.unit, line.actual, line.target) == ("fen", 1_234_568_20, 1_234_568_20)
    assert type(line.actual) is int and line.score == 100.0
    assert "¥1,234,568.20" in report.run_text(run, svc.appraisal.results(ADMIN, run.id))
    data = report.run_json(run, svc.appraisal.results(ADMIN, run.id))
    (person,) = [p for p in data["people"] if p["staff"] == "测试staff"]
    kpi = next(k for k in person["kpis"] if k["name"] == "销售额")
    assert (kpi["unit"], kpi["actual"]) == ("fen", 1_234_568_20)


def test_a_quarter_adds_the_months_money_targets_in_fen(office):
    svc, s = office.services, office.staff
    sales = kpi_id(svc, "sales_amount")
    svc.appraisal.set_targets(
        ADMIN,
        [(s["manager"], sales, month, 10) for month in ("2026-07", "2026-08", "2026-09")],
    )
    add_enrollment(svc.db, s["manager"], 30, day=dt.date(2026, 8, 1))
    run = svc.appraisal.run(ADMIN, "2026-Q3")
    line = _line(svc.appraisal.results(ADMIN, run.id), s["manager"], "销售额")
    assert (line.actual, line.target, line.score) == (30, 30, 100.0)


@pytest.mark.parametrize("bad", [12345.6, 100.0, -1, True, "100"])
def test_the_service_takes_money_targets_in_whole_fen_only(office, bad):
    svc, s = office.services, office.staff
    before = counts(svc.db)
    entries = [
        (s["staff"], kpi_id(svc, "new_customers"), "2026-10", 5),
        (s["staff"], kpi_id(svc, "sales_amount"), "2026-10", bad),
    ]
    with pytest.raises(ValidationError):
        svc.appraisal.set_targets(ADMIN, entries)
    assert counts(svc.db) == before


def _pdf_text(path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_pdf_and_xlsx_show_amounts_with_two_decimals(office, tmp_path):
    svc, s = office.services, office.staff
    add_enrollment(svc.db, s["staff"], 1_234_560)
    sales = kpi_id(svc, "sales_amount")
    svc.appraisal.set_targets(ADMIN, [(s["staff"], sales, "2026-10", 1_000_000)])
    run = svc.appraisal.run(ADMIN, "2026-10")
    person = tmp_path / "p.pdf"
    svc.appraisal.export(ADMIN, run.id, "person", person, s["staff"])
    text = _pdf_text(person)
    assert "¥12,345.60" in text and "¥10,000.00" in text
    book = tmp_path / "r.xlsx"
    svc.appraisal.export(ADMIN, run.id, "xlsx", book)
    sheet = load_workbook(book)["指标明细"]
    rows = list(sheet.iter_rows(min_row=2))
    row = next(r for r in rows if r[0].value == "测试staff" and r[2].value == "销售额")
    actual, target = row[4], row[5]
    assert (actual.value, target.value) == (12345.6, 10000)
    assert actual.number_format == target.number_format == "#,##0.00"
    assert row[9].value == "元"
