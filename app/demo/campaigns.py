"""Demo step for marketing plans and activities: a year of activities of every kind
across the channels, approved against the budget, with summaries, linked claim
lines and expenses, captured leads and photos; annual, quarterly and monthly plans.
Deterministic from ctx.rng; every write goes through the services."""

from __future__ import annotations

import datetime as dt
import random
import struct
import zlib
from dataclasses import replace

from sqlalchemy import select

from app.campaigns.rows import (
    ActivityInput,
    ActivityView,
    MaterialInput,
    MemberInput,
    PlanInput,
    TermInput,
)
from app.claims.rows import ClaimInput, ClaimView, LineInput
from app.context import Actor
from app.demo.context import DemoContext
from app.errors import ServiceError, tr
from app.permissions import Role
from app.users.service import actor_for
from db.models.customers import Customer
from db.models.users import User

# kind -> (names, channel codes, expense category code, budget range in yuan, venues)
KINDS: dict[str, tuple[list[str], tuple[str, ...], str, tuple[int, int], list[str]]] = {
    "booth": (
        ["{school}放学时段招生摆摊", "{school}校门口试听课报名咨询"],
        ("campus",),
        "promotion",
        (600, 1800),
        ["{school}校门口"],
    ),
    "lecture": (
        ["中考数学提分家长讲座", "小升初政策解读讲座", "英语学习方法公益讲座", "高考志愿填报讲座"],
        ("campus", "website"),
        "promotion",
        (800, 2500),
        ["南山校区多功能厅", "福田校区报告厅", "{school}礼堂"],
    ),
    "community": (
        ["{district}社区亲子读书会", "{district}社区安全公益课", "{district}社区科学小实验"],
        ("community",),
        "promotion",
        (500, 1500),
        ["{district}社区活动中心", "{district}街道党群服务中心"],
    ),
    "promotion": (
        ["{season}老带新优惠", "{season}早鸟报名优惠", "{season}三人团购", "{season}限时报名礼"],
        ("wechat", "referral"),
        "promotion",
        (1000, 3000),
        ["各校区前台", "线上（公众号）"],
    ),
    "ad_placement": (
        ["抖音信息流投放", "公交站灯箱广告", "朋友圈本地推广", "百度搜索推广加投"],
        ("douyin", "offline_ads", "tencent_ads", "baidu_ads"),
        "advertising",
        (3000, 9000),
        ["线上", "科技园公交站"],
    ),
    "exhibition": (
        ["深圳国际教育展", "校区开放日", "少儿英语成果展"],
        ("offline_ads", "campus"),
        "promotion",
        (1500, 4000),
        ["会展中心", "南山校区"],
    ),
    "partner": (
        ["与青少年宫联合体验课", "书城亲子阅读合作活动", "少儿图书馆周末科普课"],
        ("partner",),
        "channel",
        (800, 2500),
        ["市青少年宫", "中心书城", "少儿图书馆"],
    ),
}
KIND_CYCLE = [
    "booth", "lecture", "ad_placement", "community", "promotion", "booth",
    "partner", "lecture", "exhibition", "ad_placement",
]  # fmt: skip
CLEAN_COPY = [
    "小班授课，每班不超过12人，课后答疑。新一期课程现已开放报名，欢迎到校区试听。",
    "资深教师团队，针对性讲解，带孩子养成良好的学习习惯。报名即赠学习资料一套。",
    "周末免费公开课，家长可陪同试听，现场咨询课程安排。",
]
FLAGGED_COPY = "全市第一品牌，名师押题，中考保过！报名从速。"
TEAM_ROLES = ["现场登记", "咨询讲解", "物料"]
MATERIALS = [("易拉宝", 2), ("宣传单页", 500), ("报名登记表", 100), ("小礼品", 60), ("折叠桌椅", 2)]
NOTES = [
    "到场家长约{visitors}人，现场登记有效线索{leads}条；家长最关心课程时间与师资，"
    "建议下次提前一周在家长群预告。",
    "活动按计划完成，共接待{visitors}组家庭，收集线索{leads}条；礼品发放略多于预期，"
    "下次按登记发放。",
    "受天气影响到场人数少于预期（约{visitors}人），线索{leads}条；场地方配合良好，可再次合作。",
]


def label() -> str:
    """What progress messages call this step."""
    return tr("marketing plans and activities", "demo step")


def _actor(ctx: DemoContext, username: str) -> Actor:
    with ctx.db.session() as session:
        user = session.get(User, ctx.user_ids[username])
        assert user is not None  # created by the demo's users step
        return actor_for(user)


def photo_png(rng: random.Random, width: int = 320, height: int = 200) -> bytes:
    """A small PNG standing in for an activity photo: a sky-to-ground gradient with a
    coloured booth block (no image library needed)."""
    top = [rng.randint(120, 200), rng.randint(170, 230), 250]
    ground = [rng.randint(80, 140), rng.randint(120, 170), rng.randint(60, 100)]
    booth = [rng.randint(180, 250), rng.randint(40, 90), rng.randint(40, 90)]
    left = rng.randint(40, 160)
    rows = []
    for y in range(height):
        horizon = y > height * 0.6
        base = ground if horizon else [c - y // 4 for c in top]
        line = bytearray([0])
        for x in range(width):
            in_booth = left <= x < left + 120 and height * 0.35 <= y < height * 0.75
            line += bytes(booth if in_booth else base)
        rows.append(bytes(line))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 6))
        + chunk(b"IEND", b"")
    )


def _terms(kind: str, start: dt.date) -> tuple[TermInput, ...]:
    until = start + dt.timedelta(days=14)
    if kind == "promotion":
        return (
            TermInput("percentage", 1000, conditions="报名季度班及以上", valid_from=start,
                      valid_until=until),
            TermInput("group", 20000, group_size=3, conditions="三人同时报名，每人减200元",
                      valid_from=start, valid_until=until),
        )  # fmt: skip
    if kind in ("booth", "exhibition"):
        return (
            TermInput("gift", gift="学习文具礼包", conditions="现场登记并预约试听"),
            TermInput("fixed", 30000, conditions="活动当场报名", valid_until=until),
        )
    if kind == "lecture":
        return (TermInput("gift", gift="讲座资料包", conditions="到场签到"),)
    return ()


def _season(day: dt.date) -> str:
    """The class a promotion of that month sells: 国庆 gifts in October, not December."""
    return {
        1: "寒假班",
        2: "春季班",
        3: "春季班",
        4: "春季班",
        5: "暑期班",
        6: "暑期班",
        7: "暑期班",
        8: "秋季班",
        9: "秋季班",
        10: "国庆",
        11: "寒假班",
        12: "寒假班",
    }[day.month]


class _Builder:
    def __init__(self, ctx: DemoContext) -> None:
        self.ctx, self.rng, self.services = ctx, ctx.rng, ctx.services
        admin = ctx.actor
        self.admin = _actor(ctx, Role.ADMIN)  # the principal: signs as a person
        self.manager, self.staff = _actor(ctx, Role.MANAGER), _actor(ctx, Role.STAFF)
        self.finance, self.cashier = _actor(ctx, Role.FINANCE), _actor(ctx, "cashier")
        self.channels = {c.code: c.id for c in self.services.channels.list_channels(admin)}
        self.cats = {c.code: c.id for c in self.services.expense_categories.list_categories(admin)}
        planners = ctx.staff_by_department.get("market", []) + ctx.staff_by_department.get(
            "events", []
        )
        self.planners: list[int | None] = list(planners) or [self.manager.staff_id]
        self.sales: list[int] = list(ctx.staff_by_department.get("sales", []))
        with ctx.db.session() as session:
            schools = session.execute(
                select(Customer.school).where(Customer.school != "").distinct().limit(40)
            ).scalars()
            self.schools = sorted(schools) or ["南山实验学校", "育才二中", "福田外国语学校"]
        self.districts = ["南山", "福田", "罗湖", "宝安", "龙华"]
        self.invoice = 60_000_000

    def _fill(self, text: str, school: str, district: str, season: str = "") -> str:
        return text.format(school=school, district=district, season=season)

    def activity(
        self,
        index: int,
        start: dt.datetime,
        plan_id: int | None,
        *,
        kind: str | None = None,
        days: int | None = None,
    ) -> None:
        kind = kind or KIND_CYCLE[index % len(KIND_CYCLE)]
        names, channel_codes, category, (low, high), venues = KINDS[kind]
        rng = self.rng
        school = rng.choice(self.schools)
        district = rng.choice(self.districts)
        if days is None:
            days = 1 if kind not in ("ad_placement", "promotion") else rng.choice((7, 14, 30))
        hours = rng.choice((2, 3, 4, 8)) if days == 1 else 0
        all_day = days > 1
        end = (
            start + dt.timedelta(hours=hours) if days == 1 else start + dt.timedelta(days=days - 1)
        )
        is_booth = kind == "booth"
        creator = self.staff if is_booth else self.manager
        owner = self.staff.staff_id if is_booth else self.planners[index % len(self.planners)]
        team = [s for s in rng.sample(self.sales, min(2, len(self.sales))) if s != owner]
        copy = ""
        if kind in ("promotion", "ad_placement", "lecture"):
            copy = rng.choice(CLEAN_COPY)
        data = ActivityInput(
            name=self._fill(
                names[index // len(KIND_CYCLE) % len(names)],
                school,
                district,
                _season(start.date()),
            ),
            kind=kind,
            starts_at=start,
            ends_at=end,
            all_day=all_day,
            venue=self._fill(rng.choice(venues), school, district),
            owner_id=owner,
            channel_id=self.channels.get(channel_codes[index % len(channel_codes)]),
            target_school=school if kind in ("booth", "lecture") else "",
            audience=rng.choice(["初中学生家长", "小学高年级家长", "高中学生", "3-12岁儿童家庭"]),
            plan_id=plan_id,
            budget_fen=rng.randint(low, high) // 100 * 100 * 100,
            category_id=self.cats[category],
            ad_copy=copy,
            description="目标：收集意向线索并预约试听。分工：策划、物料、现场登记、后续回访。",
            members=tuple(
                MemberInput(s, rng.choice(["现场登记", "咨询讲解", "物料"])) for s in team
            ),
            terms=_terms(kind, start.date()),
            materials=tuple(
                MaterialInput(name, qty, ready=start.date() < self.ctx.today)
                for name, qty in MATERIALS[: rng.randint(2, 5)]
            )
            if kind != "ad_placement"
            else (),
        )
        a = self.services.campaigns.create_activity(creator, data)
        self._advance(a, creator, index, start.date(), end.date())

    def _advance(
        self, a: ActivityView, creator: Actor, index: int, start: dt.date, end: dt.date
    ) -> None:
        campaigns, today = self.services.campaigns, self.ctx.today
        if start > today + dt.timedelta(days=20) and index % 3 == 0:
            return  # a draft being planned
        if index % 23 == 7 and start <= today:
            a = campaigns.submit(creator, a.id, a.version)
            campaigns.reject(self.manager, a.id, a.version, "与同周的讲座冲突，请改期后再提交")
            return
        a = campaigns.submit(creator, a.id, a.version)
        if start > today + dt.timedelta(days=10) and index % 2 == 0:
            return  # waiting for the manager
        try:
            a = campaigns.approve(self.manager, a.id, a.version)
        except ServiceError:
            return  # over the month's budget: waits for an adjustment
        if index % 19 == 5:
            campaigns.cancel(creator, a.id, a.version, "场地方临时取消，改期另报")
            return
        if start > today:
            return
        a = campaigns.start(creator, a.id, a.version)
        self._spend(a, creator, start)
        leads = self._leads(a, start)
        if end >= today:
            return  # running now
        visitors = leads + self.rng.randint(5, 40)
        extra = self.rng.randint(0, 6)
        notes = self.rng.choice(NOTES).format(visitors=visitors, leads=leads + extra)
        a = campaigns.save_summary(creator, a.id, a.version, notes, extra)
        for n in range(1 + index % 2):
            campaigns.add_photo(creator, a.id, f"现场照片{n + 1}.png", photo_png(self.rng),
                                "image/png")  # fmt: skip
        campaigns.complete(creator, a.id, a.version)

    def _spend(self, a: ActivityView, creator: Actor, start: dt.date) -> None:
        """Link spend already recorded near the activity, else claim it."""
        campaigns = self.services.campaigns
        target = a.row.budget_fen * self.rng.randint(60, 100) // 100
        linked = 0
        for cost in campaigns.linkable_costs(creator, a.id):
            if linked + cost.amount_fen > a.row.budget_fen:
                continue
            if cost.source == "claim":
                campaigns.link_cost(creator, a.id, claim_line_id=cost.source_id)
            else:
                campaigns.link_cost(creator, a.id, direct_expense_id=cost.source_id)
            linked += cost.amount_fen
            if linked >= target:
                return
        if target - linked < 10000 or a.row.category_id is None:
            return
        self.invoice += 1
        day = min(start, self.ctx.today)
        claim = self.services.claims.create_claim(
            creator,
            ClaimInput(
                purpose=f"{a.row.name}活动费用",
                lines=[
                    LineInput(
                        expense_date=day,
                        category_id=a.row.category_id,
                        amount_fen=(target - linked) // 100 * 100,
                        place=a.row.venue[:60],
                        description=f"{a.row.name}物料及场地",
                        invoice_number="2" + f"{self.invoice:019d}",
                        channel_id=a.row.channel_id,
                    )
                ],
            ),
            claim_date=day,
        )
        campaigns.link_cost(creator, a.id, claim_line_id=claim.lines[0].id)
        self._pay(claim, creator)

    def _pay(self, claim: ClaimView, claimant: Actor) -> None:
        claims = self.services.claims
        department = self.admin if claimant.user_id == self.manager.user_id else self.manager
        try:
            claim = claims.submit(claimant, claim.id, claim.version, acknowledge=True).claim
            claim = claims.approve(department, claim.id, claim.version, acknowledge=True).claim
            claim = claims.approve(self.finance, claim.id, claim.version, acknowledge=True).claim
            claims.pay(self.cashier, claim.id, claim.version)
        except ServiceError:
            return  # over the budget: the claim waits at its step, as real ones do

    def _leads(self, a: ActivityView, start: dt.date) -> int:
        """Customers created in the days after the activity (of its school or
        channel when there are such) count as captured there."""
        rng = self.rng
        with self.ctx.db.session() as session:
            t0 = dt.datetime.combine(start, dt.time(), tzinfo=dt.UTC)
            query = (
                select(Customer.id)
                .where(
                    Customer.deleted_at.is_(None),
                    Customer.created_at >= t0,
                    Customer.created_at < t0 + dt.timedelta(days=10),
                )
                .order_by(Customer.id)
                .limit(400)
            )
            ids = list(session.scalars(query))
        if not ids:
            return 0
        chosen = rng.sample(ids, min(len(ids), rng.randint(3, 25)))
        at = a.row.starts_at + dt.timedelta(minutes=rng.randint(20, 120))
        self.services.campaigns.link_leads(self.staff, a.id, chosen, captured_at=at)
        return len(chosen)

    def plans(self, year: int) -> dict[tuple[int, int], int]:
        """Annual and quarterly plans of `year` (approved up to now, the next one
        submitted), monthly plans around today; returns quarter -> plan id."""
        plans = self.services.marketing_plans
        today = self.ctx.today
        quarters: dict[tuple[int, int], int] = {}
        specs = [("annual", 0)] + [("quarterly", q) for q in (1, 2, 3, 4)]
        if year > today.year:
            specs = [("annual", 0)]
        if year == today.year:
            months = [m for m in range(today.month - 2, today.month + 2) if 1 <= m <= 12]
            specs += [("monthly", m) for m in months]
        for kind, period in specs:
            name = {
                "annual": f"{year}年度营销计划",
                "quarterly": f"{year}年第{period}季度招生推广计划",
                "monthly": f"{year}年{period}月活动计划",
            }[kind]
            draft = PlanInput(name, kind, year, period, owner_id=self.manager.staff_id)
            approved = plans.approved_budget(self.manager, kind, year, period)
            budgets = {c: fen * 85 // 100 // 10000 * 10000 for c, fen in approved.items()}
            plan = plans.save_plan(self.manager, None, _with_budgets(draft, budgets))
            actual = plans.actual(self.manager, plan.id)
            factor = self.rng.uniform(0.9, 1.2)
            goals = dict(
                goal_leads=int(max(actual.leads, 20) * factor),
                goal_trials=int(max(actual.trials, 8) * factor),
                goal_enrollments=int(max(actual.enrollments, 5) * factor),
                goal_revenue_fen=int(max(actual.revenue_fen, 5_000_000) * factor) // 10000 * 10000,
            )
            plan = plans.save_plan(
                self.manager, plan.id, _with_budgets(draft, budgets, goals), plan.version
            )
            if kind == "quarterly":
                quarters[(year, period)] = plan.id
            start = actual.start
            if start > today + dt.timedelta(days=31):
                continue  # a draft
            try:
                plan = plans.submit(self.manager, plan.id, plan.version)
            except ServiceError:
                continue  # over the approved budget: stays a draft
            if start > today:
                continue  # waiting for approval
            if kind == "monthly" and period == today.month - 1:
                plan = plans.return_plan(
                    self.admin, plan.id, plan.version, "线索目标偏低，请参照上月实际上调"
                )
                plan = plans.save_plan(
                    self.manager,
                    plan.id,
                    replace(plan.as_input(), goal_leads=plan.goal_leads + 15),
                    plan.version,
                )
                plan = plans.submit(self.manager, plan.id, plan.version)
            plans.approve(self.admin, plan.id, plan.version)
        return quarters


def _with_budgets(
    draft: PlanInput, budgets: dict[int, int], goals: dict[str, int] | None = None
) -> PlanInput:
    goals = goals or {}
    return replace(
        draft,
        budgets=dict(budgets),
        goal_leads=goals.get("goal_leads", draft.goal_leads),
        goal_trials=goals.get("goal_trials", draft.goal_trials),
        goal_enrollments=goals.get("goal_enrollments", draft.goal_enrollments),
        goal_revenue_fen=goals.get("goal_revenue_fen", draft.goal_revenue_fen),
    )


def build(ctx: DemoContext) -> None:
    builder = _Builder(ctx)
    today = ctx.today
    quarters = {}
    for year in (today.year - 1, today.year, today.year + 1):
        quarters.update(builder.plans(year))
    first = today - dt.timedelta(days=365)
    count = max(60, min(ctx.scale // 20, 150))
    span = (today + dt.timedelta(days=45) - first).days
    for index in range(count):
        day = first + dt.timedelta(days=index * span // count + builder.rng.randint(0, 3))
        hour = builder.rng.choice((9, 10, 14, 15, 18))
        start = dt.datetime.combine(day, dt.time(hour, 0))
        quarter = (day.year, (day.month - 1) // 3 + 1)
        builder.activity(index, start, quarters.get(quarter))
        ctx.report(label(), index + 1, count)
    # A promotion running now, so today's calendar shows one in progress.
    start = dt.datetime.combine(today - dt.timedelta(days=4), dt.time(9, 0))
    builder.activity(count, start, quarters.get((today.year, (today.month - 1) // 3 + 1)),
                     kind="promotion", days=14)  # fmt: skip
    # One activity whose copy the checker flags, still a draft, for the editor's findings.
    flagged = ActivityInput(
        name="中考冲刺班招生推广",
        kind="ad_placement",
        starts_at=dt.datetime.combine(today + dt.timedelta(days=12), dt.time(9, 0)),
        ends_at=dt.datetime.combine(today + dt.timedelta(days=25), dt.time(18, 0)),
        all_day=True,
        venue="线上",
        owner_id=builder.planners[0],
        channel_id=builder.channels.get("douyin"),
        audience="初三学生家长",
        budget_fen=500000,
        category_id=builder.cats["advertising"],
        ad_copy=FLAGGED_COPY,
    )
    ctx.services.campaigns.create_activity(builder.manager, flagged)
