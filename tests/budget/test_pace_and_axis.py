"""One source for the budget report's pace words, colours and axis labels (the tab,
the printed report and the command line), and a money axis that fits its labels."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app.budget import pace
from app.budget.report import AHEAD, ON_PACE, OVER, BudgetReport, ReportRow
from app.i18n import install_translators, remove_translators
from db.engine import sqlite_url
from main import main
from tests.budget.helpers import approved_plan, seed
from tests.printing.helpers import make_claim, poppler


@pytest.fixture
def chinese(qapp):
    locale = QLocale()
    install_translators("zh_CN")
    yield
    remove_translators()
    QLocale.setDefault(locale)


def test_axis_labels_count_in_wan_in_chinese():
    assert pace.axis_money(1_200_000, chinese=True) == "¥120万"
    assert pace.axis_money(15_000, chinese=True) == "¥1.5万"
    assert pace.axis_money(5_000, chinese=True) == "¥5,000"
    assert pace.axis_money(1_200_000, chinese=False) == "¥1,200,000"


def test_the_tab_and_the_pdf_say_the_same_pace_words(chinese):
    from ui.budget.report_models import ReportModel

    assert pace.pace_label(AHEAD) == "超进度" == pace.pace_label_chinese(AHEAD)
    assert pace.pace_label(ON_PACE) == "进度正常" == pace.pace_label_chinese(ON_PACE)
    row = ReportRow(1, "差旅费", 100, 0, 100, 90, 0, 10, 50, AHEAD)
    total = ReportRow(None, "", 100, 0, 100, 90, 0, 10, 50, AHEAD)
    import datetime as dt

    model = ReportModel()
    model.set_report(BudgetReport(2026, 3, True, dt.date(2026, 3, 1), [row, total], [], []))
    assert model.index(0, ReportModel.PACE).data() == pace.pace_label_chinese(AHEAD)


def test_the_pdf_reads_its_words_in_chinese_under_an_english_interface(
    services, actors, tmp_path, qapp
):
    cats = seed(services, actors)
    approved_plan(services, actors, {(cats["travel"], 3): 200000})
    make_claim(services.db, actors["staff"], lines=3, status="finance_approved")
    out = tmp_path / "budget.pdf"
    install_translators("en")
    try:
        services.printing.export_budget_report(actors["finance"], 2026, 12, out)
    finally:
        remove_translators()
    text = subprocess.run(
        [poppler("pdftotext"), "-raw", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert pace.pace_label_chinese(OVER) in text and "Over budget" not in text
    assert "进度超前" not in text  # the word the PDF used to have alone


def test_gui_and_pdf_share_the_colours():
    from app.printing import budget_pdf
    from ui.budget import charts

    assert budget_pdf.SPEND_COLOR.hexval()[2:] == pace.SPEND_COLOR[1:]
    assert budget_pdf.BUDGET_COLOR.hexval()[2:] == pace.BUDGET_COLOR[1:]
    assert charts.SPEND_COLOR == pace.SPEND_COLOR


def test_the_cumulative_axis_draws_labels_of_a_million_and_more(qtbot):
    import datetime as dt

    from PySide6.QtGui import QImage, QPainter

    from ui.budget.charts import BurnChart

    chart = BurnChart()
    qtbot.addWidget(chart)
    chart.resize(600, 400)
    budget = [m * 150_000_00 for m in range(1, 13)]  # up to ¥1,800,000
    chart.set_report(BudgetReport(2025, 12, True, dt.date(2026, 1, 5), [], budget, budget))
    chart.show()
    qtbot.waitExposed(chart)
    axis = chart.plot.getAxis("left")
    drawn: list[str] = []
    for _ in range(3):  # a pass that finds the labels too wide widens the axis
        for _ in range(3):
            QCoreApplication.processEvents()
        image = QImage(300, 400, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        drawn = [text for _rect, _flags, text in axis.generateDrawSpecs(painter)[2]]
        painter.end()
    assert "¥1,000,000" in drawn or "¥100万" in drawn, drawn


def test_budget_report_from_the_command_line(tmp_path, capsys):
    from app.database import prepare_database
    from app.services import Services
    from tests.conftest import make_actors

    url = sqlite_url(tmp_path / "b.sqlite3")
    db = prepare_database(url)
    services = Services(db)
    actors = make_actors(services)
    cats = seed(services, actors)
    approved_plan(services, actors, {(cats["travel"], 3): 200000})
    db.dispose()
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    assert main(["budget-report", "2026", "--month", "6", str(pdf), "--db", url]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        [poppler("pdftotext"), "-raw", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "2026年1–6月累计" in text
    assert main(["budget-report", "2026", str(xlsx), "--db", url]) == 0
    assert xlsx.read_bytes().startswith(b"PK")
    capsys.readouterr()
    assert main(["budget-report", "2026", str(tmp_path / "r.txt"), "--db", url]) == 2
    assert ".pdf or .xlsx" in capsys.readouterr().err
    assert main(["budget-report", "2026", "--month", "13", str(pdf), "--db", url]) == 2


def test_report_month_defaults():
    import datetime as dt

    from cli.claims import report_month

    today = dt.date(2026, 5, 9)
    assert report_month(2026, None, today) == 5
    assert report_month(2025, None, today) == 12
    assert report_month(2026, 2, today) == 2
