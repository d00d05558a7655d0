"""A throwaway feature, registered at test time without touching a central file.

This module is the whole feature: its model, migration (written to a temporary
versions folder), permission granted to finance only, service, tab, tour page
and command-line subcommand. The registry finds each part by the names the
Feature declares.
"""

from __future__ import annotations

import textwrap
from enum import StrEnum

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout
from sqlalchemy import Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.errors import PermissionDenied
from app.features import Feature, features, version_locations
from app.permissions import Role, role_permissions
from app.service import Service
from tests.conftest import make_actors, postgres_schema_database
from ui.feature_tab import FeatureTab
from ui.features import UiFeature
from ui.tabs import TabSpec

# --- the feature: model, permission, service ---------------------------------------


class _ProbeBase(DeclarativeBase):
    """Its own metadata: the application's schema tests never see this table."""


class ProbeNote(_ProbeBase):
    __tablename__ = "probe_notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(String(100))


class ProbePermission(StrEnum):
    USE_PROBE = "probe.use"


class ProbeService(Service):
    def add_note(self, actor, text: str):
        with self.tx(actor, ProbePermission.USE_PROBE) as tx:
            note = ProbeNote(text=text)
            tx.session.add(note)
            tx.audit("create", note, entity="probe_notes")
            return tx.change

    def notes(self, actor) -> list[str]:
        with self.read(actor, ProbePermission.USE_PROBE) as session:
            return list(session.scalars(select(ProbeNote.text).order_by(ProbeNote.id)))


MIGRATION = """
import sqlalchemy as sa
from alembic import op

revision = "p001"
down_revision = "0001"
branch_labels = ("probe",)
depends_on = None


def upgrade():
    op.create_table(
        "probe_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("text", sa.String(100), nullable=False),
    )


def downgrade():
    op.drop_table("probe_notes")
"""

# --- its UI half: a tab and a tour page ----------------------------------------------


class ProbeTab(FeatureTab):
    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = QStandardItemModel(0, 1, self)
        self.table = QTableView()
        self.table.setObjectName("probeNotes")
        self.table.setModel(self.model)
        QVBoxLayout(self).addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for text in self.ctx.services.probe.notes(self.ctx.actor):
            self.model.appendRow(QStandardItem(text))

    def title_suffix(self) -> str:
        return str(self.model.rowCount())


def _probe_page(ctx) -> QLabel:
    label = QLabel("probe page")
    label.setWindowTitle("Probe")
    return label


UI_FEATURE = UiFeature(
    tabs=(
        TabSpec(
            "probe",
            lambda: "Probe",
            ProbeTab,
            lambda ctx: ctx.actor.can(ProbePermission.USE_PROBE),
            frozenset({"probe_notes"}),
            order=35,
        ),
    ),
    tour=(__name__,),
)
DIALOGS = [("probe-page", _probe_page)]

# --- its command line --------------------------------------------------------------


def register(sub) -> None:
    p = sub.add_parser("probe-note", help="add a note to the probe feature")
    p.add_argument("text", help="the note")
    p.set_defaults(func=_cmd_probe_note)


def _cmd_probe_note(args) -> int:
    from cli.common import cli_actor, open_services

    services = open_services(args, create=True)  # it brings data in
    try:
        services.probe.add_note(cli_actor(), args.text)
        print("note added")
    finally:
        services.db.dispose()
    return 0


# --- the tests ---------------------------------------------------------------------


@pytest.fixture
def probe(tmp_path, register_features):
    versions = tmp_path / "probe_versions"
    versions.mkdir()
    (versions / "p001_probe.py").write_text(textwrap.dedent(MIGRATION), encoding="utf-8")
    feature = Feature(
        name="probe",
        models=(__name__,),
        migrations=versions,
        permissions=(ProbePermission,),
        grants={Role.FINANCE: {ProbePermission.USE_PROBE}},
        services={"probe": f"{__name__}:ProbeService"},
        ui=__name__,
        cli=(__name__,),
    )
    register_features(feature)
    return feature


@pytest.fixture(params=["sqlite", "postgresql"])
def probe_services(request, probe, tmp_path):
    """A database made by the migrations of every registered feature, the probe's too."""
    from app.database import prepare_database
    from app.services import Services
    from db.engine import sqlite_url
    from db.migrate import upgrade

    if request.param == "sqlite":
        db = prepare_database(sqlite_url(tmp_path / "probe.sqlite3"))
        yield Services(db)
        db.dispose()
        return
    with postgres_schema_database(create_tables=False) as db:
        upgrade(db, version_locations())
        yield Services(db)


def test_permission_granted_to_one_role_refused_to_others(probe_services):
    actors = make_actors(probe_services)
    assert probe_services.probe.add_note(actors["finance"], "from finance").entities
    assert probe_services.probe.add_note(actors["admin"], "from admin").entities
    for role in ("manager", "staff", "service"):
        with pytest.raises(PermissionDenied):
            probe_services.probe.add_note(actors[role], f"from {role}")
        with pytest.raises(PermissionDenied):
            probe_services.probe.notes(actors[role])
    assert probe_services.probe.notes(actors["finance"]) == ["from finance", "from admin"]


def test_tab_shown_to_the_granted_role_only(qtbot, probe, tmp_path):
    from app.database import prepare_database
    from app.services import Services
    from app.settings import Settings
    from db.engine import sqlite_url
    from ui.context import ChangeBus, UiContext
    from ui.main_window import MainWindow

    db = prepare_database(sqlite_url(tmp_path / "probe.sqlite3"))
    services = Services(db)
    actors = make_actors(services)
    services.probe.add_note(actors["finance"], "first")
    bus = ChangeBus()
    try:
        for role in ("admin", "manager", "staff", "service", "finance"):
            ctx = UiContext(services=services, actor=actors[role], settings=Settings(), bus=bus)
            window = MainWindow(ctx)
            qtbot.addWidget(window)
            keys = [spec.key for spec in window.specs]
            assert ("probe" in keys) == (role in ("admin", "finance")), role
            if "probe" not in keys:
                assert window.tab("probe") is None
                continue
            # Between Budget vs spend (30) and Budget (40), by its declared order.
            assert keys.index("probe") == keys.index("budget") - 1
            tab = window.tab("probe")
            before = len(services.probe.notes(actors[role]))
            assert isinstance(tab, ProbeTab) and tab.model.rowCount() == before
            index = keys.index("probe")
            assert window.tab_widget.tabText(index) == f"Probe ({before})"
            # A change of the entity it shows refreshes it and its title.
            bus.publish(services.probe.add_note(actors[role], role))
            assert tab.model.rowCount() == before + 1
            assert window.tab_widget.tabText(index) == f"Probe ({before + 1})"
            window.close()
    finally:
        db.dispose()


def test_tour_renders_its_page(qtbot, probe, ui_context, tmp_path):
    from ui.tour import _grab
    from ui.tour_registry import tour_dialogs

    pages = dict(tour_dialogs())
    assert "probe-page" in pages and "users" in pages  # beside the real features' pages
    widget = pages["probe-page"](ui_context("finance"))
    qtbot.addWidget(widget)
    path = tmp_path / "en-dialog-probe-page.png"
    _grab(widget, path)
    assert path.stat().st_size > 0


def test_command_in_help_and_runs(probe, tmp_path, capsys):
    from main import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    assert "probe-note" in capsys.readouterr().out

    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert main(["--db", url, "probe-note", "hello"]) == 0
    assert capsys.readouterr().out.strip() == "note added"


def test_registration_ends_with_the_block(tmp_path):
    from app.features import temporary_features
    from cli import build_parser
    from ui.tabs import tabs

    feature = Feature(
        name="probe",
        migrations=tmp_path,
        permissions=(ProbePermission,),
        grants={Role.FINANCE: {ProbePermission.USE_PROBE}},
        ui=__name__,
        cli=(__name__,),
    )
    with temporary_features(feature):
        assert features()[-1] is feature
        assert ProbePermission.USE_PROBE in role_permissions()[Role.FINANCE]
        assert ProbePermission.USE_PROBE in role_permissions()[Role.ADMIN]
        assert "probe" in [spec.key for spec in tabs()]
        assert tmp_path in version_locations()
        assert "probe-note" in build_parser().format_help()
    assert feature not in features()
    assert ProbePermission.USE_PROBE not in role_permissions()[Role.ADMIN]
    assert "probe" not in [spec.key for spec in tabs()]
    assert tmp_path not in version_locations()
    assert "probe-note" not in build_parser().format_help()


def test_two_features_cannot_claim_one_permission():
    from app.customers.permissions import CustomerPermission
    from app.features import temporary_features

    clash = Feature(name="clash", permissions=(CustomerPermission,))
    with pytest.raises(ValueError, match="customers.view"), temporary_features(clash):
        pass
    assert clash not in features()
