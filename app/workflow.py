"""One shape for every status workflow (DESIGN.md section 5): a transition table.

    FLOW = Workflow(
        "budget plan",
        states=(DRAFT, SUBMITTED, APPROVED),
        transitions=(
            Transition("submit", DRAFT, SUBMITTED, Permission.EDIT_BUDGET_PLAN),
            Transition("return", SUBMITTED, DRAFT, Permission.APPROVE_BUDGET_PLAN,
                       needs_reason=True),
        ),
        guard=..., refusal=..., hooks={"submit": [stamp_submitter]},
    )
    t = FLOW.find("submit", plan.status)       # None when not allowed from there
    FLOW.check(actor, t, plan)                  # permission, then the guard
    FLOW.run_hooks(t, plan, actor=actor)        # what the step records

The table says which states exist, which moves are allowed, which permission
each needs and whether it needs a reason. A feature adds what only it knows:
a guard (who besides the permission: "not the claimant"), the refusal message
of that guard, and hooks run on a move. Claims, budget plans, the customer
pipeline, trials and complaints use it; activities and appraisal runs are
meant to. A feature's Transition may be a subclass with more fields (claims
add the approval step). Bad tables fail when the module is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

from app.context import Actor
from app.errors import PermissionDenied


@dataclass(frozen=True)
class Transition:
    action: str
    source: str
    target: str
    # None: the move needs no permission of its own (the service checks one).
    permission: StrEnum | None = None
    needs_reason: bool = field(default=False, kw_only=True)


T = TypeVar("T", bound=Transition)
# Whether `actor` may take the move on `subject` beyond holding its permission.
Guard = Callable[[Actor, Any, Any], bool]
# The message of a PermissionDenied when the guard says no.
Refusal = Callable[[Actor, Any, Any], str]
# Run on a move: hook(transition, subject, **context).
Hook = Callable[..., None]


class Workflow(Generic[T]):
    def __init__(
        self,
        name: str,
        states: Sequence[str],
        transitions: Iterable[T],
        *,
        guard: Guard | None = None,
        refusal: Refusal | None = None,
        hooks: Mapping[str, Sequence[Hook]] | None = None,
    ) -> None:
        self.name = name
        self.states: tuple[str, ...] = tuple(states)
        self.transitions: tuple[T, ...] = tuple(transitions)
        self._guard = guard
        self._refusal = refusal
        self._hooks = {key: tuple(fns) for key, fns in (hooks or {}).items()}
        self._by_action: dict[tuple[str, str], T] = {}
        self._by_target: dict[tuple[str, str], T] = {}
        known = set(self.states)
        if len(known) != len(self.states):
            raise ValueError(f"{name}: a state is listed twice")
        actions = set()
        for t in self.transitions:
            if t.source not in known or t.target not in known:
                raise ValueError(
                    f"{name}: {t.action} {t.source}->{t.target} names an unknown state"
                )
            if (t.action, t.source) in self._by_action:
                raise ValueError(f"{name}: two moves '{t.action}' from {t.source}")
            self._by_action[(t.action, t.source)] = t
            self._by_target.setdefault((t.source, t.target), t)
            actions.add(t.action)
        unknown_hooks = set(self._hooks) - actions - known
        if unknown_hooks:
            raise ValueError(f"{name}: hooks for unknown actions or states {sorted(unknown_hooks)}")

    # -- the table -------------------------------------------------------------------
    def find(self, action: str, source: str) -> T | None:
        """The move `action` from `source`, or None when the table has none."""
        return self._by_action.get((action, source))

    def between(self, source: str, target: str) -> T | None:
        """The (first) move from `source` to `target`, or None."""
        return self._by_target.get((source, target))

    def targets(self, source: str) -> frozenset[str]:
        return frozenset(t.target for t in self.transitions if t.source == source)

    def table(self) -> dict[str, frozenset[str]]:
        """state -> the states one move away (every state is a key)."""
        return {state: self.targets(state) for state in self.states}

    def terminal(self) -> frozenset[str]:
        """States with no way out."""
        return frozenset(s for s in self.states if not self.targets(s))

    # -- who may -----------------------------------------------------------------------
    def allowed(self, actor: Actor, t: T, subject: Any = None) -> bool:
        if t.permission is not None and not actor.can(t.permission):
            return False
        return self._guard is None or self._guard(actor, t, subject)

    def check(self, actor: Actor, t: T, subject: Any = None) -> None:
        """Raise PermissionDenied unless `actor` may take the move on `subject`."""
        if t.permission is not None:
            actor.require(t.permission)
        if self._guard is not None and not self._guard(actor, t, subject):
            message = self._refusal(actor, t, subject) if self._refusal else ""
            raise PermissionDenied(message or f"{self.name}: {t.action} refused")

    def available(self, actor: Actor, source: str, subject: Any = None) -> list[T]:
        """The moves from `source` this actor may take, in table order (for the UI)."""
        return [
            t for t in self.transitions if t.source == source and self.allowed(actor, t, subject)
        ]

    # -- what a move does ------------------------------------------------------------
    def run_hooks(self, t: T, subject: Any, **context: Any) -> None:
        """The hooks of the move's action, then those of its target state."""
        for key in dict.fromkeys((t.action, t.target)):  # once when they share a name
            for hook in self._hooks.get(key, ()):
                hook(t, subject, **context)
