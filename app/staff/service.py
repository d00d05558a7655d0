"""Departments and the staff directory."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, contains_eager

from app.context import Actor
from app.errors import ValidationError, tr
from app.service import Change, Changed, Service, snapshot
from app.staff.permissions import StaffPermission
from db.models.staff import Department, Staff

SEED_DEPARTMENTS = [
    ("市场部", "market"),
    ("销售部", "sales"),
    ("客服部", "service"),
    ("活动策划组", "events"),
]


@dataclass(frozen=True)
class DepartmentRow(Changed):
    id: int
    name: str
    code: str | None


@dataclass(frozen=True)
class StaffRow(Changed):
    id: int
    name: str
    department_id: int | None
    department_name: str
    position: str
    phone: str
    hire_date: dt.date | None
    active: bool
    version: int


@dataclass
class StaffInput:
    name: str
    department_id: int | None = None
    position: str = ""
    phone: str = ""
    hire_date: dt.date | None = None
    active: bool = True


def _staff_row(s: Staff) -> StaffRow:
    return StaffRow(
        id=s.id,
        name=s.name,
        department_id=s.department_id,
        department_name=s.department.name if s.department else "",
        position=s.position,
        phone=s.phone,
        hire_date=s.hire_date,
        active=s.active,
        version=s.version,
    )


def _validate(data: StaffInput) -> StaffInput:
    name = data.name.strip()
    if not name:
        raise ValidationError("name", tr("A name is required."))
    if len(name) > 100:
        raise ValidationError("name", tr("The name is too long (at most 100 characters)."))
    phone = data.phone.strip()
    digits = "".join(ch for ch in phone if ch.isdigit())
    if phone and (
        len(digits) < 7
        or len(digits) > 15
        or any(not (ch.isdigit() or ch in " -+()") for ch in phone)
    ):
        raise ValidationError("phone", tr("'%s' is not a phone number.") % phone)
    if data.hire_date and data.hire_date > dt.date.today() + dt.timedelta(days=366):
        raise ValidationError("hire_date", tr("The hire date is too far in the future."))
    return StaffInput(
        name=name,
        department_id=data.department_id,
        position=data.position.strip(),
        phone=phone,
        hire_date=data.hire_date,
        active=data.active,
    )


def _department_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError("name", tr("A department name is required."))
    return name


def _check_department_free(session: Session, name: str, department_id: int | None) -> None:
    """No other department (than `department_id`, when renaming) has this name."""
    query = select(Department.id).where(Department.name == name)
    if department_id is not None:
        query = query.where(Department.id != department_id)
    if session.scalar(query):
        raise ValidationError("name", tr("The department '%s' exists already.") % name)


class StaffService(Service):
    # --- departments -------------------------------------------------------------

    def list_departments(self, actor: Actor) -> list[DepartmentRow]:
        with self.read(actor, StaffPermission.VIEW_STAFF) as session:
            rows = session.scalars(select(Department).order_by(Department.id))
            return [DepartmentRow(d.id, d.name, d.code) for d in rows]

    def ensure_seed_departments(self, actor: Actor) -> Change:
        """The four departments of the rules exist in every database."""
        with self.tx(actor, None) as tx:
            existing = set(tx.session.scalars(select(Department.code)))
            for name, code in SEED_DEPARTMENTS:
                if code not in existing:
                    dept = Department(name=name, code=code)
                    tx.session.add(dept)
                    tx.audit("create", dept, None)
        return tx.change

    def create_department(self, actor: Actor, name: str) -> DepartmentRow:
        name = _department_name(name)
        with self.tx(actor, StaffPermission.EDIT_DEPARTMENTS) as tx:
            _check_department_free(tx.session, name, None)
            dept = Department(name=name)
            tx.session.add(dept)
            tx.audit("create", dept, None)
            return tx.done(DepartmentRow(dept.id, dept.name, dept.code))

    def rename_department(self, actor: Actor, department_id: int, name: str) -> DepartmentRow:
        name = _department_name(name)
        with self.tx(actor, StaffPermission.EDIT_DEPARTMENTS) as tx:
            dept = tx.get(Department, department_id)
            _check_department_free(tx.session, name, department_id)
            before = snapshot(dept)
            dept.name = name
            tx.audit("update", dept, before)
            return tx.done(DepartmentRow(dept.id, dept.name, dept.code))

    # --- staff -------------------------------------------------------------------

    def list_staff(
        self,
        actor: Actor,
        text: str = "",
        *,
        include_inactive: bool = True,
        department_id: int | None = None,
    ) -> list[StaffRow]:
        with self.read(actor, StaffPermission.VIEW_STAFF) as session:
            query = (
                select(Staff)
                .outerjoin(Staff.department)
                .options(contains_eager(Staff.department))
                .order_by(Staff.name, Staff.id)
            )
            text = text.strip()
            if text:
                pattern = f"%{text}%"
                query = query.where(
                    or_(
                        Staff.name.like(pattern),
                        Staff.phone.like(pattern),
                        Staff.position.like(pattern),
                        Department.name.like(pattern),
                    )
                )
            if not include_inactive:
                query = query.where(Staff.active.is_(True))
            if department_id is not None:
                query = query.where(Staff.department_id == department_id)
            return [_staff_row(s) for s in session.scalars(query)]

    def get_staff(self, actor: Actor, staff_id: int) -> StaffRow:
        with self.read(actor, StaffPermission.VIEW_STAFF) as session:
            staff = session.get(Staff, staff_id)
            if staff is None:
                raise ValidationError("staff", tr("No such staff member."))
            return _staff_row(staff)

    def create_staff(self, actor: Actor, data: StaffInput) -> StaffRow:
        data = _validate(data)
        with self.tx(actor, StaffPermission.EDIT_STAFF) as tx:
            if data.department_id is not None:
                tx.get(Department, data.department_id)
            staff = Staff(**vars(data))
            tx.session.add(staff)
            tx.audit("create", staff, None)
            return tx.done(_staff_row(staff))

    def update_staff(
        self, actor: Actor, staff_id: int, expected_version: int, data: StaffInput
    ) -> StaffRow:
        data = _validate(data)
        with self.tx(actor, StaffPermission.EDIT_STAFF) as tx:
            staff = tx.get(Staff, staff_id, expected_version)
            if data.department_id is not None:
                tx.get(Department, data.department_id)
            before = snapshot(staff)
            for key, value in vars(data).items():
                setattr(staff, key, value)
            tx.audit("update", staff, before)
            return tx.done(_staff_row(staff))
