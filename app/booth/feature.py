"""Booth kits: a small database for a campus booth, and sealed bundles back."""

from __future__ import annotations

from app.booth.permissions import GRANTS, BoothPermission
from app.features import Feature
from db.migrate import MIGRATIONS_DIR

FEATURE = Feature(
    name="booth",
    audit_records="app.booth.audit_records:labels",
    models=("db.models.booth",),
    migrations=MIGRATIONS_DIR / "booth",  # branch "booth"
    permissions=(BoothPermission,),
    grants=GRANTS,
    services={
        "booth_kits": "app.booth.kits:BoothKitService",
        "booth_competitors": "app.booth.competitors:BoothCompetitorService",
    },
    ui="ui.booth.feature",
    cli=("cli.booth",),
    benchmarks=("bench_booth",),
    translations=("booth",),
)
