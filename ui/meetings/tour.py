"""The meetings dialogs for the screenshot tour (ui/tour_registry.py): a notice, the
attendance and the minutes of the latest meeting the tour's user may see."""

from __future__ import annotations

from app.meetings.service import MeetingFilter


def _latest(ctx, status: str | None = None):
    rows = ctx.services.meetings.list_meetings(ctx.actor, MeetingFilter())
    for row in rows:
        if status is None or row.minutes_status == status:
            return row
    return rows[0] if rows else None


def _notice(ctx):
    from ui.meetings.notice_dialog import NoticeDialog

    return NoticeDialog(ctx, _latest(ctx))


def _attendance(ctx):
    from ui.meetings.attendance_dialog import AttendanceDialog

    row = _latest(ctx, "distributed")
    return AttendanceDialog(ctx, row) if row is not None else _notice(ctx)


def _minutes(ctx):
    from ui.meetings.minutes_dialog import MinutesDialog

    row = _latest(ctx, "distributed")
    return MinutesDialog(ctx, row) if row is not None else _notice(ctx)


DIALOGS = [
    ("meetings-notice", _notice),
    ("meetings-attendance", _attendance),
    ("meetings-minutes", _minutes),
]
