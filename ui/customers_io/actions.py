"""The import/export feature's actions on the Customers tab and in the menus.

`install_io_actions(tab, ctx)` adds Import, Export (view or selection), Merge
booth bundle and the privacy actions (personal data export, anonymise) to
the tab's toolbar and selection menu, and the privacy actions and the record's
Print button to every customer detail dialog the tab opens; the feature declares
it as a contribution to the Customers tab (ui/customers_io/feature.py), with its
menu entries.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from app.customers_io.permissions import CustomerIoPermission
from app.customers_io.privacy import PrivacyService
from app.errors import ServiceError
from ui.context import UiContext


def open_import(ctx: UiContext, parent: QWidget) -> None:
    from ui.customers_io.import_dialog import ImportDialog

    dialog = ImportDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def open_export(ctx: UiContext, parent: QWidget, query, selected: list[int]) -> None:
    from ui.customers_io.export_dialog import ExportDialog

    dialog = ExportDialog(ctx, query, selected, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def open_merge_bundle(ctx: UiContext, parent: QWidget) -> None:
    from ui.customers_io.bundle_dialog import MergeBundleDialog

    dialog = MergeBundleDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def open_booth(ctx: UiContext, parent: QWidget | None = None) -> QWidget:
    from ui.customers_io.booth_window import BoothWindow

    window = BoothWindow(ctx)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.showFullScreen()
    return window


def export_personal_data(ctx: UiContext, parent: QWidget, customer_id: int | None) -> None:
    if customer_id is None:
        return
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CustomersIoActions", "Export personal data"),
        str(Path.home() / f"customer-{customer_id}.xlsx"),
        QCoreApplication.translate("CustomersIoActions", "Excel workbook (*.xlsx);;JSON (*.json)"),
    )
    if not path:
        return
    try:
        written = (
            PrivacyService(ctx.services.db)
            .export_personal_data(ctx.actor, customer_id, Path(path))
            .result
        )
    except ServiceError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("CustomersIoActions", "Export personal data"),
            exc.message,
        )
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("CustomersIoActions", "Export personal data"),
        QCoreApplication.translate(
            "CustomersIoActions", "Everything stored about the customer was written to %s."
        )
        % written,
    )


def anonymise(ctx: UiContext, parent: QWidget, customer_id: int | None) -> bool:
    if customer_id is None:
        return False
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("CustomersIoActions", "Anonymise customer"),
        QCoreApplication.translate(
            "CustomersIoActions",
            "Remove the name, phones, WeChat, guardian, school, notes and all free texts of "
            "this customer for good? Statistics (status, channel, dates, enrollments) are "
            "kept. This cannot be undone.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        change = PrivacyService(ctx.services.db).anonymise(ctx.actor, customer_id)
    except ServiceError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("CustomersIoActions", "Anonymise customer"),
            exc.message,
        )
        return False
    ctx.bus.publish(change)
    return True


def install_privacy_actions(dialog, ctx: UiContext) -> None:
    """Buttons in a customer detail dialog (ui.customers.detail_dialog.CustomerDialog)."""
    if (
        not ctx.actor.can(CustomerIoPermission.PRIVACY_REQUESTS)
        or getattr(dialog, "row", None) is None
    ):
        return
    export = QPushButton(QCoreApplication.translate("CustomersIoActions", "Personal data…"))
    export.setToolTip(
        QCoreApplication.translate(
            "CustomersIoActions", "Export everything stored about this customer (PIPL request)"
        )
    )
    export.clicked.connect(lambda: export_personal_data(ctx, dialog, dialog.row.id))
    remove = QPushButton(QCoreApplication.translate("CustomersIoActions", "Anonymise…"))

    def do_anonymise() -> None:
        if anonymise(ctx, dialog, dialog.row.id):
            dialog.load(dialog.row.id)

    remove.clicked.connect(do_anonymise)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(export)
    row.addWidget(remove)
    dialog.layout().insertLayout(dialog.layout().count() - 1, row)
    dialog.privacy_buttons = (export, remove)


def install_io_actions(tab, ctx: UiContext) -> None:
    """Add this feature's actions to a CustomersTab."""
    from ui.customers.customers_tab import tab_action  # the tab's module is loaded by now

    can = ctx.actor.can

    action = partial(tab_action, tab)

    tab.import_action = action(
        QCoreApplication.translate("CustomersIoActions", "Import…"),
        lambda: open_import(ctx, tab),
        "Ctrl+I",
        can(CustomerIoPermission.IMPORT_CUSTOMERS),
    )
    tab.export_action = action(
        QCoreApplication.translate("CustomersIoActions", "Export…"),
        lambda: open_export(ctx, tab, tab.model.query, tab.selected_customer_ids()),
        "Ctrl+Shift+E",
        can(CustomerIoPermission.EXPORT_CUSTOMERS),
    )
    tab.export_selection_action = action(
        QCoreApplication.translate("CustomersIoActions", "Export selection…"),
        lambda: open_export(ctx, tab, tab.model.query, tab.selected_customer_ids()),
        None,
        can(CustomerIoPermission.EXPORT_CUSTOMERS),
    )
    tab.merge_bundle_action = action(
        QCoreApplication.translate("CustomersIoActions", "Merge booth bundle…"),
        lambda: open_merge_bundle(ctx, tab),
        None,
        can(CustomerIoPermission.MERGE_BUNDLES),
    )
    privacy = can(CustomerIoPermission.PRIVACY_REQUESTS)
    tab.personal_data_action = action(
        QCoreApplication.translate("CustomersIoActions", "Export personal data…"),
        lambda: export_personal_data(ctx, tab, tab.current_customer_id()),
        None,
        privacy,
    )
    tab.anonymise_action = action(
        QCoreApplication.translate("CustomersIoActions", "Anonymise…"),
        lambda: anonymise(ctx, tab, tab.current_customer_id()),
        None,
        privacy,
    )
    tab.print_list_action = action(
        QCoreApplication.translate("CustomersIoActions", "Print list…"),
        lambda: _print_list(ctx, tab),
        "Ctrl+P",
        can(CustomerIoPermission.EXPORT_CUSTOMERS),
    )
    tab.print_list_action.setToolTip(
        QCoreApplication.translate(
            "CustomersIoActions", "Print the customers shown, or the selected ones (Ctrl+P)"
        )
    )
    for act in (tab.import_action, tab.export_action, tab.print_list_action):
        tab.toolbar.addAction(act)
    tab.selection_menu.addSeparator()
    for act in (tab.export_selection_action, tab.personal_data_action, tab.anonymise_action):
        tab.selection_menu.addAction(act)
    tab.toolbar.addAction(tab.merge_bundle_action)

    # Privacy buttons and the record's Print button in every detail dialog the tab opens.
    tab.dialog_hooks.append(lambda dialog: install_privacy_actions(dialog, ctx))
    tab.dialog_hooks.append(lambda dialog: _install_record_print(dialog, ctx))


def _print_list(ctx: UiContext, tab) -> None:
    from ui.customers_io.print_actions import print_list

    print_list(ctx, tab, tab.model.query, tab.selected_customer_ids())


def _install_record_print(dialog, ctx: UiContext) -> None:
    # Imported when a detail dialog opens: Qt's print support is not needed at start-up.
    from ui.customers_io.print_actions import install_record_print

    install_record_print(dialog, ctx)
