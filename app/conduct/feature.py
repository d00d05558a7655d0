"""Staff conduct records (员工行为): attendance, leave, discipline, demeanour,
commendations and training; the rules that turn them into points; the import of
time-clock exports; summaries and the printed record."""

from __future__ import annotations

from app.conduct.permissions import GRANTS, ConductPermission
from app.features import DemoStep, Feature
from db.migrate import VERSIONS_DIR

FEATURE = Feature(
    name="conduct",
    audit_records="app.conduct.audit_records:labels",
    models=("db.models.conduct",),
    migrations=VERSIONS_DIR,  # branch "conduct": conduct_001
    permissions=(ConductPermission,),
    grants=GRANTS,
    services={
        "conduct": "app.conduct.service:ConductService",
        "conduct_import": "app.conduct.importer:AttendanceImportService",
    },
    ui="ui.conduct.feature",
    demo=DemoStep("conduct", "app.demo.conduct"),
    translations=("conduct",),
    workbench="app.conduct.workbench:items",
)
