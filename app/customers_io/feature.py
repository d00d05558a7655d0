"""Customer import, export, booth bundles, privacy requests and record printing."""

from __future__ import annotations

from app.customers_io.permissions import GRANTS, CustomerIoPermission
from app.features import Feature

FEATURE = Feature(
    name="customers_io",
    permissions=(CustomerIoPermission,),
    grants=GRANTS,
    ui="ui.customers_io.feature",
    benchmarks=("bench_customers_io",),
    translations=("customers_io",),
)
