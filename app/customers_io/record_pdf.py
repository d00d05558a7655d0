"""A customer's record as an A4 PDF (客户档案): the profile, then the history.

Input is what the customer detail shows the actor (`CustomerRow` from
get_customer, `TimelineEntry` rows from timeline): contacts are already masked
for a role that may not see them, so the printout never shows more than the
screen. Labels follow the interface language; the bundled CJK font draws both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.customers.pipeline import reason_label, status_label
from app.customers.rows import CustomerRow, TimelineEntry
from app.customers_io.translation import tr
from app.printing.fonts import cjk_font, drawable
from app.printing.layout import PageFooter

MARGIN = 15 * mm


def _when(value: dt.datetime | dt.date | None, date_only: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        local = value.astimezone()
        return local.date().isoformat() if date_only else local.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _gender(value: str) -> str:
    return {"M": tr("Male", "customer record"), "F": tr("Female", "customer record")}.get(value, "")


def _yes_no(value: bool, when: dt.datetime | None) -> str:
    if not value:
        return tr("No", "customer record")
    return tr("Yes", "customer record") + (f" ({_when(when)})" if when else "")


def profile_fields(row: CustomerRow) -> list[tuple[str, str]]:
    """(label, value) of the profile, in the order printed."""
    fields = [
        (tr("Name", "customer record"), row.name),
        (
            tr("Status", "customer record"),
            status_label(row.status)
            + (f" ({reason_label(row.lost_reason)})" if row.lost_reason else ""),
        ),
        (tr("Mobile", "customer record"), row.mobile),
        (tr("WeChat", "customer record"), row.wechat),
        (tr("Gender", "customer record"), _gender(row.gender)),
        (tr("Tier", "customer record"), row.tier),
        (tr("Grade", "customer record"), row.grade),
        (tr("School", "customer record"), row.school),
        (tr("Guardian", "customer record"), row.guardian_name),
        (tr("Guardian phone", "customer record"), row.guardian_phone),
        (tr("District", "customer record"), row.district),
        (tr("Channel", "customer record"), row.channel_name),
        (tr("Source event", "customer record"), row.source_event),
        (tr("Owner", "customer record"), row.owner_name),
        (tr("Course interests", "customer record"), row.course_interests),
        (tr("Tags", "customer record"), "、".join(row.tags)),
        (tr("Created", "customer record"), _when(row.created_at, date_only=True)),
        (tr("Last contact", "customer record"), _when(row.last_contact_at)),
        (tr("Next follow-up", "customer record"), _when(row.next_follow_up)),
        (tr("Minor", "customer record"), _yes_no(row.is_minor, None)),
        (tr("Consent to contact", "customer record"), _yes_no(row.consent_contact, row.consent_at)),
        (
            tr("Guardian's consent", "customer record"),
            _yes_no(row.guardian_consent, row.guardian_consent_at),
        ),
    ]
    return fields


def _kind(kind: str) -> str:
    return {
        "status": tr("Status", "customer record"),
        "follow_up": tr("Follow-up", "customer record"),
        "trial": tr("Trial class", "customer record"),
        "enrollment": tr("Enrollment", "customer record"),
        "complaint": tr("Complaint", "customer record"),
        "created": tr("Created", "customer record"),
    }.get(kind, kind)


def write_customer_record(
    row: CustomerRow,
    timeline: Sequence[TimelineEntry],
    target: str | Path | BinaryIO,
    *,
    organisation: str = "",
    printed_by: str = "",
    printed_at: dt.datetime | None = None,
) -> int:
    """Write the record as an A4 portrait PDF; returns the number of pages."""
    font = cjk_font()
    printed_at = printed_at or dt.datetime.now().astimezone()
    out = str(target) if isinstance(target, str | Path) else target
    title_text = tr("Customer record", "customer record")
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=13 * mm,
        bottomMargin=15 * mm,
        title=f"{title_text} #{row.id}",
        creator="MarketDesk 营销管理台",
        initialFontName=font,
    )
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    heading = ParagraphStyle(
        "heading", fontName=font, fontSize=11, leading=16, spaceBefore=3 * mm, spaceAfter=1.5 * mm
    )
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11.5, wordWrap="CJK")
    note = ParagraphStyle("note", parent=cell, textColor=colors.HexColor("#555555"))

    def para(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(escape(drawable(text)).replace("\n", "<br/>"), style)

    width = A4[0] - 2 * MARGIN
    fields = profile_fields(row)
    # Two label/value pairs a line.
    grid = []
    for i in range(0, len(fields), 2):
        pair = fields[i : i + 2] + [("", "")] * (2 - len(fields[i : i + 2]))
        grid.append(
            [para(pair[0][0], note), para(pair[0][1]), para(pair[1][0], note), para(pair[1][1])]
        )
    label_w = 29 * mm
    profile = Table(grid, colWidths=[label_w, width / 2 - label_w] * 2)
    profile.setStyle(
        TableStyle(
            [
                (
                    "FONTNAME",
                    (0, 0),
                    (-1, -1),
                    font,
                ),  # else the cells declare Helvetica, unembedded
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f0f0f0")),
                ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#f0f0f0")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story = [
        para(f"{organisation} {title_text}".strip(), title),
        para(
            f"{row.name} · #{row.id}",
            ParagraphStyle("sub", parent=cell, alignment=1, fontSize=10, leading=14),
        ),
        Spacer(1, 4 * mm),
        profile,
    ]
    for label, text in (
        (tr("Training needs", "customer record"), row.training_needs),
        (tr("Notes", "customer record"), row.notes),
    ):
        if text:
            story += [para(label, heading), para(text)]
    story.append(para(tr("History", "customer record"), heading))
    if timeline:
        lines = [
            [
                para(tr("When", "customer record"), note),
                para(tr("What", "customer record"), note),
                para(tr("Details", "customer record"), note),
            ]
        ]
        for entry in timeline:
            lines.append(
                [
                    para(_when(entry.when, entry.date_only)),
                    para(_kind(entry.kind)),
                    para(entry.summary),
                ]
            )
        history = Table(lines, colWidths=[30 * mm, 22 * mm, width - 52 * mm], repeatRows=1)
        history.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), font),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(history)
    else:
        story.append(para(tr("No history yet.", "customer record"), note))
    footer_left = f"{organisation} {title_text} #{row.id}".strip()
    if row.masked:
        footer_left += "  " + tr("(contacts masked)", "customer record")
    printed = tr("Printed %s by %s", "customer record") % (
        printed_at.strftime("%Y-%m-%d %H:%M"),
        printed_by,
    )
    footer = PageFooter(
        footer_left,
        lambda page: f"{printed}  " + tr("Page %d", "customer record") % page,
        A4[0],
        MARGIN,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return footer.pages
