"""The claim editor: header, lines with invoices, attachments, warnings, save and submit."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.claims import workflow
from app.claims.rows import ClaimInput, ClaimView
from app.errors import ServiceError, ValidationError
from app.money import amount_in_words, format_money
from ui.claims import flows
from ui.claims.details import history_html
from ui.claims.models import ClaimLinesModel, LineDraft
from ui.context import UiContext
from ui.widgets import dialogs

_Index = QModelIndex | QPersistentModelIndex


class CategoryDelegate(QStyledItemDelegate):
    """A combo box of catalogue entries (active ones; `none_text` offers "no choice")."""

    def __init__(self, categories, parent=None, none_text: str = "") -> None:
        super().__init__(parent)
        self.categories = [c for c in categories if c.active]
        self.none_text = none_text

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        if self.none_text:
            combo.addItem(self.none_text, -1)
        for c in self.categories:
            combo.addItem(c.name, c.id)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        pos = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(pos, 0))

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ClaimEditor(QDialog):
    """Opens a claim (or a new one). Editable only for its claimant while a draft."""

    def __init__(
        self,
        ctx: UiContext,
        claim_id: int | None = None,
        parent=None,
        signature_provider: flows.SignatureProvider | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signature_provider = signature_provider
        self.claim: ClaimView | None = None
        self.dirty = False
        self.categories = ctx.services.expense_categories.list_categories(ctx.actor)
        self.channels = ctx.services.channels.list_channels(ctx.actor, include_inactive=True)
        self.paper_entered = False  # the claimant typed a count (else: one per invoice)
        self.setWindowTitle(self.tr("Reimbursement claim"))
        self.resize(1180, 660)
        self._build()
        if claim_id is not None:
            self.load(claim_id)
        else:
            self._show_claim()

    # --- layout ---------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setObjectName("returnBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fef3c7;color:#92400e;padding:6px;")
        layout.addWidget(self.banner)
        form = QFormLayout()
        self.number_label = QLabel()
        self.status_label = QLabel()
        self.claimant_label = QLabel()
        head = QHBoxLayout()
        for w in (self.number_label, self.status_label, self.claimant_label):
            head.addWidget(w)
        head.addStretch(1)
        form.addRow(self.tr("Claim:"), head)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.purpose.setPlaceholderText(self.tr("What the expenses were for (事由)"))
        form.addRow(self.tr("&Purpose:"), self.purpose)
        # Claims made before the channel catalogue keep the text typed then, shown
        # read-only; each line now picks its channel from the catalogue.
        self.channel = QLineEdit()
        self.channel.setObjectName("channel")
        self.channel.setReadOnly(True)
        self.channel_label = QLabel(self.tr("Channel (typed before):"))
        form.addRow(self.channel_label, self.channel)
        layout.addLayout(form)

        self.lines = ClaimLinesModel(self.categories, self.channels, self)
        self.table = QTableView()
        self.table.setObjectName("lines")
        self.table.setModel(self.lines)
        self.table.setItemDelegateForColumn(
            ClaimLinesModel.CATEGORY, CategoryDelegate(self.categories, self.table)
        )
        self.table.setItemDelegateForColumn(
            ClaimLinesModel.CHANNEL,
            CategoryDelegate(self.channels, self.table, none_text=self.tr("(no channel)")),
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        # The standard a line exceeds is a sentence: wrap it, rows grow to show it whole.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        for col, width in enumerate((92, 84, 96, 90, 160, 86, 108, 170, 170)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(ClaimLinesModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 3)
        line_buttons = QHBoxLayout()
        self.add_line_button = QPushButton(self.tr("&Add line"))
        self.add_line_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_line_button = QPushButton(self.tr("&Remove line"))
        self.remove_line_button.clicked.connect(self.remove_line)
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        line_buttons.addStretch(1)
        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        line_buttons.addWidget(self.total_label)
        layout.addLayout(line_buttons)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.remove_line,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        lower = QHBoxLayout()
        attach_box = QVBoxLayout()
        attach_box.addWidget(QLabel(self.tr("Scanned invoices:")))
        self.attachments = QListWidget()
        self.attachments.setObjectName("attachments")
        self.attachments.itemDoubleClicked.connect(lambda _item: self.open_attachment())
        attach_box.addWidget(self.attachments)
        attach_buttons = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("A&ttach…"))
        self.attach_button.clicked.connect(self.attach_files)
        self.open_attachment_button = QPushButton(self.tr("&Open"))
        self.open_attachment_button.clicked.connect(self.open_attachment)
        self.remove_attachment_button = QPushButton(self.tr("Remo&ve"))
        self.remove_attachment_button.clicked.connect(self.remove_attachment)
        for b in (self.attach_button, self.open_attachment_button, self.remove_attachment_button):
            attach_buttons.addWidget(b)
        attach_box.addLayout(attach_buttons)
        paper_row = QHBoxLayout()
        self.paper_label = QLabel(self.tr("Paper atta&chments:"))
        self.paper = QSpinBox()
        self.paper.setObjectName("paperAttachments")
        self.paper.setRange(0, 999)
        self.paper.setSuffix(self.tr(" sheet(s)"))
        self.paper.setToolTip(
            self.tr("The paper invoices and receipts handed in with the printed form.")
        )
        self.paper_label.setBuddy(self.paper)
        paper_row.addWidget(self.paper_label)
        paper_row.addWidget(self.paper)
        paper_row.addStretch(1)
        attach_box.addLayout(paper_row)
        lower.addLayout(attach_box, 1)
        warn_box = QVBoxLayout()
        warn_box.addWidget(QLabel(self.tr("Checks:")))
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("warnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        warn_box.addWidget(self.warnings_label, 1)
        lower.addLayout(warn_box, 2)
        self.history = QTextBrowser()
        self.history.setObjectName("history")
        self.history.setOpenLinks(False)
        lower.addWidget(self.history, 2)
        layout.addLayout(lower, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.submit_button = QPushButton(self.tr("Su&bmit"))
        self.submit_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.submit_button.setToolTip(self.tr("Save and submit for approval (Ctrl+Enter)"))
        self.submit_button.clicked.connect(self.submit)
        # An approver who opens a claim acts on it here (shown only when allowed).
        self.approve_button = QPushButton(self.tr("Approv&e"))
        self.approve_button.clicked.connect(lambda: self.act("approve"))
        self.return_button = QPushButton(self.tr("Ret&urn…"))
        self.return_button.clicked.connect(lambda: self.act("return"))
        self.pay_button = QPushButton(self.tr("&Mark paid"))
        self.pay_button.clicked.connect(lambda: self.act("pay"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for b in (
            self.approve_button,
            self.return_button,
            self.pay_button,
            self.save_button,
            self.submit_button,
            self.close_button,
        ):
            buttons.addWidget(b)
        layout.addLayout(buttons)

        self.purpose.textEdited.connect(self._mark_dirty)
        self.lines.dataChanged.connect(self._mark_dirty)
        self.lines.rowsInserted.connect(self._mark_dirty)
        self.lines.rowsRemoved.connect(self._mark_dirty)
        self.paper.valueChanged.connect(self._paper_changed)

    # --- state ----------------------------------------------------------------

    def load(self, claim_id: int) -> None:
        self.claim = self.ctx.services.claims.get_claim(self.ctx.actor, claim_id)
        self._show_claim()

    def editable(self) -> bool:
        if self.claim is None:
            return True
        return (
            workflow.can_edit(self.ctx.actor, self.claim.status, self.claim.claimant_user_id)
            and not self.claim.deleted
        )

    def _show_claim(self) -> None:
        claim = self.claim
        if claim is None:
            self.number_label.setText(self.tr("(new, numbered when saved)"))
            self.status_label.setText(workflow.status_label("draft"))
            department = self.ctx.services.claims.own_department(self.ctx.actor)
            self.claimant_label.setText(
                " · ".join(x for x in (self.ctx.actor.display_name, department) if x)
            )
            self.paper_entered = False
            self.lines.set_lines([])
            self.purpose.clear()
            self.channel.clear()
            self.banner.hide()
        else:
            self.setWindowTitle(self.tr("Reimbursement claim %1").replace("%1", claim.number))
            self.number_label.setText(f"<b>{claim.number}</b>")
            self.status_label.setText(workflow.status_label(claim.status))
            self.claimant_label.setText(
                " · ".join(
                    x
                    for x in (
                        claim.claimant_name,
                        claim.department_name,
                        claim.claim_date.isoformat(),
                    )
                    if x
                )
            )
            self.purpose.setText(claim.purpose)
            self.channel.setText(claim.channel)
            self.lines.set_lines([LineDraft.from_view(line) for line in claim.lines])
            self.banner.setVisible(bool(claim.return_reason) and claim.status == "draft")
            self.banner.setText(self.tr("Returned: %1").replace("%1", claim.return_reason))
            self.paper_entered = claim.paper_attachments is not None
            self.attachments.clear()
            for a in claim.attachments:
                item = QListWidgetItem(f"{a.filename}  ({a.size // 1024 + 1} KB)")
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                self.attachments.addItem(item)
        editable = self.editable()
        self.lines.editable = editable
        self.channel.setVisible(bool(claim and claim.channel))
        self.channel_label.setVisible(bool(claim and claim.channel))
        self.purpose.setReadOnly(not editable)
        # Read-only must look it: no frame, no field background (a submitted 事由).
        self.purpose.setFrame(editable)
        self.purpose.setStyleSheet("" if editable else "background:transparent;")
        self.paper.blockSignals(True)
        self.paper.setValue(claim.paper_count if claim else 0)
        self.paper.blockSignals(False)
        self.paper.setReadOnly(not editable)
        self.paper.setButtonSymbols(
            QSpinBox.ButtonSymbols.UpDownArrows if editable else QSpinBox.ButtonSymbols.NoButtons
        )
        self.history.setVisible(claim is not None)
        if claim is not None:
            self.history.setHtml(history_html(claim, self.tr("Approval history")))
        actions = (
            set(workflow.available_actions(self.ctx.actor, claim.status, claim.claimant_user_id))
            if claim is not None and not claim.deleted
            else set()
        )
        self.approve_button.setVisible("approve" in actions)
        self.return_button.setVisible("return" in actions)
        self.pay_button.setVisible("pay" in actions)
        # Save / submit are the claimant's; an approver looking at a claim has no use for them.
        for b in (self.save_button, self.submit_button):
            b.setVisible(claim is None or editable or not actions)
        for b in (
            self.add_line_button,
            self.remove_line_button,
            self.save_button,
            self.submit_button,
            self.attach_button,
            self.remove_attachment_button,
        ):
            b.setEnabled(editable)
        self._update_total()
        self._update_warnings()
        self.dirty = False

    def _mark_dirty(self, *_args) -> None:
        self.dirty = True
        self._update_total()
        if not self.paper_entered and self.editable():
            # Not typed by the claimant: one paper invoice per line with an invoice.
            self.paper.blockSignals(True)
            self.paper.setValue(
                sum(1 for ln in self.lines.lines if ln.invoice_number or ln.invoice_code)
            )
            self.paper.blockSignals(False)

    def _paper_changed(self, _value: int) -> None:
        self.paper_entered = True
        self.dirty = True

    def _update_total(self) -> None:
        total = self.lines.total_fen()
        self.total_label.setText(
            self.tr("Total: %1  (%2)")
            .replace("%1", format_money(total))
            .replace("%2", amount_in_words(total))
        )

    def _update_warnings(self) -> None:
        if self.claim is None:
            self.warnings_label.setText(
                self.tr(
                    "Saved claims are checked against the budget and the reimbursement standards."
                )
            )
            return
        warnings = self.ctx.services.claims.warnings(self.ctx.actor, self.claim.id)
        if not warnings:
            self.warnings_label.setText(self.tr("No warnings."))
            self.warnings_label.setStyleSheet("color:#047857;")
        else:
            self.warnings_label.setText("\n".join(f"⚠ {w.message}" for w in warnings))
            self.warnings_label.setStyleSheet("color:#b45309;")

    # --- actions --------------------------------------------------------------

    def add_line(self) -> None:
        last = self.lines.lines[-1] if self.lines.lines else None
        draft = LineDraft(
            expense_date=last.expense_date if last else dt.date.today(),
            category_id=last.category_id if last else None,
            place=last.place if last else "",
            channel_id=last.channel_id if last else None,
        )
        row = self.lines.add_line(draft)
        self.table.setCurrentIndex(self.lines.index(row, ClaimLinesModel.DESCRIPTION))

    def remove_line(self) -> None:
        if self.lines.editable:
            self.lines.remove_line(self.table.currentIndex().row())

    def save(self) -> bool:
        """Save the draft; True when saved (or nothing to save)."""
        if not self.editable():
            return True
        self.table.setFocus()  # commit an open cell editor
        try:
            data = ClaimInput(
                purpose=self.purpose.text(),
                lines=self.lines.inputs(),
                paper_attachments=self.paper.value() if self.paper_entered else None,
            )
            claims = self.ctx.services.claims
            if self.claim is None:
                self.claim = claims.create_claim(self.ctx.actor, data)
            else:
                self.claim = claims.update_claim(
                    self.ctx.actor, self.claim.id, self.claim.version, data
                )
        except ServiceError as exc:
            self._point_at(exc)
            dialogs.show_error(self, exc)
            return False
        self.ctx.bus.publish(self.claim.change)
        self._show_claim()
        return True

    def _point_at(self, exc: ServiceError) -> None:
        if not isinstance(exc, ValidationError):
            return
        parts = exc.field.split(".")
        if parts[0] == "purpose":
            self.purpose.setFocus()
        elif parts[0] == "lines" and len(parts) == 3 and parts[1].isdigit():
            col = {
                "expense_date": ClaimLinesModel.DATE,
                "place": ClaimLinesModel.PLACE,
                "category": ClaimLinesModel.CATEGORY,
                "channel": ClaimLinesModel.CHANNEL,
                "description": ClaimLinesModel.DESCRIPTION,
                "amount": ClaimLinesModel.AMOUNT,
                "invoice_code": ClaimLinesModel.CODE,
                "invoice_number": ClaimLinesModel.NUMBER,
            }.get(parts[2], 0)
            self.table.setCurrentIndex(self.lines.index(int(parts[1]) - 1, col))

    def submit(self) -> None:
        if (self.dirty or self.claim is None) and not self.save():
            return
        assert self.claim is not None
        claim = flows.run_action(
            self,
            self.ctx,
            self.claim.id,
            self.claim.version,
            self.claim.status,
            "submit",
            self.signature_provider,
        )
        if claim is not None:
            self.claim = claim
            self._show_claim()
            self.accept()

    def act(self, action: str) -> None:
        """Approve, return or pay the open claim (an approver's buttons)."""
        if self.claim is None:
            return
        claim = flows.run_action(
            self,
            self.ctx,
            self.claim.id,
            self.claim.version,
            self.claim.status,
            action,
            self.signature_provider,
        )
        if claim is not None:
            self.claim = claim
            self._show_claim()
            self.accept()

    def attach_files(self) -> None:
        if (self.claim is None or self.dirty) and not self.save():
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach scanned invoices"),
            "",
            self.tr("Invoices (*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)"),
        )
        self.attach_paths([Path(p) for p in paths])

    def attach_paths(self, paths: list[Path]) -> None:
        assert self.claim is not None
        for path in paths:
            try:
                data = path.read_bytes()
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Cannot read the file"), str(exc))
                continue
            if (
                dialogs.run(
                    self,
                    lambda p=path, d=data: self.ctx.services.claims.add_attachment(
                        self.ctx.actor, self.claim.id, p.name, d
                    ),
                )
                is None
            ):
                break
        self.load(self.claim.id)

    def _selected_attachment(self) -> int | None:
        item = self.attachments.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def open_attachment(self) -> None:
        attachment_id = self._selected_attachment()
        if attachment_id is None:
            return
        found = dialogs.run(
            self, lambda: self.ctx.services.claims.attachment_data(self.ctx.actor, attachment_id)
        )
        if found is None:
            return
        name, _mime, data = found
        folder = Path(tempfile.mkdtemp(prefix="marketdesk-"))
        path = folder / name
        path.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_attachment(self) -> None:
        attachment_id = self._selected_attachment()
        if attachment_id is None or self.claim is None:
            return
        try:
            self.ctx.services.claims.remove_attachment(self.ctx.actor, attachment_id)
        except ServiceError as exc:
            dialogs.show_error(self, exc)
        self.load(self.claim.id)

    # --- closing without losing data -------------------------------------------

    def reject(self) -> None:
        """Close / Esc / the window's close button: offer to save unsaved changes."""
        if self.dirty and self.editable():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to this claim before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                return
        super().reject()
