"""Who is acting: every service call takes an Actor."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from enum import StrEnum

from app.permissions import Role, has_permission, require


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    role: str
    staff_id: int | None = None
    display_name: str = ""

    def can(self, permission: StrEnum) -> bool:
        return has_permission(self.role, permission)

    def require(self, permission: StrEnum) -> None:
        require(self.role, permission)

    @classmethod
    def command_line(cls) -> Actor:
        """Command-line subcommands act as admin and are audited with the OS user name."""
        try:
            os_user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name on some service accounts
            os_user = "unknown"
        return cls(
            user_id=None, username=f"cli:{os_user}", role=Role.ADMIN, display_name=f"cli:{os_user}"
        )


def actor_name(actor: Actor) -> str:
    """The name recorded for who did a step (display name, else the user name)."""
    return actor.display_name or actor.username
