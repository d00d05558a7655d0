"""The budget report PDF: table and charts from the budget vs. spend figures."""

from __future__ import annotations

import subprocess

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied
from db.models.audit import AuditEntry
from tests.budget.helpers import approved_plan, seed
from tests.printing.helpers import make_claim, poppler


def test_budget_report_pdf(services, actors, tmp_path):
    cats = seed(services, actors)
    travel, ads = cats["travel"], cats["advertising"]
    approved_plan(services, actors, {(travel, 3): 200000, (ads, 3): 5000000, (ads, 4): 5000000})
    # 3 x 1,409.50 finance-approved travel in March: over the 2,000.00 budget
    make_claim(services.db, actors["staff"], lines=3, status="finance_approved")
    out = tmp_path / "budget.pdf"
    pages = services.printing.export_budget_report(actors["finance"], 2026, 12, out).result
    assert pages >= 1
    fonts = subprocess.run(
        [poppler("pdffonts"), str(out)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)
    text = "".join(
        subprocess.run(
            [poppler("pdftotext"), "-raw", str(out), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
    )
    for expected in (
        "2026年营销预算执行情况报告",
        "2026年1–12月累计",
        "差旅费",
        "广告宣传费",
        "2,000.00",
        "4,228.50",
        "-2,228.50",
        "100,000.00",
        "超预算",
        "合计",
        "各类别有效预算与实际支出",
        "全年累计预算与累计支出",
        "3月",
    ):
        assert expected in text, expected
    with services.db.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert (entry.entity, entry.entity_id) == ("budget_report", "2026")
    with pytest.raises(PermissionDenied):
        services.printing.export_budget_report(actors["staff"], 2026, 12, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
