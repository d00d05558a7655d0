"""customers: status-change reasons stored as codes

The reasons the system gives ("automatic", "merged", "booth bundle") were stored in the
language of whoever caused the change, so a history written under Chinese showed 自动
under English and the other way round. They are codes now (app.customers.pipeline.Reason),
translated when shown; this converts the Chinese ones already stored.

Revision ID: c003
Revises: c002
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "c003"
down_revision = "c002"
branch_labels = None
depends_on = None

# The Chinese each code was stored as (the translations of the customers and the
# customers_io catalogues).
_CODES = {"自动": "automatic", "合并": "merged", "已合并": "merged", "展位数据包": "booth bundle"}


def upgrade() -> None:
    for text, code in _CODES.items():
        for table, column in (("customer_status_changes", "reason"), ("customers", "lost_reason")):
            op.execute(
                sa.text(f"UPDATE {table} SET {column} = :code WHERE {column} = :text").bindparams(
                    code=code, text=text
                )
            )


def downgrade() -> None:
    pass  # the codes read right in either language
