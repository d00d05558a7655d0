"""The channel catalogue as claims and direct expenses use it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.budget.expenses import ExpenseInput
from app.claims.rows import ClaimInput, LineInput
from app.errors import PermissionDenied, ValidationError
from db.models.budget import DirectExpense
from db.models.budget_claims import Claim

DAY = dt.date.today().replace(day=1)


@pytest.fixture
def env(services, actors):
    admin = actors["admin"]
    services.expense_categories.ensure_seed(admin)
    services.channels.ensure_seed_channels(admin)
    cats = {c.code: c.id for c in services.expense_categories.list_categories(admin)}
    channels = {c.code: c.id for c in services.channels.list_channels(admin)}
    return cats, channels


def _line(category_id: int, channel_id: int | None) -> LineInput:
    return LineInput(DAY, category_id, 120_00, description="传单", channel_id=channel_id)


def _count(services, model) -> int:
    with services.db.session() as session:
        return session.scalar(select(func.count(model.id)))


def test_unknown_channel_id_is_refused_and_nothing_written(services, actors, env):
    cats, _channels = env
    with pytest.raises(ValidationError) as exc:
        services.claims.create_claim(
            actors["staff"], ClaimInput("招生", [_line(cats["advertising"], 99_999)])
        )
    assert exc.value.field == "lines.1.channel" and "channel" in exc.value.message
    assert _count(services, Claim) == 0
    with pytest.raises(ValidationError) as exc:
        services.direct_expenses.record(
            actors["finance"],
            ExpenseInput(DAY, cats["advertising"], 50_00, payee="百度", channel_id=99_999),
        )
    assert exc.value.field == "channel"
    assert _count(services, DirectExpense) == 0


def test_renaming_a_channel_keeps_its_costs(services, actors, env):
    cats, channels = env
    douyin = channels["douyin"]
    claim = services.claims.create_claim(
        actors["staff"],
        ClaimInput("投放", [_line(cats["advertising"], douyin), _line(cats["advertising"], None)]),
    )
    assert [(ln.channel_id, ln.channel_name) for ln in claim.lines] == [
        (douyin, "抖音"),
        (None, ""),
    ]
    services.direct_expenses.record(
        actors["finance"],
        ExpenseInput(DAY, cats["advertising"], 80_00, payee="巨量引擎", channel_id=douyin),
    )
    services.channels.save_channel(actors["admin"], douyin, "抖音短视频", online=True)

    again = services.claims.get_claim(actors["staff"], claim.id)
    assert [(ln.channel_id, ln.channel_name) for ln in again.lines][0] == (douyin, "抖音短视频")
    [expense] = services.direct_expenses.list_expenses(actors["finance"], DAY.year, DAY.month)
    assert (expense.channel_id, expense.channel) == (douyin, "抖音短视频")
    # Editing the claim keeps the line's channel unless the user picks another.
    updated = services.claims.update_claim(
        actors["staff"],
        claim.id,
        again.version,
        ClaimInput("投放（改）", [_line(cats["advertising"], douyin)]),
    )
    assert updated.lines[0].channel_id == douyin


def test_only_channel_managers_rename(services, actors, env):
    _cats, channels = env
    with pytest.raises(PermissionDenied):
        services.channels.save_channel(actors["finance"], channels["seo"], "SEO", online=True)
