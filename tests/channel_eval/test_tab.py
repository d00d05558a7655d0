"""The channel evaluation tab: table, findings, charts (hover, legend, PNG), drill-down."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.channel_eval.conftest import build
from ui.channel_eval.charts import ChannelBars, CostScatter, Funnel, MonthlyTrend, RoiRanking
from ui.channel_eval.drill import DrillDialog
from ui.channel_eval.models import MetricsModel
from ui.channel_eval.tab import ChannelEvalTab

APRIL = dt.date(2026, 4, 2)  # "last month" is the fixture's March


@pytest.fixture(autouse=True)
def boxes(monkeypatch):
    shown: list[str] = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda parent, title, text, *a, **k: (
                shown.append(text) or QMessageBox.StandardButton.Ok
            ),
        )
    monkeypatch.setattr(DrillDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    return shown


@pytest.fixture
def tab(qtbot, ui_context):
    admin, staff = ui_context("admin"), ui_context("staff")
    build(admin.services, {"admin": admin.actor, "staff": staff.actor})
    widget = ChannelEvalTab(ui_context("manager"), today=APRIL)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.picker.set_preset("last_month")
    return widget


def _row_of(tab, name: str) -> int:
    return next(i for i, r in enumerate(tab.model.rows) if r is not None and r.name == name)


def test_table_and_findings(tab, qtmodeltester):
    assert tab.picker.period().start == dt.date(2026, 3, 1)
    qtmodeltester.check(tab.model)
    row = _row_of(tab, "抖音")
    text = [tab.model.index(row, c).data() for c in range(12)]
    assert text[:4] == ["抖音", "2", "1", "2"]
    assert text[MetricsModel.CPL] == "¥750.00" and text[MetricsModel.ROI] == "500%"
    assert text[MetricsModel.VS_PREVIOUS] == "+100%"  # one lead in February
    assert text[MetricsModel.YEAR_ON_YEAR] == "—"  # none a year earlier
    partner = _row_of(tab, "合作机构")
    assert tab.model.index(partner, MetricsModel.CPL).data() == "—"
    total = tab.model.rowCount() - 1
    assert tab.model.index(total, MetricsModel.LEADS).data() == "6"
    findings = tab.findings_label.text()
    assert "官网" in findings and "no cost recorded" in findings
    assert "抖音: best ROI" in findings


def test_models_switch_and_every_chart_names_it(tab):
    tab.model_box.setCurrentIndex(tab.model_box.findData("linear"))
    assert tab.report.model == "linear"
    for chart in tab.charts:
        assert "linear" in chart.heading.text()
        assert chart.title() in chart.heading.text()


def _show(tab, kind):
    chart = next(c for c in tab.charts if isinstance(c, kind))
    tab.chart_tabs.setCurrentWidget(chart)
    tab.show()
    QApplication.processEvents()
    return chart


def test_chart_hover_values_and_legends(tab):
    bars = _show(tab, ChannelBars)
    index = next(i for i, r in enumerate(bars.channels()) if r.name == "抖音")
    assert bars.hover_at_view(index, 1) == "抖音: 2 leads, 2 conversions, cost ¥1,500.00"
    assert [item[1].text for item in bars.legend.items] == ["Leads", "Conversions"]
    bars.options.setCurrentIndex(1)  # cost
    assert [item[1].text for item in bars.legend.items] == ["Cost"]

    trend = _show(tab, MonthlyTrend)
    last = len(tab.report.trend_months) - 1
    assert trend.hover_at_view(last, 1).startswith("2026-03: ")
    assert "抖音 2" in trend.hover_at_view(last, 1)
    assert "抖音" in [item[1].text for item in trend.legend.items]

    funnel = _show(tab, Funnel)
    assert funnel.hover_at_view(3, 2) == "Leads: 6 (100.0% of leads)"
    assert funnel.hover_at_view(1, 0) == "Enrolled: 3 (50.0% of leads)"

    scatter = _show(tab, CostScatter)
    assert scatter.hover_at_view(1500, 2).startswith("抖音: cost ¥1,500.00, 2 conversions")

    roi = _show(tab, RoiRanking)
    # worst at the bottom; the three channels at -100% in catalogue order
    assert [r.name for r in roi.ranked] == ["校园推广", "社区活动", "合作机构", "抖音"]
    assert roi.hover_at_view(100, 3).startswith("抖音: ROI 500%")
    assert roi.hover_at_view(-50, 0).startswith("校园推广: ROI -100%")


def test_png_export_of_every_chart(tab, tmp_path, boxes):
    for chart in tab.charts:
        target = tmp_path / f"{chart.key}.png"
        assert tab.write_png(chart, target)
        assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    missing = tmp_path / "no such folder" / "x.png"
    assert not tab.write_png(tab.charts[0], missing)
    assert boxes and "cannot be written" in boxes[-1]


def test_double_click_drills_down(tab, qtmodeltester):
    row = _row_of(tab, "抖音")
    tab.table.setCurrentIndex(tab.model.index(row, MetricsModel.CONVERSIONS))
    tab.drill_down()
    dialog = tab.last_drill
    qtmodeltester.check(dialog.model)
    assert sorted(r[0] for r in dialog.model.rows) == ["客户c1", "客户c6"]
    tab.table.setCurrentIndex(tab.model.index(row, MetricsModel.COST))
    tab.drill_down()
    assert sorted(r[3] for r in tab.last_drill.model.rows) == ["¥1,200.00", "¥300.00"]
    total = tab.model.rowCount() - 1
    tab.table.setCurrentIndex(tab.model.index(total, MetricsModel.LEADS))
    tab.drill_down()
    assert len(tab.last_drill.model.rows) == 6


def test_exports_from_the_tab(tab, tmp_path):
    assert tab.write_file(tmp_path / "r.xlsx", "xlsx")
    assert tab.write_file(tmp_path / "r.pdf", "pdf")
    assert (tmp_path / "r.pdf").read_bytes()[:4] == b"%PDF"


def test_activities_table_and_xlsx_sheets(tab, qtmodeltester, tmp_path):
    from python_calamine import load_workbook

    qtmodeltester.check(tab.activities_model)
    names = [tab.activities_model.index(r, 0).data() for r in range(2)]
    assert names == ["校园宣讲会", "社区亲子活动"]
    assert tab.activities_model.index(0, 6).data() == "¥200.00"  # ¥400 / 2 leads
    assert tab.tables.tabText(1) == "By activity (2)"
    target = tmp_path / "r.xlsx"
    assert tab.write_file(target, "xlsx")
    book = load_workbook(str(target))
    assert book.sheet_names == [
        "Channels",
        "Previous period",
        "Year on year",
        "Monthly trend",
        "Activities",
        "Findings",
    ]
    channels = book.get_sheet_by_name("Channels").to_python()
    douyin = next(row for row in channels if row[0] == "抖音")
    assert douyin[1:6] == [2.0, 1.0, 2.0, 1.0, 1500.0]
    partner = next(row for row in channels if row[0] == "合作机构")
    assert partner[4] == "—" and partner[6] == "—"


def test_double_click_on_charts_lists_the_records(tab):
    bars = _show(tab, ChannelBars)
    index = next(i for i, r in enumerate(bars.channels()) if r.name == "抖音")
    bars.activate_at(index - 0.2, 1)  # the leads bar
    assert sorted(r[0] for r in tab.last_drill.model.rows) == ["客户c1", "客户c2"]
    bars.activate_at(index + 0.2, 1)  # the conversions bar
    assert sorted(r[0] for r in tab.last_drill.model.rows) == ["客户c1", "客户c6"]
    funnel = _show(tab, Funnel)
    funnel.activate_at(1, 1)  # trials of every channel
    assert sorted(r[0] for r in tab.last_drill.model.rows) == ["客户c1", "客户c3"]
    roi = _show(tab, RoiRanking)
    roi.activate_at(100, 3)  # Douyin's cost records
    assert sorted(r[3] for r in tab.last_drill.model.rows) == ["¥1,200.00", "¥300.00"]


def test_double_click_on_an_activity(tab):
    tab.activities_table.setCurrentIndex(tab.activities_model.index(1, 3))  # leads
    tab.drill_activity()
    assert {r[0]: r[4] for r in tab.last_drill.model.rows} == {
        "客户c1": "¥6,000.00",
        "客户c3": "¥5,000.00",
    }
    tab.activities_table.setCurrentIndex(tab.activities_model.index(1, 5))  # cost
    tab.drill_activity()
    assert sorted(r[3] for r in tab.last_drill.model.rows) == ["¥300.00", "¥600.00"]
