"""Global exception hook: log the traceback, show a dialog with a copyable report.

Expected refusals (ServiceError) are shown as plain messages; anything else is a
bug. Committed data is never at risk: every service commits or rolls back as a
whole before the exception reaches here.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QApplication, QDialog

from app.errors import ServiceError
from app.logging_setup import log_file_path

# The hook is installed before the first window: what only a crash needs (the
# dialog's widgets, platform, the redaction patterns) is imported when one happens.

translate = QCoreApplication.translate

log = logging.getLogger("crash")
_enabled = True


class CrashDialog(QDialog):
    def __init__(self, report: str, parent=None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

        super().__init__(parent)
        self.setWindowTitle(translate("CrashDialog", "Unexpected error"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        label = QLabel(
            translate(
                "CrashDialog",
                "MarketDesk hit an unexpected error. Your saved data is safe; the "
                "last action may not have been completed.\nThe details below were "
                "written to the log file:",
            )
            + f"\n{log_file_path()}"
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            translate("CrashDialog", "Copy report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        save = buttons.addButton(
            translate("CrashDialog", "Save report for IT..."),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        save.setObjectName("saveReport")
        save.clicked.connect(self.save_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.report = report

    def save_report(self) -> Path | None:
        """A zip to e-mail: the error, the versions and the end of the log, without
        credentials or personal data (app.crash_report)."""
        import datetime as dt

        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from app.crash_report import write_crash_zip
        from app.errors import ServiceError

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation)
        name = f"marketdesk-report-{dt.datetime.now():%Y%m%d-%H%M%S}.zip"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("CrashDialog", "Save report for IT"),
            str(Path(folder) / name),
            translate("CrashDialog", "Zip files (*.zip)"),
        )
        if not chosen:
            return None
        try:
            path = write_crash_zip(Path(chosen), self.report, versions(), log_file_path())
        except (OSError, ServiceError) as exc:
            reason = exc.message if isinstance(exc, ServiceError) else str(exc)
            QMessageBox.warning(self, translate("CrashDialog", "Save report for IT"), reason)
            return None
        QMessageBox.information(
            self,
            translate("CrashDialog", "Save report for IT"),
            translate(
                "CrashDialog",
                "The report was saved as %s. E-mail this file to your IT contact; it holds "
                "no passwords and no customers' data.",
            )
            % path,
        )
        return path


def versions() -> dict[str, str]:
    """What the report says about the installation."""
    import platform

    from PySide6 import __version__ as pyside_version
    from sqlalchemy import __version__ as sqlalchemy_version

    from app.diagnostics import app_version

    return {
        "MarketDesk": app_version(),
        "bundle": "PyInstaller" if getattr(sys, "frozen", False) else "Python environment",
        "Python": platform.python_version(),
        "Qt": qVersion(),
        "PySide6": pyside_version,
        "SQLAlchemy": sqlalchemy_version,
        "system": platform.platform(),
    }


def format_report(exc_type, exc, tb) -> str:
    import platform

    from app.diagnostics import app_version
    from app.redaction import redact_text

    header = (
        f"MarketDesk {app_version()}, Python {platform.python_version()}, "
        f"Qt {qVersion()}, {platform.platform()}\n"
    )
    # The report is shown, copied and mailed: no passwords, no customers' data.
    return header + redact_text("".join(traceback.format_exception(exc_type, exc, tb)))


def excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report = format_report(exc_type, exc, tb)
    if isinstance(exc, ServiceError):
        log.warning("unhandled service error: %s", exc)
        from ui.widgets.messages import show_error

        show_error(QApplication.activeWindow(), exc)
        return
    log.error("unhandled exception\n%s", report)
    if _enabled and QApplication.instance() is not None:
        CrashDialog(report, QApplication.activeWindow()).exec()
    else:
        sys.__excepthook__(exc_type, exc, tb)


def install(enabled: bool = True) -> None:
    """enabled=False (tests, tour) logs and re-raises instead of showing a dialog."""
    global _enabled
    _enabled = enabled
    sys.excepthook = excepthook
