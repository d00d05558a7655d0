"""The worklogs dialog for the screenshot tour (ui/tour_registry.py): starting a plan."""

from __future__ import annotations


def _new_report(ctx):
    from app.worklogs.permissions import WorklogsPermission
    from ui.worklogs.report_dialog import NewReportDialog

    return NewReportDialog(ctx.actor.can(WorklogsPermission.WRITE_DEPARTMENT))


DIALOGS = [("worklogs-new", _new_report)]
