"""The audit log viewer (administrators): filters by user, entity and date."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from app.audit.describe import details, record_type, summary
from app.audit.service import AuditFilter, AuditRow
from app.errors import ServiceError
from ui.context import UiContext
from ui.widgets.messages import show_error
from ui.widgets.row_model import Column, RowTableModel
from ui.widgets.tables import record_table

translate = QCoreApplication.translate


def action_label(action: str) -> str:
    """Readable action names; codes of newer features fall back to the code itself."""
    labels = {
        "create": translate("AuditDialog", "create"),
        "update": translate("AuditDialog", "update"),
        "delete": translate("AuditDialog", "delete"),
        "restore_record": translate("AuditDialog", "restore record"),
        "login": translate("AuditDialog", "sign-in"),
        "login_failed": translate("AuditDialog", "failed sign-in"),
        "lock": translate("AuditDialog", "account locked"),
        "unlock": translate("AuditDialog", "account unlocked"),
        "change_password": translate("AuditDialog", "password changed"),
        "reset_password": translate("AuditDialog", "password reset"),
        "backup": translate("AuditDialog", "backup"),
        "restore": translate("AuditDialog", "restore"),
        "demo": translate("AuditDialog", "demo data"),
        "export": translate("AuditDialog", "export"),
        "print": translate("AuditDialog", "print"),
        "approve": translate("AuditDialog", "approve"),
        "reject": translate("AuditDialog", "reject"),
        "import": translate("AuditDialog", "import"),
        "merge": translate("AuditDialog", "merge"),
        "submit": translate("AuditDialog", "submit"),
        "return": translate("AuditDialog", "return"),
        "cancel": translate("AuditDialog", "cancel"),
        "pay": translate("AuditDialog", "payment"),
        "reverse": translate("AuditDialog", "reverse"),
        "status": translate("AuditDialog", "status change"),
        "attach": translate("AuditDialog", "attach file"),
        "budget_override": translate("AuditDialog", "over-budget approval"),
    }
    return labels.get(action, action)


def audit_columns() -> list[Column[AuditRow]]:
    return [
        Column(
            lambda: translate("AuditDialog", "Time"),
            lambda r: r.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            lambda r: r.id,
        ),
        Column(lambda: translate("AuditDialog", "User"), lambda r: r.username),
        Column(lambda: translate("AuditDialog", "Action"), lambda r: action_label(r.action)),
        Column(lambda: translate("AuditDialog", "Record"), lambda r: record_type(r.entity)),
        Column(lambda: translate("AuditDialog", "Id"), lambda r: r.entity_id),
        # Built in the reader's language from the row's codes and values: a stored
        # summary is English or a user's words, whoever wrote it.
        Column(lambda: translate("AuditDialog", "Summary"), summary),
    ]


class AuditDialog(QDialog):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1000, 620)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.user = QComboBox()
        self.user.setObjectName("userFilter")
        self.entity = QComboBox()
        self.entity.setObjectName("entityFilter")
        self.use_dates = QCheckBox(self.tr("From"))
        self.use_dates.setObjectName("useDates")
        self.date_from = QDateEdit(QDate.currentDate().addDays(-30))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        bar.addWidget(QLabel(self.tr("User:")))
        bar.addWidget(self.user, 1)
        bar.addWidget(QLabel(self.tr("Record:")))
        bar.addWidget(self.entity, 1)
        bar.addWidget(self.use_dates)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.refresh)
        bar.addWidget(refresh)
        layout.addLayout(bar)
        self.model = RowTableModel(audit_columns(), self)
        self.view = record_table(self.model, "auditView", (150, 120, 110, 120, 60))
        self.details = QPlainTextEdit()
        self.details.setObjectName("auditDetails")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select an entry to see what changed."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setSizes([420, 160])
        layout.addWidget(splitter)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        self._load_filters()
        for signal in (
            self.user.currentIndexChanged,
            self.entity.currentIndexChanged,
            self.use_dates.toggled,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def _load_filters(self) -> None:
        users, entities = self.ctx.services.audit.distinct_values(self.ctx.actor)
        self.user.addItem(self.tr("(all)"), "")
        for name in users:
            self.user.addItem(name, name)
        self.entity.addItem(self.tr("(all)"), "")
        for name in entities:
            self.entity.addItem(record_type(name), name)

    def current_filter(self) -> AuditFilter:
        dates = self.use_dates.isChecked()
        return AuditFilter(
            username=self.user.currentData() or "",
            entity=self.entity.currentData() or "",
            date_from=self.date_from.date().toPython() if dates else None,
            date_to=self.date_to.date().toPython() if dates else None,
        )

    def refresh(self) -> None:
        try:
            rows = self.ctx.services.audit.query(self.ctx.actor, self.current_filter())
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n entry(s), newest first", "", len(rows)))
        self.details.clear()

    def _show_details(self, current, _previous) -> None:
        if not current.isValid():
            self.details.clear()
            return
        row = self.model.row_object(current.row())
        self.details.setPlainText(details(row))
