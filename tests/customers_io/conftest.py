"""Fixtures of the import/export tests: seeded channels, file writers, a service set."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from app.customers.rows import CustomerInput


@pytest.fixture
def io_services(services, actors):
    services.customers.ensure_seed_channels(actors["admin"])
    return services


@pytest.fixture
def add_customer(io_services, actors):
    def add(name: str, mobile: str, **fields):
        return io_services.customers.create_customer(
            actors["manager"], CustomerInput(name=name, mobile=mobile, **fields)
        )

    return add


def write_xlsx(path: Path, rows: list[list], *, formulas: dict | None = None) -> Path:
    """Rows of values (ints/floats as numbers, dates as dates); formulas: (r, c) -> (f, value)."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, dt.date):
                sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_format)
            elif isinstance(value, int | float):
                sheet.write_number(r, c, value)
            else:
                sheet.write_string(r, c, value)
    for (r, c), (formula, value) in (formulas or {}).items():
        sheet.write_formula(r, c, formula, None, value)
    workbook.close()
    return path


def write_csv(path: Path, rows: list[list], encoding: str) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


@pytest.fixture
def xlsx_file(tmp_path):
    def make(rows, name="customers.xlsx", **kw):
        return write_xlsx(tmp_path / name, rows, **kw)

    return make
