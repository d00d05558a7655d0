"""The one background-task helper: progress, cancel, errors, and a cancelled write
that leaves the database as it was."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton

from app.errors import ServiceError, ValidationError
from app.tasks import Cancelled, TaskControl
from ui.widgets.tasks import BackgroundTask, run_with_progress


def test_control_without_callbacks_reports_nothing_and_is_never_cancelled():
    control = TaskControl()
    control.report(3, 10)
    assert not control.cancelled()
    control.check()  # does not raise


def test_control_check_raises_cancelled_once_asked():
    asked = []
    control = TaskControl(lambda done, total: asked.append((done, total)), lambda: bool(asked))
    control.check()
    control.report(1)
    assert asked == [(1, 0)]
    with pytest.raises(Cancelled) as caught:
        control.check()
    assert isinstance(caught.value, ServiceError) and caught.value.message


def test_feature_cancellations_are_task_cancellations():
    from app.backup import BackupCancelled, BackupError
    from app.customers_io.importer import ImportCancelled
    from app.customers_io.xlsx import ExportCancelled
    from app.printing import Cancelled as PrintCancelled

    for kind in (BackupCancelled, ImportCancelled, ExportCancelled, PrintCancelled):
        assert isinstance(kind(), Cancelled)
    assert isinstance(BackupCancelled(), BackupError)


def test_progress_arrives_on_the_gui_thread_then_the_result(qtbot):
    seen: list[tuple[int, int, bool]] = []
    gui = threading.current_thread()

    def work(control: TaskControl) -> str:
        assert threading.current_thread() is not gui
        for done in range(1, 4):
            control.report(done, 3)
        return "done"

    task = BackgroundTask(work)
    task.progressed.connect(
        lambda done, total: seen.append((done, total, threading.current_thread() is gui))
    )
    with qtbot.waitSignal(task.succeeded, timeout=5000) as result:
        task.start()
    assert result.args == ["done"]
    assert seen == [(1, 3, True), (2, 3, True), (3, 3, True)]
    assert task.outcome() == "done" and not task.running()


def test_cancel_stops_the_work_and_fails_with_cancelled(qtbot):
    started = threading.Event()
    steps: list[int] = []

    def work(control: TaskControl) -> int:
        started.set()
        for step in range(10_000):
            control.check()
            steps.append(step)
            threading.Event().wait(0.001)
        return len(steps)

    task = BackgroundTask(work)
    failures: list[ServiceError] = []
    task.failed.connect(failures.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
        assert started.wait(5)
        task.cancel()
    assert len(failures) == 1 and isinstance(failures[0], Cancelled)
    assert len(steps) < 10_000
    with pytest.raises(Cancelled):
        task.outcome()


def test_service_error_in_the_task_goes_to_failed(qtbot):
    def work(control: TaskControl) -> None:
        raise ValidationError("name", "A name is required.")

    task = BackgroundTask(work)
    succeeded: list[object] = []
    task.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(task.failed, timeout=5000) as failure:
        task.start()
    assert isinstance(failure.args[0], ValidationError) and succeeded == []


def test_unexpected_error_is_raised_on_the_gui_thread(qtbot):
    def work(control: TaskControl) -> None:
        raise RuntimeError("boom")

    task = BackgroundTask(work)
    with qtbot.captureExceptions() as raised, qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert [str(exc) for _, exc, _ in raised] == ["boom"]


def test_run_with_progress_returns_the_result_and_raises_errors(qtbot):
    assert run_with_progress(None, "Working", lambda control: (control.report(1, 2), 42)[1]) == 42
    with pytest.raises(ValidationError):
        run_with_progress(None, "Working", _refuse)
    with pytest.raises(RuntimeError, match="bug"):
        run_with_progress(None, "Working", _crash)


def _refuse(control: TaskControl) -> None:
    raise ValidationError("x", "no")


def _crash(control: TaskControl) -> None:
    raise RuntimeError("bug")


def test_run_with_progress_cancel_button_cancels(qtbot, monkeypatch):
    """The progress dialog's Cancel reaches the work, and the caller gets Cancelled."""
    dialogs: list[QProgressDialog] = []
    original = QProgressDialog.setValue

    def set_value(self, value):
        dialogs.append(self)
        original(self, value)

    monkeypatch.setattr(QProgressDialog, "setValue", set_value)

    def work(control: TaskControl) -> None:
        control.report(1, 5)
        for _ in range(5000):
            control.check()
            threading.Event().wait(0.002)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, lambda: dialogs[-1].findChild(QPushButton).click())
    with pytest.raises(Cancelled):
        run_with_progress(None, "Working", work, total=5)


def test_cancelled_import_in_the_background_leaves_the_database_unchanged(
    qtbot, services, actors, tmp_path
):
    from sqlalchemy import func, select

    from app.customers_io.importer import ImportService
    from db.models.audit import AuditEntry
    from db.models.customers import Customer
    from tests.customers_io.conftest import write_xlsx

    services.customers.ensure_seed_channels(actors["admin"])
    rows = [["姓名", "手机"]] + [[f"学员{i}", f"138{i:08d}"] for i in range(1, 40)]
    path = write_xlsx(tmp_path / "c.xlsx", rows)
    service = ImportService(services.db)
    preview = service.preview(actors["manager"], service.open_file(path))

    def count(model) -> int:
        with services.db.session() as session:
            return session.scalar(select(func.count()).select_from(model))

    audits = count(AuditEntry)
    checks: list[int] = []

    def user_cancels_once_writing(control: TaskControl) -> bool:
        checks.append(1)
        if len(checks) > 1:  # the insert has started: the user presses Cancel
            task.cancel()
        return control.cancelled()

    task = BackgroundTask(
        lambda control: service.run(
            actors["manager"],
            preview,
            progress=control.report,
            cancel=lambda: user_cancels_once_writing(control),
        )
    )
    with qtbot.waitSignal(task.failed, timeout=20_000) as failure:
        task.start()
    assert isinstance(failure.args[0], Cancelled)
    assert count(Customer) == 0 and count(AuditEntry) == audits


def test_backup_menu_action_runs_in_the_background_and_cancels(qtbot, tmp_path, monkeypatch):
    from app.backup import list_backups
    from app.database import prepare_database
    from app.services import Services
    from db.engine import sqlite_url
    from tests.conftest import make_actors
    from ui.platform_actions import run_backup

    db = prepare_database(sqlite_url(tmp_path / "office.sqlite3"))
    try:
        services = Services(db)
        admin = make_actors(services)["admin"]
        settings = {"backup_retention": 10}
        start = BackgroundTask.start
        monkeypatch.setattr(BackgroundTask, "start", lambda self: (self.cancel(), start(self)))
        assert run_backup(services, settings, admin, None, "manual") is None
        assert list_backups() == []
        monkeypatch.setattr(BackgroundTask, "start", start)
        path = run_backup(services, settings, admin, None, "manual")
        assert path is not None and path.exists() and list_backups() != []
    finally:
        db.dispose()
