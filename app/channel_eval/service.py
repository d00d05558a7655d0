"""ChannelEvalService: the channel report, its drill-down and its exports."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.channel_eval import metrics
from app.channel_eval.activities import activity_figures
from app.channel_eval.drill import CostRecord, CustomerBehind, costs_behind, customers_behind
from app.channel_eval.figures import ChannelFigures, Figures
from app.channel_eval.periods import Period, trend_period
from app.channel_eval.permissions import ChannelEvalPermission
from app.channel_eval.report import ChannelReport, unknown_channel_name
from app.channel_eval.touches import MODELS
from app.channel_eval.translation import tr
from app.context import Actor
from app.errors import ValidationError
from app.service import Service
from db.models.channels import Channel


def check_model(model: str) -> str:
    if model not in MODELS:
        raise ValidationError(
            "attribution",
            tr("Unknown attribution model '%s': use first, last or linear.") % model,
        )
    return model


class ChannelEvalService(Service):
    def figures(self, actor: Actor, period: Period, model: str = "first") -> ChannelReport:
        """The period's figures per channel only (what `channel-report --json` prints)."""
        check_model(model)
        with self.read(actor, ChannelEvalPermission.VIEW_CHANNEL_REPORT) as session:
            by_channel = metrics.period_figures(session, period, model)
            channels = list(
                session.execute(
                    select(Channel.id, Channel.name, Channel.online, Channel.active).order_by(
                        Channel.sort_order, Channel.id
                    )
                )
            )
        rows: list[ChannelFigures] = []
        total = Figures()
        for channel_id, name, online, active in channels:
            f = by_channel.get(channel_id, Figures())
            if not active and f.is_empty():
                continue
            rows.append(ChannelFigures(channel_id, name, online, f))
            total.add(f)
        unknown = by_channel.get(None)
        if unknown is not None and not unknown.is_empty():
            rows.append(ChannelFigures(None, unknown_channel_name(), None, unknown))
            total.add(unknown)
        return ChannelReport(period, model, rows, total)

    def report(self, actor: Actor, period: Period, model: str = "first") -> ChannelReport:
        """The figures with the previous period, the same period a year earlier, the
        monthly trend (at least twelve months up to the period's last month) and the
        activities that start in the period."""
        report = self.figures(actor, period, model)
        report.previous_period = period.previous()
        report.year_ago_period = period.year_ago()
        trend = trend_period(period)
        with self.read(actor, ChannelEvalPermission.VIEW_CHANNEL_REPORT) as session:
            report.previous = metrics.period_figures(session, report.previous_period, model)
            report.year_ago = metrics.period_figures(session, report.year_ago_period, model)
            report.monthly = metrics.monthly_figures(session, trend, model)
            report.activities = activity_figures(session, period)
        report.trend_months = trend.months()
        return report

    def customers_behind(
        self,
        actor: Actor,
        period: Period,
        model: str,
        channel_id: int | None,
        metric: str,
        *,
        any_channel: bool = False,
    ) -> list[CustomerBehind]:
        """The customers behind a channel's leads, trials or conversions, with the share
        of each the model gives the channel (any_channel: the total row)."""
        check_model(model)
        with self.read(actor, ChannelEvalPermission.VIEW_CHANNEL_REPORT) as session:
            return customers_behind(session, period, model, channel_id, metric, any_channel)

    def costs_behind(
        self, actor: Actor, period: Period, channel_id: int | None, *, any_channel: bool = False
    ) -> list[CostRecord]:
        """The claim lines and direct expenses behind a channel's cost."""
        with self.read(actor, ChannelEvalPermission.VIEW_CHANNEL_REPORT) as session:
            return costs_behind(session, period, channel_id, any_channel)

    def activity_customers(self, actor: Actor, activity_id: int) -> list[CustomerBehind]:
        """The customers captured at an activity (the per-activity view's drill-down)."""
        from app.channel_eval.activities import activity_customers

        with self.read(actor, ChannelEvalPermission.VIEW_CHANNEL_REPORT) as session:
            return activity_customers(session, activity_id)

    def activity_costs(self, actor: Actor, activity_id: int) -> list[CostRecord]:
        """The spend counted for an activity."""
        from app.channel_eval.activities import activity_costs

        with self.read(actor, ChannelEvalPermission.VIEW_CHANNEL_REPORT) as session:
            return activity_costs(session, activity_id)

    def export_xlsx(self, actor: Actor, period: Period, model: str, path: Path) -> ChannelReport:
        from app.audit.service import record_event
        from app.channel_eval.export import write_xlsx

        actor.require(ChannelEvalPermission.EXPORT_CHANNEL_REPORT)
        report = self.report(actor, period, model)
        write_xlsx(report, path)
        record_event(
            self.db, actor, "export", "channel_report", period.label(), f"{model} -> {path}"
        )
        return report

    def export_pdf(self, actor: Actor, period: Period, model: str, path: Path) -> ChannelReport:
        from app.audit.service import record_event
        from app.channel_eval.pdf import write_pdf
        from app.files import written_whole
        from app.office.service import organization_name

        actor.require(ChannelEvalPermission.EXPORT_CHANNEL_REPORT)
        report = self.report(actor, period, model)
        organisation = organization_name(self.db, actor)
        with written_whole(path) as temp:
            write_pdf(report, temp, organisation=organisation)
        record_event(
            self.db, actor, "export", "channel_report", period.label(), f"{model} -> {path} (PDF)"
        )
        return report
