"""No database password reaches the log, the crash report or a message (issue 21)."""

from __future__ import annotations

import argparse
import logging
import sys

import pytest

from app import logging_setup
from app.redaction import redact_text, redact_url

SECRET = "s3cr#t-pw"
URL = f"postgresql+psycopg://marketing:{SECRET}@127.0.0.1:1/marketdesk"


@pytest.mark.parametrize(
    "text",
    [
        URL,
        f"cannot open 'postgresql://marketing:{SECRET}@db.local/md' (refused)",
        f"Could not parse SQLAlchemy URL from string 'postgresql://u:p@{SECRET}@h/d'",
        f"conninfo: host=db user=marketing password={SECRET} dbname=md",
    ],
)
def test_redact_text_hides_passwords(text):
    redacted = redact_text(text)
    assert SECRET not in redacted and "***" in redacted


def test_redact_url_keeps_where_the_data_is():
    assert redact_url(URL) == "postgresql+psycopg://marketing:***@127.0.0.1:1/marketdesk"
    assert redact_url("sqlite:////tmp/a.sqlite3") == "sqlite:////tmp/a.sqlite3"


@pytest.fixture
def log_file(monkeypatch):
    """The application's log handler, installed afresh in this test's data folder."""
    root = logging.getLogger()
    ours = [h for h in root.handlers if getattr(h, "_marketdesk", False)]
    for handler in ours:
        root.removeHandler(handler)
    logging_setup.setup_logging()
    added = [h for h in root.handlers if getattr(h, "_marketdesk", False)]
    yield logging_setup.log_file_path()
    for handler in added:
        root.removeHandler(handler)
        handler.close()
    for handler in ours:
        root.addHandler(handler)


def _read(path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_the_log_filter_masks_passwords_in_messages_and_tracebacks(log_file):
    log = logging.getLogger("some.module")
    log.warning("connecting to %s", URL)
    log.warning(f"a message formatted by hand: {URL}")
    try:
        raise RuntimeError(f"driver said: {URL}")
    except RuntimeError:
        log.exception("failed")
    text = _read(log_file)
    assert SECRET not in text
    assert text.count("marketing:***@127.0.0.1") == 3


def test_gui_that_cannot_connect_logs_and_shows_no_password(qtbot, log_file, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui import application

    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(" ".join(args[1:])))
    code = application.run_gui(argparse.Namespace(db=URL, lang="en"))
    assert code == 2 and shown
    assert SECRET not in shown[0]
    text = _read(log_file)
    assert "cannot open database postgresql+psycopg://marketing:***@" in text
    assert SECRET not in text


def test_command_line_error_line_has_no_password(capsys):
    from cli.common import fail

    assert fail(f"cannot open the database: ArgumentError: bad URL '{URL}'") == 2
    assert SECRET not in capsys.readouterr().err


def test_crash_report_has_no_password():
    from ui.crash import format_report

    try:
        raise ValueError(f"could not connect to {URL}")
    except ValueError as exc:
        report = format_report(type(exc), exc, exc.__traceback__)
    assert SECRET not in report and "marketing:***@" in report
