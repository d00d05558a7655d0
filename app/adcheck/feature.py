"""The ad-copy check for education and training ads (Advertising Law of the PRC)."""

from __future__ import annotations

from app.adcheck.permissions import GRANTS, AdCheckPermission
from app.features import Feature
from db.migrate import VERSIONS_DIR

FEATURE = Feature(
    name="adcheck",
    audit_records="app.adcheck.audit_records:labels",
    models=("db.models.adcheck",),
    migrations=VERSIONS_DIR,  # branch "adcheck": adcheck_a001
    permissions=(AdCheckPermission,),
    grants=GRANTS,
    services={"adcheck": "app.adcheck.service:AdCheckService"},
    ui="ui.adcheck.feature",
    # No demo step: the shipped rules apply until the administrator opens the rules
    # dialog, which writes them (app/adcheck/service.py).
    cli=("cli.adcheck",),
    translations=("adcheck",),
)
