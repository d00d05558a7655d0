"""Invoice identity (发票): 发票代码 + 发票号码, or a 20-digit all-electronic number.

- paper / old e-invoice: 发票代码 10 or 12 digits and 发票号码 8 digits;
- 全电发票 (digital invoice): a 20-digit 发票号码 and no 发票代码.
The normalised key ("code:number" or the 20 digits) is what the duplicate
check compares, across claim lines and direct expenses.
"""

from __future__ import annotations

import re

from app.budget.translation import tr
from app.errors import ValidationError

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_SPACES = re.compile(r"[\s\-]")


def _clean(text: str) -> str:
    return _SPACES.sub("", (text or "").translate(_FULLWIDTH_DIGITS))


def normalise_invoice(code: str, number: str, field_prefix: str = "") -> tuple[str, str, str]:
    """Return (code, number, key); ("", "", "") when no invoice is given.

    Raises ValidationError naming `invoice_code` or `invoice_number`.
    """
    code, number = _clean(code), _clean(number)
    code_field = f"{field_prefix}invoice_code"
    number_field = f"{field_prefix}invoice_number"
    if not code and not number:
        return "", "", ""
    if code and not code.isdigit():
        raise ValidationError(
            code_field, tr("The invoice code '%s' may contain digits only.") % code
        )
    if number and not number.isdigit():
        raise ValidationError(
            number_field, tr("The invoice number '%s' may contain digits only.") % number
        )
    if code:
        if len(code) not in (10, 12):
            raise ValidationError(
                code_field, tr("The invoice code '%s' must have 10 or 12 digits.") % code
            )
        if len(number) != 8:
            raise ValidationError(
                number_field,
                tr("With an invoice code, the invoice number must have 8 digits (got '%s').")
                % number,
            )
        return code, number, f"{code}:{number}"
    if len(number) != 20:
        raise ValidationError(
            number_field,
            tr(
                "'%s' is not an invoice number: an all-electronic invoice number has 20 digits; "
                "a paper invoice also needs its 10- or 12-digit invoice code."
            )
            % number,
        )
    return "", number, number


def display_invoice(code: str, number: str) -> str:
    if code:
        return f"{code} / {number}"
    return number


def check_invoice_unused(
    session, keys: list[str], exclude_claim_id: int | None = None, field: str = "invoice_number"
) -> None:
    """Refuse an invoice already on another live claim or an unreversed direct expense.

    A cancelled or deleted claim, and a reversed direct expense, release their invoices.
    """
    from sqlalchemy import select

    from db.models.budget import DirectExpense
    from db.models.budget_claims import Claim, ClaimLine, ClaimStatus

    keys = [k for k in keys if k]
    if not keys:
        return
    query = (
        select(ClaimLine.invoice_key, Claim.number)
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(
            ClaimLine.invoice_key.in_(keys),
            Claim.deleted_at.is_(None),
            Claim.status != ClaimStatus.CANCELLED,
        )
        .order_by(Claim.id)
        .limit(1)
    )
    if exclude_claim_id is not None:
        query = query.where(Claim.id != exclude_claim_id)
    hit = session.execute(query).first()
    if hit is not None:
        raise ValidationError(
            field, tr("Invoice %s is already claimed on claim %s.") % (_key_display(hit[0]), hit[1])
        )
    reversed_ids = select(DirectExpense.reversal_of_id).where(
        DirectExpense.reversal_of_id.is_not(None)
    )
    expense = session.execute(
        select(DirectExpense.invoice_key, DirectExpense.id, DirectExpense.expense_date)
        .where(DirectExpense.invoice_key.in_(keys), DirectExpense.id.not_in(reversed_ids))
        .limit(1)
    ).first()
    if expense is not None:
        raise ValidationError(
            field,
            tr("Invoice %s is already booked as direct expense #%d of %s.")
            % (_key_display(expense[0]), expense[1], expense[2].isoformat()),
        )


def _key_display(key: str) -> str:
    return key.replace(":", " / ")
