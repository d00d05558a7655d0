"""Service pattern: permissions per role, audit in the same transaction, stale edits."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from app.errors import ConflictError, PermissionDenied, ValidationError
from app.permissions import Role, role_permissions
from app.staff.permissions import StaffPermission
from app.staff.service import StaffInput
from db.models.audit import AuditEntry
from db.models.staff import Staff


def _count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_staff_create_permission_per_role(services, actors, role):
    before_staff = _count(services.db, Staff)
    before_audit = _count(services.db, AuditEntry)
    actor = actors[role]
    allowed = StaffPermission.EDIT_STAFF in role_permissions()[Role(role)]
    if allowed:
        services.staff.create_staff(actor, StaffInput(name="新员工"))
        assert _count(services.db, Staff) == before_staff + 1
        assert _count(services.db, AuditEntry) == before_audit + 1
    else:
        with pytest.raises(PermissionDenied):
            services.staff.create_staff(actor, StaffInput(name="新员工"))
        assert _count(services.db, Staff) == before_staff
        assert _count(services.db, AuditEntry) == before_audit


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_user_management_only_admin(services, actors, role):
    before = _count(services.db, AuditEntry)
    if role == Role.ADMIN:
        services.users.create_user(
            actors[role],
            username="newbie",
            display_name="新人",
            role=Role.STAFF,
            password="abc-12345",
        )
        assert _count(services.db, AuditEntry) == before + 1
    else:
        with pytest.raises(PermissionDenied):
            services.users.create_user(
                actors[role],
                username="newbie",
                display_name="新人",
                role=Role.STAFF,
                password="abc-12345",
            )
        assert _count(services.db, AuditEntry) == before


def test_audit_row_in_same_transaction(services, actors):
    """If the audit write fails, the business write is rolled back with it."""
    admin = actors["admin"]
    staff = services.staff.create_staff(admin, StaffInput(name="张三"))
    with services.db.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "staff").order_by(AuditEntry.id.desc())
        ).first()
        assert entry.action == "create"
        assert entry.entity_id == str(staff.id)
        assert entry.after["name"] == "张三"
        assert entry.username == admin.username

    from app.service import Transaction

    original = Transaction.audit

    def broken_audit(self, *args, **kwargs):
        original(self, *args, **kwargs)
        raise RuntimeError("audit storage failed")

    Transaction.audit = broken_audit
    try:
        with pytest.raises(RuntimeError):
            services.staff.create_staff(admin, StaffInput(name="李四"))
    finally:
        Transaction.audit = original
    names = {s.name for s in services.staff.list_staff(admin)}
    assert "李四" not in names


def test_stale_edit_refused(services, actors):
    admin = actors["admin"]
    row = services.staff.create_staff(admin, StaffInput(name="王五", position="专员"))
    services.staff.update_staff(
        admin, row.id, row.version, StaffInput(name="王五", position="主管")
    )
    with pytest.raises(ConflictError):
        services.staff.update_staff(
            admin, row.id, row.version, StaffInput(name="王五", position="经理")
        )
    assert services.staff.get_staff(admin, row.id).position == "主管"


def test_validation_names_field_and_writes_nothing(services, actors):
    before = _count(services.db, Staff)
    with pytest.raises(ValidationError) as info:
        services.staff.create_staff(actors["admin"], StaffInput(name="  "))
    assert info.value.field == "name"
    with pytest.raises(ValidationError) as info:
        services.staff.create_staff(actors["admin"], StaffInput(name="赵六", phone="abc"))
    assert info.value.field == "phone"
    assert _count(services.db, Staff) == before


def test_audit_log_is_append_only(services, actors):
    services.staff.create_staff(actors["admin"], StaffInput(name="钱七"))
    with pytest.raises(DBAPIError), services.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET username = 'forged'"))
    with pytest.raises(DBAPIError), services.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log"))
    assert _count(services.db, AuditEntry) > 0


def test_audit_viewer_requires_admin(services, actors):
    from app.audit.service import AuditFilter

    rows = services.audit.query(actors["admin"], AuditFilter(entity="users"))
    assert rows and all(r.entity == "users" for r in rows)
    for role in ("manager", "staff", "service", "finance"):
        with pytest.raises(PermissionDenied):
            services.audit.query(actors[role], AuditFilter())


def test_departments_seed_create_rename(services, actors):
    admin = actors["admin"]
    names = [d.name for d in services.staff.list_departments(admin)]
    assert names[:4] == ["市场部", "销售部", "客服部", "活动策划组"]
    dept = services.staff.create_department(admin, "品牌组")
    with pytest.raises(ValidationError):
        services.staff.create_department(admin, "品牌组")
    with pytest.raises(ValidationError):
        services.staff.rename_department(admin, dept.id, "市场部")
    services.staff.rename_department(admin, dept.id, "品牌推广组")
    assert "品牌推广组" in [d.name for d in services.staff.list_departments(admin)]
    with pytest.raises(PermissionDenied):
        services.staff.create_department(actors["manager"], "越权组")


def test_staff_cannot_forge_an_audit_row(services, actors):
    """The audit service only reads, and only for the administrator: no method writes
    a row a caller makes up (issue 21); services audit what they do in their own
    transaction."""
    from app.audit.service import AuditFilter, AuditService
    from app.service import Service

    own = {
        name
        for name in vars(AuditService)
        if not name.startswith("_") and callable(getattr(AuditService, name))
    } - set(dir(Service))
    assert own == {"query", "distinct_values"}
    before = _count(services.db, AuditEntry)
    with pytest.raises(PermissionDenied):
        services.audit.query(actors["staff"], AuditFilter())
    with pytest.raises(PermissionDenied):
        services.audit.distinct_values(actors["staff"])
    assert not hasattr(services.audit, "record")
    assert _count(services.db, AuditEntry) == before
