"""The customer database: customers, follow-ups, trials, enrollments, complaints."""

from __future__ import annotations

from app.customers.permissions import GRANTS, CustomerPermission
from app.features import DemoStep, Feature
from db.migrate import VERSIONS_DIR

FEATURE = Feature(
    name="customers",
    models=("db.models.customers", "db.models.customers_text"),
    migrations=VERSIONS_DIR,  # branch "customers": c001, c002
    permissions=(CustomerPermission,),
    grants=GRANTS,
    services={"customers": "app.customers.service:CustomerService"},
    ui="ui.customers.feature",
    demo=DemoStep("customers", "app.demo.customers"),
    cli=("cli.customers",),
    benchmarks=("bench_customers", "bench_startup_1m"),
    translations=("customers",),
    # c003 fills the given-name pinyin columns of the customers already stored.
    migration_helpers={"customers.name_keys": "app.customers.pinyin:name_keys"},
    workbench="app.customers.workbench:items",
    risks="app.customers.risks:RULES",  # risk warnings (app/risk_kit.py)
)
