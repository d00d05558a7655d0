"""Demo step for plans, reports and daily sales logs: the market and sales
departments' last three months and this one. Most workdays have a log (pre-filled
from the day's follow-ups, plus calls nobody recorded); every past month has its
plan and report, approved by the department head, one report returned with a
reason; this month's plans are submitted or still drafts; each department has its
monthly plans and reports and the year's plan, approved by the principal.
Deterministic from ctx.rng; everything goes through the services."""

from __future__ import annotations

import contextlib
import datetime as dt

from app.context import Actor
from app.demo.context import DemoContext
from app.errors import ServiceError, tr
from app.permissions import Role
from app.users.service import actor_for
from app.worklogs.figures import month_bounds
from app.worklogs.rows import LogInput, ReportKey, ReportRow, prefill
from db.models.staff import Staff
from db.models.users import User

NOTES = [
    "",
    "",
    "两位家长约了周末来校区看环境",
    "有家长嫌价格高，明天把优惠方案发过去",
    "老学员转介绍一位新生",
    "地推点人流少，下周换到学校门口",
    "试听反馈好，家长考虑中",
    "回访了上月报名的学员，满意度高",
]
PLANS = [
    "本月目标：新线索 {leads} 个，报名 {enrol} 人。\n措施：每天电话邀约不少于 20 个；"
    "周末在社区做一次地推；老学员转介绍送课时。",
    "本月重点：老学员续费和新生试听。\n目标：试听 {trials} 人次，报名 {enrol} 人；"
    "每周整理一次客户分级，A 类客户两天内回访。",
]
REPORTS = [
    "本月新增线索 {leads} 个，完成跟进 {follow} 次，到课试听 {trials} 人次，报名 {enrol} 人。"
    "\n问题：部分线索电话不接，改用微信跟进效果更好。\n下月：加强试听后的当天回访。",
    "本月完成报名 {enrol} 人，跟进 {follow} 次。\n亮点：转介绍占比提高。\n不足：新线索偏少，"
    "下月多参加校区活动。",
]
ASSESSMENTS = [
    "目标基本完成，态度积极。",
    "完成目标的八成，跟进还不够及时。",
    "超额完成，继续保持。",
]


def label() -> str:
    """What progress messages call this step."""
    return tr("plans, reports and sales logs", "demo step")


def _user_actor(ctx: DemoContext, username: str) -> Actor:
    with ctx.db.session() as session:
        user = session.get(User, ctx.user_ids[username])
        assert user is not None  # created by the demo's users step
        return actor_for(user)


def _months(today: dt.date) -> list[tuple[int, int]]:
    """The three months before this one, and this one."""
    out = []
    year, month = today.year, today.month
    for _ in range(4):
        out.append((year, month))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return list(reversed(out))


def build(ctx: DemoContext) -> None:
    worklogs = ctx.services.worklogs
    saved_today = worklogs.today
    worklogs.today = lambda: ctx.today
    try:
        _build(ctx)
    finally:
        worklogs.today = saved_today


def _build(ctx: DemoContext) -> None:
    w = ctx.services.worklogs
    admin = _user_actor(ctx, "admin")
    accounts = {
        actor.staff_id: actor
        for actor in (_user_actor(ctx, name) for name in ("manager", "staff"))
        if actor.staff_id is not None
    }
    teams: list[tuple[Actor, list[Actor]]] = []
    for code in ("market", "sales"):
        ids = ctx.staff_by_department.get(code, [])
        if not ids:
            continue
        with ctx.db.session() as session:
            names = {s.id: s.name for s in session.query(Staff).filter(Staff.id.in_(ids))}

        head = _person(
            accounts, names, ids[0], Role.MANAGER
        )  # the first of a department is its head
        teams.append((head, [_person(accounts, names, i, Role.STAFF) for i in ids]))
    months = _months(ctx.today)
    returned: list[int] = []
    for n, (year, month) in enumerate(months):
        ctx.report("worklogs", n + 1, len(months))
        current = (year, month) == (ctx.today.year, ctx.today.month)
        for head, members in teams:
            _logs(ctx, head, members, year, month)
            for member in members:
                _plan_and_report(ctx, head, member, year, month, current, returned)
            _department(ctx, head, admin, year, month, current)
    for head, _members in teams:
        try:
            plan = w.create_report(head, ReportKey("plan", "department", "year", ctx.today.year))
            plan = w.save_text(
                head,
                plan.id,
                plan.version,
                "全年目标：新线索 1500 个，报名 360 人，续费率不低于 60%。\n"
                "一季度：寒假班招生；二季度：暑期班预热；三季度：暑期班与秋季班；四季度：续费。",
                "",
            )
            plan = w.submit(head, plan.id, plan.version)
            w.approve(admin, plan.id, plan.version, "同意，按季度跟踪")
        except ServiceError:
            pass


def _person(accounts: dict[int, Actor], names: dict[int, str], staff_id: int, role: Role) -> Actor:
    """A demo account, or for people without one an actor of their own."""
    return accounts.get(staff_id) or Actor(
        None, f"demo:{names[staff_id]}", role, staff_id, names[staff_id]
    )


def _logs(ctx: DemoContext, head: Actor, members: list[Actor], year: int, month: int) -> None:
    w, rng = ctx.services.worklogs, ctx.rng
    start, end = month_bounds(year, month)
    day = start
    while day <= min(end, ctx.today - dt.timedelta(days=1)):
        if day.weekday() < 6:  # the office works Saturdays
            sheets = {s.staff_id: s for s in w.team_day(head, day)}
            for member in members:
                sheet = sheets.get(member.staff_id)
                if sheet is None or rng.random() > 0.85:
                    continue
                data: LogInput = prefill(sheet.figures)
                data.calls += rng.randint(3, 15)  # calls nobody recorded as a follow-up
                data.wechats += rng.randint(0, 6)
                data.visits += rng.choice([0, 0, 0, 1])
                data.notes = rng.choice(NOTES)
                with contextlib.suppress(ServiceError):  # a day refused: left out
                    w.save_log(member, day, data)
        day += dt.timedelta(days=1)


def _text(template: str, report: ReportRow | None, ctx: DemoContext) -> str:
    figures = report.figures if report is not None and report.figures else None
    return template.format(
        leads=figures.new_leads if figures else ctx.rng.randint(20, 40),
        follow=figures.follow_ups if figures else ctx.rng.randint(40, 90),
        trials=figures.trials_attended if figures else ctx.rng.randint(8, 20),
        enrol=figures.enrollments if figures else ctx.rng.randint(3, 10),
    )


def _plan_and_report(
    ctx: DemoContext,
    head: Actor,
    member: Actor,
    year: int,
    month: int,
    current: bool,
    returned: list[int],
) -> None:
    """`returned` collects the id of the one report returned to its author."""
    w, rng = ctx.services.worklogs, ctx.rng
    admin = _user_actor(ctx, "admin")
    # A head's own plans and reports are decided by the principal.
    decider = head if member.staff_id != head.staff_id else admin
    try:
        plan = w.create_report(member, ReportKey("plan", "person", "month", year, month))
        plan = w.save_text(member, plan.id, plan.version, _text(rng.choice(PLANS), None, ctx), "")
        if current and rng.random() < 0.25:
            return  # still a draft
        plan = w.submit(member, plan.id, plan.version)
        if decider is not None and not (current and rng.random() < 0.5):
            w.approve(decider, plan.id, plan.version)
        if current:
            return
        report = w.create_report(member, ReportKey("report", "person", "month", year, month))
        live = w.live_figures(member, report.id)
        text = rng.choice(REPORTS).format(
            leads=live.new_leads,
            follow=live.follow_ups,
            trials=live.trials_attended,
            enrol=live.enrollments,
        )
        report = w.save_text(member, report.id, report.version, text, rng.choice(ASSESSMENTS))
        report = w.submit(member, report.id, report.version)
        last = (year, month) == _previous(ctx.today)
        if last and rng.random() < 0.4:
            return  # waiting for the head's decision
        if last and not returned:
            returned.append(report.id)
            w.return_report(
                decider, report.id, report.version, "请补充未完成目标的原因和下月改进措施"
            )
            return
        w.approve(decider, report.id, report.version, rng.choice(["", "", "继续保持"]))
    except ServiceError:
        pass


def _previous(today: dt.date) -> tuple[int, int]:
    return (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)


def _department(
    ctx: DemoContext, head: Actor, admin: Actor, year: int, month: int, current: bool
) -> None:
    w = ctx.services.worklogs
    try:
        plan = w.create_report(head, ReportKey("plan", "department", "month", year, month))
        plan = w.save_text(
            head,
            plan.id,
            plan.version,
            "部门目标：新线索 120 个，报名 30 人。\n分工：市场组负责地推与线上投放，"
            "销售组负责邀约试听和成交。",
            "",
        )
        plan = w.submit(head, plan.id, plan.version)
        w.approve(admin, plan.id, plan.version)
        if current:
            return
        report = w.create_report(head, ReportKey("report", "department", "month", year, month))
        live = w.live_figures(head, report.id)
        report = w.save_text(
            head,
            report.id,
            report.version,
            f"部门本月新增线索 {live.new_leads} 个，报名 {live.enrollments} 人。\n"
            "各组按计划推进，试听转化率有所提高。",
            "整体完成月度目标，新线索来源还需拓宽。",
        )
        report = w.submit(head, report.id, report.version)
        if (year, month) != _previous(ctx.today):
            w.approve(admin, report.id, report.version)
    except ServiceError:
        pass
