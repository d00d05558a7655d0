"""Accounts: first administrator, login, lockout, password change, administration."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.errors import AuthenticationError, ConflictError, PermissionDenied, ValidationError
from app.permissions import Role
from app.users.service import LOCKOUT, MAX_FAILED_LOGINS
from db.models.audit import AuditEntry
from db.models.users import User
from db.types import utcnow


def test_first_admin_only_once(services):
    assert not services.users.has_users()
    actor = services.users.create_first_admin("boss", "老板", "first-pass-1")
    assert actor.role == Role.ADMIN
    with pytest.raises(ConflictError):
        services.users.create_first_admin("boss2", "", "first-pass-1")
    assert services.users.authenticate("boss", "first-pass-1").username == "boss"


def test_first_admin_password_policy(services):
    with pytest.raises(ValidationError) as info:
        services.users.create_first_admin("boss", "", "short1")
    assert info.value.field == "password"
    with pytest.raises(ValidationError):
        services.users.create_first_admin("boss", "", "onlyletters")
    assert not services.users.has_users()


def test_login_wrong_password_and_unknown_user(services, actors):
    with pytest.raises(AuthenticationError):
        services.users.authenticate("staff1", "wrong-password-1")
    with pytest.raises(AuthenticationError):
        services.users.authenticate("nobody", "secret-pass-1")
    assert services.users.authenticate("staff1", "secret-pass-1").role == Role.STAFF


def test_lockout_after_five_failures(services, actors):
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            services.users.authenticate("staff1", "wrong-password-1")
    # Now even the right password is refused, with the lock named.
    with pytest.raises(AuthenticationError) as info:
        services.users.authenticate("staff1", "secret-pass-1")
    assert "lock" in info.value.message.lower()
    with services.db.session() as session:
        user = session.scalar(select(User).where(User.username == "staff1"))
        assert user.locked_until is not None
        remaining = user.locked_until - utcnow()
        assert dt.timedelta(minutes=4) < remaining <= LOCKOUT
        actions = list(
            session.scalars(
                select(AuditEntry.action).where(
                    AuditEntry.entity == "users", AuditEntry.entity_id == str(user.id)
                )
            )
        )
        assert "lock" in actions
        # Five minutes later the account opens again.
        user.locked_until = utcnow() - dt.timedelta(seconds=1)
        session.commit()
    assert services.users.authenticate("staff1", "secret-pass-1").username == "staff1"


def test_admin_unlock(services, actors):
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            services.users.authenticate("finance1", "nope-nope-1")
    finance = next(
        u for u in services.users.list_users(actors["admin"]) if u.username == "finance1"
    )
    assert finance.locked
    services.users.unlock(actors["admin"], finance.id)
    assert services.users.authenticate("finance1", "secret-pass-1").role == Role.FINANCE


def test_change_own_password(services, actors):
    staff = actors["staff"]
    with pytest.raises(ValidationError) as info:
        services.users.change_own_password(staff, "wrong-old-1", "brand-new-2")
    assert info.value.field == "old_password"
    with pytest.raises(ValidationError) as info:
        services.users.change_own_password(staff, "secret-pass-1", "short")
    assert info.value.field == "new_password"
    services.users.change_own_password(staff, "secret-pass-1", "brand-new-2")
    with pytest.raises(AuthenticationError):
        services.users.authenticate("staff1", "secret-pass-1")
    assert services.users.authenticate("staff1", "brand-new-2").username == "staff1"
    assert not services.users.must_change_password(staff)


def test_new_user_must_change_password_and_reset(services, actors):
    admin = actors["admin"]
    row = services.users.create_user(
        admin, username="xiaowang", display_name="小王", role=Role.SERVICE, password="handed-over-1"
    )
    actor = services.users.authenticate("xiaowang", "handed-over-1")
    assert services.users.must_change_password(actor)
    services.users.change_own_password(actor, "handed-over-1", "my-own-pass-2")
    assert not services.users.must_change_password(actor)
    services.users.reset_password(admin, row.id, "temporary-3")
    actor = services.users.authenticate("xiaowang", "temporary-3")
    assert services.users.must_change_password(actor)


def test_disable_and_role_change(services, actors):
    admin = actors["admin"]
    user = next(u for u in services.users.list_users(admin) if u.username == "service1")
    services.users.update_user(
        admin,
        user.id,
        user.version,
        display_name="客服",
        role=Role.STAFF,
        staff_id=None,
        active=False,
    )
    with pytest.raises(AuthenticationError) as info:
        services.users.authenticate("service1", "secret-pass-1")
    assert "disabled" in info.value.message.lower()
    # A stale edit of the same user is refused.
    with pytest.raises(ConflictError):
        services.users.update_user(
            admin,
            user.id,
            user.version,
            display_name="x",
            role=Role.STAFF,
            staff_id=None,
            active=True,
        )


def test_admin_cannot_disable_self(services, actors):
    admin = actors["admin"]
    me = next(u for u in services.users.list_users(admin) if u.username == admin.username)
    with pytest.raises(ValidationError):
        services.users.update_user(
            admin, me.id, me.version, display_name="x", role=Role.ADMIN, staff_id=None, active=False
        )


def test_duplicate_username_and_bad_role(services, actors):
    admin = actors["admin"]
    with pytest.raises(ValidationError) as info:
        services.users.create_user(
            admin, username="staff1", display_name="", role=Role.STAFF, password="another-pass-1"
        )
    assert info.value.field == "username"
    with pytest.raises(ValidationError) as info:
        services.users.create_user(
            admin, username="newone", display_name="", role="boss", password="another-pass-1"
        )
    assert info.value.field == "role"


@pytest.mark.parametrize("role", ["manager", "staff", "service", "finance"])
def test_only_admin_manages_users(services, actors, role):
    target = next(u for u in services.users.list_users(actors["admin"]) if u.username == "staff1")
    with pytest.raises(PermissionDenied):
        services.users.list_users(actors[role])
    with pytest.raises(PermissionDenied):
        services.users.reset_password(actors[role], target.id, "whatever-pass-1")
    with pytest.raises(PermissionDenied):
        services.users.update_user(
            actors[role],
            target.id,
            target.version,
            display_name="x",
            role=Role.ADMIN,
            staff_id=None,
            active=True,
        )
    assert services.users.authenticate("staff1", "secret-pass-1").role == Role.STAFF


def test_passwords_are_argon2_hashes(services, actors):
    with services.db.session() as session:
        hashes = list(session.scalars(select(User.password_hash)))
    assert hashes and all(h.startswith("$argon2id$") for h in hashes)
    assert all("secret-pass-1" not in h for h in hashes)
