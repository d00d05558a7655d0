"""Printing claims that went through the real claims workflow and the claims tab."""

from __future__ import annotations

import subprocess

from app.printing.claim_form import DRAFT_WATERMARK, PENDING_WATERMARK, Step
from tests.budget.helpers import YEAR, approved_plan, line, new_claim, seed
from tests.printing.helpers import SIGNATURE_PNG, poppler


def _text(data: bytes, tmp_path) -> str:
    path = tmp_path / "form.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        [poppler("pdftotext"), "-raw", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return "".join(out.split())


def test_workflow_signoffs_fill_the_boxes(services, actors, tmp_path):
    cats = seed(services, actors)
    approved_plan(services, actors, {(cats["travel"], 3): 10_000_000})
    staff, manager, finance = actors["staff"], actors["manager"], actors["finance"]
    view = new_claim(
        services,
        staff,
        [line(cats["travel"], 40950, place="杭州"), line(cats["travel"], 100000, place="宁波")],
    )
    claim = services.claims.submit(
        staff, view.id, view.version, acknowledge=True, signature_png=SIGNATURE_PNG
    ).claim
    draft = services.printing.claim_form(staff, claim.id)
    assert [a.step for a in draft.approvals] == [Step.CLAIMANT]
    assert draft.approval(Step.CLAIMANT).signature_png == SIGNATURE_PNG
    submitted_text = _text(services.printing.preview_pdf(staff, [claim.id]), tmp_path)
    # The submitted paper goes round for signatures: 待审批, not 草稿.
    assert PENDING_WATERMARK in submitted_text and DRAFT_WATERMARK not in submitted_text
    assert "出纳：" in submitted_text and "领款人：" in submitted_text
    assert "附单据2张" in submitted_text  # one paper invoice per line, no scans

    claim = services.claims.approve(manager, claim.id, claim.version, acknowledge=True).claim
    claim = services.claims.approve(
        finance, claim.id, claim.version, acknowledge=True, signature_png=SIGNATURE_PNG
    ).claim
    form = services.printing.claim_form(finance, claim.id)
    assert form.finance_approved
    assert [a.step for a in form.approvals] == [Step.CLAIMANT, Step.DEPARTMENT, Step.FINANCE]
    assert form.approval(Step.DEPARTMENT).signature_png is None  # ink
    assert form.total_fen == 140950 and form.number == claim.number
    assert form.number.startswith(f"BX-{YEAR}-")
    text = _text(services.printing.preview_pdf(finance, [claim.id]), tmp_path)
    assert PENDING_WATERMARK not in text and DRAFT_WATERMARK not in text
    assert "人民币壹仟肆佰零玖元伍角" in text and "杭州" in text and claim.number in text

    code = form.verification_code
    services.claims.pay(actors["admin"], claim.id, claim.version)  # not the reviewer
    assert services.printing.verify(finance, code).outcome == "match"  # paid: still valid
    paid = services.printing.claim_form(finance, claim.id)
    assert paid.approval(Step.CASHIER).name != staff.display_name
    # 领款人 is the claimant who received the money, apart from the cashier's box.
    assert paid.approval(Step.PAYEE).name == paid.claimant
    assert paid.approval(Step.PAYEE).signature_png is None


def test_claims_tab_gets_the_print_menu_and_signature_pad(qtbot, ui_context):
    from ui.claims.tab import ClaimsTab
    from ui.printing.signature_pad import ask_signature

    ctx = ui_context("staff")
    tab = ClaimsTab(ctx)
    qtbot.addWidget(tab)
    actions = tab._claim_print_actions
    menu = tab.print_menu.actions()
    for action in (
        actions.preview_action,
        actions.print_action,
        actions.save_action,
        actions.batch_action,
        actions.verify_action,
        actions.a5_action,
    ):
        assert action in menu
    assert tab.print_button.isEnabled()
    assert tab.signature_provider is ask_signature


def test_signature_drawn_on_submit_is_printed(qtbot, ui_context, monkeypatch, tmp_path):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QDialog, QWidget

    from ui.claims import flows
    from ui.printing.signature_pad import SignaturePadDialog, ask_signature

    ctx = ui_context("staff")
    services = ctx.services
    cats = seed(services, {"admin": ui_context("admin").actor})
    approved_plan(
        services,
        {"manager": ui_context("manager").actor, "finance": ui_context("finance").actor},
        {(cats["travel"], 3): 10_000_000},
    )
    view = new_claim(services, ctx.actor, [line(cats["travel"], 52000)])

    def sign_and_accept(dialog):
        dialog.pad.resize(600, 220)
        qtbot.mousePress(dialog.pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 150))
        for x in range(40, 300, 20):
            qtbot.mouseMove(dialog.pad, QPoint(x, 100 + (x % 60)))
        qtbot.mouseRelease(dialog.pad, Qt.MouseButton.LeftButton, pos=QPoint(300, 120))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignaturePadDialog, "exec", sign_and_accept)
    parent = QWidget()
    qtbot.addWidget(parent)
    claim = flows.run_action(
        parent, ctx, view.id, view.version, view.status, "submit", ask_signature
    )
    assert claim is not None and claim.status == "submitted"
    box = services.printing.claim_form(ctx.actor, claim.id).approval(Step.CLAIMANT)
    assert box is not None and box.signature_png.startswith(b"\x89PNG")
    out = tmp_path / "signed.pdf"
    services.printing.export_pdf(ctx.actor, [claim.id], out)
    images = subprocess.run(
        [poppler("pdfimages"), "-list", str(out)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert images  # the signature is drawn as an image (with its transparency mask)
