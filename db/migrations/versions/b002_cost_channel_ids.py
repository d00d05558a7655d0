"""budget and claims: claim lines and direct expenses point at the channel catalogue

Revision ID: b002
Revises: b001
Create Date: 2026-12-06

The free text typed before (claims.channel, direct_expenses.channel) stays as it
was; each record whose text names a channel (its name, its code or one of the
aliases below) gets that channel's id. Texts that match nothing are logged and
kept in the meta table under "unmapped_channels", which `main.py check` lists.
"""

import json
import logging
from collections.abc import Callable, Iterable

import sqlalchemy as sa
from alembic import op

revision = "b002"
down_revision = "b001"
branch_labels = None
depends_on = ("c001",)  # the channels table

log = logging.getLogger("marketdesk.migrations")

UNMAPPED_KEY = "unmapped_channels"

# The import's aliases (app/channels/aliases.py) as of this revision: a migration
# must give the same answer whenever it runs, so it keeps its own copy.
ALIASES = {
    "website": ("官方网站", "网站", "官网咨询"),
    "seo": ("seo", "自然搜索"),
    "wechat": ("公众号", "朋友圈", "企业微信", "视频号", "小程序", "wechat"),
    "weibo": ("weibo",),
    "douyin": ("douyin", "tiktok", "抖音直播"),
    "baidu_ads": ("百度", "百度竞价", "sem"),
    "tencent_ads": ("广点通", "腾讯推广"),
    "campus": ("校园地推", "地推", "进校", "校园宣讲", "学校推广"),
    "community": ("社区", "小区活动"),
    "partner": ("合作", "机构合作", "异业合作"),
    "offline_ads": ("传单", "海报", "户外广告", "地铁广告", "电梯广告"),
    "referral": ("老带新", "老生推荐", "朋友推荐", "推荐", "介绍"),
}


def _matcher(
    channels: Iterable[tuple[int, str, str]],
) -> Callable[[str], int | None]:
    """text -> channel id or None: exact name, code or alias first, then the longest
    name or alias the text contains (as the customer import matches)."""
    exact: dict[str, int] = {}
    contained: list[tuple[str, int]] = []
    for channel_id, code, name in channels:
        for word in (name, code, *ALIASES.get(code, ())):
            key = word.strip().lower()
            if key:
                exact.setdefault(key, channel_id)
                contained.append((key, channel_id))
    contained.sort(key=lambda pair: -len(pair[0]))

    def match(text: str) -> int | None:
        key = text.strip().lower()
        if key in exact:
            return exact[key]
        for word, channel_id in contained:
            if len(word) >= 2 and word in key:
                return channel_id
        return None

    return match


def upgrade() -> None:
    with op.batch_alter_table("claim_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("channel_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_claim_lines_channel_id"), ["channel_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_claim_lines_channel_id_channels"), "channels", ["channel_id"], ["id"]
        )
    with op.batch_alter_table("direct_expenses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("channel_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_direct_expenses_channel_id"), ["channel_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_direct_expenses_channel_id_channels"), "channels", ["channel_id"], ["id"]
        )
    _map_free_text()


def _map_free_text() -> None:
    conn = op.get_bind()
    match = _matcher(conn.execute(sa.text("SELECT id, code, name FROM channels")).all())
    unmapped = []
    claims = conn.execute(
        sa.text("SELECT id, number, channel FROM claims WHERE channel <> '' ORDER BY id")
    ).all()
    for claim_id, number, text in claims:
        channel_id = match(text)
        if channel_id is None:
            unmapped.append({"table": "claims", "id": claim_id, "record": number, "text": text})
            continue
        conn.execute(
            sa.text("UPDATE claim_lines SET channel_id = :c WHERE claim_id = :id"),
            {"c": channel_id, "id": claim_id},
        )
    expenses = conn.execute(
        sa.text("SELECT id, channel FROM direct_expenses WHERE channel <> '' ORDER BY id")
    ).all()
    for expense_id, text in expenses:
        channel_id = match(text)
        if channel_id is None:
            unmapped.append(
                {"table": "direct_expenses", "id": expense_id, "record": "", "text": text}
            )
            continue
        conn.execute(
            sa.text("UPDATE direct_expenses SET channel_id = :c WHERE id = :id"),
            {"c": channel_id, "id": expense_id},
        )
    if not unmapped:
        return
    log.warning(
        "channels: %d cost record(s) name no known channel and keep their text only: %s",
        len(unmapped),
        "; ".join(f"{u['table']} #{u['id']} {u['text']!r}" for u in unmapped),
    )
    conn.execute(sa.text("DELETE FROM meta WHERE key = :k"), {"k": UNMAPPED_KEY})
    conn.execute(
        sa.text("INSERT INTO meta (key, value) VALUES (:k, :v)"),
        {"k": UNMAPPED_KEY, "v": json.dumps(unmapped, ensure_ascii=False)},
    )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM meta WHERE key = 'unmapped_channels'"))
    with op.batch_alter_table("direct_expenses", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_direct_expenses_channel_id_channels"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_direct_expenses_channel_id"))
        batch_op.drop_column("channel_id")
    with op.batch_alter_table("claim_lines", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_claim_lines_channel_id_channels"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_claim_lines_channel_id"))
        batch_op.drop_column("channel_id")
