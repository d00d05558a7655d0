#!/usr/bin/env python3
"""Rewrite `Permission.X` (the single enum before issue 14) to the feature enums.

    python scripts/split_permissions.py FILE...

For merging code written against the old `app.permissions.Permission`: each
member goes to its feature's StrEnum (app/<feature>/permissions.py) and the
imports follow. Run ruff afterwards to sort them. A bare `Permission` in a type
annotation is left alone: use the feature's enum, or enum.StrEnum for any
permission. Delete this script once no branch predates the split.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

GROUPS = {
    ("app.permissions", "PlatformPermission"): "MANAGE_SETTINGS BACKUP RESTORE",
    ("app.users.permissions", "UserPermission"): "MANAGE_USERS",
    ("app.audit.permissions", "AuditPermission"): "VIEW_AUDIT",
    ("app.staff.permissions", "StaffPermission"): "VIEW_STAFF EDIT_STAFF EDIT_DEPARTMENTS",
    ("app.customers.permissions", "CustomerPermission"): (
        "VIEW_CUSTOMERS VIEW_ALL_CUSTOMERS VIEW_CUSTOMER_CONTACTS EDIT_CUSTOMERS "
        "EDIT_ALL_CUSTOMERS ASSIGN_CUSTOMERS DELETE_CUSTOMERS MERGE_CUSTOMERS EDIT_FOLLOW_UPS "
        "EDIT_TRIALS EDIT_ENROLLMENTS EDIT_COMPLAINTS MANAGE_COURSES MANAGE_CHANNELS"
    ),
    ("app.customers_io.permissions", "CustomerIoPermission"): (
        "IMPORT_CUSTOMERS EXPORT_CUSTOMERS CAPTURE_LEADS MERGE_BUNDLES PRIVACY_REQUESTS"
    ),
    ("app.budget.permissions", "BudgetPermission"): (
        "VIEW_BUDGET VIEW_BUDGET_REPORT MANAGE_EXPENSE_CATEGORIES EDIT_BUDGET_PLAN "
        "APPROVE_BUDGET_PLAN REQUEST_BUDGET_ADJUSTMENT APPROVE_BUDGET_ADJUSTMENT "
        "RECORD_DIRECT_EXPENSE"
    ),
    ("app.claims.permissions", "ClaimPermission"): (
        "CREATE_CLAIM VIEW_ALL_CLAIMS APPROVE_CLAIM_DEPARTMENT APPROVE_CLAIM_FINANCE "
        "PAY_CLAIM OVERRIDE_BUDGET"
    ),
}
MEMBER = {m: key for key, members in GROUPS.items() for m in members.split()}
IMPORT = re.compile(r"^([ \t]*)from app\.permissions import ([^\n(]+)\n", re.M)


def rewrite(text: str) -> str:
    used: set[tuple[str, str]] = set()

    def member(match: re.Match[str]) -> str:
        key = MEMBER[match.group(1)]
        used.add(key)
        return f"{key[1]}.{match.group(1)}"

    new = re.sub(r"(?<![\w.])Permission\.([A-Z_]+)\b", member, text)
    if new == text:
        return text

    def drop_permission(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip() != "Permission"]
        return f"{match.group(1)}from app.permissions import {', '.join(names)}\n" if names else ""

    new = IMPORT.sub(drop_permission, new)
    lines = new.split("\n")
    last = max(i for i, line in enumerate(lines) if re.match(r"^(from \S+ import|import )", line))
    if lines[last].rstrip().endswith("("):  # a parenthesised import runs to its ")"
        while not lines[last].startswith(")"):
            last += 1
    for module, name in sorted(used, reverse=True):
        statement = f"from {module} import {name}"
        if statement not in lines:
            lines.insert(last + 1, statement)
    return "\n".join(lines)


def main(paths: list[str]) -> int:
    for path in map(Path, paths):
        text = path.read_text(encoding="utf-8")
        new = rewrite(text)
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"rewrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
