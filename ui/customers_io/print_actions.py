"""Printing from the Customers tab: a customer's record from the detail dialog (print
preview Ctrl+P, print directly, or save as PDF), and the list of the current view or
the selection (print preview). What is printed is what the screen shows the user
(contacts masked for roles that may not see them); every print and file is audited."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton

from app.customers_io.record_print import RecordPrintService
from app.errors import ServiceError
from ui.context import UiContext
from ui.printing.pdf_files import ask_pdf_path, show_write_error
from ui.printing.pdf_paint import print_pdf, printed_to
from ui.widgets.messages import show_error


class RecordPrintActions(QObject):
    """The Print button and its menu in a CustomerDialog (which has `row`)."""

    def __init__(self, dialog, ctx: UiContext) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.ctx = ctx
        self.service = RecordPrintService(ctx.services.db)
        self.preview_action = self._action(
            self.tr("Print pre&view…"), self.preview, QKeySequence.StandardKey.Print
        )
        self.print_action = self._action(self.tr("P&rint…"), self.print_directly, None)
        self.save_action = self._action(self.tr("Save as &PDF…"), self.save_pdf, None)
        menu = QMenu(dialog)
        menu.addActions([self.preview_action, self.print_action, self.save_action])
        self.button = QPushButton(self.tr("Print…"))
        self.button.setObjectName("printRecord")
        self.button.setToolTip(self.tr("Print this customer's record (Ctrl+P)"))
        self.button.setMenu(menu)

    def _action(self, text: str, slot, shortcut) -> QAction:
        action = QAction(text, self.dialog)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.dialog.addAction(action)
        return action

    def _customer_id(self) -> int | None:
        row = getattr(self.dialog, "row", None)
        return row.id if row is not None else None

    def preview(self) -> None:
        self._print(preview=True)

    def print_directly(self) -> None:
        self._print(preview=False)

    def _print(self, *, preview: bool) -> None:
        customer_id = self._customer_id()
        if customer_id is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = self.service.record_pdf(self.ctx.actor, customer_id)
        except ServiceError as exc:
            show_error(self.dialog, exc)
            return
        finally:
            QApplication.restoreOverrideCursor()
        printer = print_pdf(self.dialog, data, preview=preview, title=self.tr("Print preview"))
        if printer is None:
            return
        try:
            change = self.service.record_print(
                self.ctx.actor, customer_id, f"printer: {printed_to(printer)}"
            )
        except ServiceError as exc:
            show_error(self.dialog, exc)
            return
        self.ctx.bus.publish(change)

    def save_pdf(self) -> None:
        customer_id = self._customer_id()
        if customer_id is None:
            return
        target = ask_pdf_path(
            self.dialog, self.ctx, self.tr("customer-%1.pdf").replace("%1", str(customer_id))
        )
        if target is None:
            return
        try:
            change = self.service.save_pdf(self.ctx.actor, customer_id, target)
        except ServiceError as exc:
            show_error(self.dialog, exc)
            return
        except OSError as exc:
            show_write_error(self.dialog, target, exc)
            return
        self.ctx.bus.publish(change)


def install_record_print(dialog, ctx: UiContext) -> None:
    """A Print button next to the dialog's Save button; for a new customer it is enabled
    once the customer is saved."""
    actions = RecordPrintActions(dialog, ctx)
    dialog.record_print = actions
    buttons = dialog.layout().itemAt(dialog.layout().count() - 1).layout()
    buttons.insertWidget(0, actions.button)

    def enable(customer_id: int | None = None) -> None:
        # `saved` is emitted with the new id before the dialog reloads its row.
        saved = customer_id is not None or getattr(dialog, "row", None) is not None
        actions.button.setEnabled(saved)
        for action in (actions.preview_action, actions.print_action, actions.save_action):
            action.setEnabled(saved)

    enable()
    dialog.saved.connect(enable)


def print_list(ctx: UiContext, parent, query, selected: list[int]) -> None:
    """Print preview of the customer list: the selection when several rows are selected,
    else the current view; audited when printed."""
    from app.customers_io.export import ExportOptions, ExportService
    from app.i18n import resolve_language

    language = resolve_language(str(ctx.settings.get("language")))
    options = (
        ExportOptions(ids=list(selected), language=language)
        if len(selected) > 1
        else ExportOptions(query=query, language=language)
    )
    service = ExportService(ctx.services.db)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        data, count = service.list_pdf(ctx.actor, options)
    except ServiceError as exc:
        show_error(parent, exc)
        return
    finally:
        QApplication.restoreOverrideCursor()
    if count == 0:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("RecordPrintActions", "Print"),
            QCoreApplication.translate(
                "RecordPrintActions", "No customers to print: clear the search or the filters."
            ),
        )
        return
    printer = print_pdf(
        parent,
        data,
        preview=True,
        title=QCoreApplication.translate("RecordPrintActions", "Print preview"),
    )
    if printer is None:
        return
    try:
        change = service.record_list_print(
            ctx.actor, options, count, f"printer: {printed_to(printer)}"
        )
    except ServiceError as exc:
        show_error(parent, exc)
        return
    ctx.bus.publish(change)
