"""The campaigns strings' translation context (see app/translation.py)."""

from app.translation import ContextTr

tr = ContextTr("campaigns")
