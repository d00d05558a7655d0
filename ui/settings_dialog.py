"""Settings: the user's language, this computer's backups (administrator), and the
office's settings kept in the database (administrator edits, others read)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
)

from app.errors import ServiceError
from app.permissions import PlatformPermission
from app.settings import SETTINGS
from ui.context import UiContext
from ui.office_settings_form import OfficeSettingsBox, changed_values
from ui.widgets.forms import dialog_buttons
from ui.widgets.messages import show_error


class SettingsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        settings = ctx.settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("System default"), "")
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        form.addRow(SETTINGS["language"].title() + ":", self.language)
        self.admin = ctx.actor.can(PlatformPermission.MANAGE_SETTINGS)
        self.retention = self._spin_box("backup_retention", "backupRetention")
        self.daily = QCheckBox()
        self.daily.setObjectName("dailyBackup")
        self.daily.setChecked(settings.get("daily_backup"))
        if self.admin:
            form.addRow(SETTINGS["backup_retention"].title() + ":", self.retention)
            form.addRow(SETTINGS["daily_backup"].title() + ":", self.daily)
        layout.addLayout(form)
        self.office_settings = ctx.services.office_settings.current(ctx.actor)
        self.office = OfficeSettingsBox(self.office_settings, editable=self.admin)
        # The office's settings grow with every feature (conduct rules, risk
        # thresholds): they scroll rather than push the buttons off a laptop screen.
        scroll = QScrollArea()
        scroll.setObjectName("officeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.office)
        layout.addWidget(scroll, 1)
        layout.addWidget(dialog_buttons(self.save, self.reject))
        self._fit_screen()
        self.language_changed = False

    def _fit_screen(self) -> None:
        """As tall as the settings need, at most 85% of the screen's free height."""
        wanted = self.sizeHint().height() + self.office.sizeHint().height()
        screen = self.screen().availableGeometry() if self.screen() else None
        limit = int(screen.height() * 0.85) if screen is not None else 700
        width = max(self.minimumWidth(), self.office.sizeHint().width() + 40)
        self.resize(width, min(wanted, limit))

    def _spin_box(self, key: str, name: str) -> QSpinBox:
        """A number setting with the range its declaration allows."""
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(SETTINGS[key].minimum, SETTINGS[key].maximum)
        box.setValue(self.ctx.settings.get(key))
        return box

    def save(self) -> None:
        settings = self.ctx.settings
        values = {"language": self.language.currentData()}
        if self.admin:
            values.update(
                backup_retention=self.retention.value(),
                daily_backup=self.daily.isChecked(),
            )
        try:
            if self.admin:
                office = changed_values(self.office_settings, self.office.values())
                if office:
                    self.office_settings = self.ctx.services.office_settings.save(
                        self.ctx.actor, office
                    )
            changed = self.ctx.services.maintenance.save_settings(
                self.ctx.actor, settings, values
            ).result
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.language_changed = "language" in changed
        self.accept()
