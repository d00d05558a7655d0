"""Amount ceilings on claim lines and claims; absurd stored amounts print as a refusal
(issue 21)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from app.claims.service import MAX_CLAIM_FEN, MAX_LINE_FEN
from app.errors import ValidationError
from db.models.budget_claims import Claim, ClaimLine
from tests.budget.helpers import line, new_claim


def _claims(services) -> int:
    with services.db.session() as session:
        return session.scalar(select(func.count(Claim.id)))


@pytest.mark.parametrize(
    "amount,problem",
    [
        (2**62, "over the limit of ¥1,000,000.00"),
        (10**20, "over the limit of ¥1,000,000.00"),
        (MAX_LINE_FEN + 1, "over the limit of ¥1,000,000.00"),
        (True, "whole number of fen"),
        (12.5, "whole number of fen"),
        (0, "greater than zero"),
        (-500, "cannot be negative"),
    ],
)
def test_a_bad_line_amount_is_refused_naming_the_problem(services, actors, cats, amount, problem):
    with pytest.raises(ValidationError) as info:
        new_claim(
            services, actors["staff"], [line(cats["travel"], 100), line(cats["travel"], amount)]
        )
    assert info.value.field == "lines.2.amount"
    assert info.value.message.startswith("Line 2: ") and problem in info.value.message
    assert _claims(services) == 0


def test_a_claim_total_over_the_ceiling_is_refused(services, actors, cats):
    at_limit = [line(cats["travel"], MAX_LINE_FEN) for _ in range(MAX_CLAIM_FEN // MAX_LINE_FEN)]
    claim = new_claim(services, actors["staff"], at_limit)
    assert claim.total_fen == MAX_CLAIM_FEN
    over = [line(cats["travel"], MAX_LINE_FEN) for _ in range(10)] + [line(cats["travel"], 1)]
    with pytest.raises(ValidationError) as info:
        new_claim(services, actors["staff"], over)
    assert "over the limit of ¥10,000,000.00 per claim" in info.value.message
    assert _claims(services) == 1


def test_an_absurd_stored_amount_prints_as_a_refusal(services, actors, cats):
    """A line saved before the ceilings existed: the form refuses in one sentence
    instead of an IndexError in the amount in words."""
    claim = new_claim(services, actors["staff"], [line(cats["travel"], 100)])
    with services.db.engine.begin() as conn:
        conn.execute(update(ClaimLine).values(amount_fen=2**62))
        conn.execute(update(Claim).values(total_fen=2**62))
    with pytest.raises(ValidationError) as info:
        services.printing.preview_pdf(actors["admin"], [claim.id])
    assert "too large to write in words" in info.value.message
