"""Shared set-up of the budget and claims tests."""

from __future__ import annotations

import datetime as dt
import struct
import zlib

from app.claims.rows import ClaimInput, LineInput

YEAR = 2026


def seed(services, actors) -> dict[str, int]:
    """Seed categories; return code -> category id."""
    services.expense_categories.ensure_seed(actors["admin"])
    return {c.code: c.id for c in services.expense_categories.list_categories(actors["admin"])}


def approved_plan(services, actors, amounts: dict[tuple[int, int], int], year: int = YEAR):
    plan = services.budget_plans.save_plan(actors["manager"], year, None, amounts, {})
    plan = services.budget_plans.submit(actors["manager"], plan.id, plan.version)
    return services.budget_plans.approve(actors["finance"], plan.id, plan.version)


_invoice_counter = [10000000]


def invoice() -> tuple[str, str]:
    """A fresh (code, number) pair."""
    _invoice_counter[0] += 1
    return "044031900111", str(_invoice_counter[0])


def line(
    category_id: int, amount_fen: int, day: dt.date = dt.date(YEAR, 3, 10), **kwargs
) -> LineInput:
    if "invoice_number" not in kwargs:
        code, number = invoice()
        kwargs.setdefault("invoice_code", code)
        kwargs["invoice_number"] = number
    return LineInput(
        expense_date=day,
        category_id=category_id,
        amount_fen=amount_fen,
        place=kwargs.pop("place", "深圳"),
        description=kwargs.pop("description", "x"),
        **kwargs,
    )


def new_claim(services, actor, lines: list[LineInput], purpose: str = "招生推广"):
    return services.claims.create_claim(
        actor, ClaimInput(purpose=purpose, lines=lines), claim_date=dt.date(YEAR, 3, 20)
    )


def tiny_png() -> bytes:
    """A valid 1x1 PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )
