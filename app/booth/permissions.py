"""What the booth kits feature lets a role do."""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class BoothPermission(StrEnum):
    # Make a kit: it carries copies of the booth staff's accounts and a bundle key.
    CREATE_KITS = "booth.kits"
    # Record competitors seen at the booth, in the kit (offline). This is not an
    # edit of the office's competitor register: merging the bundle writes there,
    # and that needs research.observe of whoever merges.
    CAPTURE_COMPETITORS = "booth.competitors"


GRANTS: Grants = {
    # The roles that merge booth bundles make the kits whose bundles they merge;
    # the roles that capture leads at a booth (customers.capture) also note the
    # competitors seen there.
    Role.MANAGER: {BoothPermission.CREATE_KITS, BoothPermission.CAPTURE_COMPETITORS},
    Role.STAFF: {BoothPermission.CAPTURE_COMPETITORS},
    Role.SERVICE: {BoothPermission.CREATE_KITS, BoothPermission.CAPTURE_COMPETITORS},
}
