"""Save the budget vs. spend report as PDF (called from the budget tab)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.errors import ServiceError
from ui.context import UiContext
from ui.printing.pdf_files import ask_pdf_path, show_write_error
from ui.widgets.messages import show_error


def save_budget_report_pdf(
    parent: QWidget, ctx: UiContext, year: int, month: int, *, cumulative: bool = True
) -> Path | None:
    """Ask for a file name and write the report; returns the file, or None."""
    title = QCoreApplication.translate("BudgetReportPdf", "Save budget report as PDF")
    name = (
        QCoreApplication.translate("BudgetReportPdf", "budget-report-%1-%2.pdf")
        .replace("%1", str(year))
        .replace("%2", f"{month:02d}")
    )
    target = ask_pdf_path(parent, ctx, name, title)
    if target is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        change = ctx.services.printing.export_budget_report(
            ctx.actor, year, month, target, cumulative=cumulative
        )
    except ServiceError as exc:
        show_error(parent, exc)
        return None
    except OSError as exc:
        show_write_error(parent, target, exc, title)
        return None
    finally:
        QApplication.restoreOverrideCursor()
    ctx.bus.publish(change)
    return target
