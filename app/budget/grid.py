"""Pure helpers of the plan editor: spread an amount evenly, read a pasted Excel block."""

from __future__ import annotations

from app.budget.translation import tr
from app.errors import ValidationError
from app.money import parse_money


def spread_evenly(total_fen: int, months: int = 12) -> list[int]:
    """Split `total_fen` into `months` amounts that differ by at most one fen and add up.

    The remainder goes to the first months: 100.00 over 12 months gives
    8.34 × 4 + 8.33 × 8.
    """
    if months <= 0:
        raise ValidationError("months", tr("There must be at least one month."))
    if total_fen < 0:
        raise ValidationError("amount", tr("The amount cannot be negative."))
    base, extra = divmod(int(total_fen), months)
    return [base + (1 if i < extra else 0) for i in range(months)]


def parse_pasted_grid(text: str) -> list[list[int | None]]:
    """Tab-separated rows (Excel's clipboard) -> rows of fen; empty cells are None.

    Raises ValidationError naming the row and column of the first bad cell.
    """
    rows: list[list[int | None]] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    for r, line in enumerate(lines, start=1):
        row: list[int | None] = []
        for c, cell in enumerate(line.split("\t"), start=1):
            cell = cell.strip()
            if not cell or cell in ("-", "—"):
                row.append(None)
                continue
            try:
                row.append(parse_money(cell, "paste"))
            except ValidationError as exc:
                raise ValidationError(
                    "paste", tr("Row %d, column %d: %s") % (r, c, exc.message)
                ) from None
        rows.append(row)
    return rows
