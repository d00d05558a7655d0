"""Is a SQLite file on a network share? Then it is refused before it is opened.

SQLite's locking does not hold over SMB or NFS: two seats writing one shared file
corrupt it, and even one seat loses writes when the connection drops. Several
seats need a PostgreSQL server; one seat keeps its file on its own disk.

- Windows: a UNC path (\\\\server\\share\\...) or a drive letter that
  GetDriveTypeW reports as DRIVE_REMOTE (a mapped network drive).
- Elsewhere: the mount holding the file (the longest mount point above it in
  /proc/mounts) has a network file system type.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smbfs", "smb3", "ncpfs", "afs", "9p", "ceph",
        "glusterfs", "lustre", "davfs", "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs",
    }
)  # fmt: skip
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive


def _drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def windows_share(path: str, drive_type: Callable[[str], int] = _drive_type) -> str | None:
    """A description of the share `path` is on, or None for a local disk."""
    text = path.replace("/", "\\")
    if text.startswith("\\\\?\\UNC\\"):
        text = "\\\\" + text[len("\\\\?\\UNC\\") :]
    elif text.startswith(("\\\\?\\", "\\\\.\\")):  # a long local path or a device
        text = text[4:]
    if text.startswith("\\\\"):
        return "UNC " + "\\".join(text.split("\\")[:4])  # \\server\share
    drive = PureWindowsPath(text).drive
    if len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOTE:
        return drive
    return None


def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def read_mounts() -> str:
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as mounts:
            return mounts.read()
    except OSError:  # macOS and the BSDs have no /proc: nothing is refused there
        return ""


def mounted_share(path: str, mounts: str) -> str | None:
    """ "TYPE SOURCE" of the network mount holding `path` (absolute, resolved), or None."""
    best: tuple[int, str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        source, point, kind = _unescape(fields[0]), _unescape(fields[1]), fields[2]
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), kind, source)
    if best is None or best[1] not in NETWORK_FILE_SYSTEMS:
        return None
    return f"{best[1]} {best[2]}"


def network_share(
    path: Path,
    *,
    platform: str = sys.platform,
    mounts: Callable[[], str] | None = None,
    drive_type: Callable[[str], int] = _drive_type,
) -> str | None:
    """Where `path` (a database file, existing or to be made) is shared from, or None
    when it is on a local disk."""
    if platform == "win32":
        return windows_share(str(path), drive_type)
    table = (mounts or read_mounts)()
    return mounted_share(os.path.realpath(path), table)
