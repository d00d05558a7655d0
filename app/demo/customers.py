"""Demo step: ctx.scale customers with two years of history.

Built with Core executemany in chunks (not ORM objects one by one) so that a
million customers take minutes, not hours. Deterministic from ctx.rng: the
same seed and scale give the same database.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, insert, select, text

from app.audit.service import record_event
from app.customers.keys import search_columns
from app.customers.pipeline import ORDER, Status
from app.demo.context import DemoContext
from app.demo.names import DISTRICTS, GRADES, mobile, person_name, school_name
from app.errors import tr
from db.base import table_of
from db.models.channels import Channel
from db.models.customers import (
    Complaint,
    Customer,
    CustomerStatusChange,
    Enrollment,
    FollowUp,
    Tag,
    TrialClass,
    customer_tags,
)

CHUNK = 20_000
COURSES = [  # name, category, price (yuan), class hours
    ("少儿英语启蒙班", "英语", 4800, 48),
    ("新概念英语一册", "英语", 6800, 60),
    ("小学奥数提高班", "数学", 5600, 48),
    ("初中数学同步班", "数学", 7200, 60),
    ("高中物理冲刺班", "物理", 9800, 64),
    ("作文写作训练营", "语文", 3600, 32),
    ("少儿编程启蒙", "编程", 5200, 40),
    ("美术素描基础", "艺术", 3800, 36),
    ("雅思冲刺班", "英语", 12800, 80),
]
CHANNEL_WEIGHTS = {
    "website": 6,
    "seo": 4,
    "wechat": 14,
    "weibo": 3,
    "douyin": 12,
    "baidu_ads": 9,
    "tencent_ads": 5,
    "campus": 12,
    "community": 8,
    "partner": 6,
    "offline_ads": 5,
    "referral": 16,
}
TAGS = ["高意向", "价格敏感", "老带新", "寒假班", "暑假班", "需回电", "周末班"]
INTERESTS = ["英语", "数学", "物理", "作文", "编程", "美术", "雅思", "奥数"]
FOLLOW_UP_NOTES = [
    "介绍了课程安排，家长有兴趣",
    "家长在考虑价格，下周再联系",
    "约了试听时间",
    "孩子对编程感兴趣",
    "询问寒假班时间",
    "已发送课程资料到微信",
    "家长反馈孩子学习进步明显",
    "未接通，稍后再打",
]
LOST_REASONS = ["价格太高", "选择了其他机构", "时间不合适", "距离太远", "暂无需求"]
COMPLAINTS = [
    ("教学质量", "老师讲课节奏太快，孩子跟不上"),
    ("服务态度", "前台接待不耐烦"),
    ("退费", "申请退费后迟迟没有处理"),
    ("排课", "临时调课没有提前通知"),
]
# Share of children registered a second time under another mobile (the student's own
# phone at a booth, after a parent's call): duplicates the one-mobile rule cannot catch,
# which "Find duplicates" finds by name and guardian phone.
REREGISTERED = 0.01
CONSENT = "本人同意贵机构通过电话、短信或微信联系本人，介绍课程与活动信息。"


def _uuid(rng) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _office_hours(when: dt.datetime, rng) -> dt.datetime:
    """The same day, at a time the office works (09:00-19:59 Beijing = 01:00-11:59 UTC)."""
    return when.replace(hour=rng.randrange(1, 12), minute=rng.randrange(60))


def _at(day_start: dt.datetime, rng, days: float) -> dt.datetime:
    return _office_hours(day_start + dt.timedelta(days=int(days)), rng)


def _ensure_courses(ctx: DemoContext) -> list[tuple[int, int, int]]:
    service = ctx.services.customers
    existing = {c.name: c for c in service.list_courses(ctx.actor, include_inactive=True)}
    for name, category, price, hours in COURSES:
        if name not in existing:
            service.create_course(ctx.actor, name, category, price * 100, hours)
    return [
        (c.id, c.price_fen, c.class_hours)
        for c in service.list_courses(ctx.actor, include_inactive=True)
    ]


def label() -> str:
    """What progress messages call this step."""
    return tr("customers", "demo step")


def build(ctx: DemoContext) -> None:
    rng = ctx.rng
    service = ctx.services.customers
    service.ensure_seed_channels(ctx.actor)
    courses = _ensure_courses(ctx)
    with ctx.db.session() as session:
        channels = {c.code: c.id for c in session.scalars(select(Channel))}
        first_id = (session.scalar(select(func.max(Customer.id))) or 0) + 1
    with ctx.db.engine.begin() as conn:
        for name in TAGS:
            if conn.scalar(select(Tag.id).where(Tag.name == name)) is None:
                conn.execute(insert(Tag).values(name=name, created_at=_now(), updated_at=_now()))
        tag_ids = list(conn.scalars(select(Tag.id).where(Tag.name.in_(TAGS))))
    channel_codes = list(CHANNEL_WEIGHTS)
    channel_weights = [CHANNEL_WEIGHTS[c] for c in channel_codes]
    owners: list[int | None] = [
        *ctx.staff_by_department.get("sales", []),
        *ctx.staff_by_department.get("service", []),
    ]
    sales: list[int | None] = [*ctx.staff_by_department.get("sales", [])] or owners or [None]
    service_staff: list[int | None] = [*ctx.staff_by_department.get("service", [])] or sales
    owners = owners or [None]

    today = ctx.today
    start = dt.datetime.combine(today - dt.timedelta(days=730), dt.time(), tzinfo=dt.UTC)
    span_days = 730.0
    used_mobiles: set[str] = set()
    families: list[tuple[str, str, str]] = []  # recent minors: name, guardian, guardian phone
    total = ctx.scale
    done = 0
    while done < total:
        count = min(CHUNK, total - done)
        batch = _Batch()
        for i in range(count):
            index = done + i
            customer_id = first_id + index
            created = _at(start, rng, span_days * index / max(total, 1))
            _one_customer(
                ctx,
                rng,
                batch,
                customer_id,
                created,
                today,
                channels,
                channel_codes,
                channel_weights,
                owners,
                sales,
                service_staff,
                courses,
                tag_ids,
                used_mobiles,
                families,
            )
        batch.write(ctx)
        done += count
        ctx.report("customers", done, total)
    if ctx.db.engine.dialect.name == "postgresql":
        with ctx.db.engine.begin() as conn:
            conn.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence('customers', 'id'), "
                    "(SELECT COALESCE(MAX(id), 1) FROM customers))"
                )
            )
    record_event(ctx.db, ctx.actor, "demo", "customers", summary=f"{total} demo customers")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class _Batch:
    def __init__(self) -> None:
        self.customers: list[dict] = []
        self.changes: list[dict] = []
        self.follow_ups: list[dict] = []
        self.trials: list[dict] = []
        self.enrollments: list[dict] = []
        self.complaints: list[dict] = []
        self.tags: list[dict] = []

    def write(self, ctx: DemoContext) -> None:
        with ctx.db.engine.begin() as conn:
            for table, rows in (
                (table_of(Customer), self.customers),
                (table_of(CustomerStatusChange), self.changes),
                (table_of(FollowUp), self.follow_ups),
                (table_of(TrialClass), self.trials),
                (table_of(Enrollment), self.enrollments),
                (table_of(Complaint), self.complaints),
                (customer_tags, self.tags),
            ):
                if rows:
                    conn.execute(insert(table), rows)


def _one_customer(
    ctx,
    rng,
    batch: _Batch,
    customer_id: int,
    created: dt.datetime,
    today: dt.date,
    channels,
    channel_codes,
    channel_weights,
    owners,
    sales,
    service_staff,
    courses,
    tag_ids,
    used_mobiles,
    families,
) -> None:
    again = (
        families[rng.randrange(len(families))] if families and rng.random() < REREGISTERED else None
    )
    name = again[0] if again else person_name(rng)
    while True:
        number = mobile(rng)
        if number not in used_mobiles:
            used_mobiles.add(number)
            break
    e164 = "+86" + number
    is_minor = again is not None or rng.random() < 0.7
    guardian_phone = None
    guardian_name = ""
    if again is not None:
        guardian_name, guardian_phone = again[1], again[2]
    elif is_minor:
        guardian_name = name[0] + rng.choice("伟芳娜敏静丽强磊军洋勇艳杰")
        guardian_phone = "+86" + mobile(rng)
        families.append((name, guardian_name, guardian_phone))
        if len(families) > 2000:
            del families[:1000]
    columns = search_columns(name, e164, guardian_phone)  # pinyin is cached per name
    owner = rng.choice(owners)
    tier = rng.choices("ABC", (2, 5, 3))[0]

    # The pipeline path this customer went through.
    roll = rng.random
    stage = 0
    for chance in (0.75, 0.4, 0.75, 0.55, 0.3):
        if roll() < chance:
            stage += 1
        else:
            break
    age_days = (dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC) - created).days
    lost = stage < 4 and age_days > 30 and roll() < 0.3
    when = created
    changes = [("", Status.NEW, "", created)]
    for step in ORDER[1 : stage + 1]:
        when = _office_hours(when + dt.timedelta(days=rng.randrange(1, 21)), rng)
        changes.append((changes[-1][1], step, "", when))
    if lost:
        when = _office_hours(when + dt.timedelta(days=rng.randrange(1, 31)), rng)
        changes.append((changes[-1][1], Status.LOST, rng.choice(LOST_REASONS), when))
    now = _now()
    changes = [c for c in changes if c[3] <= now] or changes[:1]
    status = changes[-1][1]
    last_contact = changes[-1][3] if len(changes) > 1 else None
    next_follow_up = None
    by = "demo"
    for old, new, reason, at in changes:
        batch.changes.append(
            {
                "customer_id": customer_id,
                "from_status": old,
                "to_status": new,
                "reason": reason,
                "changed_at": at,
                "changed_by": by,
            }
        )

    # Follow-ups: done ones along the way, and an open one for live customers.
    for _old, _new, _reason, at in changes[1:]:
        staff = owner or rng.choice(sales)
        batch.follow_ups.append(
            {
                "uuid": _uuid(rng),
                "version": 1,
                "customer_id": customer_id,
                "staff_id": staff,
                "due_on": at.date(),
                "method": rng.choice(("phone", "phone", "wechat", "visit", "sms")),
                "content": rng.choice(FOLLOW_UP_NOTES),
                "satisfaction": rng.choice((3, 4, 4, 5, 5, None)),
                "done": True,
                "done_at": at,
                "next_follow_up": None,
                "created_at": at,
            }
        )
    if status != Status.LOST and roll() < 0.35:
        due = today + dt.timedelta(days=rng.randrange(-3, 40))
        next_follow_up = due
        batch.follow_ups.append(
            {
                "uuid": _uuid(rng),
                "version": 1,
                "customer_id": customer_id,
                "staff_id": owner or rng.choice(sales),
                "due_on": due,
                "method": "phone",
                "content": "",
                "satisfaction": None,
                "done": False,
                "done_at": None,
                "next_follow_up": None,
                "created_at": last_contact or created,
            }
        )

    course_id, price, hours = rng.choice(courses) if courses else (None, 0, 0)
    reached = {c[1] for c in changes}
    if Status.TRIAL_BOOKED in reached:
        booked_at = next(c[3] for c in changes if c[1] == Status.TRIAL_BOOKED)
        trial_at = _office_hours(booked_at + dt.timedelta(days=rng.randrange(1, 8)), rng)
        if Status.TRIAL_ATTENDED in reached:
            trial_status = "attended"
        elif trial_at.date() >= today or status == Status.TRIAL_BOOKED:
            trial_status = "booked"
        else:
            trial_status = rng.choice(("no_show", "cancelled"))
        batch.trials.append(
            {
                "uuid": _uuid(rng),
                "version": 1,
                "customer_id": customer_id,
                "course_id": course_id,
                "scheduled_at": trial_at,
                "status": trial_status,
                "staff_id": owner or sales[0],
                "teacher": rng.choice(("王老师", "李老师", "陈老师", "赵老师")),
                "note": "",
                "created_at": booked_at,
            }
        )
    for step, renewal in ((Status.ENROLLED, False), (Status.RENEWED, True)):
        if step in reached:
            at = next(c[3] for c in changes if c[1] == step)
            discount = rng.choice((0, 0, 20000, 50000)) if price > 100000 else 0
            batch.enrollments.append(
                {
                    "uuid": _uuid(rng),
                    "version": 1,
                    "customer_id": customer_id,
                    "course_id": course_id,
                    "enrolled_on": at.date(),
                    "amount_fen": max(price - discount, 0),
                    "discount_fen": discount,
                    "class_hours": hours,
                    "is_renewal": renewal,
                    "owner_id": owner or sales[0],
                    "note": "",
                    "created_at": at,
                }
            )
    if Status.ENROLLED in reached and roll() < 0.06:
        received = changes[-1][3] + dt.timedelta(days=rng.randrange(5, 60))
        if received < now:
            category, content = rng.choice(COMPLAINTS)
            state = rng.choice(("received", "handling", "resolved", "closed", "closed"))
            responded = (
                received + dt.timedelta(hours=rng.randrange(1, 30)) if state != "received" else None
            )
            resolved = (
                responded + dt.timedelta(days=rng.randrange(1, 6))
                if state in ("resolved", "closed") and responded is not None
                else None
            )
            batch.complaints.append(
                {
                    "uuid": _uuid(rng),
                    "version": 1,
                    "customer_id": customer_id,
                    "category": category,
                    "content": content,
                    "status": state,
                    "handler_id": rng.choice(service_staff),
                    "received_at": received,
                    "response_deadline": received + dt.timedelta(hours=24),
                    "responded_at": responded,
                    "resolved_at": resolved,
                    "closed_at": resolved if state == "closed" else None,
                    "response": "已致电家长了解情况" if responded else "",
                    "resolution": "已调整安排并向家长致歉" if resolved else "",
                }
            )
    if roll() < 0.12 and tag_ids:
        batch.tags.append({"customer_id": customer_id, "tag_id": rng.choice(tag_ids)})
    consent = roll() < 0.85
    batch.customers.append(
        {
            "id": customer_id,
            "uuid": _uuid(rng),
            "version": 1,
            "deleted_at": None,
            "name": name,
            "mobile": e164,
            "wechat": "" if roll() < 0.6 else f"wx_{number[-6:]}",
            "gender": rng.choice("MF"),
            "grade": rng.choice(GRADES) if is_minor else "",
            "school": school_name(rng) if is_minor else "",
            "guardian_name": guardian_name,
            "guardian_phone": guardian_phone,
            "district": rng.choice(DISTRICTS),
            "training_needs": "",
            "course_interests": rng.choice(INTERESTS),
            "notes": "",
            "channel_id": channels.get(rng.choices(channel_codes, channel_weights)[0]),
            "source_event": "",
            "owner_id": owner,
            "tier": tier,
            "status": status,
            "lost_reason": changes[-1][2] if status == Status.LOST else "",
            "consent_contact": consent,
            "consent_at": created if consent else None,
            "consent_wording": CONSENT if consent else "",
            "is_minor": is_minor,
            "guardian_consent": is_minor,
            "guardian_consent_at": created if is_minor else None,
            "created_at": created,
            "updated_at": changes[-1][3],
            "last_contact_at": last_contact,
            "next_follow_up": next_follow_up,
            **columns,
        }
    )
