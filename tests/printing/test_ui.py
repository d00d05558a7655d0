"""Printing in the GUI: signature pad, verify dialog, print preview, the claims-tab actions."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select, update

from db.models.audit import AuditEntry
from db.models.budget_claims import ClaimLine
from tests.printing.helpers import SIGNATURE_PNG, make_claim, poppler, preview_exec
from ui.printing.actions import install_claim_print_actions
from ui.printing.pdf_paint import PdfDocument, match_page_layout, paint_pdf
from ui.printing.signature_pad import SignaturePadDialog
from ui.printing.verify_dialog import VerifyFormDialog


class FakeClaimsTab(QWidget):
    """What a tab offers the print actions: a toolbar and the selection."""

    def __init__(self, ids):
        super().__init__()
        self.ids = ids
        self.toolbar = QToolBar()
        QVBoxLayout(self).addWidget(self.toolbar)

    def selected_claim_ids(self):
        return list(self.ids)


def pdf_pages(path) -> int:
    out = subprocess.run(
        [poppler("pdfinfo"), str(path)], check=True, capture_output=True, text=True
    ).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages")))


def print_rows(services):
    with services.db.session() as session:
        return [
            (a.entity_id, a.summary)
            for a in session.scalars(
                select(AuditEntry).where(AuditEntry.action == "print").order_by(AuditEntry.id)
            )
        ]


def drag(qtbot, widget, points):
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(widget, point)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=points[-1])


def test_signature_pad_draws_a_transparent_png(qtbot):
    dialog = SignaturePadDialog()
    qtbot.addWidget(dialog)
    dialog.pad.resize(600, 220)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.signature_png() is None and not ok.isEnabled()
    drag(
        qtbot,
        dialog.pad,
        [QPoint(40, 100), QPoint(90, 50), QPoint(140, 110), QPoint(200, 60), QPoint(260, 100)],
    )
    assert ok.isEnabled()
    png = dialog.signature_png()
    assert png is not None and png.startswith(b"\x89PNG")
    image = QImage.fromData(png)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # transparent background
    inked = sum(
        image.pixelColor(x, y).alpha() > 0
        for x in range(image.width())
        for y in range(image.height())
    )
    assert inked > 50
    # cropped to the strokes, not the whole pad
    assert image.width() < 900 and image.height() < 300
    dialog.clear_button.click()
    assert dialog.signature_png() is None and not ok.isEnabled()


def test_signature_pad_ink_choice_returns_no_image(qtbot):
    dialog = SignaturePadDialog()
    qtbot.addWidget(dialog)
    dialog.pad.resize(600, 220)
    drag(qtbot, dialog.pad, [QPoint(20, 20), QPoint(80, 80)])
    dialog.ink_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signature_png() is None


def test_verify_dialog_match_and_mismatch(qtbot, ui_context):
    ctx = ui_context("finance")
    staff = ui_context("staff").actor
    claim_id, number = make_claim(ctx.services.db, staff)
    code = ctx.services.printing.claim_form(ctx.actor, claim_id).verification_code
    dialog = VerifyFormDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code_edit, code.lower())
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert dialog.last_result.outcome == "match"
    assert number in dialog.result_label.text()
    with ctx.services.db.session() as session, session.begin():
        session.execute(
            update(ClaimLine).where(ClaimLine.claim_id == claim_id).values(amount_fen=1)
        )
    dialog.check_button.click()
    assert dialog.last_result.outcome == "mismatch"
    dialog.code_edit.setText("nonsense")
    dialog.check_button.click()
    assert dialog.last_result.outcome == "malformed"


def test_pdf_painted_onto_a_pdf_printer(qtbot, ui_context, tmp_path):
    ctx = ui_context("finance")
    ids = [make_claim(ctx.services.db, ctx.actor)[0] for _ in range(3)]
    document = PdfDocument(ctx.services.printing.preview_pdf(ctx.actor, ids, a5=True))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    match_page_layout(printer, document)
    assert printer.pageLayout().orientation().name == "Landscape"
    assert paint_pdf(printer, document) == 3
    document.close()
    assert pdf_pages(tmp_path / "printed.pdf") == 3


def test_print_preview_dialog_builds_the_pages(qtbot, ui_context, tmp_path):
    ctx = ui_context("manager")
    ids = [make_claim(ctx.services.db, ctx.actor, lines=2)[0] for _ in range(2)]
    document = PdfDocument(ctx.services.printing.preview_pdf(ctx.actor, ids))
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    match_page_layout(printer, document)
    dialog = QPrintPreviewDialog(printer)
    qtbot.addWidget(dialog)
    dialog.paintRequested.connect(lambda p: paint_pdf(p, document))
    widget = dialog.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() == 2
    document.close()


@pytest.fixture
def tab_with_claims(qtbot, ui_context):
    ctx = ui_context("finance")
    staff = ui_context("staff").actor
    ids = [
        make_claim(
            ctx.services.db,
            staff,
            lines=1 + i,
            approvals={"claimant": ("测试staff", SIGNATURE_PNG)},
        )[0]
        for i in range(4)
    ]
    tab = FakeClaimsTab(ids)
    qtbot.addWidget(tab)
    actions = install_claim_print_actions(tab, ctx)
    return tab, actions, ctx, ids


def test_actions_are_on_the_tab_with_shortcuts(tab_with_claims):
    tab, actions, _, _ = tab_with_claims
    assert actions.preview_action.shortcut().matches(
        __import__("PySide6.QtGui", fromlist=["QKeySequence"]).QKeySequence("Ctrl+P")
    )
    assert actions.preview_action in tab.actions()
    assert actions.batch_action in tab.toolbar.actions()
    assert actions.verify_action in tab.toolbar.actions()


def test_batch_print_writes_one_pdf_and_audits_each_claim(tab_with_claims, tmp_path, monkeypatch):
    _, actions, ctx, ids = tab_with_claims
    target = tmp_path / "batch"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    shown = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda *a, **k: shown.append(a[2]))
    )
    actions.batch_action.trigger()
    out = tmp_path / "batch.pdf"
    assert out.exists() and pdf_pages(out) == 4
    assert [row[0] for row in print_rows(ctx.services)] == [str(i) for i in ids]
    assert "4" in shown[0]


def test_preview_prints_and_audits_only_when_printed(tab_with_claims, monkeypatch):
    _, actions, ctx, _ = tab_with_claims
    counts: list[int] = []
    monkeypatch.setattr(
        QPrintPreviewDialog, "exec", preview_exec(QDialog.DialogCode.Rejected, counts)
    )
    actions.preview_action.trigger()
    assert counts == [4] and print_rows(ctx.services) == []
    monkeypatch.setattr(
        QPrintPreviewDialog, "exec", preview_exec(QDialog.DialogCode.Accepted, counts)
    )
    actions.preview_action.trigger()
    assert len(print_rows(ctx.services)) == 4
    assert all("printer:" in summary for _, summary in print_rows(ctx.services))


def test_direct_print_audits_only_when_printed(tab_with_claims, monkeypatch, tmp_path):
    _, actions, ctx, _ = tab_with_claims
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    actions.print_directly()
    assert print_rows(ctx.services) == []

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(tmp_path / "direct.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    actions.print_directly()
    assert pdf_pages(tmp_path / "direct.pdf") == 4
    assert len(print_rows(ctx.services)) == 4


def test_nothing_selected_says_so(tab_with_claims, monkeypatch):
    tab, actions, ctx, _ = tab_with_claims
    tab.ids = []
    shown = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda *a, **k: shown.append(a[2]))
    )
    actions.save_action.trigger()
    assert shown and print_rows(ctx.services) == []


def test_budget_report_saved_from_the_gui(qtbot, ui_context, tmp_path, monkeypatch):
    from ui.printing.budget_report import save_budget_report_pdf

    ctx = ui_context("finance")
    ctx.services.expense_categories.ensure_seed(ui_context("admin").actor)
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "report"), ""))
    )
    target = save_budget_report_pdf(parent, ctx, 2026, 6)
    assert target == tmp_path / "report.pdf" and pdf_pages(target) >= 1
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warned.append(a[2])))
    assert save_budget_report_pdf(parent, ui_context("staff"), 2026, 6) is None
    assert warned  # staff may not see the budget report


def test_tour_dialogs_build(qtbot, ui_context):
    from ui.printing.tour import DIALOGS

    ctx = ui_context("finance")
    for _name, factory in DIALOGS:
        widget = factory(ctx)
        qtbot.addWidget(widget)
        assert widget.windowTitle()


def test_signature_pad_accepts_pen_input(qtbot):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QPointingDevice, QTabletEvent
    from PySide6.QtWidgets import QApplication

    dialog = SignaturePadDialog()
    qtbot.addWidget(dialog)
    dialog.pad.resize(600, 220)
    pen = QPointingDevice.primaryPointingDevice()

    def tablet(kind, x, y, pressure):
        event = QTabletEvent(
            kind,
            pen,
            QPointF(x, y),
            QPointF(x, y),
            pressure,
            0,
            0,
            0,
            0,
            0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
        )
        QApplication.sendEvent(dialog.pad, event)
        assert event.isAccepted()

    tablet(QEvent.Type.TabletPress, 30, 100, 0.3)
    for i in range(1, 20):
        tablet(QEvent.Type.TabletMove, 30 + i * 12, 100 + (i % 4) * 15, 0.9)
    tablet(QEvent.Type.TabletRelease, 270, 100, 0.0)
    png = dialog.signature_png()
    assert png is not None and QImage.fromData(png).width() > 100


def test_cancelled_batch_writes_nothing(tab_with_claims, tmp_path, monkeypatch):
    from ui.widgets.tasks import BackgroundTask

    _, actions, ctx, _ = tab_with_claims
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "batch.pdf"), "")),
    )
    shown = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda *a, **k: shown.append(a[2]))
    )
    start = BackgroundTask.start
    # The user cancels before the first form is drawn.
    monkeypatch.setattr(BackgroundTask, "start", lambda self: (self.cancel(), start(self)))
    actions.batch_action.trigger()
    assert not (tmp_path / "batch.pdf").exists() and not list(tmp_path.glob("*.part"))
    assert print_rows(ctx.services) == [] and shown == []
