#!/usr/bin/env bash
# Compile packaging/marketdesk.iss with Inno Setup under Wine and exercise the
# installer it makes in a throwaway Wine prefix: install per user with shortcuts,
# upgrade in place (the old _internal folder goes, the user's data stays), silent
# uninstall keeping the data, and silent uninstall with /DELETEDATA=1 removing it.
#
# It checks the installer's own logic, not the Windows bundle: by default the
# "bundle" is a stand-in folder (an empty MarketDesk.exe and _internal/), because a
# Windows bundle can only be built on Windows. Pass BUNDLE=dist/MarketDesk to use a
# real one.
#
#   ISCC=/path/to/ISCC.exe packaging/check-installer-wine.sh
#
# Needs: wine (with wine32: ISCC.exe and the setup are 32-bit programs), xvfb-run
# (the setup opens windows even when silent), and an Inno Setup 6 compiler folder:
# a Windows installation copied over, or `npm pack innosetup-compiler@6.2.0` unpacked
# (its package/bin/ISCC.exe). Setup programs of Inno Setup 6.3 and later stop under
# Wine 8 ("Call not implemented"); their ISCC still compiles the script.
# ChineseSimplified.isl is looked for next to ISCC.exe (Languages\) or next to the
# script, as on Windows.
set -euo pipefail
# One X server for the whole run: Wine's first program (wineboot) starts the
# desktop process that every later window goes through.
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a "$0" "$@"; fi

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
iscc="${ISCC:?set ISCC to the path of ISCC.exe}"
work="$(mktemp -d /tmp/marketdesk-iss.XXXXXX)"
cleanup() { wineserver -k 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"; }
trap cleanup EXIT  # KEEP=1 leaves the folder, to read setup.log
# A HOME of its own: Wine links the Windows desktop to it and writes menu entries
# under it (winemenubuilder), which must not land in the real one.
mkdir -p "$work/home"
export HOME="$work/home" WINEPREFIX="$work/prefix" WINEDEBUG=-all \
    WINEDLLOVERRIDES="mscoree,mshtml=,winemenubuilder.exe=d"

fail() { echo "FAILED: $*" >&2; exit 1; }
winpath() { echo "Z:${1//\//\\}"; }

# A copy of the tree the script reads (..\dist\MarketDesk, ..\resources\icons).
mkdir -p "$work/tree/resources"
cp -r "$here" "$work/tree/packaging"
cp -r "$root/resources/icons" "$work/tree/resources/icons"
stage_bundle() {  # $1: a file name only this version's _internal has
    rm -rf "$work/tree/dist/MarketDesk"
    if [ -n "${BUNDLE:-}" ]; then
        mkdir -p "$work/tree/dist" && cp -r "$BUNDLE" "$work/tree/dist/MarketDesk"
    else
        mkdir -p "$work/tree/dist/MarketDesk/_internal"
        : > "$work/tree/dist/MarketDesk/MarketDesk.exe"
        : > "$work/tree/dist/MarketDesk/marketdesk-cli.exe"
    fi
    : > "$work/tree/dist/MarketDesk/_internal/$1"
}
compile() {  # $1: version
    (cd "$work/tree/packaging" && wine "$iscc" /Q "/DAppVersion=$1" marketdesk.iss) \
        || fail "iscc could not compile marketdesk.iss"
    [ -f "$work/tree/dist/MarketDesk-$1-setup.exe" ] || fail "no MarketDesk-$1-setup.exe"
}
run_windows() {
    wine "$@"
}

wineboot -i >/dev/null 2>&1 || true
# Windows 10: the installer refuses older ones (MinVersion=10.0).
wine reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null 2>&1
users="$WINEPREFIX/drive_c/users/$(whoami)"
app="$users/AppData/Local/Programs/MarketDesk"
data="$users/AppData/Roaming/MarketDesk/MarketDesk"
menu="$users/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/MarketDesk"
log="$(winpath "$work/setup.log")"

echo "== 0.1.0: compile and install per user"
stage_bundle old-module.pyd
compile 0.1.0
run_windows "$work/tree/dist/MarketDesk-0.1.0-setup.exe" /VERYSILENT /SUPPRESSMSGBOXES \
    /TASKS=desktopicon "/LOG=$log" || fail "setup 0.1.0 exited $?"
grep -q "Administrative install mode: No" "$work/setup.log" || fail "not a per-user install"
[ -f "$app/MarketDesk.exe" ] || fail "MarketDesk.exe not in %LOCALAPPDATA%\\Programs\\MarketDesk"
[ -f "$app/_internal/old-module.pyd" ] || fail "_internal not installed"
for link in "MarketDesk.lnk" "Check the installation (self-test).lnk" "Uninstall MarketDesk.lnk"; do
    [ -f "$menu/$link" ] || fail "no Start-menu shortcut $link"
done
[ -f "$users/Desktop/MarketDesk.lnk" ] || fail "no desktop shortcut"

echo "== the user works: a database in %APPDATA%"
mkdir -p "$data" && echo "the office's data" > "$data/marketdesk.sqlite3"

echo "== 0.2.0: upgrade in place"
stage_bundle new-module.pyd
compile 0.2.0
run_windows "$work/tree/dist/MarketDesk-0.2.0-setup.exe" /VERYSILENT /SUPPRESSMSGBOXES \
    "/LOG=$log" || fail "setup 0.2.0 exited $?"
[ -f "$app/_internal/new-module.pyd" ] || fail "the upgrade did not install the new files"
[ ! -e "$app/_internal/old-module.pyd" ] || fail "a module of 0.1.0 survived the upgrade"
[ "$(ls "$app"/unins*.exe | wc -l)" = 1 ] || fail "the upgrade registered a second uninstaller"
[ -f "$data/marketdesk.sqlite3" ] || fail "the upgrade touched the user's data"

echo "== silent uninstall keeps the data"
run_windows "$app/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES || fail "uninstall exited $?"
sleep 2  # the uninstaller finishes in a copy of itself
[ ! -e "$app/MarketDesk.exe" ] || fail "the program is still there after uninstalling"
[ ! -e "$menu/MarketDesk.lnk" ] || fail "the Start-menu shortcut is still there"
[ -f "$data/marketdesk.sqlite3" ] || fail "uninstalling deleted the user's data"

echo "== reinstall, then uninstall with /DELETEDATA=1"
run_windows "$work/tree/dist/MarketDesk-0.2.0-setup.exe" /VERYSILENT /SUPPRESSMSGBOXES \
    "/LOG=$log" || fail "setup 0.2.0 (again) exited $?"
run_windows "$app/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /DELETEDATA=1 \
    || fail "uninstall exited $?"
sleep 2
[ ! -e "$data" ] || fail "/DELETEDATA=1 left the user's data"

echo "installer check passed"
