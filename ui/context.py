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

    def publish(self, change: Change | None, *entities: str) -> None:
        change = change or Change()
        for entity in entities:
            change.add(entity)
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
