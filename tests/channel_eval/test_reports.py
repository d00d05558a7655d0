"""The channel report as PDF (bundled CJK font, every figure extractable) and .xlsx."""

from __future__ import annotations

import subprocess

import pytest
from python_calamine import load_workbook
from sqlalchemy import select

from app.errors import PermissionDenied
from db.models.audit import AuditEntry
from tests.channel_eval.conftest import MARCH
from tests.printing.helpers import poppler


def _text(path) -> str:
    out = subprocess.run(
        [poppler("pdftotext"), "-raw", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return "".join(out.split())


def test_pdf_report(services, actors, march, tmp_path):
    out = tmp_path / "channels.pdf"
    services.channel_eval.export_pdf(actors["manager"], MARCH, "linear", out)
    fonts = subprocess.run(
        [poppler("pdffonts"), str(out)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # all embedded
    pages = subprocess.run(
        [poppler("pdfinfo"), str(out)], check=True, capture_output=True, text=True
    ).stdout
    assert "595.276 x 841.89" in pages or "841.89 x 595.276" in pages  # A4
    text = _text(out)
    for expected in (
        "2026-03-01–2026-03-31",
        "linear",  # the model is named in the heading and on the charts
        "抖音",
        "社区活动",
        "¥1,500.00",  # Douyin's cost
        "—",  # partner: no leads, CPL not computable
        "ROIranking",
        "Funnel:lead→trial→enrolled",
        "官网:nocostrecorded;ROInotcomputable",
    ):
        assert expected in text, expected
    assert text.count("attribution:linear") >= 4
    with services.db.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert entry.entity == "channel_report"


def test_xlsx_and_refusals(services, actors, march, tmp_path):
    out = tmp_path / "channels.xlsx"
    services.channel_eval.export_xlsx(actors["finance"], MARCH, "last", out)
    book = load_workbook(str(out))
    assert "Activities" in book.sheet_names
    heading = book.get_sheet_by_name("Channels").to_python()[0][0]
    assert "last touch" in heading
    with pytest.raises(PermissionDenied):
        services.channel_eval.export_xlsx(actors["staff"], MARCH, "first", tmp_path / "x.xlsx")
    with pytest.raises(PermissionDenied):
        services.channel_eval.export_pdf(actors["service"], MARCH, "first", tmp_path / "x.pdf")
    assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "x.pdf").exists()
    with services.db.session() as session:
        exports = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert len(exports) == 1
