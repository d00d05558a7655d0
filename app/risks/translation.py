"""The risks feature's translation context (see app/translation.py)."""

from app.translation import ContextTr

tr = ContextTr("risks")
