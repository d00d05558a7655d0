"""Booth bundles: leads and visits captured in a booth kit, merged into the office.

A bundle is written on the booth laptop from its kit (app/booth/kits.py) and
sealed with the kit's key (AES-256-GCM, app/booth/sealing.py): a bundle changed
anywhere, sealed with another kit's key, forged without the key, or made by a
kit of another office is refused before anything is read. Inside, compressed
JSON:

    {"bundle_id": "<uuid>", "created_at": "<ISO UTC>", "kit": "<kit uuid>",
     "activity": "<event>", "exported_by": "<user>",
     "leads": [{"uuid": ..., "name": ..., "mobile": "+86...", "owner": <staff id>,
                "captured_at": ..., "consent_at": ..., ...}, ...],
     "visits": [{"uuid": ..., "customer": "<lead uuid>", "staff": <staff id>,
                 "method": "visit", "content": ..., "done_at": ...}, ...],
     "competitors": [{"uuid": ..., "competitor": "<institution>", "courses": ...,
                      "price_fen": ..., "observed_on": "<ISO date>", ...}, ...]}

The competitors seen at the booth enter the office's competitor register
(app/booth/competitors.py), by UUID too.

Merging is idempotent by UUID: a lead or visit whose UUID is already a customer
or a follow-up in the office database is "already merged"; a lead whose mobile
belongs to an existing customer becomes a follow-up note (carrying the lead's
UUID) on that customer, and fills the customer's blanks and consents
(app/customers_io/bundle_fill.py); any other lead becomes a new customer with
the lead's UUID, owned by the staff member who captured it. Merging the same
bundle twice therefore changes nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.booth.activity import link_leads
from app.booth.competitors import export_rows as competitor_rows
from app.booth.competitors import merge_notes
from app.booth.kits import office_key, this_kit
from app.booth.sealing import kit_of, seal, unseal
from app.context import Actor
from app.customers.common import apply_input
from app.customers.phones import national_of
from app.customers.pipeline import Reason
from app.customers.validation import CleanCustomer
from app.customers_io.bundle_fill import fill_from_booth
from app.customers_io.bundle_leads import LEAD_FIELDS, Lead, Visit, brief_name, parse_time
from app.customers_io.permissions import CustomerIoPermission
from app.customers_io.translation import tr
from app.errors import FileWriteError, ServiceError, ValidationError
from app.files import written_whole
from app.races import lock_ids, retry_races
from app.service import Change, Changed, Service, Transaction
from db.file_modes import owner_only
from db.models.booth import BoothKit
from db.models.channels import Channel
from db.models.customers import Customer, CustomerStatusChange, FollowUp
from db.models.staff import Staff
from db.types import utcnow

SUFFIX = ".mdbundle"
# Values in one IN (...) lookup: well under SQLite's limit of bound parameters.
LOOKUP_CHUNK = 500
# A sealed bundle of 100,000 leads is ~10 MB; a larger file is not one of ours.
MAX_BUNDLE_BYTES = 256 * 1024 * 1024


class BundleError(ServiceError):
    pass


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def read_bundle(path: str | Path, key_for: Any) -> dict[str, Any]:
    """Load, verify and open a bundle with `key_for(kit uuid) -> key | None`;
    BundleError or SealError names what is wrong."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleError(tr("%s is too large to be a booth bundle.") % path.name)
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise BundleError(tr("The file %s does not exist.") % path) from exc
    except IsADirectoryError as exc:
        raise BundleError(tr("%s is a folder, not a booth bundle.") % path) from exc
    except OSError as exc:
        raise BundleError(tr("%s is not a booth bundle (unreadable).") % path.name) from exc
    document = unseal(data, path.name, key_for)
    # The kit is the one the authenticated header names (the key that opened it).
    document["kit"] = str(kit_of(data, path.name))
    if (
        not isinstance(document.get("leads"), list)
        or not isinstance(document.get("visits", []), list)
        or not isinstance(document.get("competitors", []), list)
    ):
        raise BundleError(tr("%s is not a booth bundle.") % path.name)
    return document


@dataclass
class MergeReport(Changed):
    bundle_id: str
    created: int = 0
    noted: int = 0
    already: int = 0
    rejected: int = 0
    visits: int = 0  # visits (follow-ups) the booth recorded, merged now
    filled: int = 0  # existing customers whose blanks or consents the booth filled
    conflicts: int = 0  # values of existing customers the booth wrote differently
    activity_links: int = 0  # customers newly linked to the kit's campaign activity
    competitor_notes: int = 0  # competitors seen at the booth, entered into the register
    competitors_created: int = 0  # of which were new to the register
    lines: list[str] = field(default_factory=list)
    entries: list[dict[str, Any]] = field(default_factory=list)

    def add(
        self,
        outcome: str,
        lead: Lead | None,
        text: str,
        customer_id: int | None = None,
        *,
        name: str = "",
        conflicts: list[str] | None = None,
    ) -> None:
        """One outcome (created, noted, already, rejected or visits), counted here."""
        setattr(self, outcome, getattr(self, outcome) + 1)
        self.lines.append(text)
        self.lines.extend(f"  {c}" for c in conflicts or ())
        self.conflicts += len(conflicts or ())
        self.entries.append(
            {
                "uuid": str(lead.uuid) if lead is not None and lead.uuid else None,
                "name": lead.name if lead is not None else name,
                "outcome": outcome,
                "customer_id": customer_id,
                "detail": text,
                "conflicts": list(conflicts or ()),
            }
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "bundle_id": self.bundle_id,
            "created": self.created,
            "noted": self.noted,
            "already": self.already,
            "rejected": self.rejected,
            "visits": self.visits,
            "filled": self.filled,
            "conflicts": self.conflicts,
            "activity_links": self.activity_links,
            "competitor_notes": self.competitor_notes,
            "competitors_created": self.competitors_created,
            "leads": self.entries,
        }


class BundleService(Service):
    def export_bundle(self, actor: Actor, path: str | Path) -> Change:
        """Write what this booth kit captured (its leads and their visits) to one
        sealed bundle file, readable by its owner only. The change's result is
        (leads, visits, path). Refused on a database that is not a booth kit."""
        path = Path(path)
        if path.suffix.lower() != SUFFIX:
            path = path.with_suffix(SUFFIX)
        with self.read(actor, CustomerIoPermission.CAPTURE_LEADS) as session:
            kit = this_kit(session)
            if kit is None:
                raise BundleError(
                    tr(
                        "This database is not a booth kit. Bundles are written on the booth "
                        "laptop from the kit it captured into; the office creates kits "
                        "(booth-kit)."
                    )
                )
            kit_uuid, key, activity = kit.uuid, kit.key, kit.activity_name
            leads = _leads(session)
            visits = _visits(session)
            competitors = competitor_rows(session)
        document: dict[str, Any] = {
            "bundle_id": str(uuid.uuid4()),
            "created_at": _iso(utcnow()),
            "kit": str(kit_uuid),
            "activity": activity,
            "exported_by": actor.username,
            "leads": leads,
            "visits": visits,
            "competitors": competitors,
        }
        sealed = seal(kit_uuid, key, document)
        try:
            with written_whole(path) as temp:
                owner_only(temp)  # before a byte is written
                temp.write_bytes(sealed)
        except OSError as exc:
            raise FileWriteError(path, exc) from exc
        with self.tx(actor, None) as tx:
            tx.audit(
                "export",
                entity="booth_bundle",
                entity_id=document["bundle_id"],
                summary=tr("Booth bundle with %d leads and %d visits written to %s")
                % (len(leads), len(visits), path.name),
                after={
                    "file": str(path),
                    "count": len(leads),
                    "visits": len(visits),
                    "competitors": len(competitors),
                },
            )
        return tx.returning((len(leads), len(visits), path))

    @retry_races  # two merges at once on PostgreSQL: the loser runs again (app/races.py)
    def merge(self, actor: Actor, path: str | Path) -> MergeReport:
        """Merge a bundle of one of this office's kits, in one transaction."""
        path = Path(path)
        with self.tx(actor, CustomerIoPermission.MERGE_BUNDLES) as tx:
            session = tx.session
            document = read_bundle(path, lambda kit: office_key(session, kit))
            report = MergeReport(bundle_id=str(document.get("bundle_id", "")))
            kit = session.scalars(
                select(BoothKit).where(BoothKit.uuid == uuid.UUID(str(document["kit"])))
            ).first()
            channels = {
                code: cid for code, cid in session.execute(select(Channel.code, Channel.id))
            }
            leads = [Lead.read(raw, i, channels) for i, raw in enumerate(document["leads"])]
            visits = [Visit.read(raw) for raw in document.get("visits", [])]
            known = _Known.load(session, leads, visits)
            # The office's customers this bundle fills or notes, locked in id order
            # before they are read: a colleague's import of the same customers waits.
            lock_ids(session, Customer.id, [cid for cid, _name in known.mobiles.values()])
            for lead in leads:
                self._merge_lead(tx, lead, known, report)
            for index, visit in enumerate(visits):
                self._merge_visit(tx, visit, index, known, report)
            if kit is not None:
                # The kit's campaign activity (when it has one) counts these leads.
                report.activity_links = link_leads(tx, kit, known.linked)
            event = kit.activity_name if kit is not None else str(document.get("activity", ""))
            _entered, report.competitors_created = merge_notes(
                tx, document.get("competitors", []), event, report, dt.date.today()
            )
            if report.created or report.noted or report.visits or report.competitor_notes:
                tx.audit(
                    "merge_bundle",
                    entity="booth_bundle",
                    entity_id=report.bundle_id,
                    summary=tr(
                        "Booth bundle %s: %d new, %d noted, %d visits, %d already merged, "
                        "%d rejected"
                    )
                    % (
                        path.name,
                        report.created,
                        report.noted,
                        report.visits,
                        report.already,
                        report.rejected,
                    ),
                    after=report.as_json(),
                )
        return tx.done(report)

    def _merge_lead(self, tx: Transaction, lead: Lead, known: _Known, report: MergeReport) -> None:
        name = lead.name
        if isinstance(lead.clean, ValidationError) and not lead.raw:
            report.add("rejected", lead, f"{name}: {lead.clean.message}")
            return
        if lead.uuid is None:
            report.add("rejected", lead, tr("%s: the lead has no valid UUID.") % name)
            return
        if lead.uuid in known.uuids:
            report.add("already", lead, tr("%s: already merged.") % name, known.uuids[lead.uuid])
            return
        if isinstance(lead.clean, ValidationError):
            report.add("rejected", lead, f"{name}: {lead.clean.message}")
            return
        clean, raw = lead.clean, lead.raw
        captured = parse_time(raw.get("captured_at")) or utcnow()
        # The staff member who captured the lead, when the office knows them (kits
        # carry the office's staff ids); else whoever merges.
        owner = lead.owner if lead.owner in known.staff else tx.actor.staff_id
        known.uuids[lead.uuid] = None  # a second lead with this UUID: already merged
        if clean.mobile is not None and clean.mobile.e164 in known.mobiles:
            self._note_on_existing(tx, lead, clean, captured, owner, known, report)
            return
        customer = Customer(uuid=lead.uuid, status="new", created_at=captured)
        apply_input(customer, clean, when=captured)
        customer.owner_id = owner
        # The times the booth recorded the consents, when the lead carries them.
        if customer.consent_contact:
            customer.consent_at = parse_time(raw.get("consent_at")) or captured
        if customer.guardian_consent:
            customer.guardian_consent_at = parse_time(raw.get("guardian_consent_at")) or captured
        tx.session.add(customer)
        # The audit flushes the customer (one flush a lead, not two): then it has its id.
        tx.audit("create", customer, None, summary=tr("booth bundle %s") % report.bundle_id)
        tx.session.add(
            CustomerStatusChange(
                customer_id=customer.id,
                from_status="",
                to_status="new",
                reason=Reason.BOOTH_BUNDLE,
                changed_by=tx.actor.display_name or tx.actor.username,
            )
        )
        known.uuids[lead.uuid] = customer.id
        known.linked[customer.id] = captured
        if customer.mobile:
            known.mobiles[customer.mobile] = (customer.id, customer.name)
        report.add("created", lead, tr("%s: new customer #%d.") % (name, customer.id), customer.id)

    def _note_on_existing(
        self,
        tx: Transaction,
        lead: Lead,
        clean: CleanCustomer,
        captured: Any,
        owner: int | None,
        known: _Known,
        report: MergeReport,
    ) -> None:
        """The lead's mobile is a customer's already: a note of the booth visit on
        that customer (by whoever captured it, not an edit of a colleague's data),
        plus the blanks and consents the booth filled."""
        assert clean.mobile is not None and lead.uuid is not None
        match_id, match_name = known.mobiles[clean.mobile.e164]
        note = FollowUp(
            uuid=lead.uuid,
            customer_id=match_id,
            staff_id=owner,
            due_on=captured.astimezone().date(),
            method="visit",
            done=True,
            done_at=captured,
            content=_note(lead.raw),
        )
        tx.session.add(note)
        tx.audit("create", note, None, summary=tr("booth bundle %s") % report.bundle_id)
        customer = tx.session.get(Customer, match_id)
        assert customer is not None
        if customer.last_contact_at is None or customer.last_contact_at < captured:
            customer.last_contact_at = captured
        filled, conflicts = fill_from_booth(
            tx, customer, clean, lead.raw, captured, report.bundle_id
        )
        known.uuids[lead.uuid] = match_id
        known.linked.setdefault(match_id, captured)
        text = tr(
            "%s (%s): already customer #%d %s; the booth visit was added as a follow-up note."
        ) % (lead.name, national_of(clean.mobile.e164), match_id, match_name)
        if filled:
            report.filled += 1
            text += " " + tr("Filled from the booth: %s.") % ", ".join(filled)
        report.add("noted", lead, text, match_id, conflicts=conflicts)

    def _merge_visit(
        self, tx: Transaction, visit: Visit, index: int, known: _Known, report: MergeReport
    ) -> None:
        label = tr("visit %d") % (index + 1)
        if visit.error or visit.uuid is None:
            error = visit.error or tr("the visit has no valid UUID.")
            report.add("rejected", None, f"{label}: {error}", name=label)
            return
        if visit.uuid in known.uuids:
            report.add(
                "already",
                None,
                tr("%s: already merged.") % label,
                known.uuids[visit.uuid],
                name=label,
            )
            return
        customer_id = known.uuids.get(visit.customer) if visit.customer is not None else None
        if customer_id is None:
            report.add(
                "rejected",
                None,
                tr("%s: the lead it belongs to was not merged.") % label,
                name=label,
            )
            return
        done_at = visit.done_at or utcnow()
        note = FollowUp(
            uuid=visit.uuid,
            customer_id=customer_id,
            staff_id=visit.staff if visit.staff in known.staff else tx.actor.staff_id,
            due_on=done_at.astimezone().date(),
            method=visit.method,
            done=True,
            done_at=done_at,
            content=visit.content,
        )
        tx.session.add(note)
        tx.audit("create", note, None, summary=tr("booth bundle %s") % report.bundle_id)
        known.uuids[visit.uuid] = customer_id
        customer = tx.session.get(Customer, customer_id)
        if customer is not None and (
            customer.last_contact_at is None or customer.last_contact_at < done_at
        ):
            customer.last_contact_at = done_at
        report.add(
            "visits",
            None,
            tr("%s: added to customer #%d.") % (label, customer_id),
            customer_id,
            name=label,
        )


def _note(lead: dict[str, Any]) -> str:
    parts = [tr("Visited the booth")]
    for key, label in (
        ("source_event", tr("event")),
        ("course_interests", tr("interests")),
        ("notes", tr("notes")),
    ):
        if lead.get(key):
            parts.append(f"{label}: {lead[key]}")
    return "; ".join(parts)[:4000]


def _leads(session: Any) -> list[dict[str, Any]]:
    """Every live customer of the kit: all of them were captured at the booth."""
    leads = []
    query = (
        select(Customer, Channel.code)
        .outerjoin(Channel, Channel.id == Customer.channel_id)
        .where(Customer.deleted_at.is_(None))
        .order_by(Customer.id)
    )
    for customer, channel_code in session.execute(query):
        lead = {key: getattr(customer, key) for key in LEAD_FIELDS}
        lead.update(
            uuid=str(customer.uuid),
            channel=channel_code or "",
            owner=customer.owner_id,
            captured_at=_iso(customer.created_at),
            consent_at=_iso(customer.consent_at),
            guardian_consent_at=_iso(customer.guardian_consent_at),
        )
        leads.append(lead)
    return leads


def _visits(session: Any) -> list[dict[str, Any]]:
    """The follow-ups recorded at the booth on its leads (notes, visits)."""
    query = (
        select(FollowUp, Customer.uuid)
        .join(Customer, Customer.id == FollowUp.customer_id)
        .where(FollowUp.done.is_(True), Customer.deleted_at.is_(None))
        .order_by(FollowUp.id)
    )
    return [
        {
            "uuid": str(f.uuid),
            "customer": str(customer_uuid),
            "staff": f.staff_id,
            "method": f.method,
            "content": f.content,
            "done_at": _iso(f.done_at),
        }
        for f, customer_uuid in session.execute(query)
    ]


@dataclass
class _Known:
    """What the database already holds for a bundle's leads and visits, loaded
    LOOKUP_CHUNK values a query (not two or three queries a lead), and kept up to
    date while merging: the customer or follow-up that has each UUID, the live
    customer that has each mobile, the staff ids, and the customers this bundle
    created or noted (with the capture time), for the activity's leads."""

    uuids: dict[uuid.UUID, int | None]
    mobiles: dict[str, tuple[int, str]]
    staff: set[int]
    linked: dict[int, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Any, leads: list[Lead], visits: list[Visit]) -> _Known:
        idents = sorted(
            {lead.uuid for lead in leads if lead.uuid is not None}
            | {v.uuid for v in visits if v.uuid is not None}
            | {v.customer for v in visits if v.customer is not None},
            key=str,
        )
        mobiles = sorted(
            {
                lead.clean.mobile.e164
                for lead in leads
                if isinstance(lead.clean, CleanCustomer) and lead.clean.mobile
            }
        )
        staff_ids = sorted(
            {lead.owner for lead in leads if lead.owner is not None}
            | {v.staff for v in visits if v.staff is not None}
        )
        known = cls({}, {}, set())
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
        for chunk in _chunks(staff_ids):
            known.staff.update(session.scalars(select(Staff.id).where(Staff.id.in_(chunk))))
        return known


def _chunks(values: list, size: int = LOOKUP_CHUNK) -> list[list]:
    return [values[i : i + size] for i in range(0, len(values), size)]


__all__ = ["SUFFIX", "BundleError", "BundleService", "MergeReport", "brief_name", "read_bundle"]
