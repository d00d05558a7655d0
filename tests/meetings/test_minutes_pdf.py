"""The signed minutes PDF: Chinese text extractable (bundled CJK font embedded), the
attendance, decisions, action items, the signature and read confirmations; audited."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from sqlalchemy import select

from app.meetings.minutes import ItemInput
from app.meetings.service import Mark
from db.models.audit import AuditEntry
from tests.meetings.conftest import notice
from tests.meetings.test_minutes import signature_png


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
def test_signed_minutes_pdf(services, actors, people, tmp_path):
    m = services.meetings.create_notice(actors["manager"], notice(people, confidential=True))
    m = services.meetings.record_attendance(
        actors["manager"],
        m.id,
        m.version,
        {people.staff: Mark("on_time"), people.colleague: Mark("late", 10)},
    )
    minutes = services.meeting_minutes
    m = minutes.save_minutes(
        actors["staff"],
        m.id,
        m.version,
        "本周重点跟进暑期班续费",
        [ItemInput("整理续费名单", people.colleague, dt.date(2026, 11, 20))],
    )
    m = minutes.submit(actors["staff"], m.id, m.version)
    m = minutes.sign(actors["manager"], m.id, m.version, signature_png())
    m = minutes.distribute(actors["manager"], m.id, m.version)
    minutes.confirm_read(actors["service"], m.id)
    target = tmp_path / "minutes.pdf"
    assert minutes.print_minutes(actors["staff"], m.id, target).result == 1
    text = subprocess.run(
        ["pdftotext", "-raw", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "会议纪要",
        "周销售例会",
        "三楼会议室",
        "李四（迟到10分钟）",
        "本周重点跟进暑期班续费",
        "整理续费名单",
        "2026-11-20",
        "主持人审核签字",
        "【保密】",
        "测试service",
    ):
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    assert "WenQuanYi" in fonts
    images = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True)
    assert images.returncode != 0 or len(images.stdout.strip().splitlines()) >= 3  # the signature
    with services.db.session() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == "print")) is not None
