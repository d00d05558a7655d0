"""Printing claims that went through the real claims workflow and the claims tab."""

from __future__ import annotations

import subprocess

from app.printing.claim_form import Step
from app.printing.claim_pdf import WATERMARK
from tests.budget.helpers import YEAR, approved_plan, line, new_claim, seed
from tests.printing.helpers import SIGNATURE_PNG, poppler


def _text(data: bytes, tmp_path) -> str:
    path = tmp_path / "form.pdf"
    path.write_bytes(data)
    out = subprocess.run([poppler("pdftotext"), "-raw", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return "".join(out.split())


def test_workflow_signoffs_fill_the_boxes(services, actors, tmp_path):
    cats = seed(services, actors)
    approved_plan(services, actors, {(cats["travel"], 3): 10_000_000})
    staff, manager, finance = actors["staff"], actors["manager"], actors["finance"]
    view = new_claim(services, staff, [line(cats["travel"], 40950, place="杭州"),
                                       line(cats["travel"], 100000, place="宁波")])
    claim = services.claims.submit(staff, view.id, view.version, acknowledge=True,
                                   signature_png=SIGNATURE_PNG).claim
    draft = services.printing.claim_form(staff, claim.id)
    assert [a.step for a in draft.approvals] == [Step.CLAIMANT]
    assert draft.approval(Step.CLAIMANT).signature_png == SIGNATURE_PNG
    assert WATERMARK.replace(" ", "") in _text(services.printing.preview_pdf(staff, [claim.id]),
                                                tmp_path)

    claim = services.claims.approve(manager, claim.id, claim.version, acknowledge=True).claim
    claim = services.claims.approve(finance, claim.id, claim.version, acknowledge=True,
                                    signature_png=SIGNATURE_PNG).claim
    form = services.printing.claim_form(finance, claim.id)
    assert form.finance_approved
    assert [a.step for a in form.approvals] == [Step.CLAIMANT, Step.DEPARTMENT, Step.FINANCE]
    assert form.approval(Step.DEPARTMENT).signature_png is None  # ink
    assert form.total_fen == 140950 and form.number == claim.number
    assert form.number.startswith(f"BX-{YEAR}-")
    text = _text(services.printing.preview_pdf(finance, [claim.id]), tmp_path)
    assert WATERMARK.replace(" ", "") not in text
    assert "人民币壹仟肆佰零玖元伍角" in text and "杭州" in text and claim.number in text

    code = form.verification_code
    services.claims.pay(finance, claim.id, claim.version)
    assert services.printing.verify(finance, code).outcome == "match"  # paid: still valid
    assert services.printing.claim_form(finance, claim.id).approval(Step.CASHIER) is not None


def test_claims_tab_gets_the_print_menu_and_signature_pad(qtbot, ui_context):
    from ui.claims.tab import ClaimsTab
    from ui.printing.signature_pad import ask_signature

    ctx = ui_context("staff")
    tab = ClaimsTab(ctx)
    qtbot.addWidget(tab)
    actions = tab._claim_print_actions
    menu = tab.print_menu.actions()
    for action in (actions.preview_action, actions.print_action, actions.save_action,
                   actions.batch_action, actions.verify_action, actions.a5_action):
        assert action in menu
    assert tab.print_button.isEnabled()
    assert tab.signature_provider is ask_signature
