"""Deterministic demo database: `python main.py demo [--scale N]`.

Each feature declares its step (app.features.DemoStep); the steps run in the
order of the registered features, on an empty database.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
from collections.abc import Callable

from app.audit.service import record_event
from app.context import Actor
from app.demo.context import DemoContext
from app.errors import ConflictError, ValidationError, tr
from app.features import demo_steps
from app.services import Services
from db.engine import Database


def step_label(name: str) -> str:
    """What a step is called in progress messages (the GUI's first run, the CLI)."""
    for step in demo_steps():
        if step.name == name:
            return str(importlib.import_module(step.module).label())
    return name


def progress_text(name: str, done: int, total: int) -> str:
    """A step and, for a step that counts, how far it is: "customers 1,200 / 2,000"."""
    label = step_label(name)
    return label if total <= 1 else f"{label} {done:,} / {total:,}"


DEFAULT_SCALE = 2000
DEFAULT_SEED = 20261125


def build_demo(
    db: Database,
    *,
    scale: int = DEFAULT_SCALE,
    seed: int = DEFAULT_SEED,
    today: dt.date | None = None,
    actor: Actor | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> DemoContext:
    if scale < 0:
        raise ValidationError("scale", tr("The number of demo customers cannot be negative."))
    services = Services(db)
    if services.users.has_users():
        raise ConflictError(tr("The database already has accounts; the demo needs an empty one."))
    actor = actor or Actor.command_line()
    ctx = DemoContext(
        db=db,
        services=services,
        actor=actor,
        rng=random.Random(seed),
        scale=scale,
        today=today or dt.date.today(),
        progress=progress,
    )
    for step in demo_steps():
        ctx.report(step.name, 0, 1)
        importlib.import_module(step.module).build(ctx)
        ctx.report(step.name, 1, 1)
    record_event(db, actor, "demo", "database", summary=f"demo built, scale={scale}")
    return ctx
