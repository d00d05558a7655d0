"""The global exception hook logs unexpected errors and shows service refusals plainly."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QMessageBox

from app.errors import ValidationError
from ui import crash


def test_unexpected_error_is_logged_with_traceback(qapp, caplog):
    crash.install(enabled=False)
    try:
        raise ZeroDivisionError("boom in a slot")
    except ZeroDivisionError:
        exc_info = sys.exc_info()
    calls = []
    original = sys.__excepthook__
    sys.__excepthook__ = lambda *a: calls.append(a)
    try:
        with caplog.at_level(logging.ERROR, logger="crash"):
            crash.excepthook(*exc_info)
    finally:
        sys.__excepthook__ = original
        sys.excepthook = sys.__excepthook__
    assert "boom in a slot" in caplog.text and "ZeroDivisionError" in caplog.text
    assert "Traceback" in caplog.text
    assert calls, "with the dialog switched off the error still reaches the default hook"


def test_service_error_shows_message_not_crash_dialog(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    crash.install(enabled=True)
    try:
        crash.excepthook(ValidationError, ValidationError("name", "A name is required."), None)
    finally:
        sys.excepthook = sys.__excepthook__
    assert shown == ["A name is required."]


def test_crash_report_has_versions():
    try:
        raise RuntimeError("x")
    except RuntimeError:
        report = crash.format_report(*sys.exc_info())
    assert "Python" in report and "Qt" in report and "RuntimeError: x" in report


def test_peak_rss_is_this_process_not_the_parent():
    """ru_maxrss survives exec(); the reading must be the child's own peak."""
    import subprocess

    from app.diagnostics import peak_rss_mb

    ballast = bytearray(200 * 1024 * 1024)
    for i in range(0, len(ballast), 4096):
        ballast[i] = 1
    assert peak_rss_mb() > 200
    child = subprocess.run(
        [sys.executable, "-c", ("from app.diagnostics import peak_rss_mb; print(peak_rss_mb())")],
        capture_output=True,
        text=True,
        check=True,
    )
    del ballast
    assert float(child.stdout) < 100
