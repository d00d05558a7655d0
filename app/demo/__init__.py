"""Deterministic demo database: `python main.py demo [--scale N]`.

Each feature adds a step to STEPS; steps run in order on an empty database.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from app.context import Actor
from app.demo import budget, customers, platform
from app.demo.context import DemoContext
from app.errors import ConflictError, ValidationError, tr
from app.services import Services
from db.engine import Database

DemoStep = Callable[[DemoContext], None]

STEPS: list[tuple[str, DemoStep]] = [
    ("platform", platform.build),
    # --- customers
    ("customers", customers.build),
    # --- budget and claims
    ("budget", budget.build),
]


def step_label(name: str) -> str:
    """What a step is called in progress messages (the GUI's first run, the CLI)."""
    labels = {
        "platform": tr("accounts and staff", "demo step"),
        "customers": tr("customers", "demo step"),
        "budget": tr("budgets and claims", "demo step"),
    }
    return labels.get(name, name)


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
    for name, step in STEPS:
        ctx.report(name, 0, 1)
        step(ctx)
        ctx.report(name, 1, 1)
    services.audit.record(actor, "demo", "database", summary=f"demo built, scale={scale}")
    return ctx
