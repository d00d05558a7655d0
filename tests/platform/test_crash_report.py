"""The crash dialog saves a zip a clerk can e-mail: the error, the versions and the end
of the log, without credentials or personal data."""

from __future__ import annotations

import os
import sys
import zipfile

from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.crash_report import log_tail, scrub, write_crash_zip
from ui import crash

SECRET_LOG = """\
2026-12-06 09:00:01 INFO app.database: opened postgresql+psycopg://clerk:S3cret-pw@db/marketdesk
2026-12-06 09:00:02 ERROR app.customers: cannot save 张小明 (guardian 李娜), phone 138 1234 5678
2026-12-06 09:00:03 ERROR sqlalchemy: [SQL: INSERT INTO customers VALUES (?, ?)]
[parameters: ('13812345678', '王芳')]
2026-12-06 09:00:04 WARNING app.io: {home}/Desktop/学员名单.xlsx by zhang.wei@school.cn
2026-12-06 09:00:05 INFO libpq: host=db password=hunter22 dbname=marketdesk
2026-12-06 09:00:06 INFO app.users: ID 110101200001011234 checked; claim BX-2026-0042 line 3
"""
PERSONAL = [
    "S3cret-pw", "hunter22", "张小明", "李娜", "王芳", "138 1234 5678", "13812345678",
    "学员名单", "zhang.wei@school.cn", "110101200001011234",
]  # fmt: skip


def test_scrub_removes_credentials_and_personal_data():
    text = scrub(SECRET_LOG.format(home=os.path.expanduser("~")))
    for secret in PERSONAL:
        assert secret not in text
    assert os.path.expanduser("~") not in text
    # What a developer needs stays: levels, loggers, English words, short numbers.
    assert "ERROR app.customers: cannot save" in text
    assert "BX-2026-0042 line 3" in text and "2026-12-06 09:00:06" in text
    assert "[parameters hidden]" in text and "[e-mail]" in text


def test_the_zip_holds_report_versions_and_the_scrubbed_log(tmp_path):
    log = tmp_path / "marketdesk.log"
    log.write_text(SECRET_LOG.format(home=os.path.expanduser("~")), encoding="utf-8")
    report = "Traceback ...\nValueError: customer 张小明 13812345678\n"
    target = write_crash_zip(tmp_path / "r.zip", report, {"MarketDesk": "0.1.0"}, log)
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == ["log.txt", "report.txt", "versions.txt"]
        everything = "".join(archive.read(n).decode("utf-8") for n in archive.namelist())
        assert "MarketDesk: 0.1.0" in archive.read("versions.txt").decode()
        assert "ValueError: customer" in archive.read("report.txt").decode()
        assert "ERROR app.customers" in archive.read("log.txt").decode()
    for secret in PERSONAL:
        assert secret not in everything


def test_log_tail_starts_at_a_line(tmp_path):
    log = tmp_path / "big.log"
    log.write_text("".join(f"line {i:05d}\n" for i in range(10_000)), encoding="utf-8")
    tail = log_tail(log, limit=1000)
    assert tail.startswith("line ") and tail.endswith("line 09999\n") and len(tail) <= 1000
    assert log_tail(tmp_path / "missing.log") == ""


def test_the_crash_dialog_saves_the_zip(qtbot, tmp_path, monkeypatch):
    from app.logging_setup import log_file_path

    log_file_path().write_text("2026 ERROR x: 客户 陈晨 13900001111\n", encoding="utf-8")
    try:
        raise RuntimeError("failed for 13900001111 at postgresql://u:pw123@h/db")
    except RuntimeError:
        report = crash.format_report(*sys.exc_info())
    dialog = crash.CrashDialog(report)
    qtbot.addWidget(dialog)
    target = tmp_path / "for-it.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    assert dialog.save_report() == target
    assert told and str(target) in told[0]
    with zipfile.ZipFile(target) as archive:
        versions = archive.read("versions.txt").decode()
        text = "".join(archive.read(n).decode("utf-8") for n in archive.namelist())
    assert "Qt: " in versions and "PySide6: " in versions and "Python: " in versions
    assert "RuntimeError" in text
    for secret in ("13900001111", "陈晨", "pw123"):
        assert secret not in text


def test_cancelling_the_save_writes_nothing(qtbot, tmp_path, monkeypatch):
    dialog = crash.CrashDialog("report")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert dialog.save_report() is None
    assert list(tmp_path.glob("*.zip")) == []
