"""The conduct dialogs for the screenshot tour (ui/tour_registry.py): a record being
edited, and an attendance import previewing a DingTalk-style monthly export."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path


def _record_dialog(ctx):
    from app.conduct.service import RecordFilter
    from ui.conduct.record_dialog import RecordDialog

    today = dt.date.today()
    rows = ctx.services.conduct.list_records(
        ctx.actor, RecordFilter(today - dt.timedelta(days=365), today, kind="attendance")
    )
    return RecordDialog(ctx, rows[0] if rows else None)


def sample_dingtalk_sheet(path: Path, names: list[str], month: dt.date) -> Path:
    """A monthly attendance export as DingTalk writes it: title rows, then a two-row
    header with 考勤结果 merged over the day numbers."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    last = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    ws.append([f"月度汇总  统计日期：{month.isoformat()} 至 {last.isoformat()}"])
    ws.append([f"报表生成时间：{last.isoformat()} 18:30"])
    fixed = ["姓名", "部门", "工号", "出勤天数"]
    ws.append(fixed + ["考勤结果"] + [None] * (last.day - 1))
    ws.append([None] * len(fixed) + list(range(1, last.day + 1)))
    ws.merge_cells(start_row=3, start_column=5, end_row=3, end_column=4 + last.day)
    results = ["迟到8分钟", "早退15分钟", "迟到21分钟", "事假1天", "病假4小时", "旷工"]
    for n, name in enumerate(names):
        days = {3 + 5 * k: results[(n + k) % len(results)] for k in range(n % 3 + 1)}
        ws.append(
            [name, "", f"{1001 + n}", 21] + [days.get(d, "正常") for d in range(1, last.day + 1)]
        )
    wb.save(path)
    return path


def _import_dialog(ctx):
    from ui.conduct.import_dialog import AttendanceImportDialog

    names = [name for _, name in ctx.services.conduct.people(ctx.actor)][:6]
    month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    folder = Path(tempfile.mkdtemp(prefix="conduct-tour-"))  # removed with the tour's scratch
    path = sample_dingtalk_sheet(folder / "钉钉月度汇总.xlsx", names, month)
    return AttendanceImportDialog(ctx, path=path)


def _rules_dialog(ctx):
    from ui.conduct.rules_dialog import ConductRulesDialog

    return ConductRulesDialog(ctx)


DIALOGS = [
    ("conduct-record", _record_dialog),
    ("conduct-import", _import_dialog),
    ("conduct-rules", _rules_dialog),
]
