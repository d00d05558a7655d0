"""CustomerService: validation, duplicates, stale edits, deletion, roles, masking, bulk."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.customers.permissions import CustomerPermission
from app.customers.rows import CustomerInput, DuplicateCustomer
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.permissions import Role, role_permissions
from db.models.audit import AuditEntry
from db.models.customers import Customer


def _count(db, model, *where) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def test_create_normalises_and_audits(customers, actors, services):
    before = _count(services.db, AuditEntry)
    row = customers.create_customer(
        actors["manager"],
        CustomerInput(
            name=" 单小明 ",
            mobile="+86 138-0013-8000",
            guardian_name="单大明",
            guardian_phone="010-62345678",
            is_minor=True,
            guardian_consent=True,
            consent_contact=True,
            tags=["高意向", "高意向", "寒假班"],
        ),
    )
    assert row.name == "单小明"
    assert row.mobile == "13800138000"
    assert row.guardian_phone == "01062345678"
    assert row.tags == ("寒假班", "高意向")
    assert row.consent_at is not None and row.consent_wording
    assert row.guardian_consent_at is not None
    assert row.owner_id == actors["manager"].staff_id
    assert _count(services.db, AuditEntry) == before + 1
    with services.db.session() as session:
        stored = session.get(Customer, row.id)
        assert stored.mobile == "+8613800138000"
        assert (stored.name_pinyin, stored.name_initials) == ("shanxiaoming", "sxm")


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"name": " "}, "name"),
        ({"mobile": "138123"}, "mobile"),
        ({"mobile": "", "guardian_phone": "", "wechat": ""}, "mobile"),
        ({"guardian_phone": "abc"}, "guardian_phone"),
        ({"tier": "D"}, "tier"),
        ({"gender": "X"}, "gender"),
        (
            {"is_minor": True, "guardian_name": "家长", "guardian_consent": False},
            "guardian_consent",
        ),
        ({"is_minor": True, "guardian_consent": True}, "guardian_name"),
        ({"name": "张" * 101}, "name"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(customers, actors, services, fields, field):
    data = {"name": "李四", "mobile": "13900000001", **fields}
    before = _count(services.db, Customer)
    with pytest.raises(ValidationError) as info:
        customers.create_customer(actors["manager"], CustomerInput(**data))
    assert info.value.field == field
    assert _count(services.db, Customer) == before


def test_one_customer_per_normalised_mobile(customers, actors, make_customer):
    first = make_customer("王芳", mobile="138 0000 1111")
    with pytest.raises(DuplicateCustomer) as info:
        make_customer("王芳芳", mobile="+86 13800001111")
    assert info.value.existing_id == first.id and info.value.field == "mobile"
    assert customers.find_by_phone(actors["manager"], "１３８００００１１１１") == (
        first.id,
        "王芳",
    )
    assert customers.find_by_phone(actors["manager"], "13800001111", exclude_id=first.id) is None
    # a deleted customer's number is free again, and restoring then clashes
    customers.delete_customer(actors["manager"], first.id, first.version)
    second = make_customer("王芳芳", mobile="13800001111")
    with pytest.raises(DuplicateCustomer):
        customers.restore_customer(actors["manager"], first.id)
    customers.delete_customer(actors["manager"], second.id, second.version)
    assert customers.restore_customer(actors["manager"], first.id).deleted_at is None


def test_stale_edit_is_refused(customers, actors, make_customer):
    row = make_customer()
    manager = actors["manager"]
    data = CustomerInput(name="张三丰", mobile=row.mobile)
    customers.update_customer(manager, row.id, row.version, data)
    with pytest.raises(ConflictError):
        customers.update_customer(
            manager, row.id, row.version, CustomerInput(name="张无忌", mobile=row.mobile)
        )
    assert customers.get_customer(manager, row.id).name == "张三丰"


def test_soft_delete_hides_and_restore_brings_back(customers, actors, make_customer):
    from app.customers.search import CustomerQuery

    manager = actors["manager"]
    row = make_customer("赵六")
    customers.delete_customer(manager, row.id, row.version)
    assert row.id not in customers.search_ids(manager, CustomerQuery())
    assert list(customers.search_ids(manager, CustomerQuery(deleted=True))) == [row.id]
    with pytest.raises(NotFound):
        customers.get_customer(manager, row.id)
    customers.restore_customer(manager, row.id)
    assert customers.get_customer(manager, row.id).name == "赵六"


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_create_permission_per_role(customers, actors, services, role):
    allowed = CustomerPermission.EDIT_CUSTOMERS in role_permissions()[Role(role)]
    before = _count(services.db, Customer)
    data = CustomerInput(name="新客户", mobile="13700000000")
    if allowed:
        customers.create_customer(actors[role], data)
        assert _count(services.db, Customer) == before + 1
    else:
        with pytest.raises(PermissionDenied):
            customers.create_customer(actors[role], data)
        assert _count(services.db, Customer) == before


@pytest.mark.parametrize(
    "role, masked", [("admin", False), ("manager", False), ("service", False), ("finance", True)]
)
def test_masking_per_role(customers, actors, make_customer, role, masked):
    from app.customers.search import CustomerQuery

    row = make_customer(
        "钱七",
        mobile="13812345678",
        guardian_name="钱大伟",
        guardian_phone="13987654321",
        wechat="qianqi88",
    )
    detail = customers.get_customer(actors[role], row.id)
    listed = customers.search_page(actors[role], CustomerQuery())[0]
    if masked:
        assert detail.masked
        assert detail.mobile == listed.mobile == "138****5678"
        assert detail.guardian_phone == listed.guardian_phone == "139****4321"
        assert detail.guardian_name == listed.guardian_name == "钱**"
        assert "qianqi88" not in detail.wechat
    else:
        assert detail.mobile == listed.mobile == "13812345678"
        assert detail.guardian_name == "钱大伟"


def test_staff_see_and_change_only_their_own(customers, actors, make_customer):
    from app.customers.search import CustomerQuery

    own = make_customer("孙八", actor="staff")
    other = make_customer("周九", actor="manager")
    staff = actors["staff"]
    assert list(customers.search_ids(staff, CustomerQuery())) == [own.id]
    assert customers.get_customer(staff, own.id).mobile.isdigit()  # own: unmasked
    with pytest.raises(PermissionDenied):
        customers.get_customer(staff, other.id)
    with pytest.raises(PermissionDenied):
        customers.change_status(staff, other.id, other.version, "contacted")
    with pytest.raises(PermissionDenied):
        customers.create_customer(
            staff,
            CustomerInput(name="吴十", mobile="13600000000", owner_id=actors["manager"].staff_id),
        )
    with pytest.raises(PermissionDenied):
        customers.bulk_assign_owner(staff, [own.id], actors["manager"].staff_id)


def test_bulk_actions_audit_each_customer(customers, actors, make_customer, services):
    manager = actors["manager"]
    rows = [make_customer(f"客户{i}") for i in range(3)]
    ids = [r.id for r in rows]
    before = _count(services.db, AuditEntry)
    assert customers.bulk_set_tier(manager, ids, "A").result == 3
    assert customers.bulk_set_tier(manager, ids, "A").result == 0  # nothing to change
    assert customers.bulk_assign_owner(manager, ids, actors["staff"].staff_id).result == 3
    assert customers.bulk_tag(manager, ids, "暑假班").result == 3
    assert customers.bulk_tag(manager, ids[:1], "暑假班", add=False).result == 1
    assert _count(services.db, AuditEntry) == before + 10
    first = customers.get_customer(manager, ids[0])
    assert (first.tier, first.owner_id, first.tags) == ("A", actors["staff"].staff_id, ())
    assert customers.get_customer(manager, ids[1]).tags == ("暑假班",)
    # the version moved on: an editor holding the old version gets a conflict
    assert first.version > rows[0].version
    with pytest.raises(ValidationError):
        customers.bulk_set_tier(manager, ids, "Z")


def test_channels_seeded_once(customers, actors):
    customers.ensure_seed_channels(actors["admin"])
    channels = customers.list_channels(actors["manager"])
    assert len(channels) == 12
    assert {c.name for c in channels if not c.online} >= {"转介绍", "校园推广"}
    with pytest.raises(PermissionDenied):
        customers.save_channel(actors["manager"], None, "小红书", True)
    added = customers.save_channel(actors["admin"], None, "小红书", True)
    assert added.name in {c.name for c in customers.list_channels(actors["manager"])}


def test_bulk_delete_and_restore_are_all_or_nothing(customers, actors, make_customer, services):
    manager = actors["manager"]
    a = make_customer("甲", mobile="13100000001")
    b = make_customer("乙", mobile="13100000002")
    assert customers.delete_customers(manager, [a.id, b.id]).result == 2
    make_customer("丙", mobile="13100000002")  # b's number is taken again
    with pytest.raises(DuplicateCustomer):
        customers.restore_customers(manager, [a.id, b.id])
    with pytest.raises(NotFound):
        customers.get_customer(manager, a.id)  # a was not restored either
    with pytest.raises(PermissionDenied):
        customers.delete_customers(actors["staff"], [a.id])


def test_racing_duplicate_mobile_is_a_message_not_a_crash(
    customers, actors, make_customer, monkeypatch
):
    """Two offices saving the same mobile at once: the unique index decides."""
    make_customer("先到", mobile="13900009999")
    monkeypatch.setattr(type(customers), "_check_unique_mobile", lambda *a: None)
    with pytest.raises(ValidationError) as info:
        make_customer("后到", mobile="139 0000 9999")
    assert info.value.field == "mobile"
