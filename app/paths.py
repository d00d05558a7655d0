"""The per-user application data folder, resolved without Qt.

Mirrors QStandardPaths.AppDataLocation for organisation "MarketDesk" and
application "MarketDesk", so the GUI and the command line use the same folder:
Windows %APPDATA%\\MarketDesk\\MarketDesk, macOS ~/Library/Application Support/
MarketDesk/MarketDesk, Linux $XDG_DATA_HOME/MarketDesk/MarketDesk.
MARKETDESK_DATA_DIR overrides it (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from db.file_modes import private_dir

ORGANIZATION = "MarketDesk"
APPLICATION = "MarketDesk"


def data_dir() -> Path:
    override = os.environ.get("MARKETDESK_DATA_DIR")
    if override:
        path = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        path = base / ORGANIZATION / APPLICATION
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Application Support" / ORGANIZATION / APPLICATION
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
        path = base / ORGANIZATION / APPLICATION
    return private_dir(path)  # owner only: the database, backups and logs are inside


def default_db_path() -> Path:
    return data_dir() / "marketdesk.sqlite3"


def backups_dir() -> Path:
    return private_dir(data_dir() / "backups")


def logs_dir() -> Path:
    return private_dir(data_dir() / "logs")


def settings_path() -> Path:
    return data_dir() / "settings.json"


def resources_dir() -> Path:
    """Translations (.qm), fonts and icons.

    Inside a PyInstaller bundle, its resources/; in an installed package, app/resources
    (setup.py copies them there and compiles the .qm files); in a checkout, resources/
    next to main.py. A checkout whose .qm files were never compiled, run with the
    Python of an environment where the package is installed (`pip install .`, then
    `python main.py`), uses the installed package's resources instead of English."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    here = Path(__file__).resolve().parent
    if (here / "resources").is_dir():
        return here / "resources"
    checkout = here.parent / "resources"
    if not any((checkout / "translations").glob("*.qm")):
        installed = _installed_resources()
        if installed is not None:
            return installed
    return checkout


def _installed_resources() -> Path | None:
    """app/resources of an installed marketdesk. Every distribution of that name is
    tried: a checkout where `pip install .` ran holds a marketdesk.egg-info of its
    own, found first from the checkout, whose files are not installed anywhere."""
    from importlib import metadata

    for distribution in metadata.distributions(name="marketdesk"):
        found = Path(str(distribution.locate_file("app/resources")))
        if (found / "translations").is_dir():
            return found
    return None
