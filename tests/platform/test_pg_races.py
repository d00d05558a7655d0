"""Several seats on one PostgreSQL server: writes that race end in a retry or one
line, never a traceback, and nothing is lost (app/races.py).

Each race starts two threads at a barrier, each with its own pooled connection,
several rounds in a row: before the fix every round lost one writer to a
deadlock, a unique violation or a false "changed by someone else"."""

from __future__ import annotations

import threading
from collections.abc import Callable

import openpyxl
import pytest
from sqlalchemy import func, select

from app.races import RETRIES
from tests.conftest import make_actors, postgres_schema_database

ROUNDS = 3


@pytest.fixture
def pg_services():
    from app.services import Services

    with postgres_schema_database() as db:
        yield Services(db)


def race(*writes: Callable[[], object]) -> list[str]:
    """Run the writes at the same moment; each one's outcome: "ok" or its error."""
    barrier = threading.Barrier(len(writes))
    outcomes: list[str] = ["not run"] * len(writes)

    def run(index: int, write: Callable[[], object]) -> None:
        barrier.wait()
        try:
            write()
            outcomes[index] = "ok"
        except Exception as exc:  # noqa: BLE001 - the outcome is what the test checks
            outcomes[index] = f"{type(exc).__name__}: {exc}"

    threads = [threading.Thread(target=run, args=(i, w)) for i, w in enumerate(writes)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def _customers(services, actor, count: int) -> list[int]:
    from app.customers.rows import CustomerInput

    return [
        services.customers.create_customer(
            actor, CustomerInput(name=f"并发{i}", mobile=f"1390000{i:04d}")
        ).id
        for i in range(count)
    ]


def test_two_sign_ins_to_one_account_both_succeed(pg_services):
    actors = make_actors(pg_services)
    assert actors
    for _ in range(ROUNDS):
        outcomes = race(
            lambda: pg_services.users.authenticate("staff1", "secret-pass-1"),
            lambda: pg_services.users.authenticate("staff1", "secret-pass-1"),
        )
        assert outcomes == ["ok", "ok"]


def test_two_follow_ups_on_one_customer_are_both_saved(pg_services):
    from db.models.customers import FollowUp

    manager = make_actors(pg_services)["manager"]
    (customer,) = _customers(pg_services, manager, 1)
    for i in range(ROUNDS):
        outcomes = race(
            lambda i=i: pg_services.customers.record_follow_up(manager, customer, "phone", f"a{i}"),
            lambda i=i: pg_services.customers.record_follow_up(
                manager, customer, "wechat", f"b{i}"
            ),
        )
        assert outcomes == ["ok", "ok"]
    with pg_services.db.session() as session:
        assert session.scalar(select(func.count()).select_from(FollowUp)) == 2 * ROUNDS


def test_tagging_the_same_customers_with_a_new_tag_at_once(pg_services):
    from db.models.customers import customer_tags

    manager = make_actors(pg_services)["manager"]
    ids = _customers(pg_services, manager, 30)
    for i in range(ROUNDS):
        outcomes = race(
            lambda i=i: pg_services.customers.bulk_tag(manager, ids, f"活动{i}"),
            lambda i=i: pg_services.customers.bulk_tag(manager, list(reversed(ids)), f"活动{i}"),
        )
        assert outcomes == ["ok", "ok"]
    with pg_services.db.session() as session:
        assert session.scalar(select(func.count()).select_from(customer_tags)) == 30 * ROUNDS


def _sheet(path, rows) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机", "学校", "监护人电话"])
    for row in rows:
        sheet.append(row)
    book.save(path)


def test_two_imports_filling_blanks_in_opposite_order(pg_services, tmp_path):
    """One file fills the schools, the other the guardian phones, of the same 40
    customers in opposite orders: both end, and every blank is filled."""
    from app.customers_io.importer import ImportService
    from db.models.customers import Customer

    manager = make_actors(pg_services)["manager"]
    _customers(pg_services, manager, 40)
    importer = ImportService(pg_services.db)
    schools = tmp_path / "schools.xlsx"
    guardians = tmp_path / "guardians.xlsx"
    _sheet(schools, [[f"并发{i}", f"1390000{i:04d}", "实验中学", None] for i in range(40)])
    _sheet(
        guardians,
        [[f"并发{i}", f"1390000{i:04d}", None, f"1370000{i:04d}"] for i in reversed(range(40))],
    )

    def run(path):
        return lambda: importer.run(manager, importer.preview(manager, importer.open_file(path)))

    for _ in range(ROUNDS):
        assert race(run(schools), run(guardians)) == ["ok", "ok"]
        with pg_services.db.session() as session:
            rows = session.execute(select(Customer.school, Customer.guardian_phone)).all()
            assert len(rows) == 40
            assert all(school == "实验中学" and phone for school, phone in rows)
            # blank again for the next round
            session.execute(Customer.__table__.update().values(school="", guardian_phone=None))
            session.commit()


def _booth_bundle(office, office_actors, tmp_path, index: int):
    """A booth kit of the office, 25 leads captured in it, exported as a bundle."""
    from app.customers.rows import CustomerInput
    from app.customers_io.bundle import BundleService
    from app.services import Services
    from app.users.service import actor_for
    from db.engine import open_database, sqlite_url
    from db.models.users import User

    path = tmp_path / f"kit{index}.db"
    office.booth_kits.create_kit(office_actors["manager"], path, f"开放日{index}", ["staff1"])
    kit_db = open_database(sqlite_url(path))
    try:
        kit = Services(kit_db)
        with kit_db.session() as session:
            staff = actor_for(session.scalars(select(User).where(User.username == "staff1")).one())
        for i in range(25):
            kit.customers.create_customer(
                staff, CustomerInput(name=f"展位{index}-{i}", mobile=f"13{index}0000{i:04d}")
            )
        change = BundleService(kit_db).export_bundle(staff, tmp_path / f"booth{index}.mdbundle")
        return change.result[2]
    finally:
        kit_db.dispose()


def test_two_merges_of_one_bundle_at_once(pg_services, tmp_path):
    """Both merges end; each bundle's leads are in the office once."""
    from app.customers_io.bundle import BundleService
    from db.models.customers import Customer

    actors = make_actors(pg_services)
    pg_services.customers.ensure_seed_channels(actors["admin"])
    manager = actors["manager"]
    office = BundleService(pg_services.db)
    for index in range(1, ROUNDS + 1):
        bundle = _booth_bundle(pg_services, actors, tmp_path, index)
        outcomes = race(
            lambda b=bundle: office.merge(manager, b), lambda b=bundle: office.merge(manager, b)
        )
        assert outcomes == ["ok", "ok"]
        with pg_services.db.session() as session:
            assert session.scalar(select(func.count()).select_from(Customer)) == 25 * index


def test_retries_are_counted_and_bounded():
    """A write that loses every race is tried ATTEMPTS times, then says so in one line."""
    from sqlalchemy.exc import OperationalError

    from app import races
    from app.service import classify_db_error

    class Deadlock(Exception):
        sqlstate = "40P01"

    calls = []

    @races.retry_races
    def write():
        calls.append(1)
        raise classify_db_error(OperationalError("UPDATE customers", {}, Deadlock("deadlock")))

    before = RETRIES["deadlock"]
    with pytest.raises(races.RaceLost) as info:
        write()
    assert len(calls) == races.ATTEMPTS
    assert RETRIES["deadlock"] - before == races.ATTEMPTS - 1
    assert "Nothing was written" in str(info.value)
    assert "\n" not in str(info.value)


def test_a_stale_edit_still_says_so(pg_services):
    """The honest message stays for a real stale edit."""
    from app.customers.rows import CustomerInput
    from app.errors import ConflictError

    manager = make_actors(pg_services)["manager"]
    row = pg_services.customers.create_customer(
        manager, CustomerInput(name="旧版", mobile="13900001111")
    )
    pg_services.customers.update_customer(
        manager, row.id, row.version, CustomerInput(name="新版", mobile="13900001111")
    )
    with pytest.raises(ConflictError, match="changed by someone else"):
        pg_services.customers.update_customer(
            manager, row.id, row.version, CustomerInput(name="再改", mobile="13900001111")
        )
