"""Demo step for meetings: four months of weekly sales meetings (周销售例会) with
attendance (some late, lateness recorded in conduct records), minutes signed by the
host and read by the attendees, action items (older ones done) and survey answers;
monthly summary meetings; one confidential meeting; last week's minutes waiting for
the host's signature and next week's notice. Deterministic from ctx.rng; everything
goes through the services."""

from __future__ import annotations

import datetime as dt
import io

from app.context import Actor
from app.demo.context import DemoContext
from app.errors import ServiceError, tr
from app.meetings.minutes import ItemInput
from app.meetings.rows import MeetingRow, NoticeInput
from app.meetings.service import Mark
from app.permissions import Role
from app.users.service import actor_for
from db.models.staff import Staff
from db.models.users import User

AGENDA = "1. 上周业绩与线索回顾\n2. 重点客户跟进情况\n3. 本周工作安排\n4. 问题与支持"
DECISIONS = [
    "本周重点跟进老学员续费名单，续费率目标85%。",
    "周六在万达广场设点地推，销售部全员参加，市场部负责物料。",
    "试听课到课率偏低，邀约后24小时内电话确认。",
    "抖音投放线索质量下降，暂停低效计划，预算转向转介绍活动。",
    "客服回访发现家长关心师资，下周起在试听课后安排教师答疑。",
    "渠道合作学校新增两所，本周完成合作协议签署。",
    "月底前清理三个月未联系的线索，分配给新入职同事跟进。",
]
ITEMS = [
    "整理续费名单并逐一电话回访",
    "准备地推物料（易拉宝、传单、礼品）",
    "统计上周试听课到课率",
    "联系合作学校确认讲座时间",
    "更新抖音投放素材",
    "汇总家长常见问题，形成话术",
    "核对本月活动费用报销单",
    "跟进A类客户报名意向",
]
COMMENTS = ["议程清楚，节奏好", "时间有点长", "希望多讲案例", "", "", "决议明确", "讨论有些发散"]


def label() -> str:
    """What progress messages call this step."""
    return tr("meetings", "demo step")


def _user_actor(ctx: DemoContext, username: str) -> Actor:
    with ctx.db.session() as session:
        user = session.get(User, ctx.user_ids[username])
        assert user is not None  # created by the demo's users step
        return actor_for(user)


def _person(staff_id: int, names: dict[int, str]) -> Actor:
    """A staff member acting in their own part (demo people have no accounts)."""
    name = names.get(staff_id, "")
    return Actor(None, f"demo:{name}", Role.STAFF, staff_id=staff_id, display_name=name)


def _signature(rng) -> bytes:  # type: ignore[no-untyped-def]
    """A believable pen stroke as a transparent PNG (what the signature pad saves)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (360, 120), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = [(20 + 20 * k, 60 + rng.randint(-35, 35)) for k in range(16)]
    draw.line(points, fill=(20, 20, 60, 255), width=4, joint="curve")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0)).astimezone()


def build(ctx: DemoContext) -> None:
    conduct = ctx.services.conduct
    saved_today = conduct.today
    conduct.today = lambda: ctx.today
    try:
        _build(ctx)
    finally:
        conduct.today = saved_today


def _build(ctx: DemoContext) -> None:
    rng = ctx.rng
    admin, manager, staff = (_user_actor(ctx, u) for u in ("admin", "manager", "staff"))
    service = _user_actor(ctx, "service")
    sales = ctx.staff_by_department.get("sales", [])
    market = ctx.staff_by_department.get("market", [])
    assert manager.staff_id is not None and staff.staff_id is not None
    weekly = list(dict.fromkeys([manager.staff_id, staff.staff_id, *sales[:6], *market[:2]]))
    monthly = list(
        dict.fromkeys(
            [manager.staff_id, staff.staff_id, service.staff_id or manager.staff_id]
            + market[:3] + sales[:3] + ctx.staff_by_department.get("service", [])[:2]
        )
    )  # fmt: skip
    with ctx.db.session() as session:
        names = {s.id: s.name for s in session.query(Staff)}
    signature = _signature(rng)
    monday = ctx.today - dt.timedelta(days=ctx.today.weekday())
    weeks = [monday - dt.timedelta(weeks=k) for k in range(16, -1, -1)]
    for n, day in enumerate(weeks):
        ctx.report("meetings", n + 1, len(weeks) + 1)
        week = day.isocalendar().week
        notice = NoticeInput(
            title=f"周销售例会（第{week}周）",
            starts_at=_at(day, 9),
            host_staff_id=manager.staff_id,
            recorder_staff_id=staff.staff_id,
            invitee_ids=tuple(weekly),
            series="周销售例会",
            agenda=AGENDA,
            place="三楼会议室",
            record_lateness=True,
        )
        stage = "done" if n < len(weeks) - 2 else ("submitted" if n == len(weeks) - 2 else "draft")
        _meeting(ctx, admin, manager, staff, notice, names, signature, stage)
    # Next Monday's notice.
    ctx.services.meetings.create_notice(
        manager,
        NoticeInput(
            title=f"周销售例会（第{(monday + dt.timedelta(weeks=1)).isocalendar().week}周）",
            starts_at=_at(monday + dt.timedelta(weeks=1), 9),
            host_staff_id=manager.staff_id,
            recorder_staff_id=staff.staff_id,
            invitee_ids=tuple(weekly),
            series="周销售例会",
            agenda=AGENDA,
            place="三楼会议室",
            record_lateness=True,
        ),
    )
    # Monthly summaries, hosted by the manager, minuted by the staff member.
    for k in range(4, 0, -1):
        first = (ctx.today.replace(day=1) - dt.timedelta(days=28 * k)).replace(day=1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        friday = last - dt.timedelta(days=(last.weekday() - 4) % 7)
        notice = NoticeInput(
            title=f"{first.month}月营销工作总结会",
            starts_at=_at(friday, 15),
            host_staff_id=manager.staff_id,
            recorder_staff_id=staff.staff_id,
            invitee_ids=tuple(monthly),
            series="月度营销总结会",
            agenda="1. 本月目标完成情况\n2. 渠道与活动效果\n3. 下月计划",
            place="大会议室",
            minutes_planned=90,
        )
        _meeting(ctx, admin, manager, staff, notice, names, signature, "done")
    ctx.report("meetings", len(weeks) + 1, len(weeks) + 1)
    # A confidential meeting: only its three people (and the administrator) see it.
    day = monday - dt.timedelta(days=4)
    notice = NoticeInput(
        title="秋季课程价格调整专题会",
        starts_at=_at(day, 16),
        host_staff_id=manager.staff_id,
        recorder_staff_id=staff.staff_id,
        invitee_ids=(manager.staff_id, staff.staff_id),
        series="",
        agenda="1. 竞品价格对比\n2. 调价方案\n3. 对外口径",
        place="经理办公室",
        confidential=True,
    )
    _meeting(ctx, admin, manager, staff, notice, names, signature, "done")


def _meeting(
    ctx: DemoContext,
    admin: Actor,
    manager: Actor,
    staff: Actor,
    notice: NoticeInput,
    names: dict[int, str],
    signature: bytes,
    stage: str,
) -> None:
    """One meeting taken as far as `stage`: draft (attendance, no minutes),
    submitted (waiting for the signature) or done (signed, distributed, read,
    surveyed, older action items closed)."""
    services, rng = ctx.services, ctx.rng
    try:
        row: MeetingRow = services.meetings.create_notice(manager, notice)
        marks = {}
        for staff_id in notice.invitee_ids:
            roll = rng.random()
            if staff_id == manager.staff_id or roll > 0.14:
                marks[staff_id] = Mark("on_time")
            elif roll > 0.03:
                marks[staff_id] = Mark("late", rng.choice([3, 5, 8, 10, 15, 25]))
            else:
                marks[staff_id] = Mark("absent")
        # The principal records attendance: the conduct records may be about anyone.
        row = services.meetings.record_attendance(admin, row.id, row.version, marks)
        if stage == "draft":
            return
        present = [s for s, m in marks.items() if m.attendance != "absent"]
        day = notice.starts_at.date()
        # The first item is the recorder's (the staff account), so it has some to do.
        owners = [staff.staff_id, *(rng.choice(present) for _ in range(2))]
        items = [
            ItemInput(text, owner, day + dt.timedelta(days=rng.choice([2, 3, 5, 7, 10])))
            for text, owner in zip(rng.sample(ITEMS, rng.randint(1, 3)), owners, strict=False)
            if owner is not None
        ]
        decisions = "\n".join(
            f"{k}. {text}" for k, text in enumerate(rng.sample(DECISIONS, 2), start=1)
        )
        minutes = services.meeting_minutes
        row = minutes.save_minutes(staff, row.id, row.version, decisions, items)
        row = minutes.submit(staff, row.id, row.version)
        if stage == "submitted":
            return
        row = minutes.sign(manager, row.id, row.version, signature)
        row = minutes.distribute(staff, row.id, row.version)
        recent = ctx.today - day < dt.timedelta(days=10)
        follow = services.meeting_followup
        for staff_id in notice.invitee_ids:
            person = _person(staff_id, names)
            if not recent or rng.random() < 0.5:
                minutes.confirm_read(person, row.id)
            if staff_id in present and rng.random() < 0.7:
                score = rng.choice([3, 4, 4, 4, 5, 5])
                follow.answer_survey(person, row.id, score, rng.choice(COMMENTS))
        for item in row.action_items:
            if item.due_on is not None and item.due_on < ctx.today - dt.timedelta(days=3):
                follow.set_done(_person(item.owner_staff_id, names), item.id, item.version)
    except ServiceError:
        return  # a date the rules refuse (in the future): left out
