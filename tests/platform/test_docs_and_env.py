"""docs/ROLES.md names every permission each role holds; the README and the repository
refer to nothing outside it; the database URL variable and its deprecated alias."""

from __future__ import annotations

from pathlib import Path

from app.permissions import Role, role_permissions

ROOT = Path(__file__).resolve().parents[2]


def test_roles_doc_names_every_permission_of_every_role():
    text = (ROOT / "docs" / "ROLES.md").read_text(encoding="utf-8")
    for role, permissions in role_permissions().items():
        section = text.split(f"### {role.value} (", 1)[1].split("\n### ", 1)[0]
        if role == Role.ADMIN:
            continue  # all of the above and its own: checked across the page
        for permission in permissions:
            assert f"`{permission.value}`" in section, (role, permission)
    for permission in role_permissions()[Role.ADMIN]:
        assert f"`{permission.value}`" in text, permission


def test_the_repository_names_no_file_outside_it():
    for name in ("README.md", "pyproject.toml", "docs/DEVELOPING.md"):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert "../shared" not in text and "shared/PITFALLS" not in text, name


def test_the_database_url_comes_from_marketdesk_db_url_or_the_old_name(monkeypatch):
    from app.database import resolve_url

    monkeypatch.delenv("MARKETDESK_DB_URL", raising=False)
    monkeypatch.setenv("MARKETING_DB_URL", "sqlite:////tmp/old.sqlite3")
    assert resolve_url() == "sqlite:////tmp/old.sqlite3"
    monkeypatch.setenv("MARKETDESK_DB_URL", "sqlite:////tmp/new.sqlite3")
    assert resolve_url() == "sqlite:////tmp/new.sqlite3"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "MARKETDESK_DB_URL" in readme and "XDG_DATA_HOME" in readme
    assert ".venv/bin/python main.py" in readme and "GRANT CREATE" in readme
