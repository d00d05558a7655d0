"""What customer import, export, booth capture and privacy requests let a role do."""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class CustomerIoPermission(StrEnum):
    IMPORT_CUSTOMERS = "customers.import"
    EXPORT_CUSTOMERS = "customers.export"
    CAPTURE_LEADS = "customers.capture"  # booth mode
    MERGE_BUNDLES = "customers.bundles"  # merge booth bundles
    PRIVACY_REQUESTS = "customers.privacy"  # personal data export, anonymise


GRANTS: Grants = {
    Role.MANAGER: {
        CustomerIoPermission.IMPORT_CUSTOMERS,
        CustomerIoPermission.EXPORT_CUSTOMERS,
        CustomerIoPermission.CAPTURE_LEADS,
        CustomerIoPermission.MERGE_BUNDLES,
        CustomerIoPermission.PRIVACY_REQUESTS,
    },
    Role.STAFF: {CustomerIoPermission.CAPTURE_LEADS},
    Role.SERVICE: {
        CustomerIoPermission.IMPORT_CUSTOMERS,
        CustomerIoPermission.EXPORT_CUSTOMERS,
        CustomerIoPermission.CAPTURE_LEADS,
        CustomerIoPermission.MERGE_BUNDLES,
    },
    # Finance exports (masked) for enrollments and channel figures.
    Role.FINANCE: {CustomerIoPermission.EXPORT_CUSTOMERS},
}
