"""The per-person PDF with its signature boxes, the summary PDF, the workbook;
and the pure summaries (ranking, distribution, warnings, honours)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from app.appraisal import report
from app.appraisal.rows import ResultRow
from app.context import Actor
from app.errors import PermissionDenied
from tests.appraisal.conftest import kpi_id

ADMIN = Actor.command_line()


def _text(path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_person_pdf_summary_pdf_and_xlsx(office, tmp_path):
    svc, s = office.services, office.staff
    run = svc.appraisal.run(ADMIN, "2026-10")
    svc.appraisal.set_manual_score(ADMIN, run.id, s["staff"], kpi_id(svc, "attitude"), 40, "迟到多")
    person = tmp_path / "p.pdf"
    svc.appraisal.export(ADMIN, run.id, "person", person, s["staff"])
    text = _text(person)
    for words in ("员工确认", "考核人", "测试staff", "工作态度", "迟到多", "2026年10月"):
        assert words in text
    summary = tmp_path / "s.pdf"
    svc.appraisal.export(ADMIN, run.id, "summary", summary)
    assert "绩效考核汇总表" in _text(summary) and "等级分布" in _text(summary)
    book = tmp_path / "r.xlsx"
    svc.appraisal.export(ADMIN, run.id, "xlsx", book)
    sheet = load_workbook(book)["考核结果"]
    names = [row[1] for row in sheet.iter_rows(min_row=3, values_only=True)]
    assert len(names) == 5 and "测试staff" in names


def test_staff_prints_only_their_own(office, tmp_path):
    svc, s = office.services, office.staff
    run = svc.appraisal.run(ADMIN, "2026-10")
    with pytest.raises(PermissionDenied):
        svc.appraisal.export(
            office.actors["staff"], run.id, "person", tmp_path / "x.pdf", s["colleague"]
        )
    assert not (tmp_path / "x.pdf").exists()
    book = tmp_path / "own.xlsx"
    svc.appraisal.export(office.actors["staff"], run.id, "xlsx", book)
    rows = list(load_workbook(book)["考核结果"].iter_rows(min_row=3, values_only=True))
    assert [r[1] for r in rows] == ["测试staff"]


def _row(name, department, total, grade, warning=False):
    return ResultRow(
        0, 1, "2026-10", "finalized", 0, name, None, department, "", 0.0, total, grade,
        1.0, warning, "", "", "", (),
    )  # fmt: skip


def test_ranking_distribution_warnings_and_honours():
    rows = [
        _row("甲", "销售部", 95, "A"),
        _row("乙", "销售部", 81, "B"),
        _row("丙", "客服部", 81, "B"),
        _row("丁", "客服部", 55, "E", warning=True),
        _row("戊", "市场部", 65, "D"),
    ]
    assert [(rank, r.staff_name) for rank, r in report.ranked(rows)] == [
        (1, "甲"), (2, "丙"), (2, "乙"), (4, "戊"), (5, "丁"),
    ]  # fmt: skip
    assert report.distribution(rows) == {"A": 1, "B": 2, "C": 0, "D": 1, "E": 1}
    assert [r.staff_name for r in report.warnings(rows)] == ["丁"]
    # The market department's best is a D: not a candidate.
    assert [r.staff_name for r in report.top_per_department(rows)] == ["甲", "丙"]
    assert report.best_department(rows) == ("销售部", 88.0)
    assert report.best_department([]) is None
