"""Claim rules of issue 15: expense dates, paper attachments, private drafts, totals."""

from __future__ import annotations

import datetime as dt

import pytest

from app.claims.rows import ClaimFilter, ClaimInput
from app.errors import PermissionDenied, ValidationError
from tests.budget.helpers import YEAR, approved_plan, line, new_claim, tiny_png


def _plan(services, actors, cats):
    approved_plan(services, actors, {(cats["travel"], 3): 10_000_00})


def test_future_expense_date_is_refused_naming_the_line(services, actors, cats):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    lines = [line(cats["travel"], 100_00), line(cats["travel"], 100_00, day=tomorrow)]
    with pytest.raises(ValidationError) as err:
        new_claim(services, actors["staff"], lines)
    assert err.value.field == "lines.2.expense_date"
    assert "Line 2" in err.value.message and "future" in err.value.message


def test_old_expense_says_so_not_remaining_budget_zero(services, actors, cats):
    _plan(services, actors, cats)
    old = dt.date(YEAR - 2, 5, 1)  # two years before: no budget that year
    claim = new_claim(services, actors["staff"], [line(cats["travel"], 100_00, day=old)])
    warnings = services.claims.warnings(actors["staff"], claim.id)
    text = " ".join(w.message for w in warnings)
    assert "older than 90 days" in text
    assert "¥0.00" not in text and "remaining budget" not in text
    assert f"{YEAR - 2} has no approved budget" in text


def test_paper_attachments_default_to_invoice_lines_and_can_be_entered(services, actors, cats):
    staff = actors["staff"]
    claim = new_claim(services, staff, [line(cats["travel"], 100_00), line(cats["travel"], 50_00)])
    assert claim.paper_attachments is None and claim.paper_count == 2
    data = ClaimInput(purpose="x", lines=[line(cats["travel"], 100_00)], paper_attachments=4)
    claim = services.claims.update_claim(staff, claim.id, claim.version, data)
    assert claim.paper_attachments == 4 and claim.paper_count == 4
    with pytest.raises(ValidationError) as err:
        services.claims.update_claim(
            staff, claim.id, claim.version, ClaimInput("x", data.lines, paper_attachments=-1)
        )
    assert err.value.field == "paper_attachments"


def _to_finance(services, actors, cats, paper: int | None):
    staff = actors["staff"]
    claim = services.claims.create_claim(
        staff,
        ClaimInput("x", [line(cats["travel"], 100_00)], paper_attachments=paper),
        claim_date=dt.date(YEAR, 3, 20),
    )
    claim = services.claims.submit(staff, claim.id, claim.version, acknowledge=True).claim
    return services.claims.approve(
        actors["manager"], claim.id, claim.version, acknowledge=True
    ).claim


def test_finance_is_warned_when_nothing_is_attached(services, actors, cats):
    _plan(services, actors, cats)
    finance = actors["finance"]
    claim = _to_finance(services, actors, cats, paper=0)
    result = services.claims.approve(finance, claim.id, claim.version)
    assert not result.done and [w.kind for w in result.warnings] == ["no_attachments"]
    claim = services.claims.approve(finance, claim.id, claim.version, acknowledge=True).claim
    assert claim.status == "finance_approved"
    cashier = actors["admin"]  # another person than the finance reviewer pays
    result = services.claims.pay(cashier, claim.id, claim.version)
    assert not result.done and [w.kind for w in result.warnings] == ["no_attachments"]
    assert services.claims.pay(cashier, claim.id, claim.version, acknowledge=True).done


def test_no_warning_with_paper_or_scans(services, actors, cats):
    _plan(services, actors, cats)
    finance = actors["finance"]
    claim = _to_finance(services, actors, cats, paper=None)  # one per invoice line
    assert services.claims.approve(finance, claim.id, claim.version).done
    # No paper, but a scan attached while it was a draft.
    staff = actors["staff"]
    draft = services.claims.create_claim(
        staff,
        ClaimInput("y", [line(cats["travel"], 10_00)], paper_attachments=0),
        claim_date=dt.date(YEAR, 3, 20),
    )
    services.claims.add_attachment(staff, draft.id, "invoice.png", tiny_png())
    draft = services.claims.get_claim(staff, draft.id)
    claim = services.claims.submit(staff, draft.id, draft.version, acknowledge=True).claim
    claim = services.claims.approve(actors["manager"], claim.id, claim.version).claim
    assert services.claims.approve(finance, claim.id, claim.version).done


def test_drafts_are_private_in_all_claims(services, actors, cats):
    _plan(services, actors, cats)
    staff, manager, finance = actors["staff"], actors["manager"], actors["finance"]
    draft = new_claim(services, staff, [line(cats["travel"], 100_00)])
    returned = new_claim(services, staff, [line(cats["travel"], 200_00)])
    returned = services.claims.submit(staff, returned.id, returned.version, acknowledge=True).claim
    returned = services.claims.return_claim(manager, returned.id, returned.version, "发票").claim
    submitted = new_claim(services, staff, [line(cats["travel"], 300_00)])
    services.claims.submit(staff, submitted.id, submitted.version, acknowledge=True)
    for viewer in (manager, finance):
        ids = {r.id for r in services.claims.list_claims(viewer, ClaimFilter(scope="all"))}
        assert ids == {submitted.id}
        assert services.claims.count_claims(viewer, ClaimFilter(scope="all")) == 1
        for private in (draft, returned):
            with pytest.raises(PermissionDenied):
                services.claims.get_claim(viewer, private.id)
    mine = {r.id for r in services.claims.list_claims(staff, ClaimFilter(scope="mine"))}
    assert mine == {draft.id, returned.id, submitted.id}


def test_to_approve_totals_by_status(services, actors, cats):
    _plan(services, actors, cats)
    staff, manager, finance = actors["staff"], actors["manager"], actors["finance"]
    waiting = _to_finance(services, actors, cats, paper=None)  # 100.00, department approved
    paid_next = _to_finance(services, actors, cats, paper=None)
    services.claims.approve(finance, paid_next.id, paid_next.version, acknowledge=True)
    other = new_claim(services, staff, [line(cats["travel"], 70_00)])
    services.claims.submit(staff, other.id, other.version, acknowledge=True)
    totals = services.claims.totals_by_status(finance, ClaimFilter(scope="to_approve"))
    assert totals == {"department_approved": (1, 100_00), "finance_approved": (1, 100_00)}
    assert services.claims.totals_by_status(manager, ClaimFilter(scope="to_approve")) == {
        "submitted": (1, 70_00)
    }
    assert waiting.status == "department_approved"
