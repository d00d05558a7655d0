"""GUI start-up and the signed-in session, in one explicit sequence.

run_gui: QApplication -> crash hook -> translations -> first-run choice -> the
sign-in window, shown at once, while a thread imports the data layer and opens
(migrates) the database -> first administrator or sign-in -> forced password
change -> daily backup -> main window (its first tab built) with idle lock.
Sign-out and idle lock loop back to the sign-in dialog.

Nothing before the sign-in window imports SQLAlchemy (tests/platform/
test_fast_start.py checks it): a user judges start-up by the first window.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QThread, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.errors import ServiceError
from app.paths import APPLICATION, ORGANIZATION, data_dir, resources_dir
from app.settings import Settings

translate = QCoreApplication.translate

# What the sign-in window does not need is imported after it, where it is used: the
# Qt namespace (whose first use builds every one of its enums, ~15 ms), the other
# dialogs, the backup, the roles.
if TYPE_CHECKING:
    from app.context import Actor
    from app.services import Services
    from ui.context import UiContext

log = logging.getLogger(__name__)

# The data layer starts loading when the sign-in window has painted, or after this
# long if it is not painted (a window started minimised).
LOAD_ANYWAY_MS = 500


def create_qapplication(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    # Per-user UI state (geometry, column widths) lives in the data folder as an INI
    # file, next to the database it belongs to, rather than in the registry.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir()))
    icon = resources_dir() / "icons" / "marketdesk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _open_services(url: str, settings: Settings) -> Services:
    """The database at `url`, migrated (after a backup), and its services."""
    from app.database import prepare_database, refuse_missing_file
    from app.meta import refuse_plaintext_passwords
    from app.services import Services

    refuse_missing_file(url)  # a mistyped --db path must not become a new, empty database
    db = prepare_database(url, retention=settings.get("backup_retention"))
    try:
        refuse_plaintext_passwords(db)
    except ServiceError:
        db.dispose()
        raise
    return Services(db)


def _open_database(url: str, settings: Settings, first_run_choice: int):
    services = _open_services(url, settings)
    from ui.first_run import FirstRunDialog

    if first_run_choice == FirstRunDialog.DEMO and not services.users.has_users():
        _build_demo_with_progress(services)
    return services


def database_error_message(exc: Exception, url: str) -> str:
    """What the user is told when the database cannot be opened (one message,
    without credentials; the traceback goes to the log)."""
    if isinstance(exc, ServiceError):
        return exc.message
    from app.redaction import redact_text, redact_url
    from app.service import classify_db_error

    classified = classify_db_error(exc)
    log.error("cannot open database %s", redact_url(url), exc_info=exc)
    message = classified.message if classified else f"{exc.__class__.__name__}: {exc}"
    return redact_text(message)


class DatabaseLoader(QThread):
    """Imports the data layer and opens the database off the GUI thread, while the
    sign-in window takes the user's name and password. The thread imports and
    queries only; every widget is made on the GUI thread, from `opened`."""

    opened = Signal()

    def __init__(self, url: str, settings: Settings) -> None:
        super().__init__()
        self.url = url
        self.settings = settings
        self.services: Services | None = None
        self.error: Exception | None = None
        self.has_users = False
        self.demo_accounts: list[dict] = []
        self.location = ""
        # Set by the GUI thread when the user signs in: stop preloading.
        self.hurry = threading.Event()

    def run(self) -> None:
        try:
            services = _open_services(self.url, self.settings)
            from app.meta import demo_accounts

            self.has_users = services.users.has_users()
            self.demo_accounts = demo_accounts(services.db) if self.has_users else []
            self.location = services.db.display_location()
            self.services = services
        except Exception as exc:  # shown by the GUI thread, see database_error_message
            self.error = exc
            self.opened.emit()
            return
        self.opened.emit()
        self._preload_while_typing()

    def _preload_while_typing(self) -> None:
        """While the user types: the log file, the main window's and the first tab's
        modules and models, one module at a time, so that signing in then only
        builds widgets and the first tab fills at once. The moment the user signs
        in (`hurry`) it stops: what is left loads when it is used, and the main
        window never waits for a module it does not need to show itself."""
        from app.logging_setup import open_held_log
        from db.sqlalchemy_private import mapper_configuration_lock

        open_held_log()
        # Without SQLAlchemy's lock a model imported halfway could meet the
        # sign-in's mapper configuration: then nothing is preloaded.
        lock = mapper_configuration_lock()
        if lock is None:
            return
        if self.hurry.is_set():
            return
        with lock:  # the tabs' declarations import the features' ui modules
            names = self._modules_to_preload()
        for name in names:
            if self.hurry.is_set():
                return
            with lock:  # a model module whole, before anyone configures mappers
                try:
                    importlib.import_module(name)
                except Exception:  # reported where it is used
                    log.exception("preloading %s", name)
                    return
        if self.hurry.is_set():
            return
        with lock:
            from sqlalchemy.orm import configure_mappers

            try:
                configure_mappers()
            except Exception:  # the main window reports it when it builds
                log.exception("configuring the first tab's models")

    def _modules_to_preload(self) -> list[str]:
        """The main window's module, the first tab's models, and the modules it
        reads through."""
        try:
            from ui.tabs import tabs

            specs = tabs()
        except Exception:  # the main window reports it when it builds
            log.exception("preparing the main window")
            return []
        names = ["ui.main_window"]
        if specs:
            names += getattr(specs[0].entities, "modules", ())
            names += specs[0].preload_modules()
        return names


def _build_demo_with_progress(services: Services) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    from app.demo import build_demo, progress_text

    progress = QProgressDialog(translate("Application", "Building the demo database..."), "", 0, 0)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.show()

    def report(step: str, done: int, total: int) -> None:
        progress.setLabelText(
            translate("Application", "Building the demo database: %s")
            % progress_text(step, done, total)
        )
        QApplication.processEvents()

    try:
        build_demo(services.db, progress=report)
    finally:
        progress.close()


class Session:
    """The signed-in user's main window, idle lock, sign-out and language switch."""

    def __init__(self, app: QApplication, services: Services, settings: Settings) -> None:
        from ui.context import ChangeBus

        self.app = app
        self.services = services
        self.settings = settings
        self.bus = ChangeBus()
        self.window = None
        self.ctx: UiContext | None = None
        from ui.idle_lock import IdleLock

        self.idle = IdleLock(self._idle_lock_minutes)
        self.idle.lock_now.connect(self.lock)

    def _idle_lock_minutes(self) -> int:
        """The office's lock policy (app.office); no lock before anyone signed in."""
        if self.ctx is None:
            return 0
        return self.services.office_settings.current(self.ctx.actor).idle_lock_minutes

    def sign_in(self) -> Actor | None:
        from app.meta import demo_accounts
        from ui.login_dialog import CreateAdminDialog, LoginDialog

        if not self.services.users.has_users():
            dialog = CreateAdminDialog(self.services)
        else:
            dialog = LoginDialog(
                self.services,
                demo_accounts=demo_accounts(self.services.db),
                location=self.services.db.display_location(),
            )
        _automate(dialog)
        if not dialog.exec() or dialog.actor is None:
            return None
        return self.confirm(dialog.actor)

    def confirm(self, actor: Actor) -> Actor | None:
        """A password an administrator set must be replaced before anything else."""
        from ui.login_dialog import ChangePasswordDialog

        if (
            self.services.users.must_change_password(actor)
            and not ChangePasswordDialog(self.services, actor, forced=True).exec()
        ):
            return None
        return actor

    def start(self, actor: Actor | None = None) -> bool:
        """Sign in (unless `actor` already did, in the first window) and show the
        main window."""
        actor = self.confirm(actor) if actor is not None else self.sign_in()
        if actor is None:
            return False
        from ui.context import UiContext

        self.ctx = UiContext(
            services=self.services, actor=actor, settings=self.settings, bus=self.bus
        )
        self._show_main_window()
        from app.backup import daily_backup_due

        if daily_backup_due(self.services.db.sqlite_path, self.settings.get("daily_backup")):
            from app.maintenance import DAILY
            from ui.platform_actions import run_backup

            QTimer.singleShot(
                0, lambda: run_backup(self.services, self.settings, actor, self.window, DAILY)
            )
        return True

    def _show_main_window(self) -> None:
        from ui.main_window import MainWindow

        self.window = MainWindow(self.ctx)
        self.window.lock_requested.connect(self.lock)
        self.window.logout_requested.connect(self.sign_out)
        self.window.language_changed.connect(self.switch_language)
        self.window.show()
        _report_startup(self.window)

    def lock(self) -> None:
        from PySide6.QtCore import Qt

        from ui.login_dialog import LoginDialog

        if self.idle.locked or self.ctx is None:
            return
        self.idle.cover_windows()
        dialog = LoginDialog(self.services, locked_user=self.ctx.actor.username)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        unlocked = dialog.exec()
        self.idle.uncover_windows()
        if not unlocked:
            self.window.close()
            self.app.quit()

    def sign_out(self) -> None:
        if self.window is not None:
            self.window.save_state()
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if not self.start():
            self.app.quit()

    def switch_language(self, language: str) -> None:
        from app.i18n import install_translators, resolve_language

        install_translators(resolve_language(language))
        old = self.window
        old.save_state()
        self._show_main_window()
        old.hide()
        old.deleteLater()


def run_gui(args) -> int:
    from ui.pyside_private import speed_up_feature_scan

    speed_up_feature_scan()  # before the data layer's few hundred modules
    from app.database import env_url, resolve_url
    from app.i18n import install_translators, resolve_language
    from app.paths import default_db_path
    from ui import crash
    from ui.first_run import FirstRunDialog

    app = create_qapplication()
    crash.install(enabled=True)
    settings = Settings()
    install_translators(args.lang or resolve_language(settings.get("language")))
    url = resolve_url(args.db)
    if not args.db and not env_url() and not default_db_path().exists():
        # First start: a new or demo database, then its first administrator.
        from app.logging_setup import open_held_log

        open_held_log()
        dialog = FirstRunDialog(str(default_db_path()))
        if not dialog.exec():
            return 0
        try:
            services = _open_database(url, settings, dialog.choice)
        except Exception as exc:  # a folder that cannot be written...
            _cannot_open(database_error_message(exc, url))
            return 2
        return _run_session(app, services, settings, None)
    return _sign_in_while_loading(app, url, settings)


def _cannot_open(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, translate("Application", "Cannot open the database"), message)


def _sign_in_while_loading(app: QApplication, url: str, settings: Settings) -> int:
    """The sign-in window at once; the database opens behind it (DatabaseLoader),
    started once the window has painted, so that the loading thread does not compete
    with the first window for the interpreter."""
    from ui.login_dialog import LoginDialog

    dialog = LoginDialog(None)
    loader = DatabaseLoader(url, settings)

    stopped = []  # the loader closed the window: an error, or no account yet

    def opened() -> None:
        if not dialog.isVisible():
            return  # the user cancelled
        if loader.error is not None or not loader.has_users:  # (no users: an admin first)
            stopped.append(True)
            dialog.reject()
        else:
            assert loader.services is not None
            dialog.attach(loader.services, loader.demo_accounts, loader.location)

    bench_loaded = _report_login_window(dialog)

    def hurry() -> None:
        """The user signs in: the loading thread stops preloading. Once the database
        is open, the sign-in also waits for the module the thread is on, so that the
        two threads never import models at the same time (a model module takes
        SQLAlchemy's mapper lock inside Python's import lock: two threads taking
        them in opposite orders would wait for each other for ever)."""
        loader.hurry.set()
        if loader.services is not None:
            loader.wait()

    dialog.sign_in_requested.connect(hurry)

    def start_loading() -> None:
        if loader.isRunning() or loader.isFinished():
            return
        from PySide6.QtCore import Qt

        # What the sign-in window uses once the database is open, made on this
        # thread before the loading thread builds other Qt classes of its own.
        from PySide6.QtGui import QGuiApplication  # noqa: F401
        from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem  # noqa: F401

        queued = Qt.ConnectionType.QueuedConnection
        if bench_loaded is not None:  # (its slot first: before a sign-in runs)
            loader.opened.connect(bench_loaded, queued)
        loader.opened.connect(opened, queued)
        loader.start()

    # After the first paint; or soon anyway, should the window not be painted (started
    # minimised).
    dialog.first_painted.connect(lambda: QTimer.singleShot(0, start_loading))
    QTimer.singleShot(LOAD_ANYWAY_MS, start_loading)
    _automate(dialog)
    signed_in = bool(dialog.exec()) and dialog.actor is not None
    # The window closed (signed in, cancelled, or no account yet): no more preloading;
    # a database still opening is let finish.
    loader.hurry.set()
    loader.wait()
    from app.logging_setup import open_held_log

    open_held_log()  # (the loader opens the log file; unless it never started)
    services = loader.services
    if not signed_in and not stopped:  # the user cancelled
        if services is not None:
            services.db.dispose()
        return 0
    if loader.error is not None:
        _cannot_open(database_error_message(loader.error, url))
        return 2
    assert services is not None
    return _run_session(app, services, settings, dialog.actor if signed_in else None)


def _run_session(app: QApplication, services: Services, settings: Settings, actor) -> int:
    session = Session(app, services, settings)
    if not session.start(actor):
        services.db.dispose()
        return 0
    code = app.exec()
    services.db.dispose()
    return code


# --- benchmark automation ----------------------------------------------------------
# tests/benchmarks/bench_startup.py sets MARKETDESK_BENCH_LOGIN="user:password" and
# MARKETDESK_BENCH_T0 (the harness's clock at process spawn). The real login dialog
# is filled and submitted; once the main window's first tab has painted, the
# elapsed time is printed and the application quits. The harness times the
# password hash check on its own and subtracts it.


def _automate(dialog) -> None:
    login = os.environ.get("MARKETDESK_BENCH_LOGIN")
    if not login or not hasattr(dialog, "try_login"):
        return
    username, password = login.split(":", 1)

    def fill() -> None:
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.try_login()

    QTimer.singleShot(0, fill)


def _report_login_window(dialog):
    """MARKETDESK_BENCH_T0 set: print when the sign-in window has painted, and, once
    the database is open, the longest the window's event loop went without running
    a 10 ms timer while the data layer loaded (what a typing user would feel).
    Returns the slot for the loader's `opened`, or None without the benchmark."""
    t0 = os.environ.get("MARKETDESK_BENCH_T0")
    if not t0:
        return None
    import json

    figures: dict[str, float] = {"event_gap_max_s": 0.0}
    last = [time.perf_counter()]
    ticker = QTimer(dialog)
    ticker.setInterval(10)

    def tick() -> None:
        now = time.perf_counter()
        figures["event_gap_max_s"] = max(figures["event_gap_max_s"], now - last[0])
        last[0] = now

    def painted() -> None:
        dialog.repaint()
        figures["elapsed_s"] = time.time() - float(t0)
        last[0] = time.perf_counter()
        ticker.start()

    def loaded() -> None:
        ticker.stop()
        figures["loaded_s"] = time.time() - float(t0)
        print("BENCH_LOGIN " + json.dumps(figures), flush=True)

    ticker.timeout.connect(tick)
    QTimer.singleShot(0, painted)
    return loaded


def _report_startup(window) -> None:
    """Print when the main window has painted ("elapsed_s": what the user sees as
    start-up) and when its first tab has filled itself ("ready_s", the same for
    a tab that loads everything before it shows), then quit."""
    t0 = os.environ.get("MARKETDESK_BENCH_T0")
    if not t0:
        return
    import json

    from app.diagnostics import peak_rss_mb
    from ui.feature_tab import FeatureTab

    figures: dict[str, float] = {}

    def painted() -> None:
        window.repaint()
        figures["elapsed_s"] = time.time() - float(t0)
        QTimer.singleShot(0, ready)

    def ready() -> None:
        tab = window.tab_widget.currentWidget().findChild(FeatureTab)
        if tab is not None and tab.loading():
            QTimer.singleShot(10, ready)
            return
        window.repaint()
        figures["ready_s"] = time.time() - float(t0)
        figures["rss_mb"] = peak_rss_mb()
        print("BENCH " + json.dumps(figures), flush=True)
        QApplication.instance().quit()

    QTimer.singleShot(0, painted)
