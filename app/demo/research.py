"""Demo step for market research: three research plans (one approved with its
report, one submitted, one returned) and six nearby competitors with four months of
observations (prices changing, seasonal promotions, ads seen). Deterministic; every
write goes through the research service as the demo's staff member or manager."""

from __future__ import annotations

import datetime as dt

from app.context import Actor
from app.demo.context import DemoContext
from app.errors import tr
from app.research.rows import CompetitorInput, PlanInput
from app.users.service import actor_for
from db.models.users import User

PLANS = [
    (
        "寒假班家长需求调查",
        "了解家长对寒假班课程、时间和价格的期望，为寒假招生定价和排课提供依据。",
        "问卷调查（线上问卷 + 校区门口拦访）与 10 位老学员家长电话深访。",
        "在读学员家长 120 人，周边小区潜在家长 80 人。",
        300000,
    ),
    (
        "周边竞品春季课程调研",
        "掌握周边机构春季班课程设置、价格和优惠，调整我校春季班方案。",
        "实地走访、索取宣传单页、扮作家长电话咨询。",
        "校区 3 公里内 6 家机构。",
        80000,
    ),
    (
        "线上渠道获客效果调研",
        "比较抖音、小红书、公众号带来的线索质量。",
        "抽样回访近三个月线上线索，统计到访和报名。",
        "线上线索 200 条随机抽样 60 条。",
        50000,
    ),
]
FINDINGS = (
    "回收有效问卷 176 份。\n"
    "1. 68% 的家长希望寒假班安排在上午；\n"
    "2. 可接受价格集中在 1500–2500 元/期，对比周边机构我校定价偏中；\n"
    "3. 家长最关注师资和小班人数，其次是价格；\n"
    "建议：寒假班主推上午小班，老学员续报享早鸟优惠。"
)

# name, address, district, courses, price (fen), first promotion, ad seen
COMPETITORS = [
    (
        "学而思培优（万达校区）",
        "万达广场 3 楼",
        "高新区",
        "数学、语文、英语",
        380000,
        "秋季班报名送教辅",
        "地铁站灯箱广告",
    ),
    (
        "新东方泡泡少儿英语",
        "人民路 88 号",
        "城南区",
        "少儿英语、自然拼读",
        420000,
        "老带新各减 300 元",
        "小区电梯广告",
    ),
    (
        "卓越教育",
        "学府路 12 号 2 楼",
        "高新区",
        "初中物理、化学、数学",
        320000,
        "",
        "学校门口发传单",
    ),
    (
        "小天才美术",
        "幸福里商业街 6 号",
        "城南区",
        "少儿美术、书法",
        180000,
        "试听课 9.9 元",
        "朋友圈广告",
    ),
    (
        "启航编程",
        "科技园 B 座 501",
        "高新区",
        "少儿编程、机器人",
        450000,
        "暑期班 8 折",
        "抖音本地推广",
    ),
    (
        "博文课堂",
        "文化路 21 号",
        "城北区",
        "小学全科辅导、托管",
        260000,
        "报名送一个月托管",
        "社区公告栏海报",
    ),
]
# (month offset from the first observation, price change in fen, promotion, ad)
CHANGES = [
    (1, 0, "国庆报名立减 200 元", ""),
    (2, 20000, "", "公众号推文"),
    (3, 0, "寒假班早鸟 9 折", "校门口地推"),
]


def label() -> str:
    """What progress messages call this step."""
    return tr("market research and competitors", "demo step")


def _user_actor(ctx: DemoContext, username: str) -> Actor:
    with ctx.db.session() as session:
        user = session.get(User, ctx.user_ids[username])
        assert user is not None  # created by the demo's users step
        return actor_for(user)


def build(ctx: DemoContext) -> None:
    research = ctx.services.research
    saved_today = research.today
    research.today = lambda: ctx.today
    try:
        _build(ctx)
    finally:
        research.today = saved_today


def _build(ctx: DemoContext) -> None:
    r = ctx.services.research
    staff = _user_actor(ctx, "staff")
    manager = _user_actor(ctx, "manager")
    today = ctx.today
    for i, (title, purpose, method, sample, fen) in enumerate(PLANS):
        start = today - dt.timedelta(days=60 - 25 * i)
        row = r.create_plan(
            staff,
            PlanInput(title, purpose, method, sample, fen, start, start + dt.timedelta(days=20)),
        )
        row = r.submit(staff, row.id, row.version)
        if i == 0:
            row = r.approve(manager, row.id, row.version, "同意，注意问卷样本覆盖新老家长。")
            r.save_report(staff, row.id, row.version, FINDINGS)
        elif i == 2:
            r.return_plan(manager, row.id, row.version, "样本太少，请扩大到 100 条以上再提交。")
    first = today - dt.timedelta(days=120)
    for n, (name, address, district, courses, fen, promo, ad) in enumerate(COMPETITORS):
        observer = staff if n % 2 == 0 else manager
        entry = CompetitorInput(name, address, district, courses, fen, promo, ad)
        row = r.add_competitor(observer, entry, first + dt.timedelta(days=n))
        version = row.version
        for months, rise, new_promo, new_ad in CHANGES[: 1 + (n % 3)]:
            day = first + dt.timedelta(days=30 * months + n + ctx.rng.randint(0, 5))
            entry = CompetitorInput(
                name,
                address,
                district,
                courses,
                (entry.price_fen or 0) + rise,
                new_promo or entry.promotions,
                new_ad or entry.ads,
            )
            note = "在展位旁看到对方的宣传单" if months == 3 else ""
            r.record_observation(observer, row.id, version, entry, day, note)
            version = r.get_competitor(observer, row.id).version
