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


def demo_accounts(db: Database) -> list[dict[str, str]]:
    """Demo logins, shown by the login dialog on demo databases only."""
    if not is_demo(db):
        return []
    return list(get_meta(db, DEMO_ACCOUNTS, []))
