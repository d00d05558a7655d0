"""The printed monthly report, read back with pdftotext."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.errors import NotFound
from app.worklogs.rows import ReportKey
from tests.worklogs.conftest import counts

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def test_monthly_report_prints_figures_text_and_decision(services, actors, month_data, tmp_path):
    staff, manager = actors["staff"], actors["manager"]
    w = services.worklogs
    row = w.create_report(staff, ReportKey("report", "person", "month", 2026, 11))
    row = w.save_text(
        staff, row.id, row.version, "本月新增线索两个，报名两人。", "完成目标的九成。"
    )
    row = w.submit(staff, row.id, row.version)
    row = w.approve(manager, row.id, row.version, "继续保持")
    pdf = tmp_path / "report.pdf"
    change = w.print_report(manager, row.id, pdf)
    assert change.result == 1
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "月度工作总结",
        "2026年11月",
        "测试staff",
        "销售部",
        "4,500.00",  # enrollments 450000 fen
        "150.00",  # spend 15000 fen
        "本月新增线索两个",
        "自我评价",
        "完成目标的九成",
        "继续保持",
        "已批准",
    ):
        assert expected in text, expected
    # Someone who may not see it prints nothing and writes nothing.
    before = counts(services)
    with pytest.raises(NotFound):
        w.print_report(actors["service"], row.id, tmp_path / "no.pdf")
    assert counts(services) == before and not (tmp_path / "no.pdf").exists()
