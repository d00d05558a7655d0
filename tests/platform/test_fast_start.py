"""The sign-in window comes first: it is shown before the data layer is imported,
the user types while the database opens in a thread, and a sign-in asked for
before then completes once the database is open."""

from __future__ import annotations

import argparse
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from app.meta import demo_accounts
from ui import application
from ui.login_dialog import LoginDialog

ROOT = Path(__file__).resolve().parents[2]

# Start the GUI on an existing database in a fresh interpreter; note, when the sign-in
# window is made, which heavy modules are already imported; then cancel.
PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    import ui.login_dialog as login

    HEAVY = (
        "sqlalchemy", "alembic", "numpy", "reportlab", "pyqtgraph", "openpyxl", "PIL",
        # what the sign-in window does not need either: the feature registry, the
        # roles, the migrations, the log file's handler, the backup
        "app.features", "app.permissions", "db.migrate", "logging.handlers", "app.backup",
    )

    made = login.LoginDialog.__init__
    def spy(self, *args, **kwargs):
        heavy = [m for m in HEAVY if m in sys.modules]
        print("HEAVY", ",".join(heavy) or "-", flush=True)
        made(self, *args, **kwargs)
        QTimer.singleShot(0, self.reject)
    login.LoginDialog.__init__ = spy
    import main
    sys.exit(main.main(["--db", sys.argv[1], "--lang", "en"]))
    """
)


def _gui_probe(tmp_path, script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`script` run in a fresh interpreter on a database with one account (boss);
    it gets the database's URL and `args`, and must exit 0."""
    from app.database import prepare_database
    from app.services import Services

    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    db = prepare_database(url)
    Services(db).users.create_first_admin("boss", "Boss", "Boss-pass-2026")
    db.dispose()
    out = subprocess.run(
        [sys.executable, "-c", script, url, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    return out


def test_the_sign_in_window_is_made_before_the_data_layer_is_imported(tmp_path):
    out = _gui_probe(tmp_path, PROBE)
    assert "HEAVY -" in out.stdout.splitlines()


def test_a_sign_in_asked_for_while_loading_completes_when_the_database_is_open(qtbot, ui_context):
    services = ui_context("admin").services
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin1")  # typing works while nothing is open
    qtbot.keyClicks(dialog.password, "secret-pass-1")
    dialog.try_login()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.error.isVisible()
    assert dialog.actor is None and dialog.result() == 0
    dialog.attach(services, demo_accounts(services.db), "test.sqlite3")
    assert dialog.actor is not None and dialog.actor.username == "admin1"
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert "test.sqlite3" in dialog.where.text()


def test_a_wrong_password_typed_while_loading_is_refused_once_open(qtbot, ui_context):
    services = ui_context("admin").services
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin1")
    dialog.password.setText("wrong-password-1")
    dialog.try_login()
    dialog.attach(services, [], "")
    assert dialog.actor is None and dialog.password.text() == ""
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_gui_signs_in_through_the_first_window(qtbot, tmp_path, monkeypatch):
    """run_gui on an existing database: the first window signs in and the session
    starts with that user, without a second sign-in."""
    from app.database import prepare_database
    from app.services import Services
    from ui import crash

    path = tmp_path / "office.sqlite3"
    db = prepare_database(f"sqlite:///{path}")
    Services(db).users.create_first_admin("boss", "Boss", "Boss-pass-2026")
    db.dispose()
    monkeypatch.setattr(crash, "install", lambda enabled: None)
    monkeypatch.setenv("MARKETDESK_BENCH_LOGIN", "boss:Boss-pass-2026")
    started = []
    monkeypatch.setattr(
        application.Session,
        "start",
        lambda self, actor=None: started.append(actor) or False,
    )
    args = argparse.Namespace(db=str(path), lang="en")
    assert application.run_gui(args) == 0
    assert [a.username for a in started] == ["boss"]


def test_an_empty_database_asks_for_its_administrator(qtbot, tmp_path, monkeypatch):
    from app.database import prepare_database
    from ui import crash

    path = tmp_path / "empty.sqlite3"
    prepare_database(f"sqlite:///{path}").dispose()
    monkeypatch.setattr(crash, "install", lambda enabled: None)
    started = []
    monkeypatch.setattr(
        application.Session,
        "start",
        lambda self, actor=None: started.append(actor) or False,
    )
    assert application.run_gui(argparse.Namespace(db=str(path), lang="en")) == 0
    assert started == [None]  # Session.sign_in then shows CreateAdminDialog


# A fresh interpreter: the user types into the sign-in window while the data layer is
# imported behind it (the GUI thread and the loading thread import side by side),
# then signs in; the session starts with that user.
TYPING_PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    import ui.login_dialog as login
    import ui.application as application

    typed = []
    made = login.LoginDialog.__init__
    def spy(self, *args, **kwargs):
        made(self, *args, **kwargs)
        def type_one():
            if self.services is None:  # still loading: keep typing
                QTest.keyClicks(self.username, "b")
                typed.append(1)
                return
            timer.stop()
            self.username.setText("boss")
            self.password.setText("Boss-pass-2026")
            self.try_login()
        timer = QTimer(self)
        timer.timeout.connect(type_one)
        timer.start(1)
    login.LoginDialog.__init__ = spy
    def start(self, actor=None):
        print("SIGNED_IN", actor.username, "TYPED", len(typed), flush=True)
        return False
    application.Session.start = start
    import main
    sys.exit(main.main(["--db", sys.argv[1], "--lang", "en"]))
    """
)


def test_typing_while_the_data_layer_loads_then_signing_in(tmp_path):
    out = _gui_probe(tmp_path, TYPING_PROBE)
    signed_in = [line.split() for line in out.stdout.splitlines() if line.startswith("SIGNED_IN")]
    assert signed_in and signed_in[0][1] == "boss"
    assert int(signed_in[0][3]) > 0  # keystrokes landed while the database was opening


def test_records_logged_before_the_log_file_opens_are_kept(tmp_path, monkeypatch):
    """The GUI holds its first log records until the sign-in window is up; none is lost."""
    import logging

    from app import logging_setup

    monkeypatch.setenv("MARKETDESK_DATA_DIR", str(tmp_path))
    root = logging.getLogger()
    saved = list(root.handlers)
    for handler in saved:
        root.removeHandler(handler)
    try:
        logging_setup.hold_logging()
        logging.getLogger("early").warning("before the file")
        assert not logging_setup.log_file_path().exists()
        logging_setup.open_held_log()
        logging.getLogger("late").warning("after the file")
        for handler in root.handlers:
            handler.flush()
        text = logging_setup.log_file_path().read_text(encoding="utf-8")
        assert text.index("before the file") < text.index("after the file")
        logging_setup.open_held_log()  # nothing held any more: no second handler
        assert sum(getattr(h, "_marketdesk", False) for h in root.handlers) == 1
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()
        for handler in saved:
            root.addHandler(handler)


# The loading thread goes on, while the user types, with the first tab's modules and
# models; the moment the user signs in it stops, and the main window does not wait
# for them (they load when the tab uses them).
PRELOAD_PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    import ui.login_dialog as login
    import ui.application as application

    at_once = sys.argv[2] == "at-once"
    preloaded = []
    preload = application.DatabaseLoader._preload_while_typing
    def spy_preload(self):
        preload(self)
        preloaded.append(1)
    application.DatabaseLoader._preload_while_typing = spy_preload

    made = login.LoginDialog.__init__
    def spy(self, *args, **kwargs):
        made(self, *args, **kwargs)
        def sign_in():
            if not at_once and not preloaded:  # typing slowly: the thread goes on
                return
            timer.stop()
            self.username.setText("boss")
            self.password.setText("Boss-pass-2026")
            self.try_login()
        timer = QTimer(self)
        timer.timeout.connect(sign_in)
        timer.start(5)
    login.LoginDialog.__init__ = spy

    def start(self, actor=None):
        from ui.tabs import tabs
        first = tabs()[0]
        models = [*first.entities.modules, *first.preload_modules()]
        missing = [m for m in models if m not in sys.modules]
        print("SIGNED_IN", actor.username, "MODELS", len(models), "MISSING", len(missing),
              "MAIN_WINDOW", "ui.main_window" in sys.modules, flush=True)
        return False
    application.Session.start = start
    import main
    sys.exit(main.main(["--db", sys.argv[1], "--lang", "en"]))
    """
)


def _preload_probe(tmp_path, mode: str) -> list[str]:
    out = _gui_probe(tmp_path, PRELOAD_PROBE, mode)
    lines = [line.split() for line in out.stdout.splitlines() if line.startswith("SIGNED_IN")]
    assert lines and lines[0][1] == "boss", out.stdout + out.stderr
    return lines[0]


def test_while_the_user_types_the_first_tabs_models_load_behind_the_window(tmp_path):
    line = _preload_probe(tmp_path, "typing")
    assert int(line[3]) >= 10  # the workbench reads many features' models and services
    assert line[5] == "0"  # every one of them loaded while the user typed
    assert line[7] == "True"


def test_signing_in_at_once_does_not_wait_for_the_first_tabs_models(tmp_path):
    line = _preload_probe(tmp_path, "at-once")
    assert int(line[5]) > 0  # left for the tab to load once the window shows
