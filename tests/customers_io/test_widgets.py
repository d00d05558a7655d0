"""The import wizard, export dialog, booth window and bundle dialog driven with qtbot."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from python_calamine import load_workbook
from sqlalchemy import func, select

from app.customers.rows import CustomerInput
from db.models.customers import Customer, FollowUp
from tests.customers_io.conftest import write_xlsx
from ui.customers_io.booth_window import BoothWindow
from ui.customers_io.export_dialog import ExportDialog
from ui.customers_io.import_dialog import (
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    ImportDialog,
)
from ui.customers_io.preview_model import PROBLEMS


@pytest.fixture
def messages(monkeypatch):
    """Message boxes are recorded instead of blocking the test."""
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            staticmethod(
                lambda _parent, title, text, *a, _k=kind, **kw: (
                    shown.append((_k, text)) or QMessageBox.StandardButton.Yes
                )
            ),
        )
    return shown


def _count(ctx, model=Customer) -> int:
    with ctx.services.db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def _file(tmp_path):
    return write_xlsx(
        tmp_path / "leads.xlsx",
        [
            ["秋季招生"],
            ["姓名", "电话", "联系人", "备注"],
            ["陈思远", 13812345678, "陈父", "周末"],
            ["王浩然", "1381234", "", ""],
            ["陈思远", "138 1234 5678", "", "想试听"],
        ],
    )


def test_import_wizard_end_to_end(qtbot, ui_context, tmp_path, qtmodeltester, messages):
    ctx = ui_context("manager")
    ctx.services.customers.ensure_seed_channels(ctx.actor)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(_file(tmp_path)))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == PAGE_MAPPING
    assert dialog.mapping() == ["name", "mobile", None, "notes"]
    dialog.set_mapping(2, "guardian_name")  # the user corrects the mapping
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_PREVIEW, timeout=10000)
    qtmodeltester.check(dialog.preview_model)
    model = dialog.preview_model
    assert [model.result_at(r).status for r in range(model.rowCount())] == [
        "new",
        "rejected",
        "merged",
    ]
    dialog.filter_combo.setCurrentIndex(dialog.filter_combo.findData(PROBLEMS))
    assert model.rowCount() == 1 and model.result_at(0).row == 4
    qtmodeltester.check(model)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_RESULT, timeout=10000)
    assert dialog.result.imported == 1 and dialog.result.merged == 1
    assert _count(ctx) == 1
    with ctx.services.db.session() as session:
        customer = session.scalars(select(Customer)).one()
        assert (customer.guardian_name, customer.notes) == ("陈父", "周末；想试听")
    report = tmp_path / "report.xlsx"
    dialog.write_report(report)
    rows = load_workbook(str(report)).get_sheet_by_index(1).to_python()
    assert [r[0] for r in rows[1:]] == [4.0, 5.0]
    assert messages == []


def test_import_wizard_cancel_writes_nothing(qtbot, ui_context, tmp_path, messages):
    ctx = ui_context("manager")
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.open_file(str(_file(tmp_path)))
    dialog.make_preview()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_PREVIEW, timeout=10000)
    real_run = dialog.service.run

    def slow_run(actor, preview, *, progress=None, cancel=None, dry_run=False):
        deadline = time.monotonic() + 10
        while not cancel() and time.monotonic() < deadline:  # wait for the user's cancel
            time.sleep(0.01)
        return real_run(actor, preview, progress=progress, cancel=cancel)

    dialog.service.run = slow_run
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert not dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    assert "cancelled" in messages[0][1] or "取消" in messages[0][1]
    assert dialog.pages.currentIndex() == PAGE_PREVIEW
    assert _count(ctx) == 0


def test_import_wizard_unreadable_file(qtbot, ui_context, tmp_path, messages):
    dialog = ImportDialog(ui_context("manager"))
    qtbot.addWidget(dialog)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"nope")
    dialog.path_edit.setText(str(bad))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert messages and messages[0][0] == "warning"
    assert dialog.pages.currentIndex() == 0


def test_export_dialog_masks_for_finance(qtbot, ui_context, tmp_path, messages):
    manager = ui_context("manager")
    row = manager.services.customers.create_customer(
        manager.actor, CustomerInput(name="李雷", mobile="13912345678")
    )
    ctx = ui_context("finance")
    dialog = ExportDialog(ctx, None, [row.id])
    qtbot.addWidget(dialog)
    assert dialog.selection_radio.isChecked()
    out = tmp_path / "sel.xlsx"
    dialog.path_edit.setText(str(out))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=10000)
    rows = load_workbook(str(out)).get_sheet_by_index(0).to_python()
    assert rows[0][:2] == ["Name", "Mobile"]
    assert rows[1][:2] == ["李雷", "139****5678"]


def test_booth_keyboard_flow_duplicates_and_bundle(qtbot, ui_context, tmp_path, messages):
    ctx = ui_context("staff")
    ctx.services.customers.ensure_seed_channels(ui_context("admin").actor)
    window = BoothWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.event_edit.setText("一中开放日")
    window.name.setFocus()
    window.name.setText("韩梅梅")  # Chinese arrives through the input method
    qtbot.keyClick(window.name, Qt.Key.Key_Return)
    assert window.focusWidget() is window.mobile
    qtbot.keyClicks(window.mobile, "13700001111")
    qtbot.keyClick(window.mobile, Qt.Key.Key_Return)
    assert window.focusWidget() is window.guardian_name
    window.consent.setChecked(True)
    qtbot.keyClick(window.guardian_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.count == 1 and window.count_label.text() == "1"
    assert window.name.text() == "" and window.focusWidget() is window.name
    # The same phone again: an instant warning, and saving adds a note instead.
    window.name.setText("韩梅梅")  # Chinese arrives through the input method
    qtbot.keyClicks(window.mobile, "137 0000 1111")
    assert window.duplicate_id is not None and window.duplicate_label.text()
    assert window.save()
    assert (window.count, window.noted) == (1, 1)
    assert _count(ctx) == 1 and _count(ctx, FollowUp) == 1
    # A minor without the guardian's consent is refused; Esc clears the form.
    window.name.setText("小明")
    qtbot.keyClicks(window.mobile, "13700002222")
    window.minor.setChecked(True)
    window.guardian_name.setText("王父")
    assert not window.save()
    assert window.message.text()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.name.text() == "" and not window.minor.isChecked()
    # This database is the office's, not a booth kit: it has no bundle to write
    # (tests/booth/test_widgets.py exports from a kit).
    bundle = tmp_path / "booth.mdbundle"
    assert window.write_bundle(bundle) is None
    assert "not a booth kit" in messages[-1][1] and not bundle.exists()


def test_tab_actions_per_role(qtbot, ui_context):
    from ui.tabs import tabs

    spec = next(s for s in tabs() if s.key == "customers")
    manager_tab = spec.factory(ui_context("manager"))
    qtbot.addWidget(manager_tab)
    assert manager_tab.import_action.isVisible() and manager_tab.export_action.isVisible()
    assert manager_tab.anonymise_action.isVisible()
    finance_tab = spec.factory(ui_context("finance"))
    qtbot.addWidget(finance_tab)
    assert not finance_tab.import_action.isVisible()
    assert finance_tab.export_action.isVisible()
    assert not finance_tab.anonymise_action.isVisible()


def test_booth_command_signs_in_first(qtbot, tmp_path, monkeypatch):
    """`python main.py booth`: without a signed-in user it opens nothing and exits 0."""
    from ui.application import Session

    monkeypatch.setattr(Session, "sign_in", lambda self: None)
    monkeypatch.setattr("ui.crash.install", lambda enabled=True: None)  # keep pytest's hooks
    from main import main

    assert main(["--db", f"sqlite:///{tmp_path / 'booth.sqlite3'}", "booth"]) == 0


def test_detail_dialogs_get_privacy_buttons(qtbot, ui_context, tmp_path, messages, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ui.tabs import tabs

    ctx = ui_context("manager")
    row = ctx.services.customers.create_customer(
        ctx.actor, CustomerInput(name="赵敏", mobile="13712340001", notes="私事")
    )
    tab = next(s for s in tabs() if s.key == "customers").factory(ctx)
    qtbot.addWidget(tab)
    dialog = tab.open_customer(row.id)
    assert hasattr(dialog, "privacy_buttons")
    export, anonymise = dialog.privacy_buttons
    out = tmp_path / "zhao.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    assert out.exists() and "私事" in out.read_text(encoding="utf-8")
    qtbot.mouseClick(anonymise, Qt.MouseButton.LeftButton)  # confirmed by the fixture
    assert dialog.row.name.startswith("匿名客户")
    other = ctx.services.customers.create_customer(
        ctx.actor, CustomerInput(name="周芷若", mobile="13712340002")
    )
    tab.today_panel.openCustomer.emit(other.id)  # opened from the Today panel
    assert hasattr(tab.dialogs[-1], "privacy_buttons") and tab.dialogs[-1].row.id == other.id
    service_tab = next(s for s in tabs() if s.key == "customers").factory(ui_context("service"))
    qtbot.addWidget(service_tab)
    assert not hasattr(service_tab.open_customer(row.id), "privacy_buttons")


def test_wizard_header_row_chosen_by_the_user(qtbot, ui_context, tmp_path, messages):
    path = write_xlsx(
        tmp_path / "odd.xlsx", [["Students 2025"], ["Kid", "Cell"], ["Lily", "13812340081"]]
    )
    dialog = ImportDialog(ui_context("manager"))
    qtbot.addWidget(dialog)
    dialog.open_file(str(path))
    assert dialog.loaded.header_row is None  # nothing recognisable
    dialog.header_spin.setValue(2)
    assert dialog.loaded.header_row == 1
    assert [dialog.mapping_table.item(r, 0).text() for r in range(2)] == ["Kid", "Cell"]
    dialog.set_mapping(0, "name")
    dialog.set_mapping(1, "mobile")
    dialog.make_preview()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_PREVIEW, timeout=10000)
    assert dialog.preview.new_customers == 1
    assert messages == []


def test_detail_dialog_prints_the_record(qtbot, ui_context, tmp_path, messages, monkeypatch):
    """Print preview (Ctrl+P) and Save as PDF from a customer's detail: the preview shows
    the record's pages and is audited only when printed; the PDF file is audited too."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QDialog, QFileDialog

    from db.models.audit import AuditEntry
    from tests.printing.helpers import preview_exec
    from ui.tabs import tabs

    ctx = ui_context("finance")
    manager = ui_context("manager")
    row = manager.services.customers.create_customer(
        manager.actor, CustomerInput(name="赵敏", mobile="13712340001")
    )
    tab = next(s for s in tabs() if s.key == "customers").factory(ctx)
    qtbot.addWidget(tab)
    dialog = tab.open_customer(row.id)
    actions = dialog.record_print
    assert actions.button.isVisible() and actions.button.menu() is not None

    def prints() -> list[AuditEntry]:
        with ctx.services.db.session() as session:
            return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "print")))

    pages: list[int] = []
    monkeypatch.setattr(
        QPrintPreviewDialog, "exec", preview_exec(QDialog.DialogCode.Rejected, pages)
    )
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(
        dialog.focusWidget() or dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
    )
    assert pages == [1] and prints() == []
    monkeypatch.setattr(
        QPrintPreviewDialog, "exec", preview_exec(QDialog.DialogCode.Accepted, pages)
    )
    actions.preview_action.trigger()
    assert len(prints()) == 1 and prints()[0].after["masked"] is True
    out = tmp_path / "zhao.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out.with_suffix("")), ""))
    )
    actions.save_action.trigger()
    assert out.read_bytes().startswith(b"%PDF") and len(prints()) == 2
    assert "zhao.pdf" in prints()[1].summary


def test_tab_prints_the_list_shown(qtbot, ui_context, messages, monkeypatch):
    """Ctrl+P on the Customers tab previews the customers shown; printing is audited."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QDialog

    from db.models.audit import AuditEntry
    from tests.printing.helpers import preview_exec
    from ui.tabs import tabs

    ctx = ui_context("manager")
    for i in range(3):
        ctx.services.customers.create_customer(
            ctx.actor, CustomerInput(name=f"钱{i}", mobile=f"1371234000{i}")
        )
    tab = next(s for s in tabs() if s.key == "customers").factory(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: not tab.model.is_counting())
    pages: list[int] = []
    monkeypatch.setattr(
        QPrintPreviewDialog, "exec", preview_exec(QDialog.DialogCode.Accepted, pages)
    )
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert pages == [1]
    with ctx.services.db.session() as session:
        [row] = session.scalars(select(AuditEntry).where(AuditEntry.action == "print"))
    assert row.after["count"] == 3 and row.after["masked"] is False
    tab.filters.search.setText("没有这个人")
    tab.filters.emit_query()
    qtbot.waitUntil(lambda: not tab.model.is_counting())
    tab.print_list_action.trigger()
    assert pages == [1] and "No customers to print" in messages[-1][1]
    staff_tab = next(s for s in tabs() if s.key == "customers").factory(ui_context("staff"))
    qtbot.addWidget(staff_tab)
    assert not staff_tab.print_list_action.isVisible()
    # A new customer's record can be printed once it is saved.
    new = tab.open_customer(None)
    assert not new.record_print.button.isEnabled()
    new.form.name.setText("孙九")
    new.form.mobile.setText("13712340009")
    assert new.save()
    assert new.record_print.button.isEnabled() and new.record_print.preview_action.isEnabled()


def test_wizard_says_a_second_mobile_column_is_not_imported(qtbot, ui_context, tmp_path, messages):
    rows = [["姓名", "手机", "手机"], ["钱五", "13812340061", "13912340061"]]
    path = write_xlsx(tmp_path / "two_mobiles.xlsx", rows)
    dialog = ImportDialog(ui_context("manager"))
    qtbot.addWidget(dialog)
    dialog.open_file(str(path))
    assert "C" in dialog.mapping_info.text() and "手机" in dialog.mapping_info.text()
