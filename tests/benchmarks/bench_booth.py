"""A booth kit's bundle of 500 leads: its size, and the time to export and merge it.

The office (SQLite) holds 2,000 customers; the booth kit captures 500 leads through
the same service the booth window uses, 100 of them with a mobile the office has
already (they become notes and fill blanks), plus 100 visits on its leads.

booth_bundle_500_bytes: the sealed bundle file (zlib-compressed JSON, AES-256-GCM).
booth_export_500_s: writing it on the booth (read the kit, seal, write).
booth_merge_500_s: merging it into the office (verify, open, 400 new customers,
100 notes with blanks filled, 100 visits, one transaction).
booth_merge_again_500_s: merging the same bundle again (every lead already merged).
booth_merge_500_cpu_s: this process's CPU time of the first merge (on a shared,
loaded machine the wall time swings; the CPU time much less).
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LEADS = 500
KNOWN = 100  # leads whose mobile the office has already
VISITS = 100
OFFICE_CUSTOMERS = 2_000
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["子涵", "欣怡", "梓轩", "浩然", "雨桐", "思远", "可馨", "一诺", "宇航", "佳怡"]


def _name(i: int) -> str:
    return SURNAMES[i % len(SURNAMES)] + GIVEN[(i // len(SURNAMES)) % len(GIVEN)]


def _office(workdir: Path):
    """An office database with a manager, a booth staff member and customers."""
    from app.context import Actor
    from app.permissions import Role
    from app.services import Services
    from app.staff.service import StaffInput
    from app.users.service import actor_for
    from db.engine import open_database, sqlite_url
    from db.models import metadata
    from db.models.users import User

    db = open_database(sqlite_url(workdir / "office.sqlite3"))
    metadata.create_all(db.engine)
    services = Services(db)
    cli = Actor.command_line()
    services.customers.ensure_seed_channels(cli)
    actors = {}
    for role, username in ((Role.MANAGER, "manager1"), (Role.STAFF, "staff1")):
        staff = services.staff.create_staff(cli, StaffInput(name=username))
        row = services.users.create_user(
            cli,
            username=username,
            display_name=username,
            role=role,
            password="secret-pass-1",
            staff_id=staff.id,
        )
        with db.session() as session:
            actors[username] = actor_for(session.get(User, row.id))
    _customers(db, actors["manager1"].staff_id)
    return services, actors


def _customers(db, owner_id: int | None) -> None:
    """OFFICE_CUSTOMERS customers in one transaction (set up, not measured)."""
    from app.customers.common import apply_input
    from app.customers.rows import CustomerInput
    from app.customers.validation import validate_customer
    from db.models.customers import Customer

    with db.session() as session, session.begin():
        for i in range(OFFICE_CUSTOMERS):
            clean = validate_customer(
                CustomerInput(name=_name(i), mobile=_office_mobile(i), owner_id=owner_id)
            )
            customer = Customer(status="new")
            apply_input(customer, clean)
            session.add(customer)


def _office_mobile(i: int) -> str:
    return f"+86137{i:08d}"


def run(options) -> dict[str, float]:
    from sqlalchemy import select

    from app.customers.rows import CustomerInput
    from app.customers_io.bundle import BundleService
    from app.services import Services
    from app.users.service import actor_for
    from db.engine import open_database, sqlite_url
    from db.models.users import User

    workdir = Path(options.workdir) / "booth"
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    office, actors = _office(workdir)
    kit_path = workdir / "kit.db"
    office.booth_kits.create_kit(actors["manager1"], kit_path, "一中开放日", ["staff1"])
    kit_db = open_database(sqlite_url(kit_path))
    booth = Services(kit_db)
    with kit_db.session() as session:
        staff = actor_for(session.scalars(select(User)).one())
    ids = []
    for i in range(LEADS):
        # The first KNOWN leads have mobiles of office customers.
        mobile = _office_mobile(i) if i < KNOWN else f"+86138{i:08d}"
        row = booth.customers.create_customer(
            staff,
            CustomerInput(
                name=_name(i + 7),
                mobile=mobile,
                school="第一中学",
                grade="初二",
                guardian_phone=f"+86139{i:08d}",
                course_interests="雅思",
                consent_contact=i % 2 == 0,
                source_event="一中开放日",
            ),
        )
        ids.append(row.id)
    for customer_id in ids[:VISITS]:
        booth.customers.record_follow_up(staff, customer_id, "visit", "家长来问了试听时间")
    bundle = workdir / "booth.mdbundle"
    started = time.perf_counter()
    BundleService(kit_db).export_bundle(staff, bundle)
    export_s = time.perf_counter() - started
    kit_db.dispose()

    service = BundleService(office.db)
    started, cpu = time.perf_counter(), time.process_time()
    report = service.merge(actors["manager1"], bundle)
    merge_s = time.perf_counter() - started
    merge_cpu_s = time.process_time() - cpu
    assert (report.created, report.noted, report.visits, report.rejected) == (
        LEADS - KNOWN,
        KNOWN,
        VISITS,
        0,
    ), report.as_json()
    started = time.perf_counter()
    again = service.merge(actors["manager1"], bundle)
    again_s = time.perf_counter() - started
    assert again.already == LEADS + VISITS
    office.db.dispose()
    return {
        "booth_bundle_500_bytes": float(bundle.stat().st_size),
        "booth_export_500_s": round(export_s, 3),
        "booth_merge_500_s": round(merge_s, 3),
        "booth_merge_500_cpu_s": round(merge_cpu_s, 3),
        "booth_merge_again_500_s": round(again_s, 3),
    }
