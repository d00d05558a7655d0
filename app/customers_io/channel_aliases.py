"""The aliases moved to the shared channel catalogue (app.channels.aliases)."""

from app.channels.aliases import CHANNEL_ALIASES  # noqa: F401
