"""Findings in plain words, computed from the report's figures (never templated
guesses): a cost per lead rising month after month, the best and the losing ROI, a
channel with leads but no recorded cost, spend without leads, big moves in leads
against the previous period."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from app.channel_eval.report import ChannelReport
from app.channel_eval.text import count_text, money_text, roi_text
from app.channel_eval.translation import tr

WARNING, GOOD, NOTE = "warning", "good", "note"
# A run this long of rising (falling) monthly cost per lead is a finding.
RUN_MONTHS = 3
# Leads moving by at least this share against the previous period, from at least
# MIN_LEADS, are a finding.
MOVE_SHARE = Fraction(3, 10)
MIN_LEADS = 10


@dataclass(frozen=True)
class Finding:
    kind: str  # warning | good | note
    channel_id: int | None
    text: str


def _cpl_runs(report: ChannelReport) -> list[Finding]:
    """Monthly cost per lead of the months up to the period's last, rising (or falling)
    every month for RUN_MONTHS months or more."""
    months = report.trend_months
    out: list[Finding] = []
    for row in report.rows:
        if row.channel_id is None:
            continue
        values = [report.month_figures(m, row.channel_id).cpl for m in months]
        run_up = run_down = 0
        index = len(values) - 1
        while index > 0:
            now, before = values[index], values[index - 1]
            if now is None or before is None:
                break
            if now > before and run_down == 0:
                run_up += 1
            elif now < before and run_up == 0:
                run_down += 1
            else:
                break
            index -= 1
        run = max(run_up, run_down)
        if run < RUN_MONTHS:
            continue
        start, end = values[-1 - run], values[-1]
        if run_up:
            text = tr("%s: cost per lead up %d months running (%s → %s)")
            kind = WARNING
        else:
            text = tr("%s: cost per lead down %d months running (%s → %s)")
            kind = GOOD
        out.append(
            Finding(
                kind, row.channel_id, text % (row.name, run, money_text(start), money_text(end))
            )
        )
    return out


def _roi(report: ChannelReport) -> list[Finding]:
    out: list[Finding] = []
    rated = [r for r in report.rows if r.figures.roi is not None and r.channel_id is not None]
    if len(rated) >= 2:
        best = max(rated, key=lambda r: r.figures.roi or 0)
        out.append(
            Finding(
                GOOD,
                best.channel_id,
                tr("%s: best ROI in this period (%s)") % (best.name, roi_text(best.figures.roi)),
            )
        )
    for row in rated:
        roi = row.figures.roi
        if roi is not None and roi < 0:
            out.append(
                Finding(
                    WARNING,
                    row.channel_id,
                    tr("%s: spent %s, brought in %s (ROI %s)")
                    % (
                        row.name,
                        money_text(row.figures.cost_fen),
                        money_text(row.figures.revenue),
                        roi_text(roi),
                    ),
                )
            )
    return out


def _no_cost(report: ChannelReport) -> list[Finding]:
    out: list[Finding] = []
    for row in report.rows:
        f = row.figures
        if row.channel_id is None:
            continue
        if f.leads and not f.cost_fen:
            out.append(
                Finding(
                    NOTE,
                    row.channel_id,
                    tr("%s: no cost recorded; ROI not computable") % row.name,
                )
            )
        elif f.cost_fen > 0 and not f.leads:
            out.append(
                Finding(
                    WARNING,
                    row.channel_id,
                    tr("%s: %s spent, no leads registered") % (row.name, money_text(f.cost_fen)),
                )
            )
    return out


def _lead_moves(report: ChannelReport) -> list[Finding]:
    out: list[Finding] = []
    if report.previous_period is None:
        return out
    for row in report.rows:
        before = report.previous.get(row.channel_id)
        now, then = row.figures.leads, before.leads if before else Fraction(0)
        if max(now, then) < MIN_LEADS or not then:
            continue
        change = (now - then) / then
        if abs(change) < MOVE_SHARE:
            continue
        text = (
            tr("%s: leads up %s%% on the previous period (%s → %s)")
            if change > 0
            else tr("%s: leads down %s%% on the previous period (%s → %s)")
        )
        percent = str(round(abs(change) * 100))
        out.append(
            Finding(
                GOOD if change > 0 else WARNING,
                row.channel_id,
                text % (row.name, percent, count_text(then), count_text(now)),
            )
        )
    return out


def findings(report: ChannelReport) -> list[Finding]:
    """Warnings first, then good news, then notes."""
    found = _cpl_runs(report) + _roi(report) + _lead_moves(report) + _no_cost(report)
    order = {WARNING: 0, GOOD: 1, NOTE: 2}
    return sorted(found, key=lambda f: order[f.kind])
