"""Print actions for the claims tab: preview and print, save PDF, batch print, verify.

    actions = install_claim_print_actions(tab, ctx)

The tab provides `selected_claim_ids() -> list[int]`. The actions are added to
the tab (so their shortcuts work there) and to its `print_menu` (QMenu) if it
has one, else to its `toolbar` (QToolBar); `actions.actions()` lists them. A tab
with a `signature_provider` attribute gets the signature pad as provider.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import ServiceError
from app.tasks import Cancelled
from ui.context import UiContext
from ui.printing.pdf_files import ask_pdf_path, show_write_error
from ui.printing.pdf_paint import print_pdf, printed_to
from ui.printing.signature_pad import ask_signature
from ui.printing.verify_dialog import VerifyFormDialog
from ui.widgets.messages import show_error
from ui.widgets.tasks import run_with_progress

A5_KEY = "printing/a5_landscape"
# The preview keeps every page as an image: more claims go to a PDF instead.
PREVIEW_LIMIT = 50


class ClaimPrintActions(QObject):
    def __init__(self, tab: QWidget, ctx: UiContext) -> None:
        super().__init__(tab)
        self.tab = tab
        self.ctx = ctx
        self.last_export: tuple[Path, object] | None = None
        self.preview_action = self._action(
            self.tr("Print pre&view…"), self.preview, QKeySequence.StandardKey.Print
        )
        self.print_action = self._action(
            self.tr("P&rint…"), self.print_directly, QKeySequence("Ctrl+Alt+P")
        )
        self.save_action = self._action(
            self.tr("Save as &PDF…"), self.save_pdf, QKeySequence("Ctrl+Shift+S")
        )
        self.batch_action = self._action(
            self.tr("&Batch print to one PDF…"), self.batch_pdf, QKeySequence("Ctrl+Shift+P")
        )
        self.verify_action = self._action(
            self.tr("&Verify printed form…"), self.verify, QKeySequence("Ctrl+Shift+V")
        )
        self.a5_action = QAction(self.tr("A5 landscape paper"), tab)
        self.a5_action.setCheckable(True)
        self.a5_action.setChecked(bool(ctx.qsettings().value(A5_KEY, False, type=bool)))
        self.a5_action.toggled.connect(lambda on: self.ctx.qsettings().setValue(A5_KEY, bool(on)))
        tab.addAction(self.a5_action)
        menu = getattr(tab, "print_menu", None)
        toolbar = getattr(tab, "toolbar", None)
        if menu is not None:
            menu.addActions(
                [self.preview_action, self.print_action, self.save_action, self.batch_action]
            )
            menu.addSeparator()
            menu.addAction(self.a5_action)
            menu.addSeparator()
            menu.addAction(self.verify_action)
        elif toolbar is not None:
            toolbar.addSeparator()
            for action in (
                self.preview_action,
                self.print_action,
                self.save_action,
                self.batch_action,
                self.verify_action,
            ):
                toolbar.addAction(action)
        if hasattr(tab, "signature_provider"):
            tab.signature_provider = ask_signature

    def _action(self, text: str, slot, shortcut) -> QAction:
        action = QAction(text, self.tab)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{text.replace('&', '').rstrip('…')} "
            f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(slot)
        self.tab.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [
            self.preview_action,
            self.print_action,
            self.save_action,
            self.batch_action,
            self.verify_action,
            self.a5_action,
        ]

    # -- helpers -------------------------------------------------------------------
    @property
    def a5(self) -> bool:
        return self.a5_action.isChecked()

    def _selection(self) -> list[int]:
        ids = list(self.tab.selected_claim_ids())
        if not ids:
            QMessageBox.information(
                self.tab, self.tr("Print"), self.tr("Select one or more claims first.")
            )
        return ids

    def _render(self, ids: list[int]) -> bytes | None:
        """The PDF for preview or printing (not audited yet); None if cancelled."""
        printing, actor, a5 = self.ctx.services.printing, self.ctx.actor, self.a5
        try:
            return run_with_progress(
                self.tab,
                self.tr("Preparing the forms…"),
                lambda control: printing.preview_pdf(
                    actor, ids, a5=a5, progress=control.report, is_cancelled=control.cancelled
                ),
                title=self.tr("Print"),
                total=len(ids),
            )
        except Cancelled:
            return None
        except ServiceError as exc:
            show_error(self.tab, exc)
            return None

    def _record(self, ids: list[int], printer: QPrinter) -> None:
        try:
            self.ctx.services.printing.record_print(
                self.ctx.actor, ids, f"printer: {printed_to(printer)}"
            )
        except ServiceError as exc:
            show_error(self.tab, exc)

    # -- actions -------------------------------------------------------------------
    def preview(self) -> None:
        ids = self._selection()
        if not ids:
            return
        if len(ids) > PREVIEW_LIMIT:
            QMessageBox.information(
                self.tab,
                self.tr("Print preview"),
                self.tr(
                    "The preview shows up to %1 claims at a time (%2 are selected). Use "
                    '"Batch print to one PDF" for large selections, or select fewer claims.'
                )
                .replace("%1", str(PREVIEW_LIMIT))
                .replace("%2", str(len(ids))),
            )
            return
        self._print(ids, preview=True)

    def print_directly(self) -> None:
        """The system print dialog without a preview."""
        ids = self._selection()
        if ids:
            self._print(ids, preview=False)

    def _print(self, ids: list[int], *, preview: bool) -> None:
        """Render the forms, show the preview or the print dialog, record what was printed."""
        data = self._render(ids)
        if data is None:
            return
        printer = print_pdf(self.tab, data, preview=preview, title=self.tr("Print preview"))
        if printer is not None:
            self._record(ids, printer)

    def _ask_path(self, default_name: str) -> Path | None:
        return ask_pdf_path(self.tab, self.ctx, default_name)

    def _export(self, ids: list[int], target: Path) -> bool:
        printing, actor, a5 = self.ctx.services.printing, self.ctx.actor, self.a5
        try:
            result = run_with_progress(
                self.tab,
                self.tr("Writing %s…") % target.name,
                lambda control: printing.export_pdf(
                    actor,
                    ids,
                    target,
                    a5=a5,
                    progress=control.report,
                    is_cancelled=control.cancelled,
                ),
                title=self.tr("Print"),
                total=len(ids),
            )
        except Cancelled:
            return False
        except ServiceError as exc:
            show_error(self.tab, exc)
            return False
        except OSError as exc:
            show_write_error(self.tab, target, exc)
            return False
        self.ctx.bus.publish(result.change)
        self.last_export = (target, result)
        return True

    def save_pdf(self) -> None:
        ids = self._selection()
        if not ids:
            return
        if len(ids) == 1:
            try:
                name = f"{self.ctx.services.printing.numbers(self.ctx.actor, ids)[ids[0]]}.pdf"
            except ServiceError as exc:
                show_error(self.tab, exc)
                return
        else:
            name = self.tr("claims-%d.pdf") % len(ids)
        target = self._ask_path(name)
        if target is not None:
            self._export(ids, target)

    def batch_pdf(self) -> None:
        ids = self._selection()
        if not ids:
            return
        target = self._ask_path(self.tr("claims-%d.pdf") % len(ids))
        if target is not None and self._export(ids, target):
            QMessageBox.information(
                self.tab,
                self.tr("Batch print"),
                self.tr("%1 claim form(s), %2 page(s) written to %3.")
                .replace("%1", str(self.last_export[1].claims))
                .replace("%2", str(self.last_export[1].pages))
                .replace("%3", str(target)),
            )

    def verify(self) -> None:
        dialog = VerifyFormDialog(self.ctx, self.tab)
        dialog.exec()
        dialog.deleteLater()


def install_claim_print_actions(tab: QWidget, ctx: UiContext) -> ClaimPrintActions:
    """Add the print actions to a claims tab that has `selected_claim_ids()`."""
    actions = ClaimPrintActions(tab, ctx)
    tab._claim_print_actions = actions  # keep a reference with the tab
    return actions
