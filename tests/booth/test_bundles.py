"""Sealed bundles: nothing in clear text, and a changed, foreign or forged bundle is
refused before anything is written."""

from __future__ import annotations

import json
import stat
import uuid

import pytest
from sqlalchemy import select

from app.booth.sealing import SealError, seal
from app.customers_io.bundle import BundleService
from app.errors import ServiceError
from db.models.audit import AuditEntry
from db.models.booth import BoothKit
from db.models.customers import Customer, FollowUp
from tests.booth.conftest import count

NAME = "欧阳娜娜"
MOBILE = "13712345678"


def _captured(make_kit, tmp_path):
    booth = make_kit()
    booth.capture(
        "staff1",
        NAME,
        MOBILE,
        guardian_name="欧阳父",
        guardian_phone="13912345678",
        school="第一中学",
        notes="想学钢琴",
    )
    return booth, booth.export(tmp_path / "booth")


def _nothing_written(office):
    return (count(office, Customer), count(office, FollowUp), count(office, AuditEntry))


def test_a_bundle_holds_no_phone_or_name_in_clear_text(office, make_kit, tmp_path):
    _, bundle = _captured(make_kit, tmp_path)
    data = bundle.read_bytes()
    assert bundle.suffix == ".mdbundle"
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600
    for secret in (NAME, "欧阳", MOBILE, "5678", "13912345678", "第一中学", "钢琴", "staff1"):
        assert secret.encode("utf-8") not in data
        assert secret.encode("utf-16-le") not in data
    assert b"marketdesk-booth-bundle" in data[:200]  # the header says what the file is


def test_every_flipped_byte_is_refused_writing_nothing(office, actors, make_kit, tmp_path):
    _, bundle = _captured(make_kit, tmp_path)
    data = bundle.read_bytes()
    before = _nothing_written(office)
    service = BundleService(office.db)
    # The magic, the header length, the header (kit id, version, nonce), the
    # ciphertext and the tag: each flipped byte is refused.
    positions = sorted({0, 7, 9, 11, 20, 40, 60, 80, 100, len(data) // 2, len(data) - 1})
    for position in positions:
        changed = bytearray(data)
        changed[position] ^= 0x01
        bundle.write_bytes(bytes(changed))
        with pytest.raises(ServiceError):
            service.merge(actors["manager"], bundle)
    bundle.write_bytes(data[:-1])
    with pytest.raises(ServiceError):
        service.merge(actors["manager"], bundle)
    assert _nothing_written(office) == before
    bundle.write_bytes(data)
    assert service.merge(actors["manager"], bundle).created == 1


def _document(services, bundle):
    from app.booth.kits import office_key
    from app.booth.sealing import unseal

    with services.db.session() as session:
        return unseal(bundle.read_bytes(), "b", lambda kit: office_key(session, kit))


def test_another_kits_key_a_forged_bundle_and_another_office_are_refused(
    office, actors, make_kit, tmp_path
):
    booth, bundle = _captured(make_kit, tmp_path)
    other = make_kit("other.db")
    document = _document(office, bundle)
    with booth.services.db.session() as session:
        kit = session.scalars(select(BoothKit)).one()
    with other.services.db.session() as session:
        other_key = session.scalars(select(BoothKit)).one().key
    service = BundleService(office.db)
    before = _nothing_written(office)
    cases = {
        # This kit's id, sealed with another (real) kit's key.
        "other key": seal(kit.uuid, other_key, document),
        # Forged: someone without any key.
        "forged": seal(kit.uuid, b"\x00" * 32, document),
        # A kit this office never made (another office's, or made up).
        "unknown kit": seal(uuid.uuid4(), other_key, document),
    }
    messages = {}
    for case, data in cases.items():
        path = tmp_path / f"{case}.mdbundle"
        path.write_bytes(data)
        with pytest.raises(SealError) as refused:
            service.merge(actors["manager"], path)
        messages[case] = refused.value.message
    assert "not written with this kit's key" in messages["other key"]
    assert "not written with this kit's key" in messages["forged"]
    assert "did not create" in messages["unknown kit"]
    # The plain JSON bundles of earlier versions could be forged by anyone.
    old = tmp_path / "old.mdbundle"
    old.write_text(
        json.dumps(
            {"format": "marketdesk-booth-bundle", "version": 1, "leads": [], "checksum": "0"}
        ),
        encoding="utf-8",
    )
    with pytest.raises(SealError, match="unprotected"):
        service.merge(actors["manager"], old)
    assert _nothing_written(office) == before


def test_a_bundle_of_another_office_is_refused(office, actors, make_kit, tmp_path):
    """The same kit file merged into a second office database (which never made it)."""
    from app.services import Services
    from db.engine import open_database, sqlite_url
    from db.models import metadata
    from tests.conftest import make_actors

    _, bundle = _captured(make_kit, tmp_path)
    db = open_database(sqlite_url(tmp_path / "other-office.sqlite3"))
    metadata.create_all(db.engine)
    try:
        other = Services(db)
        other_actors = make_actors(other)
        with pytest.raises(SealError, match="did not create"):
            BundleService(db).merge(other_actors["manager"], bundle)
        assert count(other, Customer) == 0
    finally:
        db.dispose()


def test_only_a_kit_exports_bundles(office, actors, tmp_path):
    from app.customers.rows import CustomerInput

    office.customers.create_customer(actors["manager"], CustomerInput(name="甲", mobile=MOBILE))
    with pytest.raises(ServiceError, match="not a booth kit"):
        BundleService(office.db).export_bundle(actors["manager"], tmp_path / "office")
    assert not (tmp_path / "office.mdbundle").exists()
