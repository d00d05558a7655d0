"""Start-up (bench_startup) re-measured on the 1,000,000-customer demo database that
bench_customers builds (20,000 customers with --quick). Keys are prefixed startup_1m_."""

from __future__ import annotations

from pathlib import Path

import bench_customers
from bench_startup import measure


def run(options) -> dict[str, float]:
    path = bench_customers.database(options)
    data_dir = Path(options.workdir).resolve() / "startup-1m-data"
    data_dir.mkdir(parents=True, exist_ok=True)
    return measure(f"sqlite:///{path}", data_dir, prefix="startup_1m_")
