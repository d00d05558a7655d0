"""The printed plan or report (月度工作计划 / 月度工作总结, 年度计划 / 年度总结): the
figures MarketDesk filled in, the author's text and self-assessment, and the
manager's decision. In Chinese, as the office's other printed forms
(app/printing), with the bundled CJK font embedded.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.money import fen_to_decimal
from app.printing.fonts import cjk_font, drawable
from app.printing.layout import printed_footer, report_document
from app.worklogs.figures import Figures
from app.worklogs.rows import ReportRow

STATUS_ZH = {"draft": "草稿", "submitted": "已提交", "approved": "已批准", "returned": "已退回"}
MARGIN = 14 * mm


def title_of(row: ReportRow) -> str:
    if row.period == "year":
        return "年度工作计划" if row.kind == "plan" else "年度工作总结"
    return "月度工作计划" if row.kind == "plan" else "月度工作总结"


def period_of(row: ReportRow) -> str:
    return f"{row.year}年" if row.period == "year" else f"{row.year}年{row.month}月"


def yuan(fen: int) -> str:
    return f"{fen_to_decimal(fen):,.2f}"


def write_report(
    row: ReportRow,
    figures: Figures,
    target: str | Path | BinaryIO,
    *,
    organisation: str = "",
    department: str = "",
    printed_at: dt.datetime | None = None,
) -> int:
    """Write the plan or report as an A4 PDF; returns the number of pages."""
    font = cjk_font()
    printed_at = printed_at or dt.datetime.now().astimezone()
    name = f"{title_of(row)} {row.owner_name} {period_of(row)}"
    doc = report_document(target, name, margin=MARGIN)
    width = A4[0] - 2 * MARGIN
    footer = printed_footer(f"{organisation} {name}", printed_at, A4[0], MARGIN)
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    heading = ParagraphStyle("heading", fontName=font, fontSize=11, leading=16)
    cell = ParagraphStyle("cell", fontName=font, fontSize=9, leading=13, wordWrap="CJK")

    def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(drawable(text).replace("\n", "<br/>"), style)

    who = "部门" if row.scope == "department" else "姓名"
    head = Table(
        [
            [who, row.owner_name, "部门", department or "—", "期间", period_of(row)],
            ["填写人", row.author_name, "状态", STATUS_ZH.get(row.status, row.status), "", ""],
        ],
        colWidths=[16 * mm, 34 * mm, 14 * mm, 40 * mm, 14 * mm, width - 118 * mm],
        style=_grid(font, header_cols=(0, 2, 4)),
    )
    numbers = Table(
        [
            ["新线索", "完成跟进", "到课试听", "报名", "报名金额(元)", "费用(元)"],
            [
                str(figures.new_leads),
                str(figures.follow_ups),
                str(figures.trials_attended),
                str(figures.enrollments),
                yuan(figures.enrollment_fen),
                yuan(figures.spend_fen),
            ],
            ["日志天数", "电话", "微信", "拜访", "", ""],
            [
                str(figures.logged_days),
                str(figures.logged_calls),
                str(figures.logged_wechats),
                str(figures.logged_visits),
                "",
                "",
            ],
        ],
        colWidths=[width / 6] * 6,
        style=_grid(font, header_rows=(0, 2), center=True),
    )
    body_title = "工作目标与措施" if row.kind == "plan" else "工作总结"
    story: list[Any] = [
        Paragraph(drawable(f"{organisation} {title_of(row)}".strip()), title),
        Spacer(1, 3 * mm),
        head,
        Spacer(1, 3 * mm),
        p("一、系统数据（由营销管理台按期间自动统计）", heading),
        numbers,
        Spacer(1, 3 * mm),
        p(f"二、{body_title}", heading),
        p(row.body or "（未填写）"),
    ]
    if row.kind == "report":
        story += [
            Spacer(1, 3 * mm),
            p("三、自我评价", heading),
            p(row.self_assessment or "（未填写）"),
        ]
    decision = "审批意见：" + (row.decision_note or "")
    if row.status in ("approved", "returned"):
        decision += f"\n{STATUS_ZH[row.status]}　审批人：{row.decided_by}"
    boxes = Table(
        [
            [
                p("填写人签字：______________\n\n日期：____年__月__日"),
                p(f"{decision}\n\n主管签字：______________    日期：____年__月__日"),
            ]
        ],
        colWidths=[width / 3, width * 2 / 3],
        rowHeights=[30 * mm],
        style=_grid(font, top=True),
    )
    story += [Spacer(1, 5 * mm), KeepTogether([boxes])]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return footer.pages


def _grid(
    font: str,
    header_rows: tuple[int, ...] = (),
    header_cols: tuple[int, ...] = (),
    center: bool = False,
    top: bool = False,
) -> TableStyle:
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#666666")),
        ("VALIGN", (0, 0), (-1, -1), "TOP" if top else "MIDDLE"),
    ]
    for r in header_rows:
        commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#EEEEEE")))
    for column in header_cols:
        commands.append(("BACKGROUND", (column, 0), (column, -1), colors.HexColor("#EEEEEE")))
    if center:
        commands.append(("ALIGN", (0, 0), (-1, -1), "CENTER"))
    return TableStyle(commands)
