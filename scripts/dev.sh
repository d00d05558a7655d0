#!/usr/bin/env bash
# MarketDesk developer entry point.
#   scripts/dev.sh run [ARGS]   set up, build a demo database the first time, launch the GUI
#   scripts/dev.sh test [ARGS]  set up, run the whole test suite (pytest ARGS)
#   scripts/dev.sh setup        only set up (.venv, the package, compiled translations)
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
    # Reinstall only when pyproject.toml changed since the last set-up.
    stamp="$VENV/.marketdesk-installed"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e ".[dev]"
        touch "$stamp"
    fi
    "$VENV/bin/python" scripts/i18n.py compile
}

command=${1:-run}
shift || true
case "$command" in
    setup)
        setup ;;
    run)
        setup
        if [ -z "${MARKETING_DB_URL:-}" ] && ! "$VENV/bin/python" -c \
            "import sys; from app.paths import default_db_path; sys.exit(0 if default_db_path().exists() else 1)"; then
            "$VENV/bin/python" main.py demo
        fi
        exec "$VENV/bin/python" main.py "$@" ;;
    test)
        setup
        exec "$VENV/bin/python" -m pytest "$@" ;;
    *)
        sed -n '2,7p' "$0"; exit 2 ;;
esac
