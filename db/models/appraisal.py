"""Appraisal (绩效考核): the KPI library, templates, targets, and runs with their
frozen results.

A run's results and scores are the snapshot: every input (actual, target,
weight, manual score, conduct points) and every output (score, total, grade,
coefficient) is stored, so a finalized run reads the same whatever happens to
the records under it later.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Float,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

import db.models.staff  # noqa: F401 - a table its foreign keys name
from db.base import Base, TimestampMixin, VersionedMixin


class AppraisalKpi(Base, TimestampMixin, VersionedMixin):
    """One KPI of the library: auto (computed by `metric`) or manual (a manager's 0-100)."""

    __tablename__ = "appraisal_kpis"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # "auto" | "manual"
    direction: Mapped[str] = mapped_column(String(10))  # "higher" | "lower" | "manual"
    # The metric an auto KPI is computed by (app/appraisal/metrics.py); "" for manual.
    metric: Mapped[str] = mapped_column(String(40), default="")
    # count | percent | fen (money) | rating | points (app/appraisal/units.py)
    unit: Mapped[str] = mapped_column(String(20), default="")
    # Times the target; None = the office's KPI cap.
    cap: Mapped[float | None] = mapped_column(Float, default=None)
    # Target used when a person has none for the period (rates: e.g. 95 %).
    default_target: Mapped[float | None] = mapped_column(Float, default=None)
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)


class AppraisalTemplate(Base, TimestampMixin, VersionedMixin):
    """The KPIs and weights of a department and position ("" = any position)."""

    __tablename__ = "appraisal_templates"
    __table_args__ = (UniqueConstraint("department_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    position: Mapped[str] = mapped_column(String(100), default="")

    items: Mapped[list[AppraisalTemplateItem]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="AppraisalTemplateItem.id"
    )


class AppraisalTemplateItem(Base):
    __tablename__ = "appraisal_template_items"
    __table_args__ = (UniqueConstraint("template_id", "kpi_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("appraisal_templates.id", ondelete="CASCADE"), index=True
    )
    kpi_id: Mapped[int] = mapped_column(ForeignKey("appraisal_kpis.id"))
    weight: Mapped[int] = mapped_column()

    template: Mapped[AppraisalTemplate] = relationship(back_populates="items")


# Money figures (a KPI whose unit is "fen") are integer fen in their own *_fen column,
# as every amount in MarketDesk is: exact on SQLite and PostgreSQL alike. The other
# figures (counts, percentages and ratings rounded to two decimals, manual 0-100 points)
# are not money and stay Float, like the scores. Numeric was not chosen: SQLite has no
# decimal type, and SQLAlchemy would pass every value through a float there anyway.
# Exactly one of a target's two columns holds it; a score line fills at most one.
ONE_TARGET = "(target IS NULL) <> (target_fen IS NULL)"


class AppraisalTarget(Base, TimestampMixin):
    """A person's target for one KPI and period ("2026-10", "2026-Q3", "2026")."""

    __tablename__ = "appraisal_targets"
    __table_args__ = (
        UniqueConstraint("staff_id", "kpi_id", "period"),
        CheckConstraint(ONE_TARGET, name="one_target"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    kpi_id: Mapped[int] = mapped_column(ForeignKey("appraisal_kpis.id"))
    period: Mapped[str] = mapped_column(String(10), index=True)
    target: Mapped[float | None] = mapped_column(Float, default=None)
    target_fen: Mapped[int | None] = mapped_column(BigInteger, default=None)


class AppraisalRun(Base, TimestampMixin, VersionedMixin):
    __tablename__ = "appraisal_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(10), unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # monthly | quarterly | annual
    status: Mapped[str] = mapped_column(String(12), default="draft")  # draft | finalized
    computed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    finalized_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    finalized_by: Mapped[str] = mapped_column(String(100), default="")
    reopen_reason: Mapped[str] = mapped_column(Text, default="")
    # The grade rules the totals were graded with (bands, coefficients, cap, line).
    rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    results: Mapped[list[AppraisalResult]] = relationship(
        back_populates="run", cascade="all, delete-orphan", order_by="AppraisalResult.id"
    )


class AppraisalResult(Base):
    """One person's result in a run (names copied: the snapshot outlives renames)."""

    __tablename__ = "appraisal_results"
    __table_args__ = (UniqueConstraint("run_id", "staff_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(
        ForeignKey("appraisal_runs.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    staff_name: Mapped[str] = mapped_column(String(100))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    department_name: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[str] = mapped_column(String(100), default="")
    conduct_points: Mapped[float] = mapped_column(Float, default=0.0)
    total: Mapped[float] = mapped_column(Float, default=0.0)
    grade: Mapped[str] = mapped_column(String(1), default="E")
    coefficient: Mapped[float] = mapped_column(Float, default=0.0)
    warning: Mapped[bool] = mapped_column(default=False)
    # Annual runs: the months whose finalized totals made the total ("1,2,5").
    months: Mapped[str] = mapped_column(String(40), default="")
    acknowledgement: Mapped[str] = mapped_column(String(12), default="")  # acknowledged|objected
    objection: Mapped[str] = mapped_column(Text, default="")
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    run: Mapped[AppraisalRun] = relationship(back_populates="results")
    scores: Mapped[list[AppraisalScore]] = relationship(
        back_populates="result", cascade="all, delete-orphan", order_by="AppraisalScore.id"
    )


class AppraisalScore(Base):
    """One KPI line of a result: its inputs and its score."""

    __tablename__ = "appraisal_scores"
    __table_args__ = (
        UniqueConstraint("result_id", "kpi_id"),
        CheckConstraint("actual IS NULL OR actual_fen IS NULL", name="one_actual"),
        CheckConstraint("target IS NULL OR target_fen IS NULL", name="one_target"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    result_id: Mapped[int] = mapped_column(
        ForeignKey("appraisal_results.id", ondelete="CASCADE"), index=True
    )
    kpi_id: Mapped[int] = mapped_column(ForeignKey("appraisal_kpis.id"))
    kpi_name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10))
    direction: Mapped[str] = mapped_column(String(10))
    unit: Mapped[str] = mapped_column(String(20), default="")
    weight: Mapped[int] = mapped_column()
    actual: Mapped[float | None] = mapped_column(Float, default=None)
    target: Mapped[float | None] = mapped_column(Float, default=None)
    actual_fen: Mapped[int | None] = mapped_column(BigInteger, default=None)  # money KPIs
    target_fen: Mapped[int | None] = mapped_column(BigInteger, default=None)
    score: Mapped[float | None] = mapped_column(Float, default=None)
    comment: Mapped[str] = mapped_column(Text, default="")
    scored_by: Mapped[str] = mapped_column(String(100), default="")

    result: Mapped[AppraisalResult] = relationship(back_populates="scores")
