"""Attendance import: a DingTalk-style monthly sheet (title rows, a two-row header
merged over the days), the remembered mapping, re-import adding nothing, a hostile
file refused, and the import's permissions."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from openpyxl import Workbook

from app.conduct.attendance import find_table, guess_mapping, parse_result
from app.conduct.importer import AMBIGUOUS, EXISTS, NEW, OUTSIDE, UNKNOWN
from app.conduct.records import RecordInput
from app.conduct.service import RecordFilter
from app.context import Actor
from app.errors import PermissionDenied, ServiceError
from tests.conduct.conftest import counts

OCTOBER = RecordFilter(dt.date(2026, 10, 1), dt.date(2026, 10, 31))


def dingtalk_sheet(path, people):
    """钉钉 月度汇总: two title rows, then 姓名/部门/工号/出勤天数/迟到次数, a merged
    考勤结果 group over the days 1..31 with the day numbers in the second header row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "月度汇总"
    ws.append(["月度汇总  统计日期：2026-10-01 至 2026-10-31"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=12)
    ws.append(["报表生成时间：2026-11-02 09:12"])
    fixed = ["姓名", "部门", "工号", "出勤天数", "迟到次数"]
    ws.append(fixed + ["考勤结果"] + [None] * 30)
    ws.append([None] * len(fixed) + list(range(1, 32)))
    for column in range(1, len(fixed) + 1):
        ws.merge_cells(start_row=3, start_column=column, end_row=4, end_column=column)
    ws.merge_cells(start_row=3, start_column=6, end_row=3, end_column=36)
    for name, dept, days in people:
        ws.append([name, dept, "", 21, 0] + [days.get(d, "正常") for d in range(1, 32)])
    wb.save(path)
    return path


@pytest.fixture
def sheet(tmp_path, people):
    return dingtalk_sheet(
        tmp_path / "钉钉考勤.xlsx",
        [
            ("测试staff", "销售部", {3: "迟到12分钟", 9: "早退5分钟", 15: "旷工", 20: "事假1天"}),
            ("李四", "销售部", {6: "迟到3分钟,早退10分钟", 7: "病假4小时", 10: "休息"}),
            ("王五", "客服部", {8: "迟到30分钟"}),
            ("赵六", "销售部", {2: "迟到1分钟"}),
        ],
    )


def test_parse_result_cells():
    assert parse_result("正常") == []
    assert parse_result("迟到12分钟") == [("attendance", "late", 12, 0.0)]
    assert parse_result("严重迟到1小时") == [("attendance", "late", 60, 0.0)]
    assert parse_result("迟到1次(25分钟)") == [("attendance", "late", 25, 0.0)]
    assert parse_result("迟到3分钟,早退10分钟") == [
        ("attendance", "late", 3, 0.0),
        ("attendance", "early_leave", 10, 0.0),
    ]
    assert parse_result("旷工迟到") == [("attendance", "absence", 0, 0.0)]
    assert parse_result("事假1天") == [("leave", "personal", 0, 8.0)]
    assert parse_result("调休4小时") == [("leave", "compensatory", 0, 4.0)]


def test_header_of_two_merged_rows_found(sheet):
    from app.customers_io.reader import read_file

    rows = read_file(sheet).rows
    table = find_table(rows)
    assert table is not None and table.header_row == 2 and table.first_data_row == 4
    assert table.month == dt.date(2026, 10, 1)
    assert table.columns[:6] == ["姓名", "部门", "工号", "出勤天数", "迟到次数", "考勤结果/1"]
    assert table.columns[-1] == "考勤结果/31"
    assert guess_mapping(table.columns) == {"name": "姓名", "department": "部门"}


def test_preview_then_import_then_reimport_adds_nothing(services, actors, people, sheet):
    manager = actors["manager"]
    importer = services.conduct_import
    preview = importer.preview(manager, sheet, "dingtalk")
    assert preview.problems == []
    assert preview.month == dt.date(2026, 10, 1)
    assert preview.counts() == {NEW: 7, EXISTS: 0, UNKNOWN: 1, AMBIGUOUS: 0, OUTSIDE: 1}
    change = importer.run(manager, preview)
    assert change.result == 7
    rows = services.conduct.list_records(actors["admin"], OCTOBER)
    facts = sorted((r.staff_id, r.occurred_on.day, r.subkind, r.minutes, r.status) for r in rows)
    assert facts == sorted(
        [
            (people.staff, 3, "late", 12, "recorded"),
            (people.staff, 9, "early_leave", 5, "recorded"),
            (people.staff, 15, "absence", 0, "recorded"),
            (people.staff, 20, "personal", 0, "approved"),
            (people.colleague, 6, "late", 3, "recorded"),
            (people.colleague, 6, "early_leave", 10, "recorded"),
            (people.colleague, 7, "sick", 0, "approved"),
        ]
    )
    sick = next(r for r in rows if r.subkind == "sick")
    assert (sick.hours, sick.decided_by, sick.source) == (4.0, "DingTalk", "dingtalk")
    before = counts(services)
    again = importer.preview(manager, sheet, "dingtalk")
    assert again.count(NEW) == 0 and again.count(EXISTS) == 7
    assert importer.run(manager, again).result == 0
    assert counts(services)[0] == before[0]


def test_mapping_is_remembered_per_source(services, actors, people, sheet, tmp_path):
    admin = actors["admin"]
    importer = services.conduct_import
    preview = importer.preview(admin, sheet, "dingtalk", mapping={"name": "姓名"})
    importer.run(admin, preview)
    assert importer.remembered_mapping(admin, "dingtalk") == {"name": "姓名"}
    assert importer.remembered_mapping(admin, "wecom") == {}
    # Without the department, the remembered mapping is used for the next file.
    assert importer.preview(admin, sheet, "dingtalk").mapping == {
        "name": "姓名",
        "department": "部门",
    }


def test_row_per_day_time_clock_sheet(services, actors, people, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["考勤记录表 2026年10月"])
    ws.append(["姓名", "日期", "上班时间", "下班时间", "迟到(分钟)", "早退(分钟)", "旷工"])
    ws.append(["李四", "2026-10-05", "09:14", "18:00", 14, 0, 0])
    ws.append(["李四", "2026-10-06", "", "", 0, 0, 1])
    ws.append(["李四", "2026-10-07", "09:00", "17:20", 0, 40, 0])
    path = tmp_path / "clock.xlsx"
    wb.save(path)
    preview = services.conduct_import.preview(actors["manager"], path, "timeclock")
    assert preview.mapping["date"] == "日期" and preview.mapping["late_minutes"] == "迟到(分钟)"
    facts = [(p.event.day.day, p.event.subkind, p.event.minutes) for p in preview.planned]
    assert facts == [(5, "late", 14), (6, "absence", 0), (7, "early_leave", 40)]


def test_a_fact_recorded_by_hand_is_not_imported_twice(services, actors, people, sheet):
    manager = actors["manager"]
    services.conduct.today = lambda: dt.date(2026, 11, 20)
    services.conduct.create_record(
        manager, RecordInput(people.staff, dt.date(2026, 10, 3), "attendance", "late")
    )
    preview = services.conduct_import.preview(manager, sheet, "dingtalk")
    assert preview.count(EXISTS) == 1 and preview.count(NEW) == 6


@pytest.mark.parametrize("role", ["staff", "service", "finance"])
def test_only_managers_import(services, actors, people, sheet, role):
    admin_preview = services.conduct_import.preview(actors["admin"], sheet, "dingtalk")
    before = counts(services)
    with pytest.raises(PermissionDenied):
        services.conduct_import.preview(actors[role], sheet, "dingtalk")
    with pytest.raises(PermissionDenied):
        services.conduct_import.run(actors[role], admin_preview)
    assert counts(services) == before


def test_hostile_file_refused(services, actors, people, tmp_path):
    path = tmp_path / "bomb.xlsx"
    wb = Workbook()
    wb.active["A1"] = "姓名"
    wb.save(path)
    # The sheet claims a cell at the far end of the grid: calamine would allocate it.
    with zipfile.ZipFile(path) as zin:
        parts = {n: zin.read(n) for n in zin.namelist()}
    sheet_part = "xl/worksheets/sheet1.xml"
    parts[sheet_part] = parts[sheet_part].replace(
        b"</sheetData>", b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'
    )
    with zipfile.ZipFile(path, "w") as zout:
        for name, data in parts.items():
            zout.writestr(name, data)
    before = counts(services)
    with pytest.raises(ServiceError):
        services.conduct_import.preview(Actor.command_line(), path, "dingtalk")
    assert counts(services) == before


def test_wecom_style_sheet_with_dates_in_one_header_row(services, actors, people, tmp_path):
    """企业微信 打卡月报: a title row, one header row with a column per day written
    "10-05 周一", and results such as 迟到1次(10分钟)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["打卡月报 统计时间：2026-10-01 至 2026-10-31"])
    ws.append(["姓名", "账号", "部门", "10-05 周一", "10-06 周二", "10-07 周三"])
    ws.append(["李四", "lisi", "销售部", "迟到1次(10分钟)", "正常", "调休4小时"])
    path = tmp_path / "wecom.xlsx"
    wb.save(path)
    preview = services.conduct_import.preview(actors["manager"], path, "wecom")
    facts = [(p.event.day, p.event.subkind, p.event.minutes, p.state) for p in preview.planned]
    assert facts == [
        (dt.date(2026, 10, 5), "late", 10, NEW),
        (dt.date(2026, 10, 7), "compensatory", 0, NEW),
    ]
