"""The booth dialogs for the screenshot tour (ui/tour_registry.py): the kit dialog
in the office, and on a kit made from the tour's database, as the booth laptop
shows them, the competitor form with two notes taken and a third being typed."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.context import UiContext


def _kit_dialog(ctx: UiContext):
    from ui.booth.kit_dialog import KitDialog

    dialog = KitDialog(ctx)
    dialog.activity_edit.setEditText(
        QCoreApplication.translate("KitDialog", "Open day at No. 1 Middle School")
    )
    return dialog


def _booth_context(ctx: UiContext) -> UiContext:
    """A kit made from a copy of the tour's office database (the tour writes nothing
    into the database it shows), opened as the booth opens it, signed in as a booth
    staff member, with two competitors noted. On PostgreSQL (nothing to copy), the
    office itself: the form without a kit's notes."""
    from app.services import Services
    from db.engine import open_database, sqlite_url

    url = ctx.services.db.engine.url
    if url.get_backend_name() != "sqlite" or not url.database:
        return ctx
    key = (str(url), _event())
    if key not in _KITS:
        scratch = Path(tempfile.mkdtemp(prefix="marketdesk-tour-kit-"))
        copy = scratch / "office.sqlite3"
        with (
            contextlib.closing(sqlite3.connect(url.database)) as source,
            contextlib.closing(sqlite3.connect(copy)) as target,
        ):
            source.backup(target)
        office_db = open_database(sqlite_url(copy))
        try:
            _KITS[key] = _kit_context(ctx, Services(office_db), scratch / "booth.db")
        finally:
            office_db.dispose()
    return _KITS[key]


# The booth side, made once per language (its notes are in the tour's language); the
# kit files live in the tour's scratch folder.
_KITS: dict[tuple[str, str], UiContext] = {}


def _kit_context(ctx: UiContext, office, path: Path) -> UiContext:
    from sqlalchemy import select

    from app.booth.competitors import Sighting
    from app.services import Services
    from app.users.service import actor_for
    from db.engine import open_database, sqlite_url
    from db.models.users import User

    account = next(a.username for a in office.booth_kits.list_accounts(ctx.actor))
    office.booth_kits.create_kit(ctx.actor, path, _event(), [account])
    services = Services(open_database(sqlite_url(path)))
    with services.db.session() as session:
        user = session.scalars(select(User).where(User.username == account)).one()
        actor = actor_for(user)
    known = services.booth_competitors.known(actor)
    today = dt.date.today()
    notes = [
        Sighting(
            competitor=known[0].name if known else "学而思",
            price_fen=398000,
            promotions=QCoreApplication.translate("BoothTour", "Enrol today: textbooks free"),
            note=QCoreApplication.translate(
                "BoothTour", "Two staff handing out flyers at the school gate"
            ),
            observed_on=today,
        ),
        Sighting(
            competitor=QCoreApplication.translate("BoothTour", "Star Maths"),
            courses=QCoreApplication.translate("BoothTour", "Olympiad maths, grades 3-6"),
            ads=QCoreApplication.translate(
                "BoothTour", "Poster at the bus stop opposite the school"
            ),
            observed_on=today,
        ),
    ]
    for note in notes:
        services.booth_competitors.note(actor, note)
    return UiContext(services=services, actor=actor, settings=ctx.settings, bus=ctx.bus)


def _event() -> str:
    return QCoreApplication.translate("KitDialog", "Open day at No. 1 Middle School")


def _competitor_dialog(ctx: UiContext):
    from ui.booth.competitor_dialog import BoothCompetitorDialog

    dialog = BoothCompetitorDialog(_booth_context(ctx))
    if dialog.competitor.count():
        dialog.competitor.setCurrentIndex(dialog.competitor.count() - 1)
    dialog.price.setText("2680")
    dialog.note.setText(
        QCoreApplication.translate("BoothTour", "Trial lesson vouchers on their table")
    )
    return dialog


def _booth_window(ctx: UiContext):
    """The booth capture window in a kit: the competitor button is there."""
    from ui.customers_io.booth_window import BoothWindow

    window = BoothWindow(_booth_context(ctx))
    window.resize(1280, 800)
    return window


DIALOGS = [
    ("booth_kit_dialog", _kit_dialog),
    ("booth_competitor_dialog", _competitor_dialog),
    ("booth_kit_window", _booth_window),
]
