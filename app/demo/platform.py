"""Demo step for the platform: departments, staff, one account per role."""

from __future__ import annotations

import datetime as dt

from app.demo.context import DemoContext
from app.demo.names import mobile, person_name
from app.errors import tr
from app.meta import DEMO_ACCOUNTS, DEMO_FLAG, set_meta
from app.permissions import Role
from app.staff.service import StaffInput, StaffRow
from db.models.staff import Department

# (department code, position, how many)
STAFF_PLAN = [
    ("market", "市场经理", 1),
    ("market", "市场专员", 3),
    ("sales", "销售主管", 1),
    ("sales", "销售代表", 6),
    ("service", "客服主管", 1),
    ("service", "客服专员", 3),
    ("events", "活动策划", 2),
]

# Demo passwords are public by design: the login dialog lists them on demo
# databases only (app.meta.demo_accounts).
# (user name, role, the position whose first holder the account is linked to).
# Every account is a different person: a claim's steps need different people
# (app.claims.workflow.duty_refusal), and accounting keeps the reviewer (会计) and
# the cashier (出纳) apart.
DEMO_USERS = [
    ("admin", Role.ADMIN, "校长"),
    ("manager", Role.MANAGER, "市场经理"),
    ("staff", Role.STAFF, "销售代表"),
    ("service", Role.SERVICE, "客服专员"),
    ("finance", Role.FINANCE, "财务会计"),
    ("cashier", Role.FINANCE, "出纳"),
]
# People outside the marketing departments: (department name, position).
OFFICE_STAFF = [("行政部", "校长"), ("财务部", "财务会计"), ("财务部", "出纳")]


def demo_password(username: str) -> str:
    return f"{username}-demo-2026"


def label() -> str:
    """What progress messages call this step."""
    return tr("accounts and staff", "demo step")


def build(ctx: DemoContext) -> None:
    services = ctx.services
    services.staff.ensure_seed_departments(ctx.actor)
    with ctx.db.session() as session:
        departments = {d.code: d.id for d in session.query(Department)}
    first_of_position: dict[str, StaffRow] = {}
    for code, position, count in STAFF_PLAN:
        for _ in range(count):
            hired = ctx.today - dt.timedelta(days=ctx.rng.randrange(60, 2000))
            row = services.staff.create_staff(
                ctx.actor,
                StaffInput(
                    name=person_name(ctx.rng),
                    department_id=departments[code],
                    position=position,
                    phone=mobile(ctx.rng),
                    hire_date=hired,
                ),
            )
            first_of_position.setdefault(position, row)
            ctx.staff_by_department.setdefault(code, []).append(row.id)
    office_departments: dict[str, int] = {}
    for department, position in OFFICE_STAFF:
        if department not in office_departments:
            office_departments[department] = services.staff.create_department(
                ctx.actor, department
            ).id
        first_of_position[position] = services.staff.create_staff(
            ctx.actor,
            StaffInput(
                name=person_name(ctx.rng),
                department_id=office_departments[department],
                position=position,
                phone=mobile(ctx.rng),
                hire_date=ctx.today - dt.timedelta(days=900),
            ),
        )

    accounts = []
    for username, role, position in DEMO_USERS:
        staff = first_of_position.get(position)
        password = demo_password(username)
        user = services.users.create_user(
            ctx.actor,
            username=username,
            display_name=staff.name if staff else username,
            role=role,
            password=password,
            staff_id=staff.id if staff else None,
        )
        ctx.user_ids[username] = user.id
        accounts.append({"username": username, "password": password, "role": str(role)})
    with ctx.db.session() as session, session.begin():
        from db.models.users import User

        # Demo accounts log straight in; real accounts must change the handed-over password.
        session.query(User).update({User.must_change_password: False})
        set_meta(session, DEMO_FLAG, True)
        set_meta(session, DEMO_ACCOUNTS, accounts)
