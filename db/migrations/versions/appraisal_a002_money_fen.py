"""appraisal: money figures as integer fen; every KPI has a unit

Revision ID: appraisal_a002
Revises: appraisal_a001
Create Date: 2026-12-07

The sales-amount KPI (unit "yuan") kept its actuals and targets as float yuan. They
move to new integer-fen columns (appraisal_targets.target_fen, appraisal_scores.
actual_fen and target_fen), rounded half-up from the float's shortest decimal form
(1234.565 -> 123457 fen, as the person typed it, not as the binary float holds it);
the float column of those rows is emptied. The unit "yuan" becomes "fen", and manual
KPIs, which had no unit, get "points" (a manager's 0-100). Finalized runs are
converted too: their figures are the same amounts, only stored exactly.
"""

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "appraisal_a002"
down_revision = "appraisal_a001"
branch_labels = None
depends_on = None

OLD_MONEY = "yuan"
MONEY = "fen"
POINTS = "points"


def to_fen(yuan: float) -> int:
    """Float yuan -> integer fen, half-up, from the float's shortest repr."""
    return int((Decimal(repr(float(yuan))) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def to_yuan(fen: int) -> float:
    return float(Decimal(int(fen)) / 100)


def _money_kpis(conn: sa.Connection, unit: str) -> list[int]:
    return list(
        conn.execute(sa.text("SELECT id FROM appraisal_kpis WHERE unit = :u"), {"u": unit})
        .scalars()
        .all()
    )


def _move(
    conn: sa.Connection,
    table: str,
    source: str,
    dest: str,
    where: str,
    convert: Callable[[Any], int | float],
) -> None:
    """Each row's `source` value converted into `dest`; `source` emptied."""
    rows = conn.execute(
        sa.text(f"SELECT id, {source} FROM {table} WHERE {where} AND {source} IS NOT NULL")
    ).all()
    for row_id, value in rows:
        conn.execute(
            sa.text(f"UPDATE {table} SET {dest} = :v, {source} = NULL WHERE id = :id"),
            {"v": convert(value), "id": row_id},
        )


def _relabel(conn: sa.Connection, old: str, new: str, where: str = "1 = 1") -> None:
    """The unit `old` becomes `new` in the library and in the runs' snapshots."""
    for table in ("appraisal_kpis", "appraisal_scores"):
        conn.execute(
            sa.text(f"UPDATE {table} SET unit = :new WHERE unit = :old AND {where}"),
            {"new": new, "old": old},
        )


def upgrade() -> None:
    with op.batch_alter_table("appraisal_targets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("target_fen", sa.BigInteger(), nullable=True))
        batch_op.alter_column("target", existing_type=sa.Float(), nullable=True)
    with op.batch_alter_table("appraisal_scores", schema=None) as batch_op:
        batch_op.add_column(sa.Column("actual_fen", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("target_fen", sa.BigInteger(), nullable=True))

    conn = op.get_bind()
    money = _money_kpis(conn, OLD_MONEY)
    if money:
        ids = ", ".join(str(int(i)) for i in money)
        _move(conn, "appraisal_targets", "target", "target_fen", f"kpi_id IN ({ids})", to_fen)
    for column in ("actual", "target"):
        _move(conn, "appraisal_scores", column, f"{column}_fen", f"unit = '{OLD_MONEY}'", to_fen)
    _relabel(conn, OLD_MONEY, MONEY)
    _relabel(conn, "", POINTS, "kind = 'manual'")

    # The checks after the data: every row now fills exactly one target column.
    with op.batch_alter_table("appraisal_targets", schema=None) as batch_op:
        batch_op.create_check_constraint(
            op.f("ck_appraisal_targets_one_target"), "(target IS NULL) <> (target_fen IS NULL)"
        )
    with op.batch_alter_table("appraisal_scores", schema=None) as batch_op:
        batch_op.create_check_constraint(
            op.f("ck_appraisal_scores_one_actual"), "actual IS NULL OR actual_fen IS NULL"
        )
        batch_op.create_check_constraint(
            op.f("ck_appraisal_scores_one_target"), "target IS NULL OR target_fen IS NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("appraisal_scores", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_appraisal_scores_one_target"), type_="check")
        batch_op.drop_constraint(op.f("ck_appraisal_scores_one_actual"), type_="check")
    with op.batch_alter_table("appraisal_targets", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_appraisal_targets_one_target"), type_="check")

    conn = op.get_bind()
    _relabel(conn, POINTS, "")
    _relabel(conn, MONEY, OLD_MONEY)
    _move(conn, "appraisal_targets", "target_fen", "target", "1 = 1", to_yuan)
    for column in ("actual", "target"):
        _move(conn, "appraisal_scores", f"{column}_fen", column, "1 = 1", to_yuan)

    with op.batch_alter_table("appraisal_scores", schema=None) as batch_op:
        batch_op.drop_column("target_fen")
        batch_op.drop_column("actual_fen")
    with op.batch_alter_table("appraisal_targets", schema=None) as batch_op:
        batch_op.alter_column("target", existing_type=sa.Float(), nullable=False)
        batch_op.drop_column("target_fen")
