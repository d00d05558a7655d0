"""The platform: settings, backup/restore, the first migration (every platform table)."""

from __future__ import annotations

from app.features import DemoStep, Feature
from app.permissions import PLATFORM_GRANTS, PlatformPermission
from db.migrate import VERSIONS_DIR

FEATURE = Feature(
    name="platform",
    models=("db.models.meta",),
    migrations=VERSIONS_DIR,  # revision 0001: users, staff, audit and meta tables
    permissions=(PlatformPermission,),
    grants=PLATFORM_GRANTS,
    services={"maintenance": "app.maintenance:MaintenanceService"},
    ui="ui.platform.feature",
    demo=DemoStep("platform", "app.demo.platform"),
    cli=("cli.platform",),
    benchmarks=("bench_startup",),
    translations=("platform",),
)
