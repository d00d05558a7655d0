"""`python main.py tour OUTDIR [--db URL]`: every tab and main dialog, in zh_CN and
en, rendered offscreen to PNG files, for looking at what was built.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")


def _grab(widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(path))
    log.info("tour: %s", path)


def run_tour(outdir: Path, db_url: str | None) -> list[Path]:
    """Render the tour; every temporary file it makes (the demo database with its
    made-up personal data, sample spreadsheets) is deleted before it returns."""
    scratch = Path(tempfile.mkdtemp(prefix="marketdesk-tour-"))
    saved_tempdir, saved_data_dir = tempfile.tempdir, os.environ.get("MARKETDESK_DATA_DIR")
    tempfile.tempdir = str(scratch)  # the tour pages' own temporary files land here too
    try:
        return _run_tour(outdir, db_url, scratch)
    finally:
        tempfile.tempdir = saved_tempdir
        if saved_data_dir is None:
            os.environ.pop("MARKETDESK_DATA_DIR", None)
        else:
            os.environ["MARKETDESK_DATA_DIR"] = saved_data_dir
        shutil.rmtree(scratch, ignore_errors=True)


def _actors(services) -> list:
    """One signed-in user per role with an account, the admin first: each role's tabs
    are shown as that role sees them (the admin's own 'my claims' is empty)."""
    from app.context import Actor
    from app.permissions import Role

    order = [Role.ADMIN, Role.MANAGER, Role.FINANCE, Role.STAFF, Role.SERVICE]
    users = [u for u in services.users.list_users(Actor.command_line()) if u.active]
    actors = []
    for role in order:
        user = next((u for u in users if u.role == role), None)
        if user is not None:
            actors.append(
                Actor(
                    user_id=user.id,
                    username=user.username,
                    role=user.role,
                    staff_id=user.staff_id,
                    display_name=user.display_name,
                )
            )
    return actors


def _run_tour(outdir: Path, db_url: str | None, scratch: Path) -> list[Path]:
    from app.database import prepare_database, resolve_url
    from app.demo import build_demo
    from app.i18n import install_translators
    from app.services import Services
    from app.settings import Settings
    from ui import crash
    from ui.application import create_qapplication
    from ui.context import ChangeBus, UiContext
    from ui.tour_registry import tour_dialogs

    outdir.mkdir(parents=True, exist_ok=True)
    app = create_qapplication()
    crash.install(enabled=False)
    if db_url is None:
        # Always a fresh demo: the tour must not touch the user's own database.
        os.environ["MARKETDESK_DATA_DIR"] = str(scratch)
        db_url = f"sqlite:///{scratch / 'tour.sqlite3'}"
    db = prepare_database(resolve_url(db_url))
    try:
        services = Services(db)
        if not services.users.has_users():
            build_demo(db, scale=500)
        actors = _actors(services)
        settings = Settings()
        contexts = [
            UiContext(services=services, actor=a, settings=settings, bus=ChangeBus())
            for a in actors
        ]
        written: list[Path] = []
        for language in LANGUAGES:
            install_translators(language)
            for ctx in contexts:
                written += _tabs(ctx, language, outdir, admin=ctx is contexts[0])
            for name, factory in tour_dialogs():
                widget = factory(contexts[0])
                path = outdir / f"{language}-dialog-{name}.png"
                _grab(widget, path)
                widget.close()
                widget.deleteLater()
                written.append(path)
        app.processEvents()
        return written
    finally:
        db.dispose()


def _tabs(ctx, language: str, outdir: Path, *, admin: bool) -> list[Path]:
    """The main window's tabs as `ctx`'s user sees them (the admin's keep their old
    names), and for the admin the menus."""
    from ui.main_window import MainWindow

    written: list[Path] = []
    window = MainWindow(ctx)
    window.resize(1366, 820)
    role = "" if admin else f"{ctx.actor.role}-"
    for index, spec in enumerate(window.specs):
        window.tab_widget.setCurrentIndex(index)
        path = outdir / f"{language}-{role}tab-{index + 1:02d}-{spec.key}.png"
        _grab(window, path)
        written.append(path)
    if admin:
        for menu in (window.file_menu, window.tools_menu, window.help_menu):
            menu.popup(window.mapToGlobal(window.rect().topLeft()))
            QApplication.processEvents()
            path = outdir / f"{language}-menu-{menu.objectName() or len(written)}.png"
            menu.grab().save(str(path))
            written.append(path)
            menu.hide()
    window.close()
    window.deleteLater()
    return written
