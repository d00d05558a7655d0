"""Direct expenses: spending recorded by finance that does not come through a claim.

An expense is never edited or deleted; `reverse` books the opposite amount with
a reason, and both entries stay visible.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.budget.invoices import check_invoice_unused, normalise_invoice
from app.budget.permissions import BudgetPermission
from app.budget.translation import tr
from app.channels.service import channel_names, check_channel
from app.context import Actor, actor_name
from app.errors import ConflictError
from app.money import check_amount
from app.periods import month_bounds
from app.service import Changed, Service
from app.validation import check_date, check_text
from db.models.budget import DirectExpense, ExpenseCategory
from db.models.channels import Channel


@dataclass(frozen=True)
class ExpenseRow(Changed):
    id: int
    expense_date: dt.date
    category_id: int
    category_name: str
    channel: str
    amount_fen: int
    payee: str
    invoice_code: str
    invoice_number: str
    note: str
    recorded_by_name: str
    reversal_of_id: int | None
    reversed: bool
    channel_id: int | None = None  # `channel` shows its name, else the old free text


@dataclass
class ExpenseInput:
    expense_date: dt.date
    category_id: int
    amount_fen: int
    channel: str = ""
    payee: str = ""
    invoice_code: str = ""
    invoice_number: str = ""
    note: str = ""
    channel_id: int | None = None  # a channel of the catalogue (app.channels)


def _row(
    e: DirectExpense, category_name: str, reversed_: bool, channel_name: str | None
) -> ExpenseRow:
    return ExpenseRow(
        e.id,
        e.expense_date,
        e.category_id,
        category_name,
        channel_name or e.channel,
        e.amount_fen,
        e.payee,
        e.invoice_code,
        e.invoice_number,
        e.note,
        e.recorded_by_name,
        e.reversal_of_id,
        reversed_,
        e.channel_id,
    )


# A direct expense (an ad account top-up, a contract) above ¥10,000,000.00 is a typo.
MAX_EXPENSE_FEN = 10_000_000_00


class DirectExpenseService(Service):
    def list_expenses(self, actor: Actor, year: int, month: int | None = None) -> list[ExpenseRow]:
        with self.read(actor, BudgetPermission.VIEW_BUDGET_REPORT) as session:
            if month is None:
                start, end = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
            else:
                start, end = month_bounds(year, month)
            reversal = (
                select(DirectExpense.reversal_of_id)
                .where(DirectExpense.reversal_of_id.is_not(None))
                .scalar_subquery()
            )
            query = (
                select(
                    DirectExpense,
                    ExpenseCategory.name,
                    DirectExpense.id.in_(reversal),
                    Channel.name,
                )
                .join(ExpenseCategory, ExpenseCategory.id == DirectExpense.category_id)
                .outerjoin(Channel, Channel.id == DirectExpense.channel_id)
                .where(DirectExpense.expense_date >= start, DirectExpense.expense_date < end)
                .order_by(DirectExpense.expense_date.desc(), DirectExpense.id.desc())
            )
            return [
                _row(e, name, bool(rev), channel)
                for e, name, rev, channel in session.execute(query)
            ]

    def record(self, actor: Actor, data: ExpenseInput) -> ExpenseRow:
        check_date(data.expense_date, "expense_date", tr("The expense date"))
        check_amount(data.amount_fen, "amount", maximum=MAX_EXPENSE_FEN)
        channel = check_text(data.channel, "channel", limit=100, label=tr("The channel"))
        payee = check_text(data.payee, "payee", required=True, limit=200, label=tr("The payee"))
        note = check_text(data.note, "note", limit=2000, label=tr("The note"))
        code, number, key = normalise_invoice(data.invoice_code, data.invoice_number)
        with self.tx(actor, BudgetPermission.RECORD_DIRECT_EXPENSE) as tx:
            category = tx.get(ExpenseCategory, data.category_id)
            channel_id = check_channel(tx.session, data.channel_id)
            if key:
                check_invoice_unused(tx.session, [key])
            expense = DirectExpense(
                expense_date=data.expense_date,
                category_id=category.id,
                channel=channel,
                channel_id=channel_id,
                amount_fen=data.amount_fen,
                payee=payee,
                invoice_code=code,
                invoice_number=number,
                invoice_key=key,
                note=note,
                recorded_by_user_id=actor.user_id,
                recorded_by_name=actor_name(actor),
            )
            tx.session.add(expense)
            tx.audit("create", expense, None)
            return tx.done(
                _row(expense, category.name, False, _channel_name(tx.session, channel_id))
            )

    def reverse(self, actor: Actor, expense_id: int, reason: str) -> ExpenseRow:
        reason = check_text(reason, "reason", required=True, label=tr("The reason"))
        with self.tx(actor, BudgetPermission.RECORD_DIRECT_EXPENSE) as tx:
            original = tx.get(DirectExpense, expense_id)
            if original.reversal_of_id is not None:
                raise ConflictError(tr("A reversing entry cannot itself be reversed."))
            if (
                tx.session.scalar(
                    select(DirectExpense.id).where(DirectExpense.reversal_of_id == expense_id)
                )
                is not None
            ):
                raise ConflictError(tr("This expense was already reversed."))
            category = tx.get(ExpenseCategory, original.category_id)
            entry = DirectExpense(
                expense_date=original.expense_date,
                category_id=original.category_id,
                channel=original.channel,
                channel_id=original.channel_id,
                amount_fen=-original.amount_fen,
                payee=original.payee,
                note=reason,
                reversal_of_id=original.id,
                recorded_by_user_id=actor.user_id,
                recorded_by_name=actor_name(actor),
            )
            tx.session.add(entry)
            tx.audit("reverse", entry, None, summary=reason)
            channel = _channel_name(tx.session, entry.channel_id)
            return tx.done(_row(entry, category.name, False, channel))


def _channel_name(session: Session, channel_id: int | None) -> str | None:
    return None if channel_id is None else channel_names(session).get(channel_id)
