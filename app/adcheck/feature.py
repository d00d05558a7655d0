"""The ad-copy check for education and training ads (Advertising Law of the PRC)."""

from __future__ import annotations

from app.adcheck.permissions import GRANTS, AdCheckPermission
from app.features import DemoStep, Feature
from db.migrate import VERSIONS_DIR

FEATURE = Feature(
    name="adcheck",
    models=("db.models.adcheck",),
    migrations=VERSIONS_DIR,  # branch "adcheck": adcheck_a001
    permissions=(AdCheckPermission,),
    grants=GRANTS,
    services={"adcheck": "app.adcheck.service:AdCheckService"},
    ui="ui.adcheck.feature",
    demo=DemoStep("adcheck", "app.demo.adcheck"),
    cli=("cli.adcheck",),
    translations=("adcheck",),
)
