"""The claims strings' translation context (see app/translation.py).

Claims belong to the budget feature's translations (resources/translations/
budget.sources), so they use its context.
"""

from app.translation import ContextTr

tr = ContextTr("budget")
