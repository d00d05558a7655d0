"""What the booth kits feature lets a role do."""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class BoothPermission(StrEnum):
    # Make a kit: it carries copies of the booth staff's accounts and a bundle key.
    CREATE_KITS = "booth.kits"


GRANTS: Grants = {
    # The roles that merge booth bundles make the kits whose bundles they merge.
    Role.MANAGER: {BoothPermission.CREATE_KITS},
    Role.SERVICE: {BoothPermission.CREATE_KITS},
}
