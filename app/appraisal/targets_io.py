"""Targets from an .xlsx sheet: a header row with staff, KPI, period and target
columns (Chinese or English headers), then one target a row."""

from __future__ import annotations

from pathlib import Path

from app.appraisal.translation import tr
from app.customers_io.guard import check_spreadsheet
from app.errors import ValidationError

HEADERS = {
    "staff": ("员工", "姓名", "staff", "name"),
    "kpi": ("指标", "考核指标", "kpi"),
    "period": ("期间", "考核期间", "period"),
    "target": ("目标", "目标值", "target"),
}


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value if value is not None else "").strip()


def read_targets(
    path: Path, staff: dict[str, int], kpis: dict[str, int]
) -> list[tuple[int, int, str, float | None]]:
    """(staff id, kpi id, period, target) entries; a row naming an unknown person or
    KPI, or an unreadable target, stops the import with its row number."""
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
        try:
            target = float(values["target"]) if values["target"] else None
        except ValueError:
            raise ValidationError(
                "file", tr("Row %d: '%s' is not a number.") % (n, values["target"])
            ) from None
        entries.append((staff[values["staff"]], kpis[values["kpi"]], values["period"], target))
    return entries
