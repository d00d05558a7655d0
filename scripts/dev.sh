#!/usr/bin/env bash
# MarketDesk developer entry point.
#   scripts/dev.sh run [ARGS]   set up, build a demo database the first time, launch the GUI
#   scripts/dev.sh test [ARGS]  set up, run the whole test suite (pytest ARGS)
#   scripts/dev.sh check        set up, run ruff (lint + format) and mypy, as CI does
#   scripts/dev.sh setup        only set up (.venv, the package, compiled translations)
#   scripts/dev.sh lock         pin every dependency anew into constraints.txt
# MARKETDESK_VENV chooses the virtual environment folder (default .venv).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${MARKETDESK_VENV:-.venv}
PY=${PYTHON:-python3}

# Shared libraries the Qt wheels need; present on desktop Linux, missing on bare servers.
QT_LIBS="libglib2.0-0 libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 \
libdbus-1-3 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 \
libxcb-xkb1 libx11-xcb1 fonts-noto-cjk poppler-utils"

system_libs() {
    if ldconfig -p 2>/dev/null | grep -q libxkbcommon.so.0 && ldconfig -p | grep -q libEGL.so.1; then
        return
    fi
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing the system libraries Qt needs..." >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $QT_LIBS >/dev/null
    else
        echo "Qt needs system libraries; on Debian/Ubuntu run:" >&2
        echo "  sudo apt-get install -y $QT_LIBS" >&2
    fi
}

setup() {
    system_libs
    if [ ! -x "$VENV/bin/python" ]; then
        "$PY" -m venv "$VENV"
    fi
    # Reinstall only when pyproject.toml or the pins changed since the last set-up.
    stamp="$VENV/.marketdesk-installed"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip
        # constraints.txt: the versions CI and the installer were built and tested with.
        "$VENV/bin/python" -m pip install -q -c constraints.txt -e ".[dev]"
        touch "$stamp"
    fi
    "$VENV/bin/python" scripts/i18n.py compile
}

# Resolve the newest versions pyproject.toml allows (all extras, so the installer's
# PyInstaller is pinned too) in a throwaway venv, and write them as pins.
lock() {
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    "$PY" -m venv "$tmp/venv"
    "$tmp/venv/bin/python" -m pip install -q --upgrade pip
    "$tmp/venv/bin/python" -m pip install -q ".[dev,postgres,packaging]"
    {
        echo "# Pinned versions of every dependency (direct and transitive), resolved on"
        echo "# Linux for Python $("$tmp/venv/bin/python" -c 'import sys; print(*sys.version_info[:2], sep=".")')."
        echo "# Used as: pip install -c constraints.txt -e \".[dev]\" (scripts/dev.sh setup)."
        echo "# Regenerate with: scripts/dev.sh lock (packaging/README.md)."
        "$tmp/venv/bin/python" -m pip freeze --exclude-editable | grep -vi '^marketdesk[ =@]'
    } > constraints.txt
    echo "constraints.txt: $(grep -vc '^#' constraints.txt) pins" >&2
}

command=${1:-run}
shift || true
case "$command" in
    setup)
        setup ;;
    run)
        setup
        if [ -z "${MARKETDESK_DB_URL:-}${MARKETING_DB_URL:-}" ] && ! "$VENV/bin/python" -c \
            "import sys; from app.paths import default_db_path; sys.exit(0 if default_db_path().exists() else 1)"; then
            "$VENV/bin/python" main.py demo
        fi
        exec "$VENV/bin/python" main.py "$@" ;;
    test)
        setup
        exec "$VENV/bin/python" -m pytest "$@" ;;
    check)
        setup
        "$VENV/bin/python" -m ruff check .
        "$VENV/bin/python" -m ruff format --check .
        "$VENV/bin/python" -m mypy ;;  # files and strictness: [tool.mypy] in pyproject.toml
    lock)
        lock ;;
    *)
        sed -n '2,9p' "$0"; exit 2 ;;
esac
