"""The workbench for the tour (ui/tour_registry.py): as the demo's manager sees it
(the tour's tab pages show it for every role; this page is the manager's, full size)."""

from __future__ import annotations

from app.context import Actor
from app.permissions import Role
from ui.context import UiContext


def _as_manager(ctx: UiContext) -> UiContext:
    users = ctx.services.users.list_users(Actor.command_line())
    user = next((u for u in users if u.active and u.role == Role.MANAGER), None)
    if user is None:
        return ctx
    actor = Actor(
        user_id=user.id,
        username=user.username,
        role=user.role,
        staff_id=user.staff_id,
        display_name=user.display_name,
    )
    return UiContext(services=ctx.services, actor=actor, settings=ctx.settings, bus=ctx.bus)


def _workbench(ctx: UiContext):
    from ui.workbench.tab import WorkbenchTab

    tab = WorkbenchTab(_as_manager(ctx))
    tab.resize(1100, 720)
    return tab


DIALOGS = [("workbench-manager", _workbench)]
