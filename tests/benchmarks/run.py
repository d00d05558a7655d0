#!/usr/bin/env python3
"""Run every benchmark and print one line per figure.

    python tests/benchmarks/run.py [--json OUT] [--only NAME ...] [--quick]

Each benchmark module has `run(options) -> dict[str, float]`; the figures of
all of them are merged into one flat JSON object. Each feature declares its
benchmark modules (app.features.Feature.benchmarks).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from app.features import benchmark_modules  # noqa: E402 - after the sys.path set-up


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", type=Path, help="write the figures as one flat JSON object")
    parser.add_argument("--only", nargs="*", help="benchmark module names to run")
    parser.add_argument(
        "--workdir",
        type=Path,
        default=Path("bench-out"),
        help="where benchmark databases and files are built",
    )
    parser.add_argument(
        "--quick", action="store_true", help="smaller data sets, for checking the harness itself"
    )
    options = parser.parse_args(argv)
    options.workdir.mkdir(parents=True, exist_ok=True)
    figures: dict[str, float] = {}
    for name in benchmark_modules():
        if options.only and name not in options.only:
            continue
        started = time.perf_counter()
        module = importlib.import_module(name)
        result = module.run(options)
        for key, value in result.items():
            print(
                f"{key} = {value:.4g}" if isinstance(value, float) else f"{key} = {value}",
                flush=True,
            )
        figures.update(result)
        print(f"# {name} took {time.perf_counter() - started:.1f} s", flush=True)
    if options.json:
        options.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
