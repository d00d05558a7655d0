"""The worklogs pages for the screenshot tour (ui/tour_registry.py): starting a plan,
and the daily sales log with the team's day (the tab's second page)."""

from __future__ import annotations

import datetime as dt


def _new_report(ctx):
    from app.worklogs.permissions import WorklogsPermission
    from ui.worklogs.report_dialog import NewReportDialog

    return NewReportDialog(ctx.actor.can(WorklogsPermission.WRITE_DEPARTMENT))


def _daily_log(ctx):
    from PySide6.QtCore import QDate

    from ui.worklogs.tab import WorklogsTab

    tab = WorklogsTab(_as_manager(ctx))
    day = dt.date.today() - dt.timedelta(days=1)
    if day.weekday() == 6:  # the office rests on Sundays: show Saturday
        day -= dt.timedelta(days=1)
    tab.day.setDate(QDate(day.year, day.month, day.day))
    tab.pages.setCurrentIndex(1)
    tab.resize(1280, 720)
    return tab


def _as_manager(ctx):
    """The demo's marketing manager sees their own team's day (the tour runs as admin)."""
    from dataclasses import replace

    from sqlalchemy import select

    from app.users.service import actor_for
    from db.models.users import User

    with ctx.services.db.session() as session:
        user = session.scalar(select(User).where(User.username == "manager"))
        return replace(ctx, actor=actor_for(user)) if user is not None else ctx


DIALOGS = [("worklogs-new", _new_report), ("worklogs-daily-log", _daily_log)]
