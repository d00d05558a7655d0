"""The platform: settings, backup/restore, the first migration (every platform table)."""

from __future__ import annotations

from app.features import DemoStep, Feature
from app.permissions import PLATFORM_GRANTS, PlatformPermission
from db.migrate import VERSIONS_DIR

FEATURE = Feature(
    name="platform",
    models=("db.models.meta", "db.models.office_settings", "db.models.channels"),
    migrations=VERSIONS_DIR,  # revision 0001: users, staff, audit and meta tables
    permissions=(PlatformPermission,),
    grants=PLATFORM_GRANTS,
    services={
        "maintenance": "app.maintenance:MaintenanceService",
        "office_settings": "app.office.service:OfficeSettingsService",
        "channels": "app.channels.service:ChannelService",  # one catalogue for every feature
    },
    ui="ui.platform.feature",
    demo=DemoStep("platform", "app.demo.platform"),
    cli=("cli.platform",),
    benchmarks=("bench_startup",),
    translations=("platform",),
)
