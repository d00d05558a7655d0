"""The audit log in the reader's language, built when it is shown.

A row stores codes (action, table name, field names) and the record's values
before and after; a stored summary is English or a user's own words depending
on who wrote it ("demo built, scale=2000", "同意"). So the log's text is made
here, at display time, from those codes and values: the record type, a one-line
summary, and the changed fields under their names. Codes this module does not
know are shown as they are, made readable (`direct_expenses` -> "direct expenses").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Protocol

from app.errors import tr
from app.money import format_money

# Bookkeeping columns every record has: not what a reader wants to see changed.
_NOISE = {"id", "created_at", "updated_at", "version", "uuid", "deleted_at"}
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)?$")
# The fields that name a record, in the order they are tried.
_NAMING = ("number", "name", "display_name", "username", "title", "filename", "code", "payee")


class AuditLike(Protocol):
    action: str
    entity: str
    entity_id: str
    summary: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def _readable(code: str) -> str:
    return code.replace("_", " ").strip()


def record_type(entity: str) -> str:
    """The record type of a table name, translated."""
    labels = {
        "users": tr("user account", "audit record"),
        "staff": tr("staff member", "audit record"),
        "departments": tr("department", "audit record"),
        "database": tr("database", "audit record"),
        "settings": tr("settings", "audit record"),
        "office_settings": tr("office settings", "audit record"),
        "channels": tr("channel", "audit record"),
        "customers": tr("customer", "audit record"),
        "follow_ups": tr("follow-up", "audit record"),
        "trial_classes": tr("trial class", "audit record"),
        "enrollments": tr("enrollment", "audit record"),
        "complaints": tr("complaint", "audit record"),
        "courses": tr("course", "audit record"),
        "customer_tags": tr("customer tag", "audit record"),
        "customer_tag_names": tr("tag", "audit record"),
        "booth_bundle": tr("booth bundle", "audit record"),
        "claims": tr("claim", "audit record"),
        "claim_lines": tr("claim line", "audit record"),
        "claim_attachments": tr("claim attachment", "audit record"),
        "claim_approvals": tr("claim approval", "audit record"),
        "expense_categories": tr("expense category", "audit record"),
        "budget_plans": tr("budget plan", "audit record"),
        "budget_adjustments": tr("budget adjustment", "audit record"),
        "direct_expenses": tr("direct expense", "audit record"),
        "budget_report": tr("budget report", "audit record"),
        "budget_plan_lines": tr("budget plan line", "audit record"),
        "budget_plan_purposes": tr("budget purpose", "audit record"),
        "customer_status_changes": tr("customer status change", "audit record"),
    }
    if entity in labels:
        return labels[entity]
    from app.features import audit_record_labels

    return audit_record_labels().get(entity) or _readable(entity)


def field_label(field: str) -> str:
    """A stored field's name, translated where it is known."""
    labels = {
        "name": tr("name", "audit field"),
        "display_name": tr("full name", "audit field"),
        "username": tr("user name", "audit field"),
        "role": tr("role", "audit field"),
        "active": tr("active", "audit field"),
        "staff_id": tr("staff member", "audit field"),
        "locked_until": tr("locked until", "audit field"),
        "must_change_password": tr("must change password", "audit field"),
        "last_login_at": tr("last sign-in", "audit field"),
        "failed_logins": tr("failed sign-ins", "audit field"),
        "phone": tr("phone", "audit field"),
        "mobile": tr("mobile", "audit field"),
        "position": tr("position", "audit field"),
        "department_id": tr("department", "audit field"),
        "department_name": tr("department", "audit field"),
        "hire_date": tr("hire date", "audit field"),
        "code": tr("code", "audit field"),
        "status": tr("status", "audit field"),
        "tier": tr("tier", "audit field"),
        "owner_user_id": tr("owner", "audit field"),
        "channel": tr("channel", "audit field"),
        "channel_id": tr("channel", "audit field"),
        "school": tr("school", "audit field"),
        "grade": tr("grade", "audit field"),
        "wechat": tr("WeChat", "audit field"),
        "guardian_name": tr("guardian", "audit field"),
        "guardian_phone": tr("guardian's phone", "audit field"),
        "notes": tr("notes", "audit field"),
        "note": tr("note", "audit field"),
        "remark": tr("remark", "audit field"),
        "reason": tr("reason", "audit field"),
        "return_reason": tr("reason for return", "audit field"),
        "year": tr("year", "audit field"),
        "month": tr("month", "audit field"),
        "category": tr("category", "audit field"),
        "category_id": tr("category", "audit field"),
        "amount_fen": tr("amount", "audit field"),
        "price_fen": tr("price", "audit field"),
        "total_fen": tr("total", "audit field"),
        "class_hours": tr("class hours", "audit field"),
        "number": tr("number", "audit field"),
        "claim_date": tr("claim date", "audit field"),
        "claimant_name": tr("claimant", "audit field"),
        "purpose": tr("purpose", "audit field"),
        "payee": tr("payee", "audit field"),
        "expense_date": tr("expense date", "audit field"),
        "filename": tr("file", "audit field"),
        "sort_order": tr("order", "audit field"),
        "language": tr("language", "audit field"),
        "decision_note": tr("decision note", "audit field"),
        "requested_by_name": tr("requested by", "audit field"),
        "submitted_by_name": tr("submitted by", "audit field"),
        "approved_by_name": tr("approved by", "audit field"),
        "decided_by_name": tr("decided by", "audit field"),
        "paid_by_name": tr("paid by", "audit field"),
        "submitted_at": tr("submitted at", "audit field"),
        "approved_at": tr("approved at", "audit field"),
        "decided_at": tr("decided at", "audit field"),
        "paid_at": tr("paid at", "audit field"),
    }
    return labels.get(field, _readable(field))


def _value(field: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return tr("yes", "audit value") if value else tr("no", "audit value")
    if field.endswith("_fen") and isinstance(value, int):
        return format_money(value)
    if isinstance(value, dict | list):
        return "…"
    if isinstance(value, str) and _TIMESTAMP.match(value):
        # Stored as ISO in UTC: shown in the reader's time zone, to the minute.
        return dt.datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M")
    return str(value)


def _subject(row: AuditLike) -> str:
    values = {**(row.before or {}), **(row.after or {})}
    for key in _NAMING:
        if values.get(key):
            return str(values[key])
    if row.entity == "budget_plans" and values.get("year"):
        return str(values["year"])
    return row.entity_id


def changed_fields(row: AuditLike) -> list[tuple[str, str, str]]:
    """(field label, before, after) of every field the entry changed; for a record
    created or deleted, all its fields with a value."""
    before, after = row.before or {}, row.after or {}
    # A user id beside the user's name says nothing more to a reader.
    fields = [
        k
        for k in dict.fromkeys([*before, *after])
        if k not in _NOISE and not (k.endswith("_by_user_id") or k == "claimant_user_id")
    ]
    if before and after:
        fields = [k for k in fields if before.get(k) != after.get(k)]
    else:
        fields = [k for k in fields if (before or after).get(k) not in (None, "")]
    return [
        (
            field_label(k),
            _value(k, before.get(k)) if before else "",
            _value(k, after.get(k)) if after else "",
        )
        for k in fields
    ]


def details(row: AuditLike) -> str:
    """The details pane: the summary, then one line per named field."""
    lines = [summary(row)]
    for label, old, new in changed_fields(row):
        if old and new:
            lines.append(f"{label}: {old} → {new}")
        else:
            lines.append(f"{label}: {old or new}")
    return "\n".join(lines)


def _after_colon(text: str) -> str:
    return text.split(": ", 1)[-1] if ": " in text else text


def summary(row: AuditLike) -> str:
    """One line in the reader's language, from the action, the record and its values."""
    kind, subject = record_type(row.entity), _subject(row)
    action = row.action
    values = {**(row.before or {}), **(row.after or {})}
    if action == "demo":
        found = re.search(r"(\d+)", row.summary or "")
        if found:
            return tr("Demo data built (%s customers)") % found.group(1)
        return tr("Demo data built")
    if action == "backup":
        return tr("Database backed up to %s") % _after_colon(row.summary)
    if action == "restore" and row.entity == "database":
        found = re.match(r"restored from (.*?); previous copy (.*)$", row.summary or "")
        if found:
            return tr("Database restored from %s (the previous one kept as %s)") % found.groups()
        return tr("Database restored from a backup")
    if action in ("login", "login_failed", "lock", "unlock", "change_password", "reset_password"):
        texts = {
            "login": tr("%s signed in"),
            "login_failed": tr("Failed sign-in as %s"),
            "lock": tr("Account %s locked after failed sign-ins"),
            "unlock": tr("Account %s unlocked"),
            "change_password": tr("%s changed the password"),
            "reset_password": tr("Password of %s reset"),
        }
        return texts[action] % subject
    if action == "update":
        fields = [label for label, _old, _new in changed_fields(row)]
        if fields:
            return tr("Changed %s %s: %s") % (kind, subject, ", ".join(fields))
        return tr("Changed %s %s") % (kind, subject)
    if action == "status":
        old = (row.before or {}).get("status")
        new = (row.after or {}).get("status") or _after_colon(row.summary).split("-> ")[-1]
        return tr("%s %s: status %s → %s") % (kind, subject, old or "—", new or "—")
    templates = {
        "create": tr("Created %s %s"),
        "delete": tr("Deleted %s %s"),
        "restore": tr("Restored %s %s"),
        "submit": tr("Submitted %s %s"),
        "approve": tr("Approved %s %s"),
        "reject": tr("Rejected %s %s"),
        "return": tr("Returned %s %s"),
        "cancel": tr("Cancelled %s %s"),
        "pay": tr("Recorded the payment of %s %s"),
        "reverse": tr("Reversed %s %s"),
        "merge": tr("Merged %s %s"),
        "attach": tr("Attached a file to %s %s"),
        "budget_override": tr("Approved %s %s over the remaining budget"),
        "export": tr("Exported %s %s"),
        "print": tr("Printed %s %s"),
        "import": tr("Imported %s %s"),
    }
    if action in templates:
        line = templates[action] % (kind, subject)
        reason = values.get("return_reason") if action == "return" else None
        return f"{line}: {reason}" if reason else line
    return f"{_readable(action)} {kind} {subject}".strip()
