"""Printing a customer's record (客户档案): the PDF for a preview or a printer, or a PDF
file; every print and file is audited, with whether the contacts were masked."""

from __future__ import annotations

import io
from pathlib import Path

from app.context import Actor
from app.customers.service import CustomerService
from app.customers_io.record_pdf import write_customer_record
from app.customers_io.translation import tr
from app.files import written_whole
from app.office.service import organization_name
from app.service import Change, Service


class RecordPrintService(Service):
    def _write(self, actor: Actor, customer_id: int, target) -> tuple[int, bool]:
        """Lay out what the actor may see of the customer; (pages, masked)."""
        customers = CustomerService(self.db)
        row = customers.get_customer(actor, customer_id)  # permission and scope checked
        timeline = customers.timeline(actor, customer_id)
        pages = write_customer_record(
            row,
            timeline,
            target,
            organisation=organization_name(self.db, actor),
            printed_by=actor.display_name or actor.username,
        )
        return pages, row.masked

    def record_pdf(self, actor: Actor, customer_id: int) -> bytes:
        """The record as PDF bytes, for a print preview or a printer (not audited until
        record_print says it was printed)."""
        buffer = io.BytesIO()
        self._write(actor, customer_id, buffer)
        return buffer.getvalue()

    def record_print(self, actor: Actor, customer_id: int, how: str) -> Change:
        """Audit that the record was printed (`how`: the printer or file)."""
        masked = CustomerService(self.db).get_customer(actor, customer_id).masked
        return self._audit(actor, customer_id, how, masked)

    def save_pdf(self, actor: Actor, customer_id: int, path: str | Path) -> Change:
        """Write the record to a PDF file (no partial file on failure); audited. The
        change's result is the number of pages."""
        target = Path(path)
        with written_whole(target) as temp:
            pages, masked = self._write(actor, customer_id, temp)
        change = self._audit(actor, customer_id, f"PDF, {pages} page(s): {target.name}", masked)
        change.result = pages
        return change

    def _audit(self, actor: Actor, customer_id: int, how: str, masked: bool) -> Change:
        with self.tx(actor, None) as tx:
            tx.audit(
                "print",
                entity="customers",
                entity_id=customer_id,
                summary=tr("Printed the customer record (%s)%s")
                % (how, tr(", contacts masked") if masked else ""),
                after={"how": how, "masked": masked},
            )
        return tx.change
