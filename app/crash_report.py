"""The crash report a clerk can e-mail: one zip with the error, the versions and the
end of the log, with no credentials and no personal data.

Everything written goes through `scrub`: the redaction of credentials and SQL
parameters the log file already has (app.redaction), and then what could name a
person: runs of Chinese characters (customer, guardian, staff and school names, and
file names), runs of six or more digits (phone, ID card and account numbers), e-mail
addresses, and the user's home folder and login name. What is left is what a
developer needs: exception types, English messages, the code's file names and line
numbers, times and levels.
"""

from __future__ import annotations

import getpass
import os
import re
import zipfile
from collections.abc import Mapping
from pathlib import Path

from app.files import written_whole
from app.redaction import redact_text

LOG_TAIL_BYTES = 512_000  # the end of the log: what led up to the error

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
_LONG_NUMBER = re.compile(r"(?<![\w.])\+?\d[\d ]{4,}\d(?![\w.])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _home_and_user() -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    home = os.path.expanduser("~")
    if home and home not in ("/", "~"):
        pairs.append((home, "~"))
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in this environment
        user = ""
    if len(user) >= 3:
        pairs.append((user, "[user]"))
    return pairs


def scrub(text: str) -> str:
    """`text` without credentials, SQL parameters or anything that could name a person."""
    text = redact_text(text)
    for found, replacement in _home_and_user():
        text = text.replace(found, replacement)
    text = _EMAIL.sub("[e-mail]", text)
    text = _LONG_NUMBER.sub(_number, text)
    return _CJK.sub(lambda m: f"[{len(m[0])} CJK]", text)


def _number(match: re.Match[str]) -> str:
    return "[number]" if sum(c.isdigit() for c in match[0]) >= 6 else match[0]


def log_tail(path: Path, limit: int = LOG_TAIL_BYTES) -> str:
    """The last `limit` bytes of the log, from a line start ("" when there is none)."""
    try:
        with open(path, "rb") as log:
            log.seek(0, os.SEEK_END)
            size = log.tell()
            log.seek(max(0, size - limit))
            data = log.read()
    except OSError:
        return ""
    if size > limit:
        data = data.split(b"\n", 1)[-1]
    return data.decode("utf-8", errors="replace")


def write_crash_zip(
    target: Path, report: str, versions: Mapping[str, str], log_path: Path | None
) -> Path:
    """The zip at `target`: report.txt (the error), versions.txt, and log.txt (the end
    of the log), each scrubbed. Written whole or not at all."""
    lines = [f"{name}: {value}" for name, value in versions.items()]
    parts = {
        "report.txt": scrub(report),
        "versions.txt": scrub("\n".join(lines) + "\n"),
    }
    if log_path is not None:
        parts["log.txt"] = scrub(log_tail(log_path))
    with (
        written_whole(target) as partial,
        zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        for name, text in parts.items():
            archive.writestr(name, text)
    return target
