"""The Claims tab: my claims, to approve, all; filters; approve / return / pay.

Printing hook (the printing feature): `selected_claim_ids()` gives the selected
claims, `self.print_menu` is the toolbar's Print menu to add actions to, and
`self.signature_provider` may be set to a callable (parent, step) -> PNG bytes
that the submit / approve / pay actions use for the signature box.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
)

from app.claims import workflow
from app.claims.permissions import ClaimPermission
from app.claims.rows import ClaimFilter
from app.claims.workflow import ClaimStatus
from app.errors import ServiceError
from app.money import format_money
from ui.claims import flows
from ui.claims.details import ClaimDetails
from ui.claims.editor import ClaimEditor
from ui.claims.models import ClaimListModel
from ui.context import UiContext
from ui.feature_tab import FeatureTab
from ui.widgets import dates, dialogs, toolbars
from ui.widgets.table_state import make_sortable

SCOPES = ("mine", "to_approve", "all")


class ClaimsTab(FeatureTab):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.signature_provider: flows.SignatureProvider | None = None
        self.scopes = [s for s in SCOPES if workflow.scope_visible(ctx.actor, s)]
        self._build()
        self.refresh()
        self._install_printing()

    # --- layout ---------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.scope_bar = QTabBar()
        self.scope_bar.setObjectName("scopes")
        labels = {
            "mine": self.tr("My claims"),
            "to_approve": self.tr("To approve"),
            "all": self.tr("All claims"),
        }
        self.scope_bar.setExpanding(False)
        self.scope_bar.setDrawBase(False)
        for scope in self.scopes:
            self.scope_bar.addTab(labels[scope])
        # An approver starts where the work is: the claims that wait for them.
        if "to_approve" in self.scopes and self.title_suffix():
            self.scope_bar.setCurrentIndex(self.scopes.index("to_approve"))
        self.scope_bar.currentChanged.connect(lambda _i: self.refresh())
        # One scope (staff: only their own claims) needs no lone tab to choose it.
        self.scope_bar.setVisible(len(self.scopes) > 1)
        # What waits in the to-approve list (for finance also: what waits to be paid).
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("waitingTotal")
        self.waiting_label.setStyleSheet("font-weight:600;color:#1f2937;")
        top = QHBoxLayout()
        top.addWidget(self.scope_bar)
        top.addStretch(1)
        top.addWidget(self.waiting_label)
        layout.addLayout(top)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.toolbar)

        def action(text: str, shortcut, slot) -> QAction:
            return toolbars.add_action(self, self.toolbar, text, shortcut, slot)

        self.new_action = action(self.tr("New claim"), QKeySequence.StandardKey.New, self.new_claim)
        self.open_action = action(self.tr("Open"), "Ctrl+O", self.open_claim)
        self.toolbar.addSeparator()
        self.submit_action = action(self.tr("Submit"), "Ctrl+Return", lambda: self.do("submit"))
        self.approve_action = action(self.tr("Approve"), "Ctrl+Shift+Y", lambda: self.do("approve"))
        self.return_action = action(self.tr("Return…"), "Ctrl+Shift+R", lambda: self.do("return"))
        self.pay_action = action(self.tr("Mark paid"), "Ctrl+Shift+M", lambda: self.do("pay"))
        self.cancel_action = action(
            self.tr("Cancel claim"), "Ctrl+Shift+X", lambda: self.do("cancel")
        )
        self.delete_action = action(
            self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete_claim
        )
        self._show_only_granted_actions()
        self.toolbar.addSeparator()
        self.print_menu = QMenu(self.tr("Print"), self)
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Print"))
        self.print_button.setMenu(self.print_menu)
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_button.setEnabled(False)  # enabled once actions are installed
        self.toolbar.addWidget(self.print_button)
        self.refresh_action = action(self.tr("Refresh"), "", self.refresh)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Number, purpose or claimant"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in ClaimStatus.ALL:
            self.status_filter.addItem(workflow.status_label(status), status)
        self.claimant_filter = QComboBox()
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("Any category"), None)
        for c in self.ctx.services.expense_categories.list_categories(self.ctx.actor):
            self.category_filter.addItem(c.name, c.id)
        self.date_check = QCheckBox(self.tr("Date"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), 1, 1))
        self.date_to = QDateEdit(today)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
        self.date_check.toggled.connect(self.date_from.setEnabled)
        self.date_check.toggled.connect(self.date_to.setEnabled)
        # Someone who sees only their own claims has no claimant to choose.
        self.claimant_filter.setVisible(
            self.ctx.actor.can(ClaimPermission.VIEW_ALL_CLAIMS) or "to_approve" in self.scopes
        )
        filters.addWidget(self.search, 2)
        for w in (
            self.status_filter,
            self.claimant_filter,
            self.category_filter,
            self.date_check,
            self.date_from,
            QLabel("–"),
            self.date_to,
        ):
            filters.addWidget(w)
        layout.addLayout(filters)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.status_filter, self.claimant_filter, self.category_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.date_check.toggled.connect(lambda _c: self.refresh())
        self.date_from.dateChanged.connect(lambda _d: self.refresh())
        self.date_to.dateChanged.connect(lambda _d: self.refresh())

        self.model = ClaimListModel(self)
        self.table = QTableView()
        self.table.setObjectName("claims")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for col, width in enumerate((120, 95, 90, 90, 260, 50, 110, 110)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(ClaimListModel.PURPOSE, QHeaderView.ResizeMode.Stretch)
        make_sortable(self.table)  # the sort order is saved with the tab (FeatureTab)
        self.table.doubleClicked.connect(lambda _i: self.open_claim())
        self.table.activated.connect(lambda _i: self.open_claim())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection())
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color:#6b7280;font-size:14px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.details = ClaimDetails()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 260])
        layout.addWidget(splitter, 1)
        self._load_claimants()

    def _show_only_granted_actions(self) -> None:
        """A button the role can never use is not shown (staff see no approve / pay)."""
        actor = self.ctx.actor
        approves = actor.can(ClaimPermission.APPROVE_CLAIM_DEPARTMENT) or actor.can(
            ClaimPermission.APPROVE_CLAIM_FINANCE
        )
        creates = actor.can(ClaimPermission.CREATE_CLAIM)
        for act, granted in (
            (self.new_action, creates),
            (self.submit_action, creates),
            (self.cancel_action, creates),
            (self.delete_action, creates),
            (self.approve_action, approves),
            (self.return_action, approves),
            (self.pay_action, actor.can(ClaimPermission.PAY_CLAIM)),
        ):
            act.setVisible(granted)

    def _load_claimants(self) -> None:
        self.claimant_filter.blockSignals(True)
        current = self.claimant_filter.currentData()
        self.claimant_filter.clear()
        self.claimant_filter.addItem(self.tr("Any claimant"), None)
        if self.ctx.actor.can(ClaimPermission.VIEW_ALL_CLAIMS):
            for user_id, name in self.ctx.services.claims.claimants(self.ctx.actor):
                self.claimant_filter.addItem(name, user_id)
        self.claimant_filter.setCurrentIndex(max(self.claimant_filter.findData(current), 0))
        self.claimant_filter.blockSignals(False)

    def _install_printing(self) -> None:
        """The printing feature adds its actions to `print_menu` (see module doc)."""
        from ui.printing.actions import install_claim_print_actions

        install_claim_print_actions(self, self.ctx)
        self.print_button.setEnabled(not self.print_menu.isEmpty())

    # --- data -----------------------------------------------------------------

    def scope(self) -> str:
        index = self.scope_bar.currentIndex()
        return self.scopes[index] if 0 <= index < len(self.scopes) else "mine"

    def current_filter(self) -> ClaimFilter:
        flt = ClaimFilter(
            scope=self.scope(),
            status=self.status_filter.currentData(),
            category_id=self.category_filter.currentData(),
            text=self.search.text(),
        )
        if self.scope() != "mine":
            flt.claimant_user_id = self.claimant_filter.currentData()
        if self.date_check.isChecked():
            flt.date_from = dates.pydate(self.date_from.date())
            flt.date_to = dates.pydate(self.date_to.date())
        return flt

    def refresh(self) -> None:
        if not self.scopes:
            return
        selected = self.selected_claim_ids()
        self.claimant_filter.setEnabled(self.scope() != "mine")
        try:
            rows = self.ctx.services.claims.list_claims(self.ctx.actor, self.current_filter())
        except ServiceError as exc:
            dialogs.show_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        self._show_waiting()
        if rows:
            self.stack.setCurrentWidget(self.table)
            for claim_id in selected:
                row = self.model.row_of(claim_id)
                if row >= 0:
                    self.table.selectionModel().select(
                        self.model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.Select
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
        else:
            self.stack.setCurrentWidget(self.empty)
            self.empty.setText(self._empty_text())
        self._selection()

    def _show_waiting(self) -> None:
        """The to-approve list's total of what waits: to approve, and to pay."""
        if self.scope() != "to_approve":
            self.waiting_label.hide()
            return
        try:
            totals = self.ctx.services.claims.totals_by_status(
                self.ctx.actor, self.current_filter()
            )
        except ServiceError:
            totals = {}
        approve_n = approve_fen = 0
        for status in (ClaimStatus.SUBMITTED, ClaimStatus.DEPARTMENT_APPROVED):
            n, fen = totals.get(status, (0, 0))
            approve_n, approve_fen = approve_n + n, approve_fen + fen
        pay_n, pay_fen = totals.get(ClaimStatus.FINANCE_APPROVED, (0, 0))
        parts = []
        if approve_n:
            parts.append(
                self.tr("To approve: %n claim(s), %1", "", approve_n).replace(
                    "%1", format_money(approve_fen)
                )
            )
        if pay_n:
            parts.append(
                self.tr("To pay: %n claim(s), %1", "", pay_n).replace("%1", format_money(pay_fen))
            )
        self.waiting_label.setText("   ·   ".join(parts))
        self.waiting_label.setVisible(bool(parts))

    def _empty_text(self) -> str:
        flt = self.current_filter()
        if (
            flt.status
            or flt.category_id
            or flt.text.strip()
            or flt.date_from
            or flt.claimant_user_id
        ):
            return self.tr("No claims match the filters.")
        if self.scope() == "mine":
            return self.tr("You have no claims yet.\nPress Ctrl+N to start a reimbursement claim.")
        if self.scope() == "to_approve":
            return self.tr("Nothing is waiting for you. 👍")
        return self.tr("No claims yet.")

    def selected_claim_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    def _current(self):
        ids = self.selected_claim_ids()
        if not ids:
            return None
        return self.model.row_at(self.model.row_of(ids[0]))

    def _selection(self) -> None:
        row = self._current()
        actions = set()
        if row is not None:
            actions = set(
                workflow.available_actions(self.ctx.actor, row.status, row.claimant_user_id)
            )
        for name, act in (
            ("submit", self.submit_action),
            ("approve", self.approve_action),
            ("return", self.return_action),
            ("pay", self.pay_action),
            ("cancel", self.cancel_action),
        ):
            act.setEnabled(name in actions)
        self.open_action.setEnabled(row is not None)
        self.new_action.setEnabled(self.ctx.actor.can(ClaimPermission.CREATE_CLAIM))
        self.delete_action.setEnabled(
            row is not None
            and workflow.can_delete(self.ctx.actor, row.status, row.claimant_user_id)
        )
        if row is None:
            self.details.show_claim(None)
            return
        try:
            claim = self.ctx.services.claims.get_claim(self.ctx.actor, row.id)
            warnings = (
                self.ctx.services.claims.warnings(self.ctx.actor, row.id)
                if row.status in workflow.WARNS_AHEAD
                else []
            )
        except ServiceError as exc:
            dialogs.show_error(self, exc)
            return
        self.details.show_claim(claim, warnings)

    # --- actions --------------------------------------------------------------

    def new_claim(self) -> None:
        editor = ClaimEditor(self.ctx, None, self, self.signature_provider)
        editor.exec()
        self.refresh()

    def open_claim(self) -> None:
        row = self._current()
        if row is None:
            return
        editor = ClaimEditor(self.ctx, row.id, self, self.signature_provider)
        editor.exec()
        self.refresh()

    def do(self, action: str) -> None:
        row = self._current()
        if row is None or action not in workflow.available_actions(
            self.ctx.actor, row.status, row.claimant_user_id
        ):
            return
        flows.run_action(
            self, self.ctx, row.id, row.version, row.status, action, self.signature_provider
        )
        self.refresh()

    def delete_claim(self) -> None:
        row = self._current()
        if row is None:
            return
        deleted = dialogs.run(
            self,
            lambda: self.ctx.services.claims.delete_claim(self.ctx.actor, row.id, row.version),
        )
        if deleted is not None:
            self.ctx.bus.publish(deleted)

    def title_suffix(self) -> str:
        if "to_approve" not in self.scopes:
            return ""
        count = self.ctx.services.claims.count_claims(
            self.ctx.actor, ClaimFilter(scope="to_approve")
        )
        return str(count) if count else ""
