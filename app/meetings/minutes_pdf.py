"""The printed minutes (会议纪要): the notice's facts, the attendance, the decisions,
the action items, the host's signature (the captured image, as on claim forms, or a
line for ink) and the read confirmations. In Chinese, as the office's other printed
forms, with the bundled CJK font embedded (app/printing/fonts.py).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.meetings.rows import MeetingRow
from app.printing.fonts import cjk_font, drawable
from app.printing.layout import printed_footer, report_document

log = logging.getLogger(__name__)

MARGIN = 16 * mm
ATTENDANCE_ZH = {"": "未记录", "on_time": "准时", "late": "迟到", "absent": "缺席"}


def _local(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def _attendance(row: MeetingRow) -> str:
    parts = []
    for i in row.invitees:
        mark = ATTENDANCE_ZH.get(i.attendance, i.attendance)
        if i.attendance == "late":
            mark += f"{i.minutes_late}分钟"
        parts.append(f"{i.name}（{mark}）")
    return "、".join(parts)


def _signature_cell(png: bytes | None, width: float, height: float) -> Any:
    if png is None:
        return ""
    try:
        image = Image(io.BytesIO(png))
        scale = min(width / image.imageWidth, height / image.imageHeight)
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        return image
    except Exception as exc:  # noqa: BLE001 - a damaged image must not stop printing
        log.warning("signature image not drawn: %s", exc)
        return ""


def write_minutes(
    row: MeetingRow,
    signature_png: bytes | None,
    target: str | Path | BinaryIO,
    *,
    organisation: str = "",
    printed_at: dt.datetime | None = None,
) -> int:
    """Write the minutes as an A4 PDF; returns the number of pages."""
    font = cjk_font()
    printed_at = printed_at or dt.datetime.now().astimezone()
    doc = report_document(target, f"会议纪要 {row.title}", margin=MARGIN)
    width = A4[0] - 2 * MARGIN
    footer = printed_footer(
        f"{organisation} 会议纪要 {row.title}" + ("（保密）" if row.confidential else ""),
        printed_at,
        A4[0],
        MARGIN,
    )
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    heading = ParagraphStyle("heading", fontName=font, fontSize=11, leading=16, spaceBefore=4)
    cell = ParagraphStyle("cell", fontName=font, fontSize=9, leading=12.5, wordWrap="CJK")

    def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(
            drawable(text).replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>"), style
        )

    label = [0, 2]
    facts = Table(
        [
            ["会议名称", p(row.title), "会议系列", p(row.series or "—")],
            [
                "时间",
                _local(row.starts_at) + f"（{row.minutes_planned}分钟）",
                "地点",
                p(row.place or "—"),
            ],
            ["主持人", p(row.host_name), "记录人", p(row.recorder_name)],
            ["参会人员", p(_attendance(row)), "", ""],
            ["议程", p(row.agenda or "—"), "", ""],
        ],
        colWidths=[20 * mm, width / 2 - 20 * mm, 20 * mm, width / 2 - 20 * mm],
        style=_grid(font, label, spans=[((1, 3), (3, 3)), ((1, 4), (3, 4))]),
    )
    items: list[list[Any]] = [["序号", "事项", "负责人", "完成期限", "状态"]]
    for n, a in enumerate(row.action_items, start=1):
        items.append(
            [
                str(n),
                p(a.text),
                p(a.owner_name),
                a.due_on.isoformat() if a.due_on else "—",
                "已完成" if a.done else "进行中",
            ]
        )
    if len(items) == 1:
        items.append(["", p("无"), "", "", ""])
    item_table = Table(
        items,
        colWidths=[12 * mm, width - 70 * mm, 22 * mm, 22 * mm, 14 * mm],
        repeatRows=1,
        style=_grid(font, header_rows=1),
    )
    signature = _signature_cell(row.has_signature and signature_png or None, 45 * mm, 16 * mm)
    signed = Table(
        [
            [
                "主持人审核签字",
                signature if signature != "" else ("（纸面签字）" if row.signed_at else ""),
                "签署日期",
                _local(row.signed_at)[:10],
            ]
        ],
        colWidths=[30 * mm, 60 * mm, 22 * mm, width - 112 * mm],
        rowHeights=[20 * mm],
        style=_grid(font, label),
    )
    readers = [i for i in row.invitees if i.read_at is not None]
    read_text = "、".join(f"{i.name}（{_local(i.read_at)[:10]}）" for i in readers) or "—"
    story: list[Any] = [
        Paragraph(drawable(f"{organisation} 会议纪要".strip()), title),
    ]
    if row.confidential:
        story.append(p("【保密】本纪要仅限参会人员阅读，不得外传。"))
    story += [
        Spacer(1, 3 * mm),
        facts,
        Paragraph("一、会议决议", heading),
        p(row.decisions or "—"),
        Paragraph("二、待办事项", heading),
        item_table,
        Spacer(1, 5 * mm),
        KeepTogether([signed]),
        Paragraph("三、分发与阅读确认", heading),
        p(f"分发时间：{_local(row.distributed_at) or '未分发'}；已确认阅读：{read_text}"),
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return footer.pages


def _grid(
    font: str,
    label_cols: list[int] | None = None,
    header_rows: int = 0,
    spans: list[tuple[tuple[int, int], tuple[int, int]]] | None = None,
) -> TableStyle:
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#666666")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#EEEEEE")))
    for column in label_cols or []:
        commands.append(("BACKGROUND", (column, 0), (column, -1), colors.HexColor("#EEEEEE")))
    for start, end in spans or []:
        commands.append(("SPAN", start, end))
        commands.append(("BACKGROUND", start, end, colors.white))
    return TableStyle(commands)
