"""Demo step for the ad-copy check: the shipped rules, and one rule of the office's own."""

from __future__ import annotations

from app.adcheck.service import AdRuleInput
from app.demo.context import DemoContext
from app.errors import tr


def label() -> str:
    """What progress messages call this step."""
    return tr("ad-copy rules", "demo step")


def build(ctx: DemoContext) -> None:
    service = ctx.services.adcheck
    service.ensure_seed(ctx.actor)
    # The office's own addition: admission without an exam is a promise of admission.
    service.create_rule(
        ctx.actor,
        AdRuleInput(
            article="24(1)",
            pattern=r"免试(?:入学|录取|入读)",
            explanation_zh="“免试入学”暗示保证录取，属于保证性承诺（《广告法》第二十四条第一项）。",
            explanation_en="免试入学 (admission without an exam) implies guaranteed admission (Art. 24(1)).",  # noqa: E501
            suggestion="写明实际的入学条件与流程。",
        ),
    )
