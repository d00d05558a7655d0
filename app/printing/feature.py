"""Printed claim forms, their verification, and the budget report PDF."""

from __future__ import annotations

from app.features import Feature

FEATURE = Feature(
    name="printing",
    services={"printing": "app.printing.service:PrintingService"},  # reportlab loads lazily
    ui="ui.printing.feature",
    benchmarks=("bench_printing",),
    translations=("printing",),
)
