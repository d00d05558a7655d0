"""Channel evaluation (渠道评估): figures per channel, attribution, findings, reports."""

from __future__ import annotations

from app.channel_eval.permissions import GRANTS, ChannelEvalPermission
from app.features import DemoStep, Feature

FEATURE = Feature(
    name="channel_eval",
    permissions=(ChannelEvalPermission,),
    grants=GRANTS,
    services={"channel_eval": "app.channel_eval.service:ChannelEvalService"},
    ui="ui.channel_eval.feature",
    demo=DemoStep("channel_eval", "app.demo.channel_eval"),  # two years of channel spend
    cli=("cli.channel_eval",),
    benchmarks=("bench_channel_eval",),
    translations=("channel_eval",),
    risks="app.channel_eval.risks:RULES",  # risk warnings (app/risk_kit.py)
)
