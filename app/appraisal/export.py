"""Printed and exported appraisal results: a PDF per person with the 员工确认 and
考核人 signature boxes, a summary PDF (ranking, grade distribution, warnings,
honours candidates) and an .xlsx workbook.

Printed documents are in Chinese, as the office files them (like the claim form
and the budget report), drawn with the bundled CJK font.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.appraisal import report
from app.appraisal.periods import kind_label, parse_period
from app.appraisal.rows import ResultRow, RunRow, ScoreRow
from app.appraisal.units import Figure, figure_text, is_money
from app.files import new_workbook, written_whole
from app.money import fen_to_decimal
from app.printing.fonts import cjk_font, drawable

KIND_ZH = {"auto": "自动", "manual": "手工"}
STATUS_ZH = {"draft": "草稿", "finalized": "已定稿"}
UNIT_ZH = {"count": "个", "percent": "%", "fen": "元", "rating": "分(1-5)", "points": "分"}
ACK_ZH = {"": "未确认", "acknowledged": "已确认", "objected": "有异议"}


def _n(value: float | None) -> str:
    return "—" if value is None else f"{value:,.2f}".rstrip("0").rstrip(".")


def _figure(score: ScoreRow, value: Figure | None) -> str:
    """An actual or target: money as ¥12,345.60 (from fen), other units as numbers."""
    return figure_text(score.unit, value)


def _period_zh(text: str) -> str:
    p = parse_period(text)
    if p.kind == "monthly":
        return f"{p.year}年{p.first_month}月"
    if p.kind == "quarterly":
        return f"{p.year}年第{p.last_month // 3}季度"
    return f"{p.year}年度"


def _styles(font: str) -> tuple[Any, Any, Any]:
    from reportlab.lib.styles import ParagraphStyle

    return (
        ParagraphStyle("t", fontName=font, fontSize=16, leading=22, alignment=1),
        ParagraphStyle("s", fontName=font, fontSize=9.5, leading=14, alignment=1),
        ParagraphStyle("b", fontName=font, fontSize=9, leading=13, wordWrap="CJK"),
    )


def _grid(
    rows: list[list[str]],
    widths: list[float],
    font: str,
    header_rows: int = 1,
    right_from: int | None = None,
) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table

    table = Table([[drawable(c) for c in row] for row in rows], colWidths=widths, repeatRows=1)
    style: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eef2f7")))
    else:  # label / value pairs: the labels shaded
        for col in range(0, len(widths), 2):
            style.append(("BACKGROUND", (col, 0), (col, -1), colors.HexColor("#eef2f7")))
    if right_from is not None:
        style.append(("ALIGN", (right_from, header_rows), (-1, -1), "RIGHT"))
    table.setStyle(style)
    return table


def write_person_pdf(
    run: RunRow, result: ResultRow, target: Path, *, organisation: str = ""
) -> None:
    with written_whole(target) as temp:
        _person_story(run, result, temp, organisation)


def _person_story(run: RunRow, result: ResultRow, temp: Path, organisation: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    font = cjk_font()
    title, sub, body = _styles(font)
    doc = SimpleDocTemplate(
        str(temp),
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=f"绩效考核表 {result.staff_name} {run.period}",
        creator="MarketDesk 营销管理台",
    )
    width = A4[0] - 32 * mm
    head = [
        ["姓名", result.staff_name, "部门", result.department, "岗位", result.position],
        ["考核期间", _period_zh(run.period), "状态", STATUS_ZH.get(run.status, run.status), "", ""],
    ]
    lines = [["考核指标", "类型", "实际", "目标", "得分", "权重"]]
    for s in result.scores:
        lines.append(
            [s.kpi_name, KIND_ZH.get(s.kind, s.kind), _figure(s, s.actual), _figure(s, s.target)]
            + [_n(s.score)]
            + [str(s.weight)]
        )
    totals = [
        ["行为积分", _n(result.conduct_points), "总分", _n(result.total), "等级", result.grade],
        ["奖金系数", _n(result.coefficient), "口头警告", "是" if result.warning else "否", "", ""],
    ]
    notes = [f"{s.kpi_name}：{s.comment}（{s.scored_by}）" for s in result.scores if s.comment]
    if result.unscored:
        notes.append("未计入总分（无目标或未评分）：" + "、".join(result.unscored))
    if result.months:
        notes.append(f"年度总分为以下月份定稿总分的平均：{result.months} 月")
    if result.objection:
        notes.append("员工异议：" + result.objection)
    six = [width / 6] * 6
    story = [
        Paragraph(drawable(f"{organisation} 员工绩效考核表".strip()), title),
        Paragraph(drawable(_period_zh(run.period)), sub),
        Spacer(1, 4 * mm),
        _grid(head, six, font, header_rows=0),
        Spacer(1, 3 * mm),
        _grid(lines, [width * 0.34, width * 0.1] + [width * 0.14] * 4, font, right_from=2),
        Spacer(1, 3 * mm),
        _grid(totals, six, font, header_rows=0),
        Spacer(1, 3 * mm),
    ]
    story += [Paragraph(drawable(n), body) for n in notes]
    boxes = Table(
        [
            ["员工确认", "考核人"],
            [
                "□ 确认无异议   □ 有异议\n\n\n签名：\n\n日期：    年   月   日",
                "\n\n\n签名：\n\n日期：    年   月   日",
            ],
        ],
        colWidths=[width / 2, width / 2],
        rowHeights=[8 * mm, 42 * mm],
    )
    from reportlab.lib import colors

    boxes.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("FONTSIZE", (0, 0), (-1, -1), 10),
            ("BOX", (0, 0), (0, -1), 0.8, colors.black),
            ("BOX", (1, 0), (1, -1), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
            ("VALIGN", (0, 1), (-1, 1), "TOP"),
        ]
    )
    story += [Spacer(1, 8 * mm), boxes]
    doc.build(story)


def write_summary_pdf(
    run: RunRow, results: list[ResultRow], target: Path, *, organisation: str = ""
) -> None:
    with written_whole(target) as temp:
        _summary_story(run, results, temp, organisation)


def _summary_story(run: RunRow, results: list[ResultRow], temp: Path, organisation: str) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    font = cjk_font()
    title, sub, body = _styles(font)
    doc = SimpleDocTemplate(
        str(temp),
        pagesize=landscape(A4),
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"绩效考核汇总 {run.period}",
        creator="MarketDesk 营销管理台",
    )
    width = landscape(A4)[0] - 28 * mm
    rows = [["名次", "姓名", "部门", "岗位", "行为积分", "总分", "等级", "系数", "警告", "确认"]]
    for rank, r in report.ranked(results):
        rows.append(
            [str(rank), r.staff_name, r.department, r.position, _n(r.conduct_points)]
            + [_n(r.total), r.grade, _n(r.coefficient), "是" if r.warning else ""]
            + [ACK_ZH.get(r.acknowledgement, "")]
        )
    dist = report.distribution(results)
    best = report.best_department(results)
    warned = [f"{r.staff_name}（{_n(r.total)}）" for r in report.warnings(results)]
    honours = [f"{r.staff_name}（{r.department}）" for r in report.top_per_department(results)]
    lines = [
        "等级分布：" + "，".join(f"{g} {n}人" for g, n in dist.items()),
        "口头警告：" + ("、".join(warned) or "无"),
        "优秀营销员工候选：" + ("、".join(honours) or "无"),
        "最佳团队候选：" + (f"{best[0]}（平均 {_n(best[1])}）" if best else "无"),
    ]
    shares = (0.06, 0.12, 0.12, 0.14, 0.1, 0.1, 0.07, 0.08, 0.08, 0.13)
    story = [
        Paragraph(drawable(f"{organisation} 绩效考核汇总表".strip()), title),
        Paragraph(
            drawable(
                f"{_period_zh(run.period)}  {STATUS_ZH.get(run.status, run.status)}"
                f"  打印时间 {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}"
            ),
            sub,
        ),
        Spacer(1, 4 * mm),
        _grid(rows, [width * w for w in shares], font, right_from=4),
        Spacer(1, 4 * mm),
    ]
    story += [Paragraph(drawable(line), body) for line in lines]
    doc.build(story)


def write_xlsx(run: RunRow, results: list[ResultRow], target: Path) -> None:
    """One sheet of results (ranked) and one of KPI lines, with Chinese headers."""
    with new_workbook(target) as book:
        sheet = book.add_worksheet("考核结果")
        head = book.add_format({"bold": True, "bg_color": "#eef2f7", "border": 1})
        sheet.write_row(0, 0, [f"绩效考核 {_period_zh(run.period)} {kind_label(run.kind)}"])
        sheet.write_row(
            1,
            0,
            ["名次", "姓名", "部门", "岗位", "行为积分", "总分", "等级", "奖金系数", "口头警告"]
            + ["确认", "异议"],
            head,
        )
        for n, (rank, r) in enumerate(report.ranked(results), start=2):
            sheet.write_row(
                n,
                0,
                [rank, r.staff_name, r.department, r.position, r.conduct_points, r.total]
                + [r.grade, r.coefficient, "是" if r.warning else ""]
                + [ACK_ZH.get(r.acknowledgement, ""), r.objection],
            )
        sheet.set_column(1, 3, 12)
        # Money as yuan with two decimals (Decimal from fen: exact until the cell).
        money = book.add_format({"num_format": "#,##0.00"})
        lines = book.add_worksheet("指标明细")
        lines.write_row(
            0,
            0,
            ["姓名", "部门", "考核指标", "类型", "实际", "目标", "得分", "权重", "评语", "单位"],
            head,
        )
        n = 1
        for r in results:
            for x in r.scores:
                lines.write_row(
                    n,
                    0,
                    [r.staff_name, r.department, x.kpi_name, KIND_ZH.get(x.kind, x.kind)],
                )
                for column, value in ((4, x.actual), (5, x.target)):
                    if is_money(x.unit) and value is not None:
                        lines.write_number(n, column, fen_to_decimal(int(value)), money)
                    else:
                        lines.write(n, column, _cell(value))
                lines.write_row(
                    n, 6, [_cell(x.score), x.weight, x.comment, UNIT_ZH.get(x.unit, "")]
                )
                n += 1
        lines.set_column(2, 2, 18)


def _cell(value: Figure | None) -> Figure | str:
    return "" if value is None else value
