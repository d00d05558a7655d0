"""Demo step for conduct records: a year of attendance, leave, discipline and
demeanour matters, commendations and training for the marketing departments, most
acknowledged, a few objected to (one withdrawn), recent leave waiting for approval.
Deterministic from ctx.rng; everything goes through the services."""

from __future__ import annotations

import datetime as dt

from app.conduct.records import RecordInput
from app.context import Actor
from app.demo.context import DemoContext
from app.errors import ServiceError, tr
from app.permissions import Role
from app.users.service import actor_for
from db.models.staff import Staff
from db.models.users import User

NOTES = {
    "late": ["地铁延误", "送孩子上学", "堵车", "", "", ""],
    "early_leave": ["家中有事", "提前去医院", ""],
    "absence": ["未请假未到岗，电话未接通"],
    "unrelated_work": ["上班时间刷短视频", "工作时间处理私人网店"],
    "refusing_work": ["拖延提交周报三次", "拒绝接手分配的回访名单"],
    "confidentiality": ["将客户名单发至私人微信群"],
    "dress": ["接待家长时穿拖鞋", "校区开放日未着工装"],
    "rude_language": ["电话中对家长语气生硬"],
    "customer_argument": ["与退费家长在前台争执"],
    "excellent_staff": ["季度优秀营销员工"],
    "best_team": ["暑期招生最佳销售团队"],
    "other_commendation": ["家长来信表扬", "协助活动获好评"],
    "internal": ["新课程产品培训", "电话邀约话术培训", "客户信息保密制度学习", "投诉处理流程培训"],
    "external": ["新媒体营销公开课", "教育行业广告法规培训", "销售管理外训"],
    "personal": ["家中有事", "办理证件"],
    "sick": ["感冒发烧", "肠胃不适"],
    "annual": ["回老家探亲", "家庭旅行"],
    "compensatory": ["周末活动加班调休"],
}
OBJECTIONS = ["当天外出拜访客户，已向主管报备", "打卡机故障，有同事可以作证"]


def label() -> str:
    """What progress messages call this step."""
    return tr("conduct records", "demo step")


def _user_actor(ctx: DemoContext, username: str) -> Actor:
    with ctx.db.session() as session:
        user = session.get(User, ctx.user_ids[username])
        assert user is not None  # created by the demo's users step
        return actor_for(user)


def _person(staff_id: int, name: str) -> Actor:
    """The staff member answering their own records (demo people have no accounts)."""
    return Actor(None, f"demo:{name}", Role.STAFF, staff_id=staff_id, display_name=name)


def _workday(ctx: DemoContext, year: int, month: int) -> dt.date | None:
    for _ in range(10):
        day = dt.date(year, month, ctx.rng.randint(1, 28))
        if day.weekday() < 5 and day <= ctx.today:
            return day
    return None


def _months(today: dt.date) -> list[tuple[int, int]]:
    """The twelve months up to and including this one."""
    out = []
    year, month = today.year, today.month
    for _ in range(12):
        out.append((year, month))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return list(reversed(out))


def build(ctx: DemoContext) -> None:
    conduct = ctx.services.conduct
    saved_today = conduct.today
    conduct.today = lambda: ctx.today
    try:
        _build(ctx)
    finally:
        conduct.today = saved_today


def _build(ctx: DemoContext) -> None:
    conduct, rng = ctx.services.conduct, ctx.rng
    admin = _user_actor(ctx, "admin")
    manager = _user_actor(ctx, "manager")
    ids = [
        i
        for code in ("market", "sales", "service", "events")
        for i in ctx.staff_by_department.get(code, [])
    ]
    with ctx.db.session() as session:
        people = {s.id: s.name for s in session.query(Staff).filter(Staff.id.in_(ids))}
    market = set(ctx.staff_by_department.get("market", []))
    # Who is habitually late, and who is the model employee: a believable spread.
    punctuality = {i: rng.choice([0.05, 0.1, 0.1, 0.2, 0.35, 0.6]) for i in ids}
    manager_staff = manager.staff_id
    months = _months(ctx.today)
    added: list[tuple[int, int, int]] = []  # (record id, version, staff id)

    def add(staff_id: int, day: dt.date, kind: str, subkind: str, **kw: object) -> None:
        # The market manager records for the market department; the principal for the rest.
        recorder = manager if staff_id in market and staff_id != manager_staff else admin
        note = rng.choice(NOTES.get(subkind, [""]))
        try:
            row = conduct.create_record(
                recorder,
                RecordInput(staff_id, day, kind, subkind, note=note, **kw),  # type: ignore[arg-type]
            )
        except ServiceError:
            return  # a date the rules refuse (in the future): left out
        added.append((row.id, row.version, staff_id))

    for n, (year, month) in enumerate(months):
        ctx.report("conduct", n + 1, len(months))
        for staff_id in ids:
            for _ in range(3):
                if rng.random() < punctuality[staff_id]:
                    day = _workday(ctx, year, month)
                    if day:
                        add(
                            staff_id,
                            day,
                            "attendance",
                            "late",
                            minutes=rng.choice([3, 5, 8, 12, 20, 35]),
                        )
            if rng.random() < 0.04:
                day = _workday(ctx, year, month)
                if day:
                    add(
                        staff_id, day, "attendance", "early_leave", minutes=rng.choice([15, 30, 60])
                    )
            if rng.random() < 0.008:
                day = _workday(ctx, year, month)
                if day:
                    add(staff_id, day, "attendance", "absence")
            if rng.random() < 0.18:
                day = _workday(ctx, year, month)
                if day:
                    subkind = rng.choice(["personal", "sick", "sick", "annual", "compensatory"])
                    days = rng.choice([0, 0, 1, 2]) if subkind == "annual" else 0
                    ends = day + dt.timedelta(days=days) if days else None
                    add(staff_id, day, "leave", subkind, ends_on=ends)
            if rng.random() < 0.03:
                day = _workday(ctx, year, month)
                if day:
                    add(
                        staff_id,
                        day,
                        "discipline",
                        rng.choice(["unrelated_work", "unrelated_work", "refusing_work"]),
                    )
            if rng.random() < 0.035:
                day = _workday(ctx, year, month)
                if day:
                    add(
                        staff_id,
                        day,
                        "demeanor",
                        rng.choice(["dress", "dress", "rude_language", "customer_argument"]),
                    )
            if rng.random() < 0.04:
                day = _workday(ctx, year, month)
                if day:
                    add(staff_id, day, "commendation", "other_commendation")
        # Internal training every month for one department, all its people.
        code = ("market", "sales", "service", "events")[n % 4]
        day = _workday(ctx, year, month)
        if day:
            hours = rng.choice([2, 2, 3, 4])
            for staff_id in ctx.staff_by_department.get(code, []):
                add(staff_id, day, "training", "internal", hours=hours)
        if rng.random() < 0.3 and ids:
            day = _workday(ctx, year, month)
            if day:
                add(rng.choice(ids), day, "training", "external", hours=rng.choice([6, 8, 16]))
        # Honours at the end of each quarter: 优秀营销员工, and the best sales team once.
        if month in (3, 6, 9, 12):
            day = _workday(ctx, year, month)
            if day:
                add(rng.choice(ids), day, "commendation", "excellent_staff")
        if month == 8:
            day = _workday(ctx, year, month)
            if day:
                for staff_id in ctx.staff_by_department.get("sales", []):
                    add(staff_id, day, "commendation", "best_team")

    _answers(ctx, added, people)
    _leave_requests(ctx, ids, people)


def _answers(ctx: DemoContext, added: list[tuple[int, int, int]], people: dict[int, str]) -> None:
    """Older records are acknowledged; two are objected to, one of them withdrawn; the
    last weeks' records wait for an answer."""
    conduct, rng = ctx.services.conduct, ctx.rng
    admin = _user_actor(ctx, "admin")
    recent = ctx.today - dt.timedelta(days=20)
    objected = 0
    for record_id, _version, staff_id in added:
        row = conduct.get_record(admin, record_id)
        if row.ack_state != "pending" or row.occurred_on > recent:
            continue
        person = _person(staff_id, people.get(staff_id, ""))
        if objected < 2 and row.kind in ("attendance", "demeanor") and rng.random() < 0.1:
            row = conduct.object_to(person, record_id, row.version, OBJECTIONS[objected])
            if objected == 0:
                conduct.void_record(admin, record_id, row.version, "核实属实，撤销该记录")
            objected += 1
        elif rng.random() < 0.93:
            conduct.acknowledge(person, record_id, row.version)


def _leave_requests(ctx: DemoContext, ids: list[int], people: dict[int, str]) -> None:
    """Leave asked for in the coming weeks: two waiting, one approved, one rejected."""
    conduct, rng = ctx.services.conduct, ctx.rng
    admin = _user_actor(ctx, "admin")
    if len(ids) < 4:
        return
    chosen = rng.sample(ids, 4)
    for n, staff_id in enumerate(chosen):
        start = ctx.today + dt.timedelta(days=7 + 3 * n)
        subkind = ("annual", "personal", "compensatory", "annual")[n]
        ends = start + dt.timedelta(days=2) if subkind == "annual" else None
        row = conduct.request_leave(
            _person(staff_id, people.get(staff_id, "")),
            RecordInput(
                staff_id, start, "leave", subkind, ends_on=ends, note=rng.choice(NOTES[subkind])
            ),
        )
        if n == 2:
            conduct.decide_leave(admin, row.id, row.version, True)
        elif n == 3:
            conduct.decide_leave(admin, row.id, row.version, False, "招生旺季，请改期")
