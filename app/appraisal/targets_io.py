"""Targets from an .xlsx sheet: a header row with staff, KPI, period and target
columns (Chinese or English headers), then one target a row. A money KPI's target is
an amount in yuan (a number cell, or text such as "12,345.60"), read into fen by
app/money.py: never through a float's arithmetic."""

from __future__ import annotations

from pathlib import Path

from app.appraisal.translation import tr
from app.appraisal.units import Figure, parse_figure
from app.customers_io.guard import check_spreadsheet
from app.errors import ValidationError

HEADERS = {
    "staff": ("员工", "姓名", "staff", "name"),
    "kpi": ("指标", "考核指标", "kpi"),
    "period": ("期间", "考核期间", "period"),
    "target": ("目标", "目标值", "target"),
}


def _cell(value: object) -> str:
    """A cell as text. A number cell arrives as a float; it is read as the 15
    significant digits a spreadsheet shows ("12345.6", not 12345.600000000000364),
    and that text is parsed exactly like a typed one."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(value, ".15g")
    return str(value if value is not None else "").strip()


def read_targets(
    path: Path, staff: dict[str, int], kpis: dict[str, tuple[int, str]]
) -> list[tuple[int, int, str, Figure | None]]:
    """(staff id, kpi id, period, target) entries (kpis: name or code -> (id, unit));
    a row naming an unknown person or KPI, or an unreadable target, stops the import
    with its row number and the problem."""
    from python_calamine import load_workbook

    check_spreadsheet(path)
    try:
        rows = load_workbook(str(path)).get_sheet_by_index(0).to_python()
    except Exception as exc:  # noqa: BLE001 - calamine raises its own error types
        raise ValidationError("file", tr("%s cannot be read: %s") % (path.name, exc)) from exc
    columns: dict[str, int] = {}
    start = 0
    for n, row in enumerate(rows[:10]):
        texts = [_cell(c).lower() for c in row]
        found = {
            key: texts.index(name)
            for key, names in HEADERS.items()
            for name in names
            if name in texts
        }
        if len(found) == len(HEADERS):
            columns, start = found, n + 1
            break
    if not columns:
        raise ValidationError(
            "file", tr("No header row with the columns 员工, 指标, 期间 and 目标 was found.")
        )
    entries = []
    for n, row in enumerate(rows[start:], start=start + 1):
        values = {key: _cell(row[i]) if i < len(row) else "" for key, i in columns.items()}
        if not any(values.values()):
            continue
        if values["staff"] not in staff:
            raise ValidationError(
                "file", tr("Row %d: no staff member named '%s'.") % (n, values["staff"])
            )
        if values["kpi"] not in kpis:
            raise ValidationError("file", tr("Row %d: no KPI named '%s'.") % (n, values["kpi"]))
        kpi, unit = kpis[values["kpi"]]
        try:
            target = parse_figure(unit, values["target"])
        except ValidationError as exc:
            raise ValidationError("file", tr("Row %d: %s") % (n, exc.message)) from None
        entries.append((staff[values["staff"]], kpi, values["period"], target))
    return entries
