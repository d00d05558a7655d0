"""A SQLite file on a network share is refused, with the way to PostgreSQL."""

from __future__ import annotations

import pytest

from app import network_share as ns
from app.database import prepare_database
from app.errors import DatabaseEnvironmentError

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
//fileserver/office /mnt/office cifs rw,vers=3.0 0 0
/dev/sdb1 /mnt/office/local\\040disk ext4 rw 0 0
fileserver:/export/marketing /srv/marketing nfs4 rw,vers=4.2 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "share"),
    [
        ("/mnt/office/marketdesk.sqlite3", "cifs //fileserver/office"),
        ("/mnt/office/a/b/c.sqlite3", "cifs //fileserver/office"),
        ("/srv/marketing/db.sqlite3", "nfs4 fileserver:/export/marketing"),
        # A local disk mounted inside the share: the longest mount point decides.
        ("/mnt/office/local disk/db.sqlite3", None),
        ("/mnt/officer/db.sqlite3", None),  # a name that only starts like the share
        ("/home/clerk/db.sqlite3", None),
        ("/tmp/db.sqlite3", None),
    ],
)
def test_mounts_table(path, share):
    assert ns.mounted_share(path, MOUNTS) == share


@pytest.mark.parametrize(
    ("path", "share"),
    [
        (r"\\fileserver\office\marketdesk.sqlite3", r"UNC \\fileserver\office"),
        ("//fileserver/office/db.sqlite3", r"UNC \\fileserver\office"),
        (r"\\?\UNC\fileserver\office\db.sqlite3", r"UNC \\fileserver\office"),
        (r"Z:\MarketDesk\marketdesk.sqlite3", "Z:"),  # mapped network drive
        (r"C:\Users\clerk\AppData\Roaming\MarketDesk\marketdesk.sqlite3", None),
        (r"\\?\C:\very\long\path\db.sqlite3", None),
    ],
)
def test_windows_paths(path, share):
    def drive_type(root: str) -> int:
        return ns.DRIVE_REMOTE if root == "Z:\\" else 3  # 3: DRIVE_FIXED

    assert ns.network_share(path, platform="win32", drive_type=drive_type) == share


def test_a_database_on_a_share_is_refused_before_it_is_created(tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setattr(ns, "read_mounts", lambda: f"//nas/office {share} cifs rw 0 0\n")
    target = share / "marketdesk.sqlite3"
    with pytest.raises(DatabaseEnvironmentError) as refused:
        prepare_database(f"sqlite:///{target}")
    message = refused.value.message
    assert str(target) in message and "cifs //nas/office" in message
    assert "PostgreSQL" in message and "MARKETDESK_DB_URL=postgresql+psycopg://" in message
    assert "--db" in message
    assert not target.exists()


def test_the_command_line_says_it_in_one_line(tmp_path, monkeypatch, capsys):
    import main

    monkeypatch.setattr(ns, "read_mounts", lambda: f"nas:/x {tmp_path} nfs rw 0 0\n")
    assert main.main(["--db", f"sqlite:///{tmp_path / 'm.sqlite3'}", "demo"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "PostgreSQL" in err[0] and "nfs nas:/x" in err[0]


def test_a_local_file_and_a_server_open(tmp_path, monkeypatch):
    monkeypatch.setattr(ns, "read_mounts", lambda: MOUNTS)
    db = prepare_database(f"sqlite:///{tmp_path / 'local.sqlite3'}")
    db.dispose()
    from app.database import refuse_network_share

    refuse_network_share("postgresql+psycopg://clerk@dbserver/marketdesk")  # not a file
