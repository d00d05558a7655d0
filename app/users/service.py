"""Accounts: first administrator, login with lockout, password changes, user admin."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from app.context import Actor
from app.errors import AuthenticationError, ConflictError, ValidationError, tr
from app.permissions import Role
from app.service import Change, Changed, Service, snapshot
from app.users.passwords import check_policy, hash_password, needs_rehash, verify_password
from app.users.permissions import UserPermission
from db.models.staff import Staff
from db.models.users import User
from db.types import utcnow

MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=5)
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,60}$")


@dataclass(frozen=True)
class UserRow(Changed):
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    staff_id: int | None
    staff_name: str
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None
    version: int

    @property
    def locked(self) -> bool:
        return self.locked_until is not None and self.locked_until > utcnow()


def _row(user: User) -> UserRow:
    return UserRow(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=user.role,
        active=user.active,
        staff_id=user.staff_id,
        staff_name=user.staff.name if user.staff else "",
        locked_until=user.locked_until,
        last_login_at=user.last_login_at,
        version=user.version,
    )


def actor_for(user: User) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        role=user.role,
        staff_id=user.staff_id,
        display_name=user.display_name or user.username,
    )


def _check_username(username: str) -> str:
    username = username.strip()
    if not _USERNAME.match(username):
        raise ValidationError(
            "username", tr("A user name has 2-60 letters, digits, dots, dashes or underscores.")
        )
    return username


def _check_role(role: str) -> str:
    if role not in Role._value2member_map_:
        raise ValidationError("role", tr("Unknown role '%s'.") % role)
    return role


def _locked_message(minutes: int) -> str:
    return tr("Too many failed attempts: this account is locked for %d more minute(s).") % minutes


class UserService(Service):
    def has_users(self) -> bool:
        with self.db.read_session() as session:
            return bool(session.scalar(select(func.count()).select_from(User)))

    def create_first_admin(self, username: str, display_name: str, password: str) -> Actor:
        """Only while no account exists: the first start asks for an administrator."""
        username = _check_username(username)
        check_policy(password)
        bootstrap = Actor(user_id=None, username=username, role=Role.ADMIN)
        with self.tx(bootstrap, None) as tx:
            if tx.session.scalar(select(func.count()).select_from(User)):
                raise ConflictError(tr("An administrator account already exists."))
            user = User(
                username=username,
                display_name=display_name.strip() or username,
                password_hash=hash_password(password),
                role=Role.ADMIN,
            )
            tx.session.add(user)
            tx.audit("create", user, None, summary="first administrator")
            actor = actor_for(user)
        return actor

    def authenticate(self, username: str, password: str) -> Actor:
        """Check a password. Five failures lock the account for five minutes."""
        now = utcnow()
        failure: str | None = None
        system = Actor(user_id=None, username=username.strip() or "?", role=Role.ADMIN)
        with self.tx(system, None) as tx:
            # Locked: two sign-ins to one account at once queue (PostgreSQL) instead of
            # the second failing as a stale edit of the failure counter.
            user = tx.session.scalar(
                select(User).where(User.username == username.strip()).with_for_update()
            )
            if user is None:
                failure = tr("Unknown user name or wrong password.")
            elif not user.active:
                failure = tr("This account is disabled. Ask an administrator.")
            elif user.locked_until is not None and user.locked_until > now:
                failure = _locked_message(
                    max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
                )
            elif not verify_password(user.password_hash, password):
                user.failed_logins += 1
                if user.failed_logins >= MAX_FAILED_LOGINS:
                    user.locked_until = now + LOCKOUT
                    user.failed_logins = 0
                    tx.audit(
                        "lock",
                        user,
                        None,
                        after={"locked_until": user.locked_until.isoformat()},
                        summary="locked after repeated failed logins",
                    )
                    failure = _locked_message(int(LOCKOUT.total_seconds() // 60))
                else:
                    tx.audit(
                        "login_failed", user, None, after={"failed_logins": user.failed_logins}
                    )
                    failure = tr("Unknown user name or wrong password.")
            else:
                user.failed_logins = 0
                user.locked_until = None
                user.last_login_at = now
                if needs_rehash(user.password_hash):  # a hash of the test KDF: replace it
                    user.password_hash = hash_password(password)
                tx.audit("login", user, None, after={"last_login_at": now.isoformat()})
                actor = actor_for(user)
        if failure is not None:
            raise AuthenticationError(failure)
        return actor

    def must_change_password(self, actor: Actor) -> bool:
        with self.db.read_session() as session:
            user = session.get(User, actor.user_id)
            return bool(user and user.must_change_password)

    def change_own_password(self, actor: Actor, old: str, new: str) -> Change:
        check_policy(new, "new_password")
        with self.tx(actor, None) as tx:
            user = tx.get(User, actor.user_id)
            if not verify_password(user.password_hash, old):
                raise ValidationError("old_password", tr("The current password is wrong."))
            if old == new:
                raise ValidationError(
                    "new_password", tr("The new password must differ from the current one.")
                )
            user.password_hash = hash_password(new)
            user.must_change_password = False
            tx.audit("change_password", user, None, after={})
        return tx.change

    # --- administration -------------------------------------------------------

    def list_users(self, actor: Actor) -> list[UserRow]:
        with self.read(actor, UserPermission.MANAGE_USERS) as session:
            query = select(User).options(joinedload(User.staff)).order_by(User.username)
            return [_row(u) for u in session.scalars(query)]

    def create_user(
        self,
        actor: Actor,
        *,
        username: str,
        display_name: str,
        role: str,
        password: str,
        staff_id: int | None = None,
    ) -> UserRow:
        username = _check_username(username)
        _check_role(role)
        check_policy(password)
        with self.tx(actor, UserPermission.MANAGE_USERS) as tx:
            if tx.session.scalar(select(User.id).where(User.username == username)):
                raise ValidationError("username", tr("The user name '%s' is taken.") % username)
            if staff_id is not None:
                tx.get(Staff, staff_id)
            # A new account logs in with the password the admin handed over and
            # must then choose its own.
            user = User(
                username=username,
                display_name=display_name.strip() or username,
                role=role,
                password_hash=hash_password(password),
                staff_id=staff_id,
                must_change_password=True,
            )
            tx.session.add(user)
            tx.audit("create", user, None)
            return tx.done(_row(user))

    def update_user(
        self,
        actor: Actor,
        user_id: int,
        expected_version: int,
        *,
        display_name: str,
        role: str,
        staff_id: int | None,
        active: bool,
    ) -> UserRow:
        _check_role(role)
        with self.tx(actor, UserPermission.MANAGE_USERS) as tx:
            user = tx.get(User, user_id, expected_version)
            if user.id == actor.user_id and (not active or role != Role.ADMIN):
                raise ValidationError(
                    "role", tr("You cannot disable your own account or remove your own admin role.")
                )
            if staff_id is not None:
                tx.get(Staff, staff_id)
            before = snapshot(user)
            user.display_name = display_name.strip() or user.username
            user.role = role
            user.staff_id = staff_id
            user.active = active
            tx.audit("update", user, before)
            return tx.done(_row(user))

    def reset_password(self, actor: Actor, user_id: int, new_password: str) -> Change:
        check_policy(new_password)
        with self.tx(actor, UserPermission.MANAGE_USERS) as tx:
            user = tx.get(User, user_id)
            user.password_hash = hash_password(new_password)
            user.must_change_password = True
            user.failed_logins = 0
            user.locked_until = None
            tx.audit("reset_password", user, None, after={"must_change_password": True})
        return tx.change

    def unlock(self, actor: Actor, user_id: int) -> Change:
        with self.tx(actor, UserPermission.MANAGE_USERS) as tx:
            user = tx.get(User, user_id)
            before = {"locked_until": user.locked_until.isoformat() if user.locked_until else None}
            user.locked_until = None
            user.failed_logins = 0
            tx.audit("unlock", user, before, after={"locked_until": None})
        return tx.change
