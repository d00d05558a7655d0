"""Appraisal (绩效考核): KPI library, templates, targets, runs, results (issue 16)."""

from __future__ import annotations

from app.appraisal.permissions import GRANTS, AppraisalPermission
from app.features import DemoStep, Feature
from db.migrate import VERSIONS_DIR

FEATURE = Feature(
    name="appraisal",
    audit_records="app.appraisal.audit_records:labels",
    models=("db.models.appraisal",),
    migrations=VERSIONS_DIR,  # branch "appraisal": appraisal_a001
    permissions=(AppraisalPermission,),
    grants=GRANTS,
    services={"appraisal": "app.appraisal.service:AppraisalService"},
    ui="ui.appraisal.feature",
    demo=DemoStep("appraisal", "app.demo.appraisal"),  # a year of targets and runs
    cli=("cli.appraisal",),
    benchmarks=("bench_appraisal",),
    translations=("appraisal",),
    risks="app.appraisal.risks:RULES",  # risk warnings (app/risk_kit.py)
)
