"""Plain data the channel service returns."""

from __future__ import annotations

from dataclasses import dataclass

from app.service import Changed


@dataclass(frozen=True)
class ChannelRow(Changed):
    id: int
    code: str
    name: str
    online: bool
    active: bool


@dataclass(frozen=True)
class UnmappedChannel:
    """A cost record whose free-text channel the migration could not match."""

    table: str  # "claims" or "direct_expenses"
    id: int
    record: str  # the claim number, "" for a direct expense
    text: str
