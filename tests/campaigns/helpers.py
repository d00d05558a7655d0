"""Shared set-up of the campaigns tests."""

from __future__ import annotations

import datetime as dt

from app.campaigns.rows import ActivityInput, TermInput
from tests.budget.helpers import approved_plan, seed

YEAR = 2026


def categories(services, actors) -> dict[str, int]:
    return seed(services, actors)


def budget(services, actors, cats, fen: int = 1_000_000, month: int = 5) -> None:
    """An approved budget plan with `fen` for promotions in `month`."""
    approved_plan(services, actors, {(cats["promotion"], month): fen}, year=YEAR)


def activity_input(cats=None, **kwargs) -> ActivityInput:
    values = dict(
        name="五一校园招生摆摊",
        kind="booth",
        starts_at=dt.datetime(YEAR, 5, 2, 9, 0),
        ends_at=dt.datetime(YEAR, 5, 2, 17, 0),
        venue="南山实验学校门口",
        target_school="南山实验学校",
        audience="初二学生家长",
        budget_fen=300_000,
        category_id=cats["promotion"] if cats else None,
        terms=(
            TermInput("percentage", 1500, conditions="当场报名", valid_until=dt.date(YEAR, 5, 10)),
        ),
    )
    if not cats:
        values["budget_fen"] = 0
    values.update(kwargs)
    return ActivityInput(**values)  # type: ignore[arg-type]


def count_rows(services, model) -> int:
    from sqlalchemy import func, select

    with services.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)
