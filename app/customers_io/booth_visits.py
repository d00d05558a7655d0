"""A booth visit noted on a colleague's customer.

At a booth, a staff member meets someone a colleague has captured already (in the
kit) or owns (in the office). They may not see or edit that customer, but the
visit must not be lost: it is recorded as a done follow-up ("visit") by the staff
member at the booth, and nothing of the colleague's customer changes.
"""

from __future__ import annotations

from sqlalchemy import select

from app.context import Actor
from app.customers.common import local_today
from app.customers.phones import normalize_phone
from app.customers_io.permissions import CustomerIoPermission
from app.customers_io.translation import tr
from app.errors import NotFound, ValidationError
from app.service import Change, Service
from db.models.customers import Customer, FollowUp
from db.types import utcnow

CONTENT_MAX = 4000


class BoothVisitService(Service):
    def record_visit(self, actor: Actor, mobile: str, content: str) -> Change:
        """Note a booth visit on the live customer with this mobile, whoever owns it.
        The change's result is the follow-up's id; the customer is not returned
        (the actor may not see a colleague's customer)."""
        phone = normalize_phone(mobile, "mobile")
        if phone is None:
            raise ValidationError("mobile", tr("Type the mobile of the customer."))
        content = " ".join(content.split())
        if not content:
            raise ValidationError("content", tr("Write what the visit was about."))
        with self.tx(actor, CustomerIoPermission.CAPTURE_LEADS) as tx:
            customer_id = tx.session.scalar(
                select(Customer.id).where(
                    Customer.mobile == phone.e164, Customer.deleted_at.is_(None)
                )
            )
            if customer_id is None:
                raise NotFound(tr("No customer has the mobile %s.") % phone.national)
            now = utcnow()
            visit = FollowUp(
                customer_id=customer_id,
                staff_id=actor.staff_id,
                due_on=local_today(),
                method="visit",
                content=content[:CONTENT_MAX],
                done=True,
                done_at=now,
            )
            tx.session.add(visit)
            tx.session.flush()
            tx.audit("create", visit, None, summary=tr("booth visit on a colleague's customer"))
            return tx.returning(visit.id)
