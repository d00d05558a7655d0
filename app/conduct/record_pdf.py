"""The printed conduct record (员工行为记录表) of one person and period: the
figures, every record with its points and the person's answer, and the boxes the
staff member and the department head sign. In Chinese, as the office's other
printed forms (app/printing), with the bundled CJK font embedded.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.conduct.points import ConductLine
from app.conduct.records import RecordRow
from app.conduct.summary import PersonSummary
from app.printing.fonts import cjk_font, drawable
from app.printing.layout import printed_footer, report_document

KIND_ZH = {
    "attendance": "考勤",
    "leave": "请假",
    "discipline": "工作纪律",
    "demeanor": "言行举止",
    "commendation": "表彰荣誉",
    "training": "培训",
}
SUBKIND_ZH = {
    "late": "迟到",
    "early_leave": "早退",
    "absence": "旷工",
    "personal": "事假",
    "sick": "病假",
    "annual": "年假",
    "compensatory": "调休",
    "unrelated_work": "工作时间做与工作无关的事",
    "refusing_work": "拒绝或拖延工作",
    "confidentiality": "泄露机密",
    "other_discipline": "其他违纪",
    "dress": "着装不规范",
    "rude_language": "言语不文明",
    "customer_argument": "与客户争吵",
    "other_demeanor": "其他言行问题",
    "excellent_staff": "优秀营销员工",
    "best_team": "最佳销售团队",
    "other_commendation": "其他表彰",
    "internal": "内部培训",
    "external": "外部培训",
    "late_rule": "迟到折算旷工",
}
ACK_ZH = {"pending": "待确认", "acknowledged": "已确认", "objected": "有异议"}
STATUS_ZH = {"requested": "待审批", "rejected": "已驳回", "voided": "已撤销"}
MARGIN = 14 * mm


def _points(value: float) -> str:
    return f"{value:+g}" if value else "0"


def _detail(row: RecordRow) -> str:
    parts = [SUBKIND_ZH.get(row.subkind, row.subkind)]
    if row.minutes:
        parts.append(f"{row.minutes}分钟")
    if row.hours:
        parts.append(f"{row.hours:g}小时")
    if row.ends_on:
        parts.append(f"至{row.ends_on.isoformat()}")
    return " ".join(parts)


def _answer(row: RecordRow) -> str:
    if row.status in STATUS_ZH:
        return STATUS_ZH[row.status]
    text = ACK_ZH.get(row.ack_state, row.ack_state)
    return f"{text}：{row.objection}" if row.objection else text


def write_conduct_record(
    person: PersonSummary,
    records: list[RecordRow],
    rule_lines: list[ConductLine],
    start: dt.date,
    end: dt.date,
    target: str | Path | BinaryIO,
    *,
    organisation: str = "",
    printed_at: dt.datetime | None = None,
    lates_per_absence: int = 3,
) -> int:
    """Write the record as an A4 PDF; returns the number of pages. `rule_lines` are the
    rules' adjustments (lates counted as an absence), printed among the records."""
    font = cjk_font()
    printed_at = printed_at or dt.datetime.now().astimezone()
    period = f"{start.isoformat()} 至 {end.isoformat()}"
    doc = report_document(target, f"员工行为记录表 {person.name} {period}", margin=MARGIN)
    width = A4[0] - 2 * MARGIN
    footer = printed_footer(
        f"{organisation} 员工行为记录表 {person.name} {period}", printed_at, A4[0], MARGIN
    )
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11, wordWrap="CJK")
    small = ParagraphStyle("small", parent=cell, fontSize=8, textColor=colors.HexColor("#444444"))

    def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(drawable(text).replace("\n", "<br/>"), style)

    head = Table(
        [
            ["姓名", person.name, "部门", person.department or "—", "期间", period],
        ],
        colWidths=[14 * mm, 30 * mm, 14 * mm, 34 * mm, 14 * mm, width - 106 * mm],
        style=_grid(font, header_cols=(0, 2, 4)),
    )
    figures = Table(
        [
            ["迟到", "早退", "旷工", "请假(小时)", "违纪", "言行", "表彰", "培训学时", "净分"],
            [
                str(person.lates),
                str(person.early_leaves),
                str(person.absences),
                f"{person.leave_hours:g}",
                str(person.discipline),
                str(person.demeanor),
                str(person.commendations),
                f"{person.training_hours:g}",
                _points(person.points),
            ],
        ],
        colWidths=[width / 9] * 9,
        style=_grid(font, header_rows=1, center=True),
    )
    rows: list[list[object]] = [["日期", "类别", "事项", "分值", "说明", "记录人", "员工确认"]]
    items: list[tuple[dt.date, int, list[object]]] = []
    for r in records:
        points = _points(r.points) if r.status in ("recorded", "approved") else "—"
        items.append(
            (
                r.occurred_on,
                0,
                [
                    r.occurred_on.isoformat(),
                    KIND_ZH.get(r.kind, r.kind),
                    p(_detail(r)),
                    points,
                    p(r.note),
                    p(r.recorder_name),
                    p(_answer(r)),
                ],
            )
        )
    for line in rule_lines:
        items.append(
            (
                line.occurred_on,
                1,
                [
                    line.occurred_on.isoformat(),
                    "考勤",
                    p("迟到折算旷工"),
                    _points(line.points),
                    p(f"{line.occurred_on.month}月迟到满{lates_per_absence}次计为一次旷工", small),
                    "",
                    "",
                ],
            )
        )
    rows += [row for _, _, row in sorted(items, key=lambda i: (i[0], i[1]))]
    if len(rows) == 1:
        rows.append(["", "", p("本期无行为记录"), "", "", "", ""])
    table = Table(
        rows,
        colWidths=[20 * mm, 16 * mm, 36 * mm, 12 * mm, width - 138 * mm, 20 * mm, 34 * mm],
        repeatRows=1,
        style=_grid(font, header_rows=1),
    )
    boxes = Table(
        [
            [
                p(
                    "员工确认：本人已阅读以上记录。\n□ 确认无误    □ 有异议（请注明）：\n\n\n"
                    "员工签字：______________    日期：____年__月__日"
                ),
                p("部门负责人意见：\n\n\n\n签字：______________    日期：____年__月__日"),
            ]
        ],
        colWidths=[width / 2, width / 2],
        rowHeights=[38 * mm],
        style=_grid(font, top=True),
    )
    story = [
        Paragraph(drawable(f"{organisation} 员工行为记录表".strip()), title),
        Spacer(1, 3 * mm),
        head,
        Spacer(1, 2 * mm),
        figures,
        Spacer(1, 2 * mm),
        p(
            "净分已按本单位规则计算（如每月迟到次数达到规定次数计为一次旷工）；已撤销、待审批、"
            "已驳回的记录不计分。",
            small,
        ),
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 5 * mm),
        KeepTogether([boxes]),
    ]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return footer.pages


def _grid(
    font: str,
    header_rows: int = 0,
    header_cols: tuple[int, ...] = (),
    center: bool = False,
    top: bool = False,
) -> TableStyle:
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#666666")),
        ("VALIGN", (0, 0), (-1, -1), "TOP" if top else "MIDDLE"),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#EEEEEE")))
    for column in header_cols:
        commands.append(("BACKGROUND", (column, 0), (column, -1), colors.HexColor("#EEEEEE")))
    if center:
        commands.append(("ALIGN", (0, 0), (-1, -1), "CENTER"))
    return TableStyle(commands)
