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
from app.customers.keys import search_columns
from app.customers.phones import national_of
from app.customers.rows import CustomerInput
from app.customers.validation import validate_customer
from app.errors import ServiceError, ValidationError, tr
from app.permissions import Permission
from app.service import Service
from db.models.customers import Channel, Customer, CustomerStatusChange, FollowUp
from db.types import utcnow

FORMAT = "marketdesk-booth-bundle"
VERSION = 1
SUFFIX = ".mdbundle"
LEAD_FIELDS = ("name", "mobile", "wechat", "gender", "grade", "school", "guardian_name",
               "guardian_phone", "district", "course_interests", "notes", "source_event",
               "tier", "consent_contact", "consent_wording", "is_minor", "guardian_consent")


class BundleError(ServiceError):
    pass


def _checksum(document: dict[str, Any]) -> str:
    body = {k: v for k, v in document.items() if k != "checksum"}
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _iso(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value is not None else None


def _parse_time(value: Any) -> dt.datetime | None:
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(str(value))
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
        raise BundleError(tr("The bundle has version %s; this program reads version %d.")
                          % (document.get("version"), VERSION))
    if document.get("checksum") != _checksum(document):
        raise BundleError(tr("The bundle %s is damaged (checksum mismatch); copy it again "
                             "from the booth laptop.") % path.name)
    if not isinstance(document.get("leads"), list):
        raise BundleError(tr("%s is not a booth bundle.") % path.name)
    return document


@dataclass
class MergeReport:
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
        self.entries.append({"uuid": lead.get("uuid"), "name": lead.get("name", ""),
                             "outcome": outcome, "customer_id": customer_id, "detail": text})

    def as_json(self) -> dict[str, Any]:
        return {"bundle_id": self.bundle_id, "created": self.created, "noted": self.noted,
                "already": self.already, "rejected": self.rejected, "leads": self.entries}


class BundleService(Service):
    def export_bundle(self, actor: Actor, path: str | Path,
                      since: dt.date | None = None) -> int:
        """Write the leads of this (booth laptop) database to one bundle file."""
        path = Path(path)
        if path.suffix.lower() != SUFFIX:
            path = path.with_suffix(SUFFIX)
        leads = []
        with self.read(actor, Permission.CAPTURE_LEADS) as session:
            query = (select(Customer, Channel.code).outerjoin(Channel,
                                                              Channel.id == Customer.channel_id)
                     .where(Customer.deleted_at.is_(None)).order_by(Customer.id))
            if not actor.can(Permission.VIEW_ALL_CUSTOMERS):
                # A staff member exports the leads they captured (they own them).
                query = query.where(Customer.owner_id == actor.staff_id
                                    if actor.staff_id is not None else false())
            if since is not None:
                start = dt.datetime.combine(since, dt.time()).astimezone(dt.UTC)
                query = query.where(Customer.created_at >= start)
            for customer, channel_code in session.execute(query):
                lead = {key: getattr(customer, key) for key in LEAD_FIELDS}
                lead.update(uuid=str(customer.uuid), channel=channel_code or "",
                            captured_at=_iso(customer.created_at),
                            consent_at=_iso(customer.consent_at),
                            guardian_consent_at=_iso(customer.guardian_consent_at))
                leads.append(lead)
        document: dict[str, Any] = {
            "format": FORMAT, "version": VERSION, "bundle_id": str(uuid.uuid4()),
            "created_at": _iso(utcnow()), "device": socket.gethostname(),
            "exported_by": actor.username, "leads": leads}
        document["checksum"] = _checksum(document)
        try:
            path.write_text(json.dumps(document, ensure_ascii=False, indent=1),
                            encoding="utf-8")
        except OSError as exc:
            raise ServiceError(tr("The file %s cannot be written (%s).")
                               % (path, exc.strerror or exc)) from exc
        with self.tx(actor, None) as tx:
            tx.audit("export", entity="booth_bundle", entity_id=document["bundle_id"],
                     summary=tr("Booth bundle with %d leads written to %s")
                     % (len(leads), path.name), after={"file": str(path), "count": len(leads)})
        return len(leads)

    def merge(self, actor: Actor, path: str | Path) -> MergeReport:
        """Merge a bundle into this database in one transaction."""
        document = read_bundle(path)
        report = MergeReport(bundle_id=str(document.get("bundle_id", "")))
        with self.tx(actor, Permission.MERGE_BUNDLES) as tx:
            session = tx.session
            channels = {code: cid for code, cid in session.execute(select(Channel.code, Channel.id))}
            for lead in document["leads"]:
                self._merge_lead(tx, lead, channels, report)
            if report.created or report.noted:
                tx.audit("merge_bundle", entity="booth_bundle", entity_id=report.bundle_id,
                         summary=tr("Booth bundle %s: %d new, %d noted, %d already merged, "
                                    "%d rejected") % (Path(path).name, report.created,
                                                      report.noted, report.already,
                                                      report.rejected),
                         after=report.as_json())
        return report

    def _merge_lead(self, tx, lead: dict, channels: dict[str, int], report: MergeReport) -> None:
        session = tx.session
        name = str(lead.get("name", ""))
        try:
            ident = uuid.UUID(str(lead.get("uuid")))
        except ValueError:
            report.add("rejected", lead, tr("%s: the lead has no valid UUID.") % name)
            return
        existing = session.scalar(select(Customer.id).where(Customer.uuid == ident))
        noted = session.scalar(select(FollowUp.customer_id).where(FollowUp.uuid == ident))
        if existing is not None or noted is not None:
            report.add("already", lead, tr("%s: already merged.") % name, existing or noted)
            return
        data = CustomerInput(**{k: lead.get(k) or ("" if k not in (
            "consent_contact", "is_minor", "guardian_consent") else False) for k in (
            "name", "mobile", "wechat", "gender", "grade", "school", "guardian_name",
            "guardian_phone", "district", "course_interests", "notes", "source_event",
            "consent_contact", "consent_wording", "is_minor", "guardian_consent")},
            tier=lead.get("tier") or "B", channel_id=channels.get(lead.get("channel") or ""))
        try:
            clean = validate_customer(data)
        except ValidationError as exc:
            report.add("rejected", lead, f"{name}: {exc.message}")
            return
        captured = _parse_time(lead.get("captured_at")) or utcnow()
        if clean.mobile is not None:
            match = session.execute(select(Customer.id, Customer.name).where(
                Customer.mobile == clean.mobile.e164, Customer.deleted_at.is_(None))).first()
            if match is not None:
                note = FollowUp(uuid=ident, customer_id=match.id, staff_id=tx.actor.staff_id,
                                due_on=captured.astimezone().date(), method="visit", done=True,
                                done_at=captured, content=self._note(lead))
                session.add(note)
                tx.audit("create", note, None, summary=tr("booth bundle %s") % report.bundle_id)
                report.add("noted", lead, tr("%s (%s): already customer #%d %s; the booth visit "
                                             "was added as a follow-up note.") % (
                    name, national_of(clean.mobile.e164), match.id, match.name), match.id)
                return
        d = clean.data
        customer = Customer(
            uuid=ident, name=d.name, mobile=d.mobile or None, wechat=d.wechat, gender=d.gender,
            grade=d.grade, school=d.school, guardian_name=d.guardian_name,
            guardian_phone=d.guardian_phone or None, district=d.district,
            course_interests=d.course_interests, notes=d.notes, channel_id=d.channel_id,
            source_event=d.source_event, owner_id=tx.actor.staff_id, tier=d.tier, status="new",
            consent_contact=d.consent_contact, consent_wording=d.consent_wording,
            consent_at=_parse_time(lead.get("consent_at")) if d.consent_contact else None,
            is_minor=d.is_minor, guardian_consent=d.guardian_consent,
            guardian_consent_at=_parse_time(lead.get("guardian_consent_at"))
            if d.guardian_consent else None, created_at=captured,
            **search_columns(d.name, d.mobile or None, d.guardian_phone or None))
        session.add(customer)
        session.flush()
        session.add(CustomerStatusChange(customer_id=customer.id, from_status="", to_status="new",
                                         reason=tr("booth bundle"),
                                         changed_by=tx.actor.display_name or tx.actor.username))
        tx.audit("create", customer, None, summary=tr("booth bundle %s") % report.bundle_id)
        report.add("created", lead, tr("%s: new customer #%d.") % (name, customer.id),
                   customer.id)

    @staticmethod
    def _note(lead: dict) -> str:
        parts = [tr("Visited the booth")]
        for key, label in (("source_event", tr("event")), ("course_interests", tr("interests")),
                           ("notes", tr("notes"))):
            if lead.get(key):
                parts.append(f"{label}: {lead[key]}")
        return "; ".join(parts)
