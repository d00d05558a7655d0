"""Demo step for the channel evaluation: two years of spend over the channels, booked
as direct expenses through the budget service, so that every chart has something true
to show.

The spend of a channel in a month follows the leads it brought that month (read back
from the demo customers) at the channel's own cost per lead, with some noise: partner
institutions are cheap, Tencent ads lose money, SEO records no cost.
Douyin gets worse: its cost per lead rises every month over the last five months.
Spend already booked (the budget step's claims and ad top-ups) counts toward a month's
figure; a month already above it gets nothing more.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from app.budget.expenses import ExpenseInput
from app.channel_eval.figures import Figures
from app.channel_eval.metrics import monthly_figures
from app.channel_eval.periods import Period
from app.context import Actor
from app.demo.context import DemoContext
from app.errors import tr
from app.permissions import Role
from app.users.service import actor_for
from db.models.users import User

# channel code -> (cost per lead in yuan, expense category code, payee)
PROFILE: dict[str, tuple[int, str, str]] = {
    "wechat": (160, "advertising", "深圳市腾讯计算机系统有限公司"),
    "weibo": (220, "advertising", "北京微梦创科网络技术有限公司"),
    "douyin": (260, "advertising", "北京巨量引擎网络技术有限公司"),
    "baidu_ads": (300, "advertising", "北京百度网讯科技有限公司"),
    "tencent_ads": (900, "advertising", "深圳市腾讯计算机系统有限公司"),
    "campus": (120, "promotion", "校园推广物料供应商"),
    "community": (140, "promotion", "社区活动场地"),
    "partner": (60, "channel", "合作机构推荐费"),
    "offline_ads": (350, "advertising", "户外广告公司"),
    "referral": (30, "channel", "老带新礼品"),
}
WORSENING = "douyin"
WORSE_MONTHS = 5
WORSE_STEP = Fraction(115, 100)  # each month 15% dearer per lead


def label() -> str:
    """What progress messages call this step."""
    return tr("channel spend", "demo step")


def _finance(ctx: DemoContext) -> Actor:
    with ctx.db.session() as session:
        user = session.get(User, ctx.user_ids[Role.FINANCE])
        assert user is not None  # created by the demo's users step
        return actor_for(user)


def _month_start(day: dt.date, back: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def build(ctx: DemoContext) -> None:
    if ctx.scale <= 0 or Role.FINANCE not in ctx.user_ids:
        return
    services, rng = ctx.services, ctx.rng
    admin, finance = ctx.actor, _finance(ctx)
    services.channels.ensure_seed_channels(admin)
    services.expense_categories.ensure_seed(admin)
    channels = {c.code: c for c in services.channels.list_channels(admin)}
    categories = {c.code: c.id for c in services.expense_categories.list_categories(admin)}
    first = _month_start(ctx.today, 24)
    span = Period(first, ctx.today)
    with ctx.db.read_session() as session:
        monthly = monthly_figures(session, span, "first")
    months = span.months()
    full_months = months[:-1]  # the current month is not over yet
    for code, (cpl_yuan, category, payee) in PROFILE.items():
        channel = channels.get(code)
        if channel is None or category not in categories:
            continue
        worse = _worsening(monthly, full_months[-WORSE_MONTHS:], channel.id, cpl_yuan * 100)
        for month in months:
            figures = monthly.get((month, channel.id))
            leads = figures.leads if figures else Fraction(0)
            booked = figures.cost_fen if figures else 0
            if not leads:
                continue
            cpl = Fraction(cpl_yuan * 100) * Fraction(rng.randint(85, 115), 100)
            if code == WORSENING and month in worse:
                cpl = worse[month]
            target = -(-int(cpl * leads) // 100) * 100  # whole yuan, rounded up
            if target <= booked:
                continue
            year, month_number = int(month[:4]), int(month[5:])
            day = min(dt.date(year, month_number, 15), ctx.today)
            services.direct_expenses.record(
                finance,
                ExpenseInput(
                    expense_date=day,
                    category_id=categories[category],
                    amount_fen=target - booked,
                    channel_id=channel.id,
                    payee=payee,
                    note=f"{channel.name}{month}推广费用",
                ),
            )


def _worsening(
    monthly: dict[tuple[str, int | None], Figures], months: list[str], channel_id: int, base: int
) -> dict[str, Fraction]:
    """Cost per lead rising by WORSE_STEP each month over `months`, from a level that
    already covers what each month has booked (spend is only ever added)."""
    start = Fraction(base)
    for k, month in enumerate(months):
        figures = monthly.get((month, channel_id))
        if figures is not None and figures.leads:
            start = max(start, Fraction(figures.cost_fen) / figures.leads / WORSE_STEP**k)
    return {month: start * WORSE_STEP**k for k, month in enumerate(months)}
