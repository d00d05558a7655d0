"""Process facts for crash reports and benchmarks."""

from __future__ import annotations

import sys


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB.

    On Linux this reads VmHWM: getrusage's ru_maxrss survives exec(), so a child
    started from a large parent reports the parent's peak instead of its own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    if sys.platform == "win32":
        return 0.0
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def app_version() -> str:
    """The installed package's version, "dev" when running from a checkout."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("marketdesk")
    except PackageNotFoundError:
        return "dev"
