"""Booth bundles: leads captured offline on a laptop, merged into the office database.

File format (one UTF-8 JSON document, extension .mdbundle):

    {"format": "marketdesk-booth-bundle", "version": 1,
     "bundle_id": "<uuid>", "created_at": "<ISO UTC>", "device": "<host name>",
     "leads": [{"uuid": ..., "name": ..., "mobile": "+86...", ...}, ...],
     "checksum": "<sha256 hex of the canonical JSON of every other key>"}

Merging is idempotent by UUID: a lead whose UUID is already a customer or a
follow-up in the office database is reported as "already merged"; a lead whose
mobile belongs to an existing customer becomes a follow-up note (carrying the
lead's UUID) on that customer; any other lead becomes a new customer with the
lead's UUID. Merging the same bundle twice therefore changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import socket
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import false, select

from app.context import Actor
from app.customers.common import apply_input
from app.customers.permissions import CustomerPermission
from app.customers.phones import national_of
from app.customers.pipeline import Reason
from app.customers.rows import CustomerInput
from app.customers.validation import CleanCustomer, validate_customer
from app.customers_io.permissions import CustomerIoPermission
from app.customers_io.translation import tr
from app.errors import FileWriteError, ServiceError, ValidationError
from app.files import written_whole
from app.races import retry_races
from app.service import Change, Changed, Service
from db.models.channels import Channel
from db.models.customers import Customer, CustomerStatusChange, FollowUp
from db.types import utcnow

FORMAT = "marketdesk-booth-bundle"
VERSION = 1
SUFFIX = ".mdbundle"
# Values in one IN (...) lookup: well under SQLite's limit of bound parameters.
LOOKUP_CHUNK = 500
LEAD_FIELDS = (
    "name",
    "mobile",
    "wechat",
    "gender",
    "grade",
    "school",
    "guardian_name",
    "guardian_phone",
    "district",
    "course_interests",
    "notes",
    "source_event",
    "tier",
    "consent_contact",
    "consent_wording",
    "is_minor",
    "guardian_consent",
)


class BundleError(ServiceError):
    pass


def _checksum(document: dict[str, Any]) -> str:
    body = {k: v for k, v in document.items() if k != "checksum"}
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _iso(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value is not None else None


def _parse_time(value: Any) -> dt.datetime | None:
    """A time the booth wrote (ISO 8601); None when missing or unreadable, and the
    merge then uses the time of merging."""
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def read_bundle(path: str | Path) -> dict[str, Any]:
    """Load and verify a bundle; BundleError names what is wrong."""
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BundleError(tr("The file %s does not exist.") % path) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(tr("%s is not a booth bundle (unreadable).") % path.name) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BundleError(tr("%s is not a booth bundle.") % path.name)
    if document.get("version") != VERSION:
        raise BundleError(
            tr("The bundle has version %s; this program reads version %d.")
            % (document.get("version"), VERSION)
        )
    if document.get("checksum") != _checksum(document):
        raise BundleError(
            tr("The bundle %s is damaged (checksum mismatch); copy it again from the booth laptop.")
            % path.name
        )
    if not isinstance(document.get("leads"), list):
        raise BundleError(tr("%s is not a booth bundle.") % path.name)
    return document


@dataclass
class MergeReport(Changed):
    bundle_id: str
    created: int = 0
    noted: int = 0
    already: int = 0
    rejected: int = 0
    lines: list[str] = field(default_factory=list)
    entries: list[dict[str, Any]] = field(default_factory=list)

    def add(self, outcome: str, lead: dict, text: str, customer_id: int | None = None) -> None:
        """One lead's outcome (created, noted, already or rejected), counted here."""
        setattr(self, outcome, getattr(self, outcome) + 1)
        self.lines.append(text)
        self.entries.append(
            {
                "uuid": lead.get("uuid"),
                "name": lead.get("name", ""),
                "outcome": outcome,
                "customer_id": customer_id,
                "detail": text,
            }
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "bundle_id": self.bundle_id,
            "created": self.created,
            "noted": self.noted,
            "already": self.already,
            "rejected": self.rejected,
            "leads": self.entries,
        }


class BundleService(Service):
    def export_bundle(self, actor: Actor, path: str | Path, since: dt.date | None = None) -> Change:
        """Write the leads of this (booth laptop) database to one bundle file; the
        change's result is how many leads it holds."""
        path = Path(path)
        if path.suffix.lower() != SUFFIX:
            path = path.with_suffix(SUFFIX)
        leads = []
        with self.read(actor, CustomerIoPermission.CAPTURE_LEADS) as session:
            query = (
                select(Customer, Channel.code)
                .outerjoin(Channel, Channel.id == Customer.channel_id)
                .where(Customer.deleted_at.is_(None))
                .order_by(Customer.id)
            )
            if not actor.can(CustomerPermission.VIEW_ALL_CUSTOMERS):
                # A staff member exports the leads they captured (they own them).
                query = query.where(
                    Customer.owner_id == actor.staff_id if actor.staff_id is not None else false()
                )
            if since is not None:
                start = dt.datetime.combine(since, dt.time()).astimezone(dt.UTC)
                query = query.where(Customer.created_at >= start)
            for customer, channel_code in session.execute(query):
                lead = {key: getattr(customer, key) for key in LEAD_FIELDS}
                lead.update(
                    uuid=str(customer.uuid),
                    channel=channel_code or "",
                    captured_at=_iso(customer.created_at),
                    consent_at=_iso(customer.consent_at),
                    guardian_consent_at=_iso(customer.guardian_consent_at),
                )
                leads.append(lead)
        document: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "bundle_id": str(uuid.uuid4()),
            "created_at": _iso(utcnow()),
            "device": socket.gethostname(),
            "exported_by": actor.username,
            "leads": leads,
        }
        document["checksum"] = _checksum(document)
        try:
            with written_whole(path) as temp:
                temp.write_text(
                    json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8"
                )
        except OSError as exc:
            raise FileWriteError(path, exc) from exc
        with self.tx(actor, None) as tx:
            tx.audit(
                "export",
                entity="booth_bundle",
                entity_id=document["bundle_id"],
                summary=tr("Booth bundle with %d leads written to %s") % (len(leads), path.name),
                after={"file": str(path), "count": len(leads)},
            )
        return tx.returning(len(leads))

    @retry_races  # two merges at once on PostgreSQL: the loser runs again (app/races.py)
    def merge(self, actor: Actor, path: str | Path) -> MergeReport:
        """Merge a bundle into this database in one transaction."""
        document = read_bundle(path)
        report = MergeReport(bundle_id=str(document.get("bundle_id", "")))
        with self.tx(actor, CustomerIoPermission.MERGE_BUNDLES) as tx:
            session = tx.session
            channels = {
                code: cid for code, cid in session.execute(select(Channel.code, Channel.id))
            }
            leads = [_Lead.read(lead, channels) for lead in document["leads"]]
            known = _Known.load(session, leads)
            for lead in leads:
                self._merge_lead(tx, lead, known, report)
            if report.created or report.noted:
                tx.audit(
                    "merge_bundle",
                    entity="booth_bundle",
                    entity_id=report.bundle_id,
                    summary=tr("Booth bundle %s: %d new, %d noted, %d already merged, %d rejected")
                    % (
                        Path(path).name,
                        report.created,
                        report.noted,
                        report.already,
                        report.rejected,
                    ),
                    after=report.as_json(),
                )
        return tx.done(report)

    def _merge_lead(self, tx, lead: _Lead, known: _Known, report: MergeReport) -> None:
        session, raw, name = tx.session, lead.raw, lead.name
        if lead.uuid is None:
            report.add("rejected", raw, tr("%s: the lead has no valid UUID.") % name)
            return
        if lead.uuid in known.uuids:
            report.add("already", raw, tr("%s: already merged.") % name, known.uuids[lead.uuid])
            return
        if isinstance(lead.clean, ValidationError):
            report.add("rejected", raw, f"{name}: {lead.clean.message}")
            return
        clean = lead.clean
        captured = _parse_time(raw.get("captured_at")) or utcnow()
        known.uuids[lead.uuid] = None  # a second lead with this UUID: already merged
        if clean.mobile is not None and clean.mobile.e164 in known.mobiles:
            match_id, match_name = known.mobiles[clean.mobile.e164]
            note = FollowUp(
                uuid=lead.uuid,
                customer_id=match_id,
                staff_id=tx.actor.staff_id,
                due_on=captured.astimezone().date(),
                method="visit",
                done=True,
                done_at=captured,
                content=self._note(raw),
            )
            session.add(note)
            tx.audit("create", note, None, summary=tr("booth bundle %s") % report.bundle_id)
            known.uuids[lead.uuid] = match_id
            report.add(
                "noted",
                raw,
                tr(
                    "%s (%s): already customer #%d %s; the booth visit "
                    "was added as a follow-up note."
                )
                % (name, national_of(clean.mobile.e164), match_id, match_name),
                match_id,
            )
            return
        customer = Customer(uuid=lead.uuid, status="new", created_at=captured)
        apply_input(customer, clean, when=captured)
        customer.owner_id = tx.actor.staff_id
        # The times the booth recorded the consents, when the lead carries them.
        if customer.consent_contact:
            customer.consent_at = _parse_time(raw.get("consent_at")) or captured
        if customer.guardian_consent:
            customer.guardian_consent_at = _parse_time(raw.get("guardian_consent_at")) or captured
        session.add(customer)
        session.flush()
        session.add(
            CustomerStatusChange(
                customer_id=customer.id,
                from_status="",
                to_status="new",
                reason=Reason.BOOTH_BUNDLE,
                changed_by=tx.actor.display_name or tx.actor.username,
            )
        )
        tx.audit("create", customer, None, summary=tr("booth bundle %s") % report.bundle_id)
        known.uuids[lead.uuid] = customer.id
        if customer.mobile:
            known.mobiles[customer.mobile] = (customer.id, customer.name)
        report.add("created", raw, tr("%s: new customer #%d.") % (name, customer.id), customer.id)

    @staticmethod
    def _note(lead: dict) -> str:
        parts = [tr("Visited the booth")]
        for key, label in (
            ("source_event", tr("event")),
            ("course_interests", tr("interests")),
            ("notes", tr("notes")),
        ):
            if lead.get(key):
                parts.append(f"{label}: {lead[key]}")
        return "; ".join(parts)


@dataclass
class _Lead:
    """A lead of a bundle as read: its UUID (None when invalid) and its validated
    profile (or the ValidationError that refuses it)."""

    raw: dict
    name: str
    uuid: uuid.UUID | None
    clean: CleanCustomer | ValidationError

    @classmethod
    def read(cls, lead: dict, channels: dict[str, int]) -> _Lead:
        try:
            ident: uuid.UUID | None = uuid.UUID(str(lead.get("uuid")))
        except ValueError:
            ident = None
        # A bundle is JSON from another seat: validate_customer checks every value.
        fields: dict[str, Any] = {
            k: lead.get(k)
            or ("" if k not in ("consent_contact", "is_minor", "guardian_consent") else False)
            for k in (
                "name",
                "mobile",
                "wechat",
                "gender",
                "grade",
                "school",
                "guardian_name",
                "guardian_phone",
                "district",
                "course_interests",
                "notes",
                "source_event",
                "consent_contact",
                "consent_wording",
                "is_minor",
                "guardian_consent",
            )
        }
        data = CustomerInput(
            **fields,
            tier=lead.get("tier") or "B",
            channel_id=channels.get(lead.get("channel") or ""),
        )
        try:
            clean: CleanCustomer | ValidationError = validate_customer(data)
        except ValidationError as exc:
            clean = exc
        return cls(lead, str(lead.get("name", "")), ident, clean)


@dataclass
class _Known:
    """What the database already holds for a bundle's leads, loaded LOOKUP_CHUNK values
    a query (not two or three queries a lead), and kept up to date while merging: the
    customer or follow-up that has each UUID, the live customer that has each mobile."""

    uuids: dict[uuid.UUID, int | None]
    mobiles: dict[str, tuple[int, str]]

    @classmethod
    def load(cls, session, leads: list[_Lead]) -> _Known:
        idents = sorted({lead.uuid for lead in leads if lead.uuid is not None}, key=str)
        mobiles = sorted(
            {
                lead.clean.mobile.e164
                for lead in leads
                if isinstance(lead.clean, CleanCustomer) and lead.clean.mobile
            }
        )
        known = cls({}, {})
        for chunk in _chunks(idents):
            known.uuids.update(
                session.execute(
                    select(FollowUp.uuid, FollowUp.customer_id).where(FollowUp.uuid.in_(chunk))
                ).all()
            )
            known.uuids.update(
                session.execute(
                    select(Customer.uuid, Customer.id).where(Customer.uuid.in_(chunk))
                ).all()
            )
        for chunk in _chunks(mobiles):
            for mobile, customer_id, name in session.execute(
                select(Customer.mobile, Customer.id, Customer.name).where(
                    Customer.mobile.in_(chunk), Customer.deleted_at.is_(None)
                )
            ):
                known.mobiles[mobile] = (customer_id, name)
        return known


def _chunks(values: list, size: int = LOOKUP_CHUNK) -> list[list]:
    return [values[i : i + size] for i in range(0, len(values), size)]
