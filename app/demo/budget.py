"""Demo step for budget and claims: approved plans, adjustments, claims in every state,
direct expenses. Deterministic from ctx.rng; everything goes through the services."""

from __future__ import annotations

import datetime as dt

from app.budget.expenses import ExpenseInput
from app.claims.rows import ClaimInput, LineInput
from app.context import Actor
from app.demo.context import DemoContext
from app.errors import tr
from app.permissions import Role
from app.users.service import actor_for
from db.models.users import User

# code -> (monthly budget in yuan, typical line amount range in yuan, places, descriptions)
PROFILE: dict[str, tuple[int, tuple[int, int], list[str], list[str]]] = {
    "advertising": (30000, (800, 6000), ["深圳", "线上"], ["朋友圈广告", "公交站灯箱", "传单印刷"]),
    "promotion": (15000, (300, 3000), ["南山校区", "福田校区"], ["暑期招生物料", "体验课礼品"]),
    "research": (4000, (200, 1500), ["深圳"], ["问卷礼品", "竞品课程试听"]),
    "channel": (12000, (1000, 5000), ["深圳"], ["合作机构推荐费", "社区活动场地"]),
    "travel": (6000, (120, 780), ["广州", "东莞", "珠海"], ["高铁票", "酒店住宿", "出租车"]),
    "entertainment": (3000, (150, 900), ["深圳"], ["合作方工作餐", "家长会茶歇"]),
    "training": (2500, (300, 2000), ["深圳"], ["销售技巧培训", "新媒体运营课程"]),
    "other": (1500, (50, 600), ["深圳"], ["办公耗材", "快递费"]),
}
# Channel codes the spending of a marketing category served (taken in turn, so the
# random sequence of the other demo data stays as it was).
CHANNELS_OF: dict[str, tuple[str, ...]] = {
    "advertising": ("wechat", "douyin", "baidu_ads", "offline_ads"),
    "promotion": ("campus", "community"),
    "channel": ("partner", "referral", "community"),
}
# Enrollment seasons: spring term (Feb-Mar) and summer (Jul-Aug) get more budget.
SEASON = [70, 120, 130, 90, 90, 110, 150, 150, 100, 80, 80, 60]  # percent


def _actor(ctx: DemoContext, username: str) -> Actor:
    with ctx.db.session() as session:
        user = session.get(User, ctx.user_ids[username])
        assert user is not None  # created by the demo's users step
        return actor_for(user)


class _Invoices:
    def __init__(self, ctx: DemoContext) -> None:
        self.rng = ctx.rng
        self.used: set[tuple[str, str]] = set()

    def next(self) -> tuple[str, str]:
        while True:
            if self.rng.random() < 0.6:
                code, number = "", "2" + "".join(self.rng.choice("0123456789") for _ in range(19))
            else:
                code = "0440" + "".join(self.rng.choice("0123456789") for _ in range(8))
                number = "".join(self.rng.choice("0123456789") for _ in range(8))
            if (code, number) not in self.used:
                self.used.add((code, number))
                return code, number


def label() -> str:
    """What progress messages call this step."""
    return tr("budgets and claims", "demo step")


def build(ctx: DemoContext) -> None:
    services, rng = ctx.services, ctx.rng
    admin = ctx.actor
    services.expense_categories.ensure_seed(admin)
    services.channels.ensure_seed_channels(admin)
    channel_ids = {c.code: c.id for c in services.channels.list_channels(admin)}
    cats = {c.code: c.id for c in services.expense_categories.list_categories(admin)}
    manager, staff = _actor(ctx, Role.MANAGER), _actor(ctx, Role.STAFF)
    finance, service = _actor(ctx, Role.FINANCE), _actor(ctx, Role.SERVICE)
    admin_user, cashier = _actor(ctx, Role.ADMIN), _actor(ctx, "cashier")
    year = ctx.today.year
    count = max(36, min(ctx.scale // 10, 400))  # claims; the budget grows with them

    # Plans: last year and this year approved, next year a draft in progress.
    for plan_year, status in ((year - 1, "approved"), (year, "approved"), (year + 1, "draft")):
        amounts = {}
        for code, (monthly, *_rest) in PROFILE.items():
            for month in range(1, 13):
                if status == "draft" and month > 6:
                    continue
                yuan = monthly * SEASON[month - 1] * max(count, 60) // (100 * 60)
                amounts[(cats[code], month)] = yuan // 100 * 100 * 100
        purposes = {
            cats["advertising"]: "线上投放与户外广告，配合春季、暑期招生",
            cats["promotion"]: "体验课与招生活动物料",
            cats["channel"]: "合作机构与社区渠道推荐费",
        }
        plan = services.budget_plans.save_plan(
            manager, plan_year, None, amounts, purposes, f"{plan_year}年度营销费用预算"
        )
        if status == "approved":
            plan = services.budget_plans.submit(manager, plan.id, plan.version)
            services.budget_plans.approve(finance, plan.id, plan.version)

    # Adjustments: approved, rejected and pending ones.
    adj = services.budget_adjustments
    for month, code, amount, reason, decision in (
        (3, "advertising", 800000, "春季招生追加抖音投放", "approve"),
        (7, "promotion", 500000, "暑期活动规模扩大", "approve"),
        (5, "training", -100000, "培训改为线上，费用减少", "approve"),
        (9, "entertainment", 300000, "渠道合作洽谈增加", "reject"),
        (min(ctx.today.month + 1, 12), "channel", 600000, "新增两家合作机构", None),
        (min(ctx.today.month + 1, 12), "travel", 200000, "外地招生宣讲", None),
    ):
        row = adj.request(staff if amount > 0 else manager, year, month, cats[code], amount, reason)
        if decision == "approve":
            adj.approve(manager, row.id, row.version, "同意")
        elif decision == "reject":
            adj.reject(manager, row.id, row.version, "请先使用现有预算")

    invoices = _Invoices(ctx)
    claimants = [staff, staff, manager, service]
    last_month = ctx.today.month
    for i in range(count):
        month = 1 + (i * last_month) // count
        day = rng.randint(1, 28)
        expense_day = min(dt.date(year, month, day), ctx.today)
        claimant = claimants[i % len(claimants)]
        code = rng.choice(list(PROFILE))
        _monthly, (low, high), places, descriptions = PROFILE[code]
        lines = []
        served = CHANNELS_OF.get(code, ())
        channel_id = channel_ids.get(served[i % len(served)]) if served else None
        for n in range(rng.randint(1, 3)):
            inv_code, inv_number = invoices.next()
            lines.append(
                LineInput(
                    expense_date=min(expense_day + dt.timedelta(days=n), ctx.today),
                    category_id=cats[code],
                    amount_fen=rng.randint(low, high) * 100,
                    place=rng.choice(places),
                    description=rng.choice(descriptions),
                    invoice_code=inv_code,
                    invoice_number=inv_number,
                    channel_id=channel_id,
                )
            )
        if code == "entertainment":
            lines = lines[:2]
        claim = services.claims.create_claim(
            claimant,
            ClaimInput(purpose=f"{descriptions[0]}等费用报销", lines=lines),
            claim_date=min(expense_day + dt.timedelta(days=3), ctx.today),
        )
        age = count - i  # the latest claims are still in the workflow
        target = (
            "draft"
            if age <= 2
            else "submitted"
            if age <= 5
            else "department_approved"
            if age <= 8
            else "finance_approved"
            if age <= 12
            else "paid"
        )
        if age == 13:
            target = "returned"
        if age == 14:
            target = "cancelled"
        _advance(ctx, claim, target, claimant, manager, finance, admin_user, cashier)

    # Direct expenses: monthly ad platform top-ups paid by the company, one reversed.
    for month in range(1, last_month + 1):
        for payee, channel in (
            ("北京百度网讯科技有限公司", "baidu_ads"),
            ("北京巨量引擎网络技术有限公司", "douyin"),
        ):
            inv_code, inv_number = invoices.next()
            row = services.direct_expenses.record(
                finance,
                ExpenseInput(
                    expense_date=min(dt.date(year, month, 5), ctx.today),
                    category_id=cats["advertising"],
                    amount_fen=rng.randint(40, 120) * 10000,
                    channel_id=channel_ids[channel],
                    payee=payee,
                    invoice_code=inv_code,
                    invoice_number=inv_number,
                    note="广告账户充值",
                ),
            )
            if month == 2 and channel == "douyin":
                services.direct_expenses.reverse(finance, row.id, "重复录入，冲销")


def _advance(
    ctx: DemoContext,
    claim,
    target: str,
    claimant: Actor,
    manager: Actor,
    finance: Actor,
    admin: Actor,
    cashier: Actor,
) -> None:
    """Each step by a different person: the department head (the principal for the
    manager's own claims), the accountant (the principal when over the budget: only
    he may override it), then the cashier."""
    claims = ctx.services.claims
    if target == "draft":
        return
    if target == "cancelled":
        claims.cancel(claimant, claim.id, claim.version)
        return
    claim = claims.submit(claimant, claim.id, claim.version, acknowledge=True).claim
    department = admin if claimant.user_id == manager.user_id else manager
    if target == "submitted":
        return
    if target == "returned":
        claims.return_claim(department, claim.id, claim.version, "发票抬头不是本单位，请更换发票")
        return
    claim = claims.approve(department, claim.id, claim.version, acknowledge=True).claim
    if target == "department_approved":
        return
    overruns = [w for w in claims.warnings(finance, claim.id) if w.kind == "over_budget"]
    if overruns and department is admin:
        # The principal signed the department step and may not override as well: the
        # claim waits for a budget adjustment.
        return
    approver = admin if overruns else finance
    claim = claims.approve(
        approver,
        claim.id,
        claim.version,
        acknowledge=True,
        override_reason="招生旺季，校长同意超预算列支" if overruns else "",
    ).claim
    if target == "finance_approved":
        return
    claims.pay(cashier, claim.id, claim.version)
