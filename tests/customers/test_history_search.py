"""Follow-ups, trials, enrollments, complaints, the today panel, search and merge."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.customers.rows import EnrollmentInput
from app.customers.search import CustomerQuery
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from db.models.audit import AuditEntry
from db.models.customers import FollowUp

TODAY = dt.datetime.now().astimezone().date()


def test_follow_up_contacts_and_plans_the_next(customers, actors, make_customer):
    manager = actors["manager"]
    row = make_customer()
    customers.record_follow_up(
        manager, row.id, "wechat", "发了课程表", satisfaction=5, next_follow_up=TODAY
    )
    row = customers.get_customer(manager, row.id)
    assert row.status == "contacted" and row.last_contact_at is not None
    assert row.next_follow_up == TODAY
    today = customers.today(manager)
    assert [f.customer_id for f in today.follow_ups] == [row.id]
    planned = today.follow_ups[0]
    customers.record_follow_up(
        manager,
        row.id,
        "phone",
        "约了周六试听",
        satisfaction=4,
        planned_id=planned.id,
        planned_version=planned.version,
    )
    assert customers.today(manager).follow_ups == []
    assert customers.get_customer(manager, row.id).next_follow_up is None
    with pytest.raises(ValidationError) as info:
        customers.record_follow_up(manager, row.id, "phone", "x", satisfaction=6)
    assert info.value.field == "satisfaction"
    with pytest.raises(ValidationError) as info:
        customers.record_follow_up(manager, row.id, "phone", "  ")
    assert info.value.field == "content"
    with pytest.raises(ValidationError):
        customers.record_follow_up(manager, row.id, "fax", "x")


def test_today_lists_only_own_due_and_overdue(customers, actors, make_customer):
    manager, staff = actors["manager"], actors["staff"]
    mine = make_customer("林一", actor="staff")
    customers.plan_follow_up(staff, mine.id, TODAY - dt.timedelta(days=3))
    customers.plan_follow_up(staff, mine.id, TODAY)
    customers.plan_follow_up(staff, mine.id, TODAY + dt.timedelta(days=2))  # not yet due
    theirs = make_customer("林二")
    customers.plan_follow_up(manager, theirs.id, TODAY)
    customers.book_trial(staff, mine.id, dt.datetime.now(dt.UTC))
    items = customers.today(staff)
    assert len(items.follow_ups) == 2 and items.overdue_count == 1
    assert len(items.trials) == 1 and items.count == 3
    # the filters of the table agree
    assert list(customers.search_ids(staff, CustomerQuery(follow_up="overdue"))) == [mine.id]
    assert list(customers.search_ids(manager, CustomerQuery(follow_up="today"))) == [theirs.id]
    assert customers.today(actors["finance"]).count == 0


def test_trials_and_enrollments_move_the_pipeline(customers, actors, make_customer):
    manager = actors["manager"]
    course = customers.create_course(manager, "少儿英语", "英语", 480000, 48)
    row = make_customer()
    trial = customers.book_trial(manager, row.id, dt.datetime.now(dt.UTC), course_id=course.id)
    assert customers.get_customer(manager, row.id).status == "trial_booked"
    trial = customers.set_trial_status(manager, trial.id, trial.version, "attended")
    with pytest.raises(ValidationError):
        customers.set_trial_status(manager, trial.id, trial.version, "no_show")
    with pytest.raises(ConflictError):
        customers.set_trial_status(manager, trial.id, trial.version - 1, "cancelled")
    assert customers.get_customer(manager, row.id).status == "trial_attended"
    first = customers.add_enrollment(
        manager,
        row.id,
        EnrollmentInput(course.id, TODAY, 450000, class_hours=48, discount_fen=30000),
    )
    assert not first.is_renewal and first.amount_fen == 450000
    assert customers.get_customer(manager, row.id).status == "enrolled"
    second = customers.add_enrollment(manager, row.id, EnrollmentInput(course.id, TODAY, 480000))
    assert second.is_renewal
    assert customers.get_customer(manager, row.id).status == "renewed"
    with pytest.raises(ValidationError) as info:
        customers.add_enrollment(manager, row.id, EnrollmentInput(course.id, TODAY, -1))
    assert info.value.field == "amount"
    with pytest.raises(PermissionDenied):
        customers.book_trial(actors["service"], row.id, dt.datetime.now(dt.UTC))
    kinds = [e.kind for e in customers.timeline(manager, row.id)]
    assert kinds.count("enrollment") == 2 and "trial" in kinds and "status" in kinds


def test_complaint_workflow_records_times(customers, actors, make_customer):
    service = actors["service"]
    row = make_customer()
    received = dt.datetime.now(dt.UTC) - dt.timedelta(hours=30)
    complaint = customers.receive_complaint(
        service, row.id, "老师迟到", category="教学", received_at=received
    )
    assert complaint.response_deadline == received + dt.timedelta(hours=24)
    assert complaint.overdue(dt.datetime.now(dt.UTC))
    with pytest.raises(ValidationError):
        customers.set_complaint_status(service, complaint.id, complaint.version, "received")
    complaint = customers.set_complaint_status(
        service, complaint.id, complaint.version, "handling", "已致电家长"
    )
    assert complaint.response_time is not None and complaint.response == "已致电家长"
    with pytest.raises(ValidationError) as info:
        customers.set_complaint_status(service, complaint.id, complaint.version, "resolved")
    assert info.value.field == "resolution"
    complaint = customers.set_complaint_status(
        service, complaint.id, complaint.version, "resolved", "更换老师并补课"
    )
    complaint = customers.set_complaint_status(service, complaint.id, complaint.version, "closed")
    assert complaint.resolution_time >= complaint.response_time
    assert complaint.closed_at is not None
    with pytest.raises(PermissionDenied):
        customers.receive_complaint(actors["finance"], row.id, "x")


def test_open_complaints_in_the_handlers_today(customers, actors, make_customer):
    service, manager = actors["service"], actors["manager"]
    row = make_customer()
    mine = customers.receive_complaint(service, row.id, "上课时间变了没通知")
    customers.receive_complaint(manager, row.id, "经理记录的投诉")  # the manager's to handle
    assert [c.id for c in customers.today(service).complaints] == [mine.id]
    customers.set_complaint_status(service, mine.id, mine.version, "resolved", "已道歉并补课")
    assert customers.today(service).complaints == []
    assert customers.today(actors["staff"]).complaints == []
    other = make_customer("周八")
    assert list(customers.search_ids(service, CustomerQuery(open_complaint=True))) == [row.id]
    assert other.id in customers.search_ids(service, CustomerQuery())


@pytest.fixture
def searchable(make_customer):
    return {
        "zhangsan": make_customer("张三", mobile="13812345678", school="海淀实验小学"),
        "zhangwei": make_customer("张伟", mobile="13900001234", guardian_phone="13711112222"),
        "zeng": make_customer("曾小贤", mobile="15000005678", school="朝阳外国语学校"),
        "shan": make_customer("单田芳", mobile="18600009999", guardian_name="单大伟"),
        "wang": make_customer("王五", mobile="18800004321", wechat="wx_wang5"),
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        ("张", {"zhangsan", "zhangwei"}),  # one Chinese character
        ("张伟", {"zhangwei"}),  # two characters (FTS5 trigram would miss it)
        ("伟", {"zhangwei", "shan"}),  # substring, and the guardian name
        ("zs", {"zhangsan"}),  # initials
        ("ZS", {"zhangsan"}),
        ("zx", {"zeng"}),  # 曾 read zeng
        ("stf", {"shan"}),
        ("shantian", {"shan"}),  # 单 read shan
        ("zhang", {"zhangsan", "zhangwei"}),  # full pinyin prefix
        ("xiaoxian", {"zeng"}),  # the given name's pinyin
        ("xiaox", {"zeng"}),
        ("tianfang", {"shan"}),
        ("zengxx", {"zeng"}),  # the surname in full, the given name's initials
        ("shantf", {"shan"}),
        ("zxiaox", {"zeng"}),  # the surname's initial, the given name in full
        ("wwu", {"wang"}),
        ("xianz", set()),
        ("5678", {"zhangsan", "zeng"}),  # last four
        ("2222", {"zhangwei"}),  # guardian last four
        ("1381234", {"zhangsan"}),  # fragment
        ("138-1234-5678", {"zhangsan"}),  # whole number, typed with dashes
        ("138 1234 5678", {"zhangsan"}),  # ... or in groups
        ("１３８１２３４", {"zhangsan"}),  # full-width digits
        ("13711112222", {"zhangwei"}),  # guardian phone
        ("实验", {"zhangsan"}),
        ("外国语", {"zeng"}),  # school
        ("wx_wang5", {"wang"}),  # WeChat id
        ("张 实验", {"zhangsan"}),  # terms are AND-ed
        ("100%", set()),
        ("_", set()),  # wildcards are literal
        ("+86 138 1234 5678", {"zhangsan"}),  # as contacts and WeChat show numbers
        ("+8613812345678", {"zhangsan"}),
        ("(138) 1234-5678", {"zhangsan"}),
        ("\x00张", {"zhangsan", "zhangwei"}),  # a control character is not a wildcard
        ("张\t伟", {"zhangwei"}),  # ... it separates words
        ("\x00", {k for k in ("zhangsan", "zhangwei", "zeng", "shan", "wang")}),
    ],
)
def test_search_kinds(customers, actors, searchable, text, expected):
    ids = set(customers.search_ids(actors["manager"], CustomerQuery(text=text)))
    assert ids == {searchable[k].id for k in expected}


def test_filters_sort_and_page(customers, actors, searchable):
    manager = actors["manager"]
    ids = {k: r.id for k, r in searchable.items()}
    customers.bulk_set_tier(manager, [ids["zeng"], ids["wang"]], "A")
    customers.bulk_tag(manager, [ids["wang"]], "高意向")
    row = customers.get_customer(manager, ids["zeng"])
    customers.change_status(manager, row.id, row.version, "contacted")
    tag_id = {n: i for i, n in customers.list_tags(manager)}["高意向"]
    assert list(customers.search_ids(manager, CustomerQuery(tiers=("A",)))) == [
        ids["wang"],
        ids["zeng"],
    ]
    assert list(customers.search_ids(manager, CustomerQuery(tag_ids=(tag_id,)))) == [ids["wang"]]
    assert list(customers.search_ids(manager, CustomerQuery(statuses=("contacted",)))) == [
        ids["zeng"]
    ]
    assert list(customers.search_ids(manager, CustomerQuery(text="z", tiers=("A",)))) == [
        ids["zeng"]
    ]
    assert customers.count(manager, CustomerQuery(created_from=TODAY, created_to=TODAY)) == 5
    assert customers.count(manager, CustomerQuery(created_to=TODAY - dt.timedelta(days=1))) == 0
    assert customers.count(manager, CustomerQuery(contact_from=TODAY)) == 0
    by_name = customers.search_ids(manager, CustomerQuery(sort="name", descending=False))
    assert list(by_name) == [ids[k] for k in ("shan", "wang", "zeng", "zhangsan", "zhangwei")]
    page = customers.search_page(manager, CustomerQuery(sort="name", descending=False), limit=2)
    assert [r.id for r in page] == list(by_name[:2])
    window = customers.rows_by_ids(manager, list(by_name[2:4]))
    assert set(window) == set(by_name[2:4])
    assert len(customers.search_ids(manager, CustomerQuery(owner_ids=(None,)))) == 0


def test_merge_keeps_every_history_record(customers, actors, make_customer, services):
    manager = actors["manager"]
    keep = make_customer("刘洋", mobile="13500000001", tags=["老带新"])
    drop = make_customer(
        "刘洋",
        mobile="",
        guardian_phone="13600000002",
        wechat="liuyang",
        school="育才中学",
        tags=["寒假班"],
    )
    customers.record_follow_up(
        manager, drop.id, "phone", "第一次回访", next_follow_up=TODAY + dt.timedelta(days=3)
    )
    customers.book_trial(manager, drop.id, dt.datetime.now(dt.UTC))
    customers.receive_complaint(manager, drop.id, "停车不便")
    keep = customers.get_customer(manager, keep.id)
    drop = customers.get_customer(manager, drop.id)
    before_timeline = len(customers.timeline(manager, keep.id)) + len(
        customers.timeline(manager, drop.id)
    )
    merged = customers.merge_customers(manager, keep.id, keep.version, drop.id, drop.version)
    assert merged.mobile == "13500000001" and merged.school == "育才中学"
    assert merged.guardian_phone == "13600000002" and merged.wechat == "liuyang"
    assert merged.status == "trial_booked"  # the further stage wins
    assert set(merged.tags) == {"老带新", "寒假班"}
    assert merged.next_follow_up == TODAY + dt.timedelta(days=3)
    timeline = customers.timeline(manager, keep.id)
    assert len(timeline) == before_timeline + 1  # + the "merged" status step
    assert customers.get_customer(manager, drop.id, include_deleted=True).deleted_at
    with services.db.session() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(FollowUp).where(FollowUp.customer_id == drop.id)
            )
            == 0
        )
        merges = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "merge")
        )
        assert merges == 2
    with pytest.raises(PermissionDenied):
        customers.merge_customers(actors["staff"], keep.id, merged.version, drop.id, 1)


def test_find_duplicates(customers, actors, make_customer):
    a = make_customer("陈晨", guardian_phone="13100000001")
    b = make_customer("陈晨", guardian_phone="131 0000 0001")
    make_customer("陈晨", guardian_phone="13100000009")
    c = make_customer("何一", wechat="heyi")
    d = make_customer("何二", wechat="heyi")
    groups = {g.customer_ids for g in customers.find_duplicates(actors["service"])}
    assert groups == {(a.id, b.id), (c.id, d.id)}
    with pytest.raises(PermissionDenied):
        customers.find_duplicates(actors["finance"])


def test_today_items_decide_what_is_overdue():
    from app.customers.rows import FollowUpRow, TodayItems, TrialRow

    day = dt.date(2026, 3, 10)

    def follow_up(due: dt.date) -> FollowUpRow:
        return FollowUpRow(1, "u", 1, 1, "", None, "", due, "phone", "", None, False, None, None)

    def trial(at: dt.datetime) -> TrialRow:
        return TrialRow(1, 1, 1, "", None, "", at, "booked", None, "", "")

    late, due = follow_up(day - dt.timedelta(days=1)), follow_up(day)
    local = dt.datetime.combine(day, dt.time(9)).astimezone()
    items = TodayItems(follow_ups=[late, due], today=day)
    assert items.follow_up_overdue(late) and not items.follow_up_overdue(due)
    assert items.trial_overdue(trial(local - dt.timedelta(days=1)))
    assert not items.trial_overdue(trial(local))
    assert items.overdue_count == 1
    assert not TodayItems(follow_ups=[late]).follow_up_overdue(late)  # no day: nothing late


def test_merge_group_is_one_transaction(services, customers, actors, make_customer):
    """A group of three merges into its first customer; a group with a member deleted
    in the meantime merges nothing."""
    manager = actors["manager"]
    first = make_customer("陈晨", guardian_phone="13100000001")
    second = make_customer("陈晨", guardian_phone="13100000001", wechat="chenchen")
    third = make_customer("陈晨", guardian_phone="13100000001", school="实验小学")
    customers.record_follow_up(manager, second.id, "phone", "回访二")
    customers.record_follow_up(manager, third.id, "phone", "回访三")
    [group] = [g.customer_ids for g in customers.find_duplicates(manager)]
    assert group == (first.id, second.id, third.id)

    customers.delete_customer(manager, third.id, customers.get_customer(manager, third.id).version)
    with pytest.raises(NotFound):
        customers.merge_group(manager, group)
    assert customers.get_customer(manager, second.id).deleted_at is None  # not merged either
    assert len([e for e in customers.timeline(manager, second.id) if e.kind == "follow_up"]) == 1
    customers.restore_customer(manager, third.id)

    merged = customers.merge_group(manager, group)
    assert merged.id == first.id
    assert merged.wechat == "chenchen" and merged.school == "实验小学"
    follow_ups = [e for e in customers.timeline(manager, first.id) if e.kind == "follow_up"]
    assert len(follow_ups) == 2
    for gone in (second.id, third.id):
        assert customers.get_customer(manager, gone, include_deleted=True).deleted_at
    assert customers.find_duplicates(manager) == []
    with pytest.raises(ValidationError):
        customers.merge_group(manager, [first.id, first.id])
