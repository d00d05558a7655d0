"""Crash reports and the log carry no SQL parameters (phones, names) (issue 21)."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from app.redaction import RedactingFilter
from db.engine import open_database, sqlite_url
from ui.crash import format_report

PHONE = "13812345678"
NAME = "王小明"


def _duplicate(engine) -> IntegrityError:
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE people (phone TEXT UNIQUE, name TEXT)"))
        connection.execute(text("INSERT INTO people VALUES (:p, :n)"), {"p": PHONE, "n": NAME})
    with pytest.raises(IntegrityError) as info, engine.begin() as connection:
        connection.execute(text("INSERT INTO people VALUES (:p, :n)"), {"p": PHONE, "n": NAME})
    return info.value


def _report(exc: BaseException) -> str:
    return format_report(type(exc), exc, exc.__traceback__)


def test_the_engine_hides_parameters_of_a_database_error(tmp_path):
    db = open_database(sqlite_url(tmp_path / "a.sqlite3"))
    try:
        exc = _duplicate(db.engine)
    finally:
        db.dispose()
    for shown in (str(exc), _report(exc)):
        assert "UNIQUE" in shown
        assert PHONE not in shown and NAME not in shown


def test_reports_and_the_log_strip_parameters_an_engine_left_in(tmp_path):
    """A safety net for an error raised by an engine made elsewhere (a script, a tool)."""
    engine = create_engine(sqlite_url(tmp_path / "b.sqlite3"))
    try:
        exc = _duplicate(engine)
    finally:
        engine.dispose()
    assert PHONE in str(exc)  # what the net is for
    report = _report(exc)
    assert "UNIQUE" in report and "[parameters hidden]" in report
    assert PHONE not in report and NAME not in report
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed: %s", (exc,), None)
    try:
        raise exc
    except IntegrityError:
        import sys

        record.exc_info = sys.exc_info()
    RedactingFilter().filter(record)
    logged = logging.Formatter().format(record)
    assert "UNIQUE" in logged and PHONE not in logged and NAME not in logged
