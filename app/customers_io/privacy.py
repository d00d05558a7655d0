"""Personal data requests (PIPL): a customer's data export, and anonymisation.

The export holds everything stored about the person: the profile (unmasked),
tags, status history, follow-ups, trial classes, enrollments and complaints,
as JSON or as an .xlsx workbook with one sheet per kind of record.

Anonymising keeps what statistics need (the record and its id, status and its
history, tier, channel, owner, grade, district, gender, dates, trials,
enrollments and their amounts, complaint times) and removes what identifies
the person: name, phones, WeChat, guardian, school, training needs, notes,
consent wording, free-text follow-up, trial, enrollment and complaint texts,
and the search columns; tags (categories) stay. It cannot be undone. Both actions
are audited; the anonymise audit row lists the cleared fields, never their values.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.context import Actor
from app.customers.common import load_customer, require_view
from app.customers.phones import national_of
from app.customers_io.permissions import CustomerIoPermission
from app.customers_io.translation import tr
from app.customers_io.xlsx import TEXT, Sheet, write_workbook
from app.errors import FileWriteError, NotFound
from app.files import written_whole
from app.service import Change, Service, jsonable
from db.models.customers import (
    Complaint,
    Customer,
    CustomerStatusChange,
    Enrollment,
    FollowUp,
    Tag,
    TrialClass,
    customer_tags,
)

ANONYMOUS_NAME = "匿名客户"
# Column -> value it is set to when anonymising.
CLEARED_FIELDS: dict[str, Any] = {
    "mobile": None,
    "guardian_phone": None,
    "wechat": "",
    "school": "",
    "guardian_name": "",
    "training_needs": "",
    "notes": "",
    "consent_wording": "",
    "name_pinyin": "",
    "name_initials": "",
    "mobile_last4": "",
    "guardian_last4": "",
    "phone_digits": "",
    "name_given_pinyin": "",
    "name_mixed_pinyin": "",
    "lost_reason": "",
}
RECORD_KINDS = (
    (CustomerStatusChange, "status_changes"),
    (FollowUp, "follow_ups"),
    (TrialClass, "trials"),
    (Enrollment, "enrollments"),
    (Complaint, "complaints"),
)


def _columns(obj: Any) -> dict[str, Any]:
    return {c.key: jsonable(getattr(obj, c.key)) for c in obj.__table__.columns}


class PrivacyService(Service):
    def collect(self, actor: Actor, customer_id: int) -> dict[str, Any]:
        """Everything stored about one customer, JSON-ready."""
        with self.read(actor, CustomerIoPermission.PRIVACY_REQUESTS) as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFound(tr("The customer no longer exists (#%s).") % customer_id)
            require_view(actor, customer)
            profile = _columns(customer)
            profile["mobile"] = national_of(customer.mobile)
            profile["guardian_phone"] = national_of(customer.guardian_phone)
            data: dict[str, Any] = {
                "exported_at": dt.datetime.now(dt.UTC).isoformat(),
                "customer": profile,
                "tags": list(
                    session.scalars(
                        select(Tag.name)
                        .join(customer_tags, customer_tags.c.tag_id == Tag.id)
                        .where(customer_tags.c.customer_id == customer_id)
                        .order_by(Tag.name)
                    )
                ),
            }
            for model, key in RECORD_KINDS:
                rows = session.scalars(
                    select(model).where(model.customer_id == customer_id).order_by(model.id)
                )
                data[key] = [_columns(r) for r in rows]
            return data

    def export_personal_data(self, actor: Actor, customer_id: int, path: str | Path) -> Change:
        """Write the customer's data to `path`: .json, otherwise .xlsx; the change's
        result is the path written (the suffix may have been added)."""
        path = Path(path)
        data = self.collect(actor, customer_id)
        try:
            if path.suffix.lower() == ".json":
                with written_whole(path) as temp:
                    temp.write_text(
                        json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8"
                    )
            else:
                if path.suffix.lower() != ".xlsx":
                    path = path.with_suffix(".xlsx")
                write_workbook(path, self._sheets(data))
        except OSError as exc:
            raise FileWriteError(path, exc) from exc
        with self.tx(actor, CustomerIoPermission.PRIVACY_REQUESTS) as tx:
            tx.audit(
                "privacy_export",
                entity="customers",
                entity_id=customer_id,
                summary=tr("Personal data of customer #%d exported to %s")
                % (customer_id, path.name),
                after={"file": str(path)},
            )
        return tx.returning(path)

    @staticmethod
    def _sheets(data: dict[str, Any]) -> list[Sheet]:
        def text(value: Any) -> str:
            if value is None:
                return ""
            return (
                json.dumps(value, ensure_ascii=False)
                if isinstance(value, dict | list)
                else str(value)
            )

        profile = data["customer"]
        sheets = [
            Sheet(
                tr("Customer"),
                [tr("Field"), tr("Value")],
                [TEXT, TEXT],
                [(k, text(v)) for k, v in profile.items()] + [("tags", ", ".join(data["tags"]))],
            )
        ]
        titles = {
            "status_changes": tr("Status history"),
            "follow_ups": tr("Follow-ups"),
            "trials": tr("Trial classes"),
            "enrollments": tr("Enrollments"),
            "complaints": tr("Complaints"),
        }
        for _, key in RECORD_KINDS:
            records = data[key]
            headers = list(records[0]) if records else [tr("(none)")]
            sheets.append(
                Sheet(
                    titles[key],
                    headers,
                    [TEXT] * len(headers),
                    [[text(r.get(h)) for h in headers] for r in records],
                )
            )
        return sheets

    def anonymise(
        self, actor: Actor, customer_id: int, expected_version: int | None = None
    ) -> Change:
        """Remove the customer's personal data for good, keeping the statistics."""
        with self.tx(actor, CustomerIoPermission.PRIVACY_REQUESTS) as tx:
            customer = load_customer(tx, customer_id, expected_version, include_deleted=True)
            require_view(actor, customer)
            cleared = [
                key
                for key, value in CLEARED_FIELDS.items()
                if getattr(customer, key) not in (None, "")
            ]
            for key, value in CLEARED_FIELDS.items():
                setattr(customer, key, value)
            customer.name = f"{ANONYMOUS_NAME}#{customer.id}"
            customer.consent_contact = False
            for follow_up in tx.session.scalars(
                select(FollowUp).where(FollowUp.customer_id == customer.id)
            ):
                follow_up.content = ""
            for trial in tx.session.scalars(
                select(TrialClass).where(TrialClass.customer_id == customer.id)
            ):
                trial.note = ""
            for enrollment in tx.session.scalars(
                select(Enrollment).where(Enrollment.customer_id == customer.id)
            ):
                enrollment.note = ""
            for complaint in tx.session.scalars(
                select(Complaint).where(Complaint.customer_id == customer.id)
            ):
                complaint.content = complaint.response = complaint.resolution = ""
            tx.audit(
                "anonymise",
                entity="customers",
                entity_id=customer.id,
                summary=tr("Personal data of customer #%d removed") % customer.id,
                after={"cleared": ["name", *cleared, "free texts"]},
            )
        return tx.change
