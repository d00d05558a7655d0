"""What every widget is given: services, the acting user, settings, the change bus."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal

from app.context import Actor
from app.service import Change
from app.services import Services
from app.settings import Settings


class ChangeBus(QObject):
    """One application-level "data changed" signal; views refresh from it."""

    changed = Signal(object)  # app.service.Change

    def publish(self, change: Change) -> None:
        """Tell the views what a service call changed: the Change it returned (a
        write service's `tx.change`, or `row.change` of the row it returned)."""
        self.changed.emit(change)


@dataclass
class UiContext:
    services: Services
    actor: Actor
    settings: Settings
    bus: ChangeBus

    def qsettings(self) -> QSettings:
        """Per-user UI state (geometry, column widths), keyed by account."""
        settings = QSettings()
        settings.beginGroup(f"user-{self.actor.username}")
        return settings
