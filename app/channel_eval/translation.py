"""The channel evaluation strings' translation context (see app/translation.py)."""

from app.translation import ContextTr

tr = ContextTr("channel_eval")
