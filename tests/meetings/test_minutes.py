"""The minutes' workflow per role: the recorder writes and submits, the host returns
or signs (a captured signature or ink), the host or recorder distributes, each
invitee confirms reading; every refused call writes nothing."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image

from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.meetings.minutes import ItemInput
from tests.meetings.conftest import counts, notice


def signature_png() -> bytes:
    image = Image.new("RGBA", (120, 40), (255, 255, 255, 0))
    for x in range(10, 110):
        image.putpixel((x, 20 + (x % 7)), (0, 0, 0, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _drafted(services, actors, people, **changes):
    m = services.meetings.create_notice(actors["manager"], notice(people, **changes))
    return services.meeting_minutes.save_minutes(
        actors["staff"],
        m.id,
        m.version,
        "1. 本周重点跟进暑期班续费。\n2. 周六校区地推。",
        [
            ItemInput("整理续费名单", people.colleague, dt.date(2026, 11, 20)),
            ItemInput("准备地推物料", people.staff, dt.date(2026, 11, 21)),
        ],
    )


def test_the_whole_workflow(services, actors, people):
    m = _drafted(services, actors, people)
    assert m.minutes_status == "draft" and [a.owner_name for a in m.action_items] == [
        "李四",
        "测试staff",
    ]
    m = services.meeting_minutes.submit(actors["staff"], m.id, m.version)
    assert m.minutes_status == "submitted"
    m = services.meeting_minutes.return_minutes(actors["manager"], m.id, m.version, "补充负责人")
    assert m.minutes_status == "draft" and m.return_note == "补充负责人"
    m = services.meeting_minutes.submit(actors["staff"], m.id, m.version)
    m = services.meeting_minutes.sign(actors["manager"], m.id, m.version, signature_png())
    assert m.minutes_status == "signed" and m.has_signature and m.signed_by == "manager"
    assert services.meeting_minutes.signature(actors["staff"], m.id) == signature_png()
    m = services.meeting_minutes.distribute(actors["staff"], m.id, m.version)
    assert m.minutes_status == "distributed" and m.distributed_at is not None
    m = services.meeting_minutes.confirm_read(actors["service"], m.id)
    assert m.invitee(people.service).read_at is not None
    assert m.invitee(people.staff).read_at is None


def test_refused_steps_write_nothing(services, actors, people):
    m = _drafted(services, actors, people)
    minutes = services.meeting_minutes
    before = counts(services)
    refused = [
        # Only the recorder writes and submits; the host, an organiser or the admin do not.
        (
            PermissionDenied,
            lambda: minutes.save_minutes(actors["manager"], m.id, m.version, "x", []),
        ),
        (PermissionDenied, lambda: minutes.submit(actors["manager"], m.id, m.version)),
        (PermissionDenied, lambda: minutes.submit(actors["admin"], m.id, m.version)),
        # Nothing to sign or distribute yet; nothing to read.
        (ConflictError, lambda: minutes.sign(actors["manager"], m.id, m.version)),
        (ConflictError, lambda: minutes.distribute(actors["staff"], m.id, m.version)),
        (ConflictError, lambda: minutes.confirm_read(actors["service"], m.id)),
        (ConflictError, lambda: minutes.print_minutes(actors["manager"], m.id, "/tmp/x.pdf")),
    ]
    for error, call in refused:
        with pytest.raises(error):
            call()
        assert counts(services) == before
    m = minutes.submit(actors["staff"], m.id, m.version)
    before = counts(services)
    refused = [
        # Only the host signs or returns; the recorder, a colleague, the admin do not.
        (PermissionDenied, lambda: minutes.sign(actors["staff"], m.id, m.version)),
        (PermissionDenied, lambda: minutes.sign(actors["admin"], m.id, m.version)),
        (PermissionDenied, lambda: minutes.return_minutes(actors["service"], m.id, m.version, "x")),
        (ValidationError, lambda: minutes.return_minutes(actors["manager"], m.id, m.version, " ")),
        (ValidationError, lambda: minutes.sign(actors["manager"], m.id, m.version, b"GIF89a")),
        # Submitted minutes are no longer edited.
        (ConflictError, lambda: minutes.save_minutes(actors["staff"], m.id, m.version, "x", [])),
        # A stale version.
        (ConflictError, lambda: minutes.sign(actors["manager"], m.id, m.version - 1)),
    ]
    for error, call in refused:
        with pytest.raises(error):
            call()
        assert counts(services) == before
    m = minutes.sign(actors["manager"], m.id, m.version, None)  # in ink
    assert not m.has_signature and m.signed_at is not None
    before = counts(services)
    for error, call in [
        (PermissionDenied, lambda: minutes.distribute(actors["service"], m.id, m.version)),
        (ConflictError, lambda: minutes.confirm_read(actors["service"], m.id)),
    ]:
        with pytest.raises(error):
            call()
        assert counts(services) == before
    m = minutes.distribute(actors["manager"], m.id, m.version)
    minutes.confirm_read(actors["staff"], m.id)
    before = counts(services)
    for error, call in [
        (ConflictError, lambda: minutes.confirm_read(actors["staff"], m.id)),  # twice
        (PermissionDenied, lambda: minutes.confirm_read(actors["finance"], m.id)),  # not invited
    ]:
        with pytest.raises(error):
            call()
        assert counts(services) == before


def test_action_item_owners_and_text_are_checked(services, actors, people):
    m = services.meetings.create_notice(actors["manager"], notice(people))
    before = counts(services)
    for items in (
        [ItemInput("跟进", people.finance)],  # not one of the meeting's people
        [ItemInput(" ", people.staff)],
    ):
        with pytest.raises(ValidationError) as err:
            services.meeting_minutes.save_minutes(actors["staff"], m.id, m.version, "决议", items)
        assert err.value.field == "action_items"
    with pytest.raises(ValidationError):
        services.meeting_minutes.submit(actors["staff"], m.id, m.version)  # empty minutes
    assert counts(services) == before


def test_editing_keeps_an_items_identity_and_state(services, actors, people):
    m = _drafted(services, actors, people)
    first = m.action_items[0]
    m = services.meeting_minutes.save_minutes(
        actors["staff"],
        m.id,
        m.version,
        m.decisions,
        [ItemInput("整理续费名单（含电话）", first.owner_staff_id, first.due_on, first.id)],
    )
    assert [(a.id, a.text) for a in m.action_items] == [(first.id, "整理续费名单（含电话）")]


def test_confidential_minutes_are_not_reachable_by_others(services, actors, people):
    m = _drafted(
        services,
        actors,
        people,
        confidential=True,
        invitee_ids=(people.manager, people.staff, people.colleague),
    )
    before = counts(services)
    for call in (
        lambda: services.meeting_minutes.confirm_read(actors["service"], m.id),
        lambda: services.meeting_minutes.signature(actors["finance"], m.id),
        lambda: services.meeting_minutes.print_minutes(actors["finance"], m.id, "/tmp/n.pdf"),
    ):
        with pytest.raises(NotFound):
            call()
    assert counts(services) == before
