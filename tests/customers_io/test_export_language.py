"""Coded values in an export (the status) follow the export's language, not the
interface's: Chinese labels under Chinese headers."""

from __future__ import annotations

from python_calamine import load_workbook

from app.customers_io.export import ExportOptions, ExportService, headers
from app.i18n import command_line_language


def _statuses(path) -> tuple[str, list[str]]:
    rows = load_workbook(str(path)).get_sheet_by_index(0).to_python()
    column = headers("zh_CN").index("状态")
    return rows[0][column], [row[column] for row in rows[1:]]


def test_status_follows_the_export_language(io_services, actors, add_customer, tmp_path, qapp):
    add_customer("曾晓彤", "13812345678")
    service, manager = ExportService(io_services.db), actors["manager"]
    for interface in ("en", "zh_CN"):
        with command_line_language(interface):
            zh, en = tmp_path / f"{interface}-zh.xlsx", tmp_path / f"{interface}-en.xlsx"
            service.export(manager, zh, ExportOptions(language="zh_CN"))
            service.export(manager, en, ExportOptions(language="en"))
        assert _statuses(zh) == ("状态", ["新线索"])
        assert _statuses(en) == ("Status", ["New lead"])
