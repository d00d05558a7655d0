"""Reading and writing the meta key/value table."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from db.engine import Database
from db.models.meta import Meta

DEMO_FLAG = "demo"
DEMO_ACCOUNTS = "demo_accounts"


def get_meta(db: Database, key: str, default: Any = None) -> Any:
    with db.read_session() as session:
        row = session.get(Meta, key)
        return json.loads(row.value) if row else default


def set_meta(session: Session, key: str, value: Any) -> None:
    """Within the caller's transaction."""
    row = session.get(Meta, key)
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Meta(key=key, value=text))
    else:
        row.value = text


def is_demo(db: Database) -> bool:
    return bool(get_meta(db, DEMO_FLAG, False))


def has_plaintext_passwords(db: Database) -> bool:
    """Demo logins with their passwords in plain text are stored in meta."""
    accounts = get_meta(db, DEMO_ACCOUNTS, [])
    return isinstance(accounts, list) and any(
        isinstance(a, dict) and a.get("password") for a in accounts
    )


def refuse_plaintext_passwords(db: Database) -> None:
    """Plain-text demo passwords are acceptable in a demo database only: a database that
    is not (any more) a demo and still holds them is refused, for anyone who reads the
    file could sign in with them."""
    from app.errors import DatabaseEnvironmentError, tr

    if not is_demo(db) and has_plaintext_passwords(db):
        raise DatabaseEnvironmentError(
            tr(
                "%s is not a demo database but stores demo passwords in plain text "
                "(meta '%s'). Delete that entry and change those accounts' passwords "
                "before using it."
            )
            % (db.display_location(), DEMO_ACCOUNTS)
        )


def demo_accounts(db: Database) -> list[dict[str, str]]:
    """Demo logins, shown by the login dialog on demo databases only."""
    if not is_demo(db):
        return []
    return list(get_meta(db, DEMO_ACCOUNTS, []))
