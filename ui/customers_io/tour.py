"""The feature's dialogs for the screenshot tour (ui/tour_registry.py)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ui.context import UiContext


def _sample_file() -> Path:
    """A small spreadsheet like the ones offices keep, with a title row and problems."""
    import xlsxwriter

    path = Path(tempfile.mkdtemp(prefix="marketdesk-tour-")) / "招生咨询登记表.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, ["2025年秋季招生咨询登记表"])
    sheet.write_row(2, 0, ["序号", "姓名", "手机号码", "家长姓名", "学校", "年级", "来源", "备注"])
    rows = [
        [1, "陈思远", 13812345678, "陈建国", "第一中学", "初二", "抖音", "周末有空"],
        [2, "林可馨", "139-0000-1111", "林秀英", "实验小学", "五年级", "转介绍", ""],
        [3, "王浩然", "1381234", "", "育才中学", "高一", "官网", "号码不全"],
        [4, "陈思远", "138 1234 5678", "", "", "", "", "想试听数学"],
        ["合计", "4人"],
    ]
    for r, row in enumerate(rows, start=3):
        sheet.write_row(r, 0, row)
    workbook.close()
    return path


def _import_dialog(ctx: UiContext):
    from ui.customers_io.import_dialog import ImportDialog

    dialog = ImportDialog(ctx)
    dialog.open_file(str(_sample_file()))
    return dialog


def _import_preview(ctx: UiContext):
    from ui.customers_io.import_dialog import ImportDialog

    dialog = ImportDialog(ctx)
    dialog.open_file(str(_sample_file()))
    dialog._previewed(dialog.service.preview(ctx.actor, dialog.loaded, dialog.mapping()))
    return dialog


def _export_dialog(ctx: UiContext):
    from ui.customers_io.export_dialog import ExportDialog

    return ExportDialog(ctx, None, [])


def _merge_bundle_dialog(ctx: UiContext):
    from ui.customers_io.bundle_dialog import MergeBundleDialog

    return MergeBundleDialog(ctx)


def _booth_window(ctx: UiContext):
    from ui.customers_io.booth_window import BoothWindow

    window = BoothWindow(ctx)
    window.resize(1280, 800)
    return window


DIALOGS = [
    ("customers_import_mapping", _import_dialog),
    ("customers_import_preview", _import_preview),
    ("customers_export", _export_dialog),
    ("customers_merge_bundle", _merge_bundle_dialog),
    ("customers_booth", _booth_window),
]
