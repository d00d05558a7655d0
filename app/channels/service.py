"""ChannelService: the catalogue itself, and the check every cost record's channel
id goes through (customers, claim lines and direct expenses use it alike)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.channels.rows import ChannelRow, UnmappedChannel
from app.context import Actor
from app.customers.permissions import CustomerPermission
from app.errors import ValidationError, tr
from app.service import Change, Service, snapshot
from db.models.channels import Channel
from db.models.meta import Meta

# DESIGN.md section 4: (code, name, online)
SEED_CHANNELS = [
    ("website", "官网", True),
    ("seo", "搜索引擎优化", True),
    ("wechat", "微信", True),
    ("weibo", "微博", True),
    ("douyin", "抖音", True),
    ("baidu_ads", "百度推广", True),
    ("tencent_ads", "腾讯广告", True),
    ("campus", "校园推广", False),
    ("community", "社区活动", False),
    ("partner", "合作机构", False),
    ("offline_ads", "线下广告", False),
    ("referral", "转介绍", False),
]
# Written by migration b002 (db/migrations/versions/b002_cost_channel_ids.py).
UNMAPPED_KEY = "unmapped_channels"


def _row(c: Channel) -> ChannelRow:
    return ChannelRow(c.id, c.code, c.name, c.online, c.active)


def check_channel(session: Session, channel_id: int | None, field: str = "channel") -> int | None:
    """`channel_id` when it names a channel of the catalogue (None: no channel);
    an unknown id is refused with a message naming the field."""
    if channel_id is None:
        return None
    if not isinstance(channel_id, int) or session.get(Channel, channel_id) is None:
        raise ValidationError(field, tr("Choose a channel from the list (unknown channel)."))
    return channel_id


def channel_names(session: Session) -> dict[int, str]:
    return {
        channel_id: name for channel_id, name in session.execute(select(Channel.id, Channel.name))
    }


class ChannelService(Service):
    def ensure_seed_channels(self, actor: Actor) -> Change:
        """The channels of DESIGN.md exist in every database (idempotent; run at start)."""
        with self.tx(actor, None) as tx:
            existing = set(tx.session.scalars(select(Channel.code)))
            for order, (code, name, online) in enumerate(SEED_CHANNELS):
                if code not in existing:
                    channel = Channel(code=code, name=name, online=online, sort_order=order)
                    tx.session.add(channel)
                    tx.audit("create", channel, None)
        return tx.change

    def list_channels(self, actor: Actor, *, include_inactive: bool = False) -> list[ChannelRow]:
        with self.read(actor, None) as session:
            query = select(Channel).order_by(Channel.sort_order, Channel.id)
            if not include_inactive:
                query = query.where(Channel.active.is_(True))
            return [_row(c) for c in session.scalars(query)]

    def save_channel(
        self, actor: Actor, channel_id: int | None, name: str, online: bool, active: bool = True
    ) -> ChannelRow:
        """Create or rename a channel; records keep pointing at it by id."""
        name = name.strip()
        if not name or len(name) > 60:
            raise ValidationError("name", tr("A channel needs a name of at most 60 characters."))
        with self.tx(actor, CustomerPermission.MANAGE_CHANNELS) as tx:
            clash = tx.session.scalar(select(Channel.id).where(Channel.name == name))
            if clash is not None and clash != channel_id:
                raise ValidationError("name", tr("The channel '%s' exists already.") % name)
            if channel_id is None:
                count = tx.session.scalar(select(func.count(Channel.id))) or 0
                channel = Channel(
                    code=f"custom_{count + 1}",
                    name=name,
                    online=online,
                    active=active,
                    sort_order=count,
                )
                tx.session.add(channel)
                tx.audit("create", channel, None)
            else:
                channel = tx.get(Channel, channel_id)
                before = snapshot(channel)
                channel.name, channel.online, channel.active = name, online, active
                tx.audit("update", channel, before)
            return tx.done(_row(channel))

    def unmapped(self, actor: Actor) -> list[UnmappedChannel]:
        """Cost records whose old free-text channel matched no channel at migration."""
        import json

        with self.read(actor, None) as session:
            row = session.get(Meta, UNMAPPED_KEY)
            items = json.loads(row.value) if row else []
        return [UnmappedChannel(i["table"], i["id"], i.get("record", ""), i["text"]) for i in items]
