"""The activity editor (CONTRACTS.md): details with the ad copy, team, promotion
terms, materials, costs and the summary, and the workflow buttons.

`ActivityDialog(ctx, activity_id, parent, starts_at=...)`: exec() == Accepted once
it saved (or moved the activity along) and published the change. Linking costs and
leads, photos and the summary are saved at once and published as they happen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.campaigns.inputs import kind_label
from app.campaigns.permissions import CampaignPermission
from app.campaigns.rows import ActivityInput, ActivityView
from app.campaigns.workflow import action_label, available_activity_actions, status_label
from app.errors import ConflictError, ServiceError, ValidationError
from app.service import Change
from ui.campaigns.details_page import DetailsPage
from ui.campaigns.list_pages import MaterialsPage, TeamPage, TermsPage
from ui.campaigns.spend_pages import CostsPage, SummaryPage
from ui.context import UiContext
from ui.widgets import dialogs
from ui.widgets.forms import error_label, show_field_error, show_inline
from ui.widgets.messages import confirm, show_error

# Parts approval fixes (app.campaigns.service._locked): a change asks first.
_LOCKED_FIELDS = ("kind", "starts_at", "ends_at", "all_day", "budget_fen", "category_id",
                  "ad_copy", "terms")  # fmt: skip


def new_input(ctx: UiContext, starts_at: dt.datetime | None) -> ActivityInput:
    start = starts_at or dt.datetime.combine(dt.date.today() + dt.timedelta(days=7), dt.time(9, 0))
    return ActivityInput(
        name="",
        kind="booth",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=3),
        owner_id=ctx.actor.staff_id,
    )


class ActivityDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        activity_id: int | None,
        parent: QWidget | None = None,
        *,
        starts_at: dt.datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self.ctx = ctx
        self.view: ActivityView | None = None
        self.header = QLabel()
        self.header.setObjectName("activityHeader")
        self.header.setWordWrap(True)
        self.actions_row = QHBoxLayout()
        self.details = DetailsPage(ctx)
        self.team = TeamPage(ctx)
        self.terms = TermsPage()
        self.materials = MaterialsPage()
        self.costs = CostsPage(ctx)
        self.summary = SummaryPage(ctx)
        self.costs.changed.connect(self._published)
        self.summary.changed.connect(self._published)
        self.summary.summary_saved.connect(self._summary_saved)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.team, self.tr("Team"))
        self.tabs.addTab(self.terms, self.tr("Promotion terms"))
        self.tabs.addTab(self.materials, self.tr("Materials"))
        self.tabs.addTab(self.costs, self.tr("Costs"))
        self.tabs.addTab(self.summary, self.tr("Summary"))
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self._close)
        self._published_any = False
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addLayout(self.actions_row)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(1100, 700)
        if activity_id is None:
            self._load_new(new_input(ctx, starts_at))
        else:
            self._load(ctx.services.campaigns.get_activity(ctx.actor, activity_id))

    # -- loading ------------------------------------------------------------------------
    def _load_new(self, data: ActivityInput) -> None:
        self.view = None
        self.setWindowTitle(self.tr("New activity"))
        self.header.setText(f"<b>{self.tr('New activity')}</b>")
        self._fill(data)
        for index in (4, 5):  # costs and summary need a saved activity
            self.tabs.setTabEnabled(index, False)
        self._set_editable(True)
        self._actions([])

    def _load(self, view: ActivityView) -> None:
        self.view = view
        row = view.row
        self.setWindowTitle(self.tr("Activity: %1").replace("%1", row.name))
        lines = [
            f"<b>{row.name}</b> — {kind_label(row.kind)} · {status_label(row.status)}",
        ]
        if view.approved_by_name and view.approved_at:
            lines.append(self.tr("Approved by %1").replace("%1", view.approved_by_name))
        if view.decision_reason:
            lines.append(self.tr("Reason: %1").replace("%1", view.decision_reason))
        if view.ad_copy_override:
            lines.append(
                self.tr("Ad copy submitted over its findings: %1").replace(
                    "%1", view.ad_copy_override
                )
            )
        self.header.setText("<br>".join(lines))
        self._fill(view.as_input(), row.owner_name, row.channel_name)
        self.details.set_activity_id(view.id)
        editor = self._may_edit(view)
        self.costs.load(view, editor and row.status not in ("completed", "cancelled"))
        self.summary.load(view, editor)
        for index in (4, 5):
            self.tabs.setTabEnabled(index, True)
        self._set_editable(editor and row.status not in ("in_progress", "completed", "cancelled"))
        self.terms.lock_note.setVisible(row.status == "approved")
        actions = available_activity_actions(self.ctx.actor, row.status)
        if not editor:
            actions = [a for a in actions if a in ("approve", "reject")]
        self._actions(actions)

    def _fill(self, data: ActivityInput, owner_name: str = "", channel_name: str = "") -> None:
        self.details.load(data, owner_name, channel_name)
        self.team.load(data.members)
        self.terms.load(data.terms)
        self.materials.load(data.materials)

    def _may_edit(self, view: ActivityView) -> bool:
        from app.campaigns.service import CampaignService

        return CampaignService.is_editor(self.ctx.actor, view)

    def _set_editable(self, editable: bool) -> None:
        for page in (self.details, self.team, self.terms, self.materials):
            page.set_editable(editable)
        may_create = self.ctx.actor.can(CampaignPermission.EDIT_ACTIVITIES)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setVisible(editable and may_create)

    def _actions(self, actions: list[str]) -> None:
        while self.actions_row.count():
            item = self.actions_row.takeAt(0)
            if item.widget():
                item.widget().hide()  # out of the layout: not shown till it is deleted
                item.widget().deleteLater()
        for action in actions:
            button = QPushButton(action_label(action))
            button.setObjectName(f"action_{action}")
            button.clicked.connect(lambda _=False, a=action: self._act(a))
            self.actions_row.addWidget(button)

    # -- saving -------------------------------------------------------------------------
    def _read(self) -> ActivityInput | None:
        base = self.view.as_input() if self.view else new_input(self.ctx, None)
        try:
            data = self.details.read(base)
            from dataclasses import replace

            return replace(
                data,
                members=self.team.read(),
                terms=self.terms.read(),
                materials=self.materials.read(),
            )
        except ValidationError as exc:
            self._show_validation(exc)
            return None

    def _show_validation(self, exc: ValidationError) -> None:
        pages = {"members": self.team, "terms": self.terms, "materials": self.materials}
        self.tabs.setCurrentWidget(pages.get(exc.field, self.details))
        show_field_error(self.error, self.details.fields, exc)

    def _dirty(self, data: ActivityInput) -> bool:
        if self.view is None:
            return True
        return data != self.view.as_input()

    def _locked_change(self, data: ActivityInput) -> bool:
        if self.view is None or self.view.status != "approved":
            return False
        old = self.view.as_input()
        return any(getattr(old, f) != getattr(data, f) for f in _LOCKED_FIELDS)

    def _override_reason(self, copy_changed: bool) -> str | None:
        """'' when the copy is clean or unchanged; a manager's reason when it has
        findings; None when the user stops."""
        findings = self.details.copy.findings() if copy_changed else []
        if not findings:
            return ""
        listed = "\n".join(f"• {f.phrase} ({f.article})" for f in findings)
        if not self.ctx.actor.can(CampaignPermission.OVERRIDE_AD_COPY):
            self.tabs.setCurrentWidget(self.details)
            show_inline(
                self.error,
                self.tr(
                    "The ad copy has findings under the Advertising Law; reword it, or ask "
                    "a manager to submit it with an override."
                ),
            )
            return None
        return dialogs.ask_reason(
            self,
            self.tr("Submit copy with findings"),
            self.tr("Why may this copy be published as it is? (recorded in the audit log)"),
            listed,
        )

    def _save_input(self, data: ActivityInput) -> ActivityView | None:
        """Create or update; None when refused or stopped (the message is shown)."""
        campaigns, actor = self.ctx.services.campaigns, self.ctx.actor
        show_inline(self.error, "")
        try:
            if self.view is None:
                return campaigns.create_activity(actor, data)
            if not self._dirty(data):
                return self.view
            resubmit = self._locked_change(data)
            override = ""
            if resubmit:
                if not confirm(
                    self,
                    self.tr("Send back for approval?"),
                    self.tr(
                        "The activity is approved. Changing its times, budget, copy or "
                        "promotion terms sends it back for approval and releases its "
                        "reserved budget until it is approved again. Go ahead?"
                    ),
                ):
                    return None
                reason = self._override_reason(data.ad_copy != self.view.row.ad_copy)
                if reason is None:
                    return None
                override = reason
            return campaigns.update_activity(
                actor, self.view.id, data, self.view.version, resubmit=resubmit,
                ad_override=override,
            )  # fmt: skip
        except ValidationError as exc:
            self._show_validation(exc)
        except ServiceError as exc:
            show_error(self, exc)
        return None

    def _publish(self, change: Change) -> None:
        self.ctx.bus.publish(change)
        self._published_any = True

    def _save(self) -> None:
        data = self._read()
        if data is None:
            return
        saved = self._save_input(data)
        if saved is None:
            return
        if saved is not self.view:
            self._publish(saved.change)
        self.accept()

    def _act(self, action: str) -> None:
        """Save what was typed, then take the workflow step."""
        view = self.view
        if view is None:
            return
        if (
            self._may_edit(view)
            and self.buttons.button(QDialogButtonBox.StandardButton.Save).isVisible()
        ):
            data = self._read()
            if data is None:
                return
            saved = self._save_input(data)
            if saved is None:
                return
            if saved is not view:
                self._publish(saved.change)
                view = saved
                self.view = saved
        reason, override = "", ""
        if action in ("reject", "cancel"):
            asked = dialogs.ask_reason(
                self, action_label(action), self.tr("The reason (the owner will see it):")
            )
            if asked is None:
                return
            reason = asked
        if action == "submit":
            copy = self._override_reason(True)
            if copy is None:
                return
            override = copy
        campaigns, actor = self.ctx.services.campaigns, self.ctx.actor
        try:
            moved = campaigns.transition(
                actor, view.id, view.version, action, reason, ad_override=override
            )
        except ConflictError as exc:
            show_error(self, exc)
            if action == "complete":
                self.tabs.setCurrentWidget(self.summary)
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._publish(moved.change)
        self.accept()

    # -- changes saved at once --------------------------------------------------------------
    def _published(self, change: Change) -> None:
        self._publish(change)
        self._reload()

    def _summary_saved(self, view: ActivityView) -> None:
        self._publish(view.change)
        self._load(view)
        self.tabs.setCurrentWidget(self.summary)

    def _reload(self) -> None:
        if self.view is None:
            return
        current = self.tabs.currentIndex()
        view = dialogs.run(
            self, lambda: self.ctx.services.campaigns.get_activity(self.ctx.actor, self.view.id)
        )
        if view is not None:
            self._load(view)
            self.tabs.setCurrentIndex(current)

    def _close(self) -> None:
        # Changes saved at once (costs, leads, photos, summary) count as saved.
        if self._published_any:
            self.accept()
        else:
            self.reject()
