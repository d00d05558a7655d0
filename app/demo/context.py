"""What demo steps share: the database, services, a seeded RNG and created ids."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from app.context import Actor
from app.services import Services
from db.engine import Database


@dataclass
class DemoContext:
    db: Database
    services: Services
    actor: Actor
    rng: random.Random
    scale: int
    today: dt.date
    progress: Callable[[str, int, int], None] | None = None
    staff_by_department: dict[str, list[int]] = field(default_factory=dict)
    user_ids: dict[str, int] = field(default_factory=dict)

    def report(self, step: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(step, done, total)
