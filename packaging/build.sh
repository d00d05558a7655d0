#!/usr/bin/env bash
# Build the onedir bundle (dist/MarketDesk) and check it as IT would: its own
# `marketdesk-cli self-test`, offscreen. Then prove the check has teeth: the bundle
# without its translations, and without its PDF font, must each fail the self-test
# (what dropping those lines from packaging/marketdesk.spec would ship).
#   packaging/build.sh [PYTHON]      PYTHON: a venv with .[packaging] (default python3)
# PyInstaller's cache and work folder are kept between runs, keyed by the pins
# (constraints.txt): a rebuild reuses the analysed binaries and takes about a minute.
# MARKETDESK_PYINSTALLER_CACHE chooses where (default /tmp/marketdesk-pyinstaller).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-python3}
KEY=$(sha256sum constraints.txt | cut -c1-16)
CACHE=${MARKETDESK_PYINSTALLER_CACHE:-/tmp/marketdesk-pyinstaller}/$KEY
mkdir -p "$CACHE"
export PYINSTALLER_CONFIG_DIR="$CACHE/config"

echo "== bundle (PyInstaller cache $CACHE)"
started=$(date +%s)
"$PY" -m PyInstaller packaging/marketdesk.spec --noconfirm --log-level WARN \
    --workpath "$CACHE/build" --distpath dist
BUNDLE=dist/MarketDesk
echo "built in $(( $(date +%s) - started )) s; size: $(du -sh "$BUNDLE" | cut -f1)"

self_test() {
    QT_QPA_PLATFORM=offscreen "$BUNDLE/marketdesk-cli" --lang en self-test
}

echo "== frozen self-test"
self_test

# Hide some bundled files, expect the self-test to fail naming them, put them back.
expect_failure() {
    local what=$1 expected=$2 hidden=$3
    shift 3
    mkdir -p "$hidden"
    mv "$@" "$hidden"/
    local out status=0
    out=$(self_test 2>&1) || status=$?
    mv "$hidden"/* "$(dirname "$1")"/
    rmdir "$hidden"
    if [ "$status" != 1 ] || ! grep -q "$expected" <<<"$out"; then
        echo "the frozen self-test did not notice the missing $what (exit $status):" >&2
        echo "$out" >&2
        exit 1
    fi
    echo "without the $what the frozen self-test fails, as it must:"
    grep "FAILED" <<<"$out" | head -n 3
}

echo "== the self-test notices a bundle built without translations or the font"
INTERNAL=$BUNDLE/_internal/resources
expect_failure "translations" "translations (zh_CN): missing" "$CACHE/hidden-qm" \
    "$INTERNAL"/translations/*.qm
expect_failure "CJK font" "claim PDF" "$CACHE/hidden-font" "$INTERNAL"/fonts/*.ttc
echo "== bundle OK: $BUNDLE"
