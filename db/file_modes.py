"""Files and folders readable by their owner only (POSIX).

The database, its -wal/-shm, backups and logs hold minors' personal data and the
office's money records: on Linux and macOS they are 0600 in 0700 folders, not the
0644/0755 a default umask gives, so no other local user can read them. Windows is
left alone: the per-user AppData folder's ACLs already keep other users out.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def _posix() -> bool:
    return os.name == "posix"


def owner_only(path: str | Path, mode: int = PRIVATE_FILE) -> None:
    """Take group and other access away from an existing file or folder of ours. A
    file we may not chmod (another owner's) is left as it is."""
    if not _posix():
        return
    with contextlib.suppress(OSError):  # gone meanwhile, or not ours
        current = stat.S_IMODE(os.stat(path).st_mode)
        if current & 0o077:
            os.chmod(path, mode)


def private_dir(path: Path) -> Path:
    """Create a folder 0700 (or tighten it): for MarketDesk's own folders."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    owner_only(path, PRIVATE_DIR)
    return path


def private_database(path: Path) -> None:
    """A SQLite file and the -wal/-shm beside it. SQLite gives a -wal or -shm it
    creates later the mode of the database file, so tightening the file once covers
    those too."""
    owner_only(path)
    for suffix in SQLITE_COMPANIONS:
        owner_only(Path(str(path) + suffix))


def create_private_file(path: Path) -> None:
    """Create an empty file 0600 from the start (no window where it is readable)."""
    if _posix():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
        owner_only(path)
    else:
        path.touch()
