"""What the customer database lets a role do (DESIGN.md section 3)."""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class CustomerPermission(StrEnum):
    VIEW_CUSTOMERS = "customers.view"  # the Customers tab (own customers at least)
    VIEW_ALL_CUSTOMERS = "customers.view_all"  # every customer, not only one's own
    VIEW_CUSTOMER_CONTACTS = "customers.contacts"  # phones and guardian data unmasked
    EDIT_CUSTOMERS = "customers.edit"  # create/update/pipeline/tier/tags
    EDIT_ALL_CUSTOMERS = "customers.edit_all"  # edit customers owned by someone else
    ASSIGN_CUSTOMERS = "customers.assign"  # change the owner
    DELETE_CUSTOMERS = "customers.delete"  # soft delete and restore
    MERGE_CUSTOMERS = "customers.merge"  # find and merge duplicates
    EDIT_FOLLOW_UPS = "customers.follow_ups"
    EDIT_TRIALS = "customers.trials"
    EDIT_ENROLLMENTS = "customers.enrollments"
    EDIT_COMPLAINTS = "customers.complaints"
    MANAGE_COURSES = "customers.courses"
    MANAGE_CHANNELS = "customers.channels"


_CUSTOMER_WORK = {
    CustomerPermission.VIEW_CUSTOMERS,
    CustomerPermission.VIEW_CUSTOMER_CONTACTS,
    CustomerPermission.EDIT_CUSTOMERS,
    CustomerPermission.EDIT_FOLLOW_UPS,
}

GRANTS: Grants = {
    # Managers see and change every customer, unmasked.
    Role.MANAGER: _CUSTOMER_WORK
    | {
        CustomerPermission.VIEW_ALL_CUSTOMERS,
        CustomerPermission.EDIT_ALL_CUSTOMERS,
        CustomerPermission.ASSIGN_CUSTOMERS,
        CustomerPermission.DELETE_CUSTOMERS,
        CustomerPermission.MERGE_CUSTOMERS,
        CustomerPermission.EDIT_TRIALS,
        CustomerPermission.EDIT_ENROLLMENTS,
        CustomerPermission.EDIT_COMPLAINTS,
        CustomerPermission.MANAGE_COURSES,
    },
    # Staff work their own customers (the services restrict them to owner = self).
    Role.STAFF: _CUSTOMER_WORK
    | {CustomerPermission.EDIT_TRIALS, CustomerPermission.EDIT_ENROLLMENTS},
    # Customer service: every customer, follow-ups and complaints.
    Role.SERVICE: _CUSTOMER_WORK
    | {
        CustomerPermission.VIEW_ALL_CUSTOMERS,
        CustomerPermission.EDIT_ALL_CUSTOMERS,
        CustomerPermission.MERGE_CUSTOMERS,
        CustomerPermission.EDIT_COMPLAINTS,
    },
    # Finance sees customers (for enrollments and channel figures) but masked only.
    Role.FINANCE: {CustomerPermission.VIEW_CUSTOMERS, CustomerPermission.VIEW_ALL_CUSTOMERS},
}
