"""The campaign calendar (活动日历): the Calendar tab, holidays and school terms,
printing a month or week, the .ics export (issue 17 items 3 and 5). The activities
themselves belong to the campaigns feature."""

from __future__ import annotations

from app.calendar.permissions import GRANTS, CalendarPermission
from app.features import DemoStep, Feature
from db.migrate import MIGRATIONS_DIR

FEATURE = Feature(
    name="calendar",
    audit_records="app.calendar.audit_records:labels",
    models=("db.models.calendar",),
    migrations=MIGRATIONS_DIR / "calendar",  # branch "calendar": cal001
    permissions=(CalendarPermission,),
    grants=GRANTS,
    services={"calendar": "app.calendar.service:CalendarService"},
    ui="ui.calendar.feature",
    demo=DemoStep("calendar", "app.demo.calendar"),  # holidays and school terms
    cli=("cli.calendar",),
    benchmarks=("bench_calendar",),
    translations=("calendar",),
)
