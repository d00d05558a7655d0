"""Targets imported from an .xlsx sheet (title row, Chinese headers)."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from app.context import Actor
from app.errors import PermissionDenied, ValidationError
from tests.appraisal.conftest import counts, kpi_id

ADMIN = Actor.command_line()


def _sheet(path, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(["2026年10月 考核目标"])
    sheet.append(["员工", "指标", "期间", "目标"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_targets(office, tmp_path):
    svc, s = office.services, office.staff
    path = _sheet(
        tmp_path / "t.xlsx",
        [["测试staff", "销售额", "2026-10", 8000], ["测试staff", "new_customers", "2026-10", 12]],
    )
    svc.appraisal.import_targets(ADMIN, path)
    targets = svc.appraisal.targets(ADMIN, "2026-10")
    assert targets[(s["staff"], kpi_id(svc, "sales_amount"))] == 800_000  # ¥8,000 in fen
    assert targets[(s["staff"], kpi_id(svc, "new_customers"))] == 12.0
    svc.appraisal.import_targets(ADMIN, path)  # again: the same targets, not doubled
    assert len(svc.appraisal.targets(ADMIN, "2026-10")) == 2


def test_bad_rows_stop_the_import_and_write_nothing(office, tmp_path):
    svc = office.services
    before = counts(svc.db)
    path = _sheet(
        tmp_path / "t.xlsx",
        [["测试staff", "销售额", "2026-10", 1], ["无此人", "销售额", "2026-10", 2]],
    )
    with pytest.raises(ValidationError, match="Row 4"):
        svc.appraisal.import_targets(ADMIN, path)
    path = _sheet(tmp_path / "u.xlsx", [["测试staff", "销售额", "2026-13", 1]])
    with pytest.raises(ValidationError, match="month"):
        svc.appraisal.import_targets(ADMIN, path)
    assert counts(svc.db) == before
    with pytest.raises(PermissionDenied):  # the staff role may not import
        svc.appraisal.import_targets(office.actors["staff"], path)
    assert counts(svc.db) == before


@pytest.mark.parametrize(
    ("cell", "fen"),
    [
        (12345.6, 1_234_560),  # a number cell
        (0.07, 7),  # 0.07 is not exact in binary: still 7 fen
        (1234.56, 123_456),
        ("12,345.60", 1_234_560),  # a text cell as a clerk types it
        ("¥1,000", 100_000),
    ],
)
def test_money_targets_are_read_into_exact_fen(office, tmp_path, cell, fen):
    svc, s = office.services, office.staff
    path = _sheet(tmp_path / "m.xlsx", [["测试staff", "销售额", "2026-11", cell]])
    svc.appraisal.import_targets(ADMIN, path)
    target = svc.appraisal.targets(ADMIN, "2026-11")[(s["staff"], kpi_id(svc, "sales_amount"))]
    assert target == fen and type(target) is int


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        (12345.678, "at most two decimal places"),
        ("-100", "cannot be negative"),
        ("一万", "is not an amount"),
    ],
)
def test_a_bad_money_target_names_the_row_and_writes_nothing(office, tmp_path, cell, problem):
    svc = office.services
    before = counts(svc.db)
    path = _sheet(
        tmp_path / "m.xlsx",
        [["测试staff", "new_customers", "2026-11", 3], ["测试staff", "销售额", "2026-11", cell]],
    )
    with pytest.raises(ValidationError, match="Row 4") as raised:
        svc.appraisal.import_targets(ADMIN, path)
    assert problem in raised.value.message
    assert counts(svc.db) == before
