"""Demo step for the calendar: the seeded holidays (databases built without the
migrations) and the local schools' terms and vacations around today, so that the
calendar shows vacations, the busy season of a training school."""

from __future__ import annotations

import datetime as dt

from app.calendar.service import TermInput
from app.demo.context import DemoContext
from app.errors import tr


def label() -> str:
    """What progress messages call this step."""
    return tr("holidays and school terms", "demo step")


def school_year(year: int) -> list[TermInput]:
    """The terms of a typical city's schools from the winter vacation of `year`."""
    d = dt.date
    return [
        TermInput(f"{year}年寒假", "vacation", d(year, 1, 24), d(year, 2, 28)),
        TermInput(f"{year - 1}-{year}学年第二学期", "term", d(year, 3, 1), d(year, 7, 3)),
        TermInput(f"{year}年暑假", "vacation", d(year, 7, 4), d(year, 8, 31)),
        TermInput(f"{year}-{year + 1}学年第一学期", "term", d(year, 9, 1), d(year + 1, 1, 23)),
    ]


def build(ctx: DemoContext) -> None:
    ctx.services.calendar.ensure_seed(ctx.actor)
    for year in (ctx.today.year - 1, ctx.today.year, ctx.today.year + 1):
        for term in school_year(year):
            ctx.services.calendar.create_term(ctx.actor, term)
