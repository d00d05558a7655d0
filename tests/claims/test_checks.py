"""Invoices, duplicates, standards, attachments and budget control of claims."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.budget.expenses import ExpenseInput
from app.budget.invoices import normalise_invoice
from app.claims.rows import ClaimInput
from app.errors import PermissionDenied, ValidationError
from db.models.audit import AuditEntry
from db.models.budget_claims import ClaimStatus as S
from tests.budget.helpers import YEAR, approved_plan, line, new_claim, tiny_png


@pytest.mark.parametrize(
    "code,number,key",
    [
        ("044031900111", "12345678", "044031900111:12345678"),
        ("1100182130", "０１２３４５６７", "1100182130:01234567"),
        ("", "24442000000012345678", "24442000000012345678"),
        ("", " 2444 2000 0000 1234 5678 ", "24442000000012345678"),
        ("", "", ""),
    ],
)
def test_invoice_formats_accepted(code, number, key):
    assert normalise_invoice(code, number)[2] == key


@pytest.mark.parametrize(
    "code,number,field",
    [
        ("04403190011", "12345678", "invoice_code"),  # 11 digits
        ("04403190011A", "12345678", "invoice_code"),
        ("044031900111", "1234567", "invoice_number"),  # 7 digits
        ("044031900111", "", "invoice_number"),
        ("", "12345678", "invoice_number"),  # paper number without code
        ("", "2444200000001234567", "invoice_number"),  # 19 digits
        ("", "2444200000001234567X", "invoice_number"),
    ],
)
def test_invoice_formats_refused(code, number, field):
    with pytest.raises(ValidationError) as exc:
        normalise_invoice(code, number)
    assert exc.value.field == field


def test_malformed_invoice_on_a_line_names_line_and_field(services, actors, cats):
    with pytest.raises(ValidationError) as exc:
        new_claim(
            services,
            actors["staff"],
            [
                line(cats["travel"], 100),
                line(cats["travel"], 100, invoice_code="", invoice_number="123"),
            ],
        )
    assert exc.value.field == "lines.2.invoice_number"
    assert "2" in exc.value.message


def test_duplicate_invoice_refused_naming_other_claim(services, actors, cats):
    first = new_claim(
        services,
        actors["staff"],
        [line(cats["travel"], 100, invoice_code="", invoice_number="24442000000012345678")],
    )
    for actor in (actors["staff"], actors["manager"]):
        with pytest.raises(ValidationError) as exc:
            new_claim(
                services,
                actor,
                [
                    line(
                        cats["promotion"],
                        999,
                        invoice_code="",
                        invoice_number="24442000000012345678",
                    )
                ],
            )
        assert first.number in exc.value.message
        assert exc.value.field.endswith("invoice_number")
    # the same invoice twice within one claim
    with pytest.raises(ValidationError) as exc:
        new_claim(
            services,
            actors["staff"],
            [
                line(cats["travel"], 1, invoice_code="1100182130", invoice_number="00000001"),
                line(cats["travel"], 2, invoice_code="1100182130", invoice_number="00000001"),
            ],
        )
    assert "1" in exc.value.message
    # a cancelled claim releases its invoice
    services.claims.cancel(actors["staff"], first.id, first.version)
    again = new_claim(
        services,
        actors["staff"],
        [line(cats["travel"], 100, invoice_code="", invoice_number="24442000000012345678")],
    )
    assert again.number != first.number


def test_invoice_shared_with_direct_expenses(services, actors, cats):
    claim = new_claim(
        services,
        actors["staff"],
        [line(cats["advertising"], 100, invoice_code="", invoice_number="24442000000099999999")],
    )
    with pytest.raises(ValidationError) as exc:
        services.direct_expenses.record(
            actors["finance"],
            ExpenseInput(
                dt.date(YEAR, 3, 1),
                cats["advertising"],
                100,
                payee="百度",
                invoice_number="24442000000099999999",
            ),
        )
    assert claim.number in exc.value.message


def test_submit_requires_invoices_and_lines(services, actors, cats):
    empty = new_claim(services, actors["staff"], [])
    with pytest.raises(ValidationError):
        services.claims.submit(actors["staff"], empty.id, empty.version)
    no_invoice = new_claim(
        services, actors["staff"], [line(cats["travel"], 100, invoice_code="", invoice_number="")]
    )
    with pytest.raises(ValidationError) as exc:
        services.claims.submit(actors["staff"], no_invoice.id, no_invoice.version)
    assert exc.value.field == "lines.1.invoice_number"


def test_possible_duplicate_warns_but_does_not_block(services, actors, cats):
    approved_plan(services, actors, {(cats["travel"], 3): 10_000_00})
    day = dt.date(YEAR, 3, 5)
    first = new_claim(services, actors["staff"], [line(cats["travel"], 321_00, day)])
    services.claims.submit(actors["staff"], first.id, first.version)
    second = new_claim(services, actors["staff"], [line(cats["travel"], 321_00, day)])
    result = services.claims.submit(actors["staff"], second.id, second.version)
    assert not result.done
    assert [w.kind for w in result.warnings] == ["possible_duplicate"]
    assert first.number in result.warnings[0].message
    assert services.claims.get_claim(actors["staff"], second.id).status == S.DRAFT
    result = services.claims.submit(actors["staff"], second.id, second.version, acknowledge=True)
    assert result.done and result.claim.status == S.SUBMITTED
    # another claimant with the same figures is not a duplicate
    other = new_claim(services, actors["manager"], [line(cats["travel"], 321_00, day)])
    assert services.claims.submit(actors["manager"], other.id, other.version).done


def test_reimbursement_standard_flags_lines(services, actors, cats):
    approved_plan(
        services, actors, {(cats["entertainment"], 3): 10_000_00, (cats["travel"], 3): 10_000_00}
    )
    claim = new_claim(
        services,
        actors["staff"],
        [
            line(cats["entertainment"], 1_500_00),
            line(cats["entertainment"], 600_00),
            line(cats["travel"], 900_00),
            line(cats["travel"], 700_00),
        ],
    )
    flags = [bool(ln.over_standard) for ln in claim.lines]
    # 业务招待费: 2,100 > 2,000 per claim (both lines); 差旅费: 900 > 800 per line
    assert flags == [True, True, True, False]
    result = services.claims.submit(actors["staff"], claim.id, claim.version)
    assert not result.done
    assert {w.kind for w in result.warnings} == {"over_standard"}
    # One warning for the claim, naming the lines (not one warning per line).
    assert len(result.warnings) == 1
    assert result.warnings[0].figures["lines"] == [1, 2, 3]
    assert "lines 1, 2:" in result.warnings[0].message
    assert "line 3:" in result.warnings[0].message


def test_over_budget_warning_on_submit_with_figures(services, actors, cats):
    travel = cats["travel"]
    approved_plan(services, actors, {(travel, 3): 1_000_00})
    spent = new_claim(services, actors["manager"], [line(travel, 300_00)])
    services.claims.submit(actors["manager"], spent.id, spent.version)  # committed 300
    services.direct_expenses.record(
        actors["finance"], ExpenseInput(dt.date(YEAR, 3, 2), travel, 200_00, payee="航空公司")
    )  # spent 200
    claim = new_claim(services, actors["staff"], [line(travel, 600_00)])
    result = services.claims.submit(actors["staff"], claim.id, claim.version)
    assert not result.done
    [warning] = result.warnings
    assert warning.kind == "over_budget"
    assert warning.figures == {
        "year": YEAR,
        "month": 3,
        "category_id": travel,
        "category": "差旅费",
        "claim": 600_00,
        "effective": 1_000_00,
        "spend": 200_00,
        "committed": 300_00,
        "remaining": 500_00,
        "over": 100_00,
    }
    assert "¥500.00" in warning.message and "¥100.00" in warning.message
    assert services.claims.submit(actors["staff"], claim.id, claim.version, acknowledge=True).done


def _over_budget_at_finance(services, actors, cats):
    travel = cats["travel"]
    approved_plan(services, actors, {(travel, 3): 100_00})
    claim = new_claim(services, actors["staff"], [line(travel, 250_00)])
    claim = services.claims.submit(actors["staff"], claim.id, claim.version, acknowledge=True).claim
    return services.claims.approve(
        actors["manager"], claim.id, claim.version, acknowledge=True
    ).claim


def test_finance_approval_over_budget_needs_override_permission(services, actors, cats):
    claim = _over_budget_at_finance(services, actors, cats)
    with pytest.raises(PermissionDenied) as exc:
        services.claims.approve(
            actors["finance"],
            claim.id,
            claim.version,
            acknowledge=True,
            override_reason="活动临时追加",
        )
    assert "¥150.00" in exc.value.message  # over by 250 - 100
    assert services.claims.get_claim(actors["finance"], claim.id).status == S.DEPARTMENT_APPROVED


def test_finance_approval_override_with_permission_and_reason(services, actors, cats):
    claim = _over_budget_at_finance(services, actors, cats)
    with pytest.raises(ValidationError) as exc:
        services.claims.approve(actors["admin"], claim.id, claim.version, acknowledge=True)
    assert exc.value.field == "override_reason"
    result = services.claims.approve(
        actors["admin"], claim.id, claim.version, acknowledge=True, override_reason="校长批准追加"
    )
    assert result.done and result.claim.status == S.FINANCE_APPROVED
    assert result.claim.budget_override_reason == "校长批准追加"
    with services.db.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "budget_override")
        ).one()
    assert entry.entity_id == str(claim.id) and "校长批准追加" in entry.summary
    assert "¥150.00" in entry.summary


def test_within_budget_finance_approval_needs_no_override(services, actors, cats):
    promotion = cats["promotion"]
    approved_plan(services, actors, {(promotion, 3): 1_000_00})
    claim = new_claim(services, actors["staff"], [line(promotion, 1_000_00)])
    claim = services.claims.submit(actors["staff"], claim.id, claim.version).claim
    claim = services.claims.approve(actors["manager"], claim.id, claim.version).claim
    result = services.claims.approve(actors["finance"], claim.id, claim.version)
    assert result.done and result.warnings == []


def test_attachments_stored_and_validated(services, actors, cats):
    claim = new_claim(services, actors["staff"], [line(cats["travel"], 100)])
    png = tiny_png()
    info = services.claims.add_attachment(actors["staff"], claim.id, r"C:\扫描\发票1.png", png)
    assert info.filename == "发票1.png" and info.mime_type == "image/png"
    pdf = b"%PDF-1.4\n%%EOF\n"
    services.claims.add_attachment(actors["staff"], claim.id, "invoice.pdf", pdf)
    with pytest.raises(ValidationError):
        services.claims.add_attachment(actors["staff"], claim.id, "virus.exe", b"MZ\x90\x00")
    with pytest.raises(ValidationError):
        services.claims.add_attachment(actors["staff"], claim.id, "again.png", png)
    with pytest.raises(PermissionDenied):
        services.claims.add_attachment(actors["service"], claim.id, "x.pdf", pdf)
    view = services.claims.get_claim(actors["staff"], claim.id)
    assert [a.filename for a in view.attachments] == ["发票1.png", "invoice.pdf"]
    assert services.claims.attachment_data(actors["staff"], info.id)[2] == png
    services.claims.remove_attachment(actors["staff"], info.id)
    assert len(services.claims.get_claim(actors["staff"], claim.id).attachments) == 1


def test_numbers_count_per_year(services, actors, cats):
    numbers = [
        new_claim(services, actors["staff"], [line(cats["travel"], 100)]).number for _ in range(3)
    ]
    assert numbers == ["BX-2026-0001", "BX-2026-0002", "BX-2026-0003"]
    other_year = services.claims.create_claim(
        actors["staff"],
        ClaimInput("x", [line(cats["travel"], 100)]),
        claim_date=dt.date(2025, 12, 31),
    )
    assert other_year.number == "BX-2025-0001"
    with pytest.raises(ValidationError) as exc:
        new_claim(services, actors["staff"], [line(cats["travel"], -5)])
    assert exc.value.field == "lines.1.amount"
