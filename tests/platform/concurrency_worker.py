"""One MarketDesk process of the concurrency tests (run with sys.executable -m).

python -m tests.platform.concurrency_worker setup DB_URL
    the accounts, customers and approved budget the writers use; prints JSON.
python -m tests.platform.concurrency_worker write DB_URL TAG COUNT  (TAG: digits)
    COUNT writes, alternating a follow-up save (CustomerService) and the next
    step of a claim workflow (create, submit, approve, approve, pay); prints
    {"attempted", "succeeded", "failures": {message: count}}.
python -m tests.platform.concurrency_worker hold DB_URL
    takes the write lock, prints "locked", holds it until a line (or the end) comes
    on stdin, then commits.
python -m tests.platform.concurrency_worker follow-up DB_URL
    one follow-up save; prints {"error": message} or {"ok": true}.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from collections import Counter

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MARKETDESK_FAST_KDF"] = "1"

from app.context import Actor  # noqa: E402
from app.database import open_services  # noqa: E402
from app.errors import ServiceError  # noqa: E402
from app.permissions import Role  # noqa: E402
from app.services import Services  # noqa: E402

# Accounts of the writers; two finance accounts, so that approving and paying are
# done by different people.
ACCOUNTS = {
    "staff": Role.STAFF,
    "manager": Role.MANAGER,
    "finance": Role.FINANCE,
    "cashier": Role.FINANCE,
}
CUSTOMERS = 20
YEAR = 2026


def _actors(services: Services) -> dict[str, Actor]:
    from sqlalchemy import select

    from app.users.service import actor_for
    from db.models.users import User

    with services.db.read_session() as session:
        users = session.scalars(select(User).where(User.username.in_(ACCOUNTS))).all()
        return {u.username: actor_for(u) for u in users}


def setup(services: Services) -> dict:
    from app.customers.rows import CustomerInput
    from app.staff.service import StaffInput

    cli = Actor.command_line()
    services.staff.ensure_seed_departments(cli)
    services.customers.ensure_seed_channels(cli)
    services.expense_categories.ensure_seed(cli)
    for name, role in ACCOUNTS.items():
        staff = services.staff.create_staff(cli, StaffInput(name=f"并发{name}"))
        services.users.create_user(
            cli,
            username=name,
            display_name=name,
            role=role,
            password="secret-pass-1",
            staff_id=staff.id,
        )
    actors = _actors(services)
    customers = [
        services.customers.create_customer(
            actors["manager"], CustomerInput(name=f"客户{i}", mobile=f"1390000{i:04d}")
        ).id
        for i in range(CUSTOMERS)
    ]
    category = services.expense_categories.list_categories(cli)[0].id
    plan = services.budget_plans.save_plan(
        actors["manager"], YEAR, None, {(category, month): 10**10 for month in range(1, 13)}, {}
    )
    plan = services.budget_plans.submit(actors["manager"], plan.id, plan.version)
    services.budget_plans.approve(actors["finance"], plan.id, plan.version)
    return {"customers": customers, "category": category}


class Writer:
    """The writes of one process: follow-ups and claim steps, counted."""

    def __init__(self, services: Services, tag: str, plan: dict) -> None:
        self.services, self.tag, self.plan = services, tag, plan
        self.actors = _actors(services)
        self.claim = None
        self.invoice = 0

    def follow_up(self, i: int) -> None:
        customers = self.plan["customers"]
        self.services.customers.record_follow_up(
            self.actors["manager"],
            customers[i % len(customers)],
            "phone",
            f"{self.tag} follow-up {i}",
        )

    def claim_step(self) -> None:
        from app.claims.rows import ClaimInput, LineInput

        claims, claim = self.services.claims, self.claim
        if claim is None or claim.status in ("paid", "cancelled"):
            self.invoice += 1
            line = LineInput(
                expense_date=dt.date(YEAR, 3, 10),
                category_id=self.plan["category"],
                amount_fen=100_00,
                place="深圳",
                description="x",
                invoice_code="044031900111",
                invoice_number=f"{self.tag}{self.invoice:07d}",
            )
            self.claim = claims.create_claim(
                self.actors["staff"],
                ClaimInput(purpose=f"招生推广 {self.tag}", lines=[line]),
                claim_date=dt.date(YEAR, 3, 20),
            )
        elif claim.status == "draft":
            self.claim = claims.submit(
                self.actors["staff"], claim.id, claim.version, acknowledge=True
            ).claim
        elif claim.status == "submitted":
            self.claim = claims.approve(
                self.actors["manager"], claim.id, claim.version, acknowledge=True
            ).claim
        elif claim.status == "department_approved":
            self.claim = claims.approve(
                self.actors["finance"], claim.id, claim.version, acknowledge=True
            ).claim
        else:
            self.claim = claims.pay(self.actors["cashier"], claim.id, claim.version).claim

    def run(self, count: int) -> dict:
        failures: Counter[str] = Counter()
        succeeded, slowest = 0, 0.0
        for i in range(count):
            started = time.perf_counter()
            try:
                if i % 2:
                    self.claim_step()
                else:
                    self.follow_up(i)
                succeeded += 1
            except ServiceError as exc:
                failures[str(exc)] += 1
            except Exception as exc:  # noqa: BLE001 - counted, the test shows it
                failures[f"{type(exc).__name__}: {str(exc).splitlines()[0]}"] += 1
            slowest = max(slowest, time.perf_counter() - started)
        return {
            "attempted": count,
            "succeeded": succeeded,
            "failures": dict(failures),
            "slowest_s": round(slowest, 2),  # a figure for the report, not asserted
        }


def hold(services: Services) -> None:
    from app.service import Service

    with Service(services.db).tx(Actor.command_line(), None) as tx:
        tx.session.connection()  # the transaction begins: the write lock is taken
        print("locked", flush=True)
        # Until the test says so, not for a fixed time: on a loaded machine the other
        # process may take longer to start than any fixed hold.
        sys.stdin.readline()


def main(argv: list[str]) -> int:
    command, url = argv[0], argv[1]
    services = open_services(url, create=command == "setup")
    try:
        if command == "setup":
            print(json.dumps(setup(services)))
        elif command == "write":
            plan = json.loads(os.environ["MARKETDESK_TEST_PLAN"])
            print(json.dumps(Writer(services, argv[2], plan).run(int(argv[3]))))
        elif command == "hold":
            hold(services)
        elif command == "follow-up":
            plan = json.loads(os.environ["MARKETDESK_TEST_PLAN"])
            try:
                Writer(services, "w", plan).follow_up(0)
                print(json.dumps({"ok": True}))
            except ServiceError as exc:
                print(json.dumps({"error": str(exc)}))
    finally:
        services.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
