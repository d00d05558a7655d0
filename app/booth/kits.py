"""Booth kits: the office makes one per event; the booth laptop captures into it.

A kit is a new SQLite MarketDesk database holding only what a booth needs: the
event (its name, and the campaign activity of that name when there is one), the
channels, the courses, the booth staff's accounts (so they sign in with their own
passwords, and what they capture carries their staff id) and the kit's bundle
key. It holds no existing customer: a lost laptop exposes only what was
captured on it. The office keeps the kit's row (with the key) to verify the
bundles the kit writes (app/booth/sealing.py, app/customers_io/bundle.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.booth.activity import activity_rows, find_activity, team_staff_ids
from app.booth.kit_file import KitContent, write_kit_file
from app.booth.permissions import BoothPermission
from app.booth.sealing import new_key
from app.booth.translation import tr
from app.context import Actor
from app.errors import ValidationError
from app.permissions import Role
from app.service import Changed, Service, Transaction, jsonable
from db.models.booth import BoothKit
from db.models.channels import Channel
from db.models.customers import Course
from db.models.staff import Staff
from db.models.users import User

KIT_SUFFIX = ".db"
ACTIVITY_MAX = 200


@dataclass(frozen=True)
class KitRow(Changed):
    id: int
    uuid: str
    activity_name: str
    created_at: dt.datetime
    created_by: str
    path: str = ""
    accounts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Account:
    """A login account that may go into a kit (the dialog's list)."""

    username: str
    display_name: str
    role: str


def validate_activity(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("activity", tr("Name the event the kit is for."))
    if len(name) > ACTIVITY_MAX:
        raise ValidationError(
            "activity", tr("The event name is longer than %d characters.") % ACTIVITY_MAX
        )
    return name


def this_kit(session: Session) -> BoothKit | None:
    """The kit this database is (on a booth laptop), else None."""
    return session.scalars(select(BoothKit).where(BoothKit.this_kit.is_(True))).first()


def office_key(session: Session, kit_uuid: uuid.UUID) -> bytes | None:
    """The key of a kit this (office) database made; None for any other kit."""
    return session.scalar(
        select(BoothKit.key).where(BoothKit.uuid == kit_uuid, BoothKit.this_kit.is_(False))
    )


class BoothKitService(Service):
    def list_accounts(self, actor: Actor) -> list[Account]:
        """Active accounts that may capture leads at a booth."""
        from app.customers_io.permissions import CustomerIoPermission
        from app.permissions import has_permission

        with self.read(actor, BoothPermission.CREATE_KITS) as session:
            users = session.scalars(
                select(User).where(User.active.is_(True)).order_by(User.username)
            ).all()
            return [
                Account(u.username, u.display_name, u.role)
                for u in users
                if u.role != Role.ADMIN
                and has_permission(u.role, CustomerIoPermission.CAPTURE_LEADS)
            ]

    def create_kit(
        self, actor: Actor, out: str | Path, activity: str, accounts: list[str]
    ) -> KitRow:
        """Write a new kit file `out` for the event `activity`, with the named
        accounts, and keep its key here. The file must not exist yet. Refused
        calls write neither the row nor the file."""
        name = validate_activity(activity)
        path = Path(out)
        if not path.name or path.is_dir():
            raise ValidationError("out", tr("Choose the file to write the kit to."))
        if path.suffix == "":
            path = path.with_suffix(KIT_SUFFIX)
        if path.exists():
            raise ValidationError(
                "out", tr("%s exists already: a kit is always a new file.") % path
            )
        if not path.parent.is_dir():
            raise ValidationError("out", tr("The folder %s does not exist.") % path.parent)
        usernames = sorted({u.strip() for u in accounts if u.strip()})
        with self.tx(actor, BoothPermission.CREATE_KITS) as tx:
            event = find_activity(tx.session, name)
            if not usernames and event is not None:
                usernames = _team_accounts(tx.session, event)
            if not usernames:
                raise ValidationError(
                    "accounts",
                    tr("Choose the accounts of the staff who will work at the booth."),
                )
            content = _content(tx, usernames)
            kit = BoothKit(
                uuid=uuid.uuid4(),
                activity_name=name,
                activity_id=event.id if event is not None else None,
                key=new_key(),
                created_by=actor.username,
            )
            tx.session.add(kit)
            tx.session.flush()
            # The register's competitors: the booth picks the one it sees.
            from app.booth.competitors import kit_rows  # it imports this module

            content.extra = kit_rows(tx.session)
            if event is not None:
                content.extra += activity_rows(
                    event,
                    tx.session,
                    {s["id"] for s in content.staff},
                    {u["id"] for u in content.users},
                )
            content.kit = {
                "uuid": kit.uuid,
                "activity_name": kit.activity_name,
                "activity_id": kit.activity_id,
                "key": kit.key,
                "created_at": kit.created_at,
                "created_by": kit.created_by,
                "this_kit": True,
            }
            tx.audit(
                "create",
                kit,
                None,
                # The key stays out of the audit log.
                after={
                    k: jsonable(v) for k, v in content.kit.items() if k not in ("key", "this_kit")
                }
                | {"file": str(path), "accounts": usernames},
                summary=tr("Booth kit for %s written to %s") % (name, path.name),
            )
            # The file is written last, inside the transaction: when writing it
            # fails, the kit row is rolled back with it.
            write_kit_file(path, content)
            return tx.done(_row(kit, str(path), tuple(usernames)))

    def current_kit(self, actor: Actor) -> KitRow | None:
        """The kit this database is (on a booth laptop), else None."""
        from app.customers_io.permissions import CustomerIoPermission

        with self.read(actor, CustomerIoPermission.CAPTURE_LEADS) as session:
            kit = this_kit(session)
            return _row(kit) if kit is not None else None


def _team_accounts(session: Session, activity: Any) -> list[str]:
    """The active accounts of the activity's owner and team that capture leads (an
    administrator's account stays in the office)."""
    from app.customers_io.permissions import CustomerIoPermission
    from app.permissions import has_permission

    staff_ids = sorted(team_staff_ids(session, activity))
    if not staff_ids:
        return []
    users = session.execute(
        select(User.username, User.role).where(
            User.staff_id.in_(staff_ids), User.active.is_(True), User.role != Role.ADMIN
        )
    ).all()
    return sorted(
        name for name, role in users if has_permission(role, CustomerIoPermission.CAPTURE_LEADS)
    )


def _row(kit: BoothKit, path: str = "", accounts: tuple[str, ...] = ()) -> KitRow:
    return KitRow(
        id=kit.id,
        uuid=str(kit.uuid),
        activity_name=kit.activity_name,
        created_at=kit.created_at,
        created_by=kit.created_by,
        path=path,
        accounts=accounts,
    )


def _columns(obj: Any, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__mapper__.column_attrs if c.key not in exclude}


def _content(tx: Transaction, usernames: list[str]) -> KitContent:
    """What the kit carries from the office: channels, courses, the accounts."""
    session = tx.session
    users = session.scalars(select(User).where(User.username.in_(usernames))).all()
    found = {u.username for u in users}
    missing = [u for u in usernames if u not in found]
    if missing:
        raise ValidationError("accounts", tr("No such account: %s.") % ", ".join(missing))
    # An administrator's account may do everything: it stays in the office.
    admins = sorted(u.username for u in users if u.role == Role.ADMIN)
    if admins:
        raise ValidationError(
            "accounts",
            tr("%s is an administrator account: it does not go on a booth laptop.")
            % ", ".join(admins),
        )
    inactive = [u.username for u in users if not u.active]
    if inactive:
        raise ValidationError(
            "accounts", tr("The account %s is disabled.") % ", ".join(sorted(inactive))
        )
    staff_ids = sorted({u.staff_id for u in users if u.staff_id is not None})
    staff = session.scalars(select(Staff).where(Staff.id.in_(staff_ids))).all()
    return KitContent(
        channels=[
            _columns(c, ("version",)) for c in session.scalars(select(Channel).order_by(Channel.id))
        ],
        courses=[
            _columns(c, ("version",))
            for c in session.scalars(select(Course).where(Course.active.is_(True)))
        ],
        # Staff members keep their office ids: what the booth captures is owned by
        # the same people once merged.
        staff=[_columns(s, ("version", "department_id")) for s in staff],
        users=[
            _columns(u, ("version", "failed_logins", "locked_until", "last_login_at"))
            for u in users
        ],
    )
