"""`python main.py tour OUTDIR [--db URL]`: every tab and main dialog, in zh_CN and
en, rendered offscreen to PNG files, for looking at what was built.
"""

from __future__ import annotations

import logging
import os
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
    from app.context import Actor
    from app.database import prepare_database, resolve_url
    from app.demo import build_demo
    from app.i18n import install_translators
    from app.permissions import Role
    from app.services import Services
    from app.settings import Settings
    from ui import crash
    from ui.application import create_qapplication
    from ui.context import ChangeBus, UiContext
    from ui.main_window import MainWindow
    from ui.tour_registry import tour_dialogs

    outdir.mkdir(parents=True, exist_ok=True)
    app = create_qapplication()
    crash.install(enabled=False)
    if db_url is None:
        # Always a fresh demo: the tour must not touch the user's own database.
        folder = Path(tempfile.mkdtemp(prefix="marketdesk-tour-"))
        os.environ["MARKETDESK_DATA_DIR"] = str(folder)
        db_url = f"sqlite:///{folder / 'tour.sqlite3'}"
    db = prepare_database(resolve_url(db_url))
    services = Services(db)
    if not services.users.has_users():
        build_demo(db, scale=500)
    admin = next(u for u in services.users.list_users(Actor.command_line()) if u.role == Role.ADMIN)
    actor = Actor(
        user_id=admin.id,
        username=admin.username,
        role=admin.role,
        staff_id=admin.staff_id,
        display_name=admin.display_name,
    )
    ctx = UiContext(services=services, actor=actor, settings=Settings(), bus=ChangeBus())
    written: list[Path] = []
    for language in LANGUAGES:
        install_translators(language)
        window = MainWindow(ctx)
        window.resize(1366, 820)
        for index, spec in enumerate(window.specs):
            window.tab_widget.setCurrentIndex(index)
            path = outdir / f"{language}-tab-{index + 1:02d}-{spec.key}.png"
            _grab(window, path)
            written.append(path)
        for menu in (window.file_menu, window.tools_menu, window.help_menu):
            menu.popup(window.mapToGlobal(window.rect().topLeft()))
            QApplication.processEvents()
            path = outdir / f"{language}-menu-{menu.objectName() or len(written)}.png"
            menu.grab().save(str(path))
            written.append(path)
            menu.hide()
        window.close()
        for name, factory in tour_dialogs():
            widget = factory(ctx)
            path = outdir / f"{language}-dialog-{name}.png"
            _grab(widget, path)
            widget.close()
            widget.deleteLater()
            written.append(path)
    app.processEvents()
    db.dispose()
    return written
