"""The customer dialogs for the screenshot tour (ui/tour_registry.py)."""

from __future__ import annotations

from app.customers.search import CustomerQuery
from ui.context import UiContext


def _first_customer(ctx: UiContext, history: bool = False) -> int | None:
    """The newest customer; for the history, the newest with a long one (enrolled, or
    at least trial booked: something planned and something that happened)."""
    queries = [CustomerQuery()]
    if history:
        queries[:0] = [
            CustomerQuery(statuses=("enrolled", "renewed"), follow_up="due"),
            CustomerQuery(statuses=("enrolled", "renewed")),
            CustomerQuery(statuses=("trial_booked",)),
        ]
    for query in queries:
        page = ctx.services.customers.search_page(ctx.actor, query, limit=1)
        if page:
            return page[0].id
    return None


def _detail(ctx: UiContext, history: bool = False):
    from ui.tabs import tabs

    # Opened through the tab, as a user does: with the buttons other features add
    # (personal data, anonymise, print).
    tab = next(t for t in tabs() if t.key == "customers").factory(ctx)
    customer_id = _first_customer(ctx, history)
    if customer_id is None:
        from ui.customers.detail_dialog import CustomerDialog

        return CustomerDialog(ctx, None, tab)
    dialog = tab.open_customer(customer_id)
    dialog.tabs.setCurrentIndex(1 if history else 0)
    return dialog


def _follow_up(ctx: UiContext):
    from ui.customers.action_dialogs import FollowUpDialog

    return FollowUpDialog(lambda *args, **kwargs: None)


def _catalogue(ctx: UiContext):
    from ui.customers.catalogue_dialog import CatalogueDialog

    return CatalogueDialog(ctx)


def _duplicates(ctx: UiContext):
    from ui.customers.bulk_actions import DuplicatesDialog
    from ui.customers.customers_tab import CustomersTab

    return DuplicatesDialog(CustomersTab(ctx))


DIALOGS = [
    ("customer-detail", lambda ctx: _detail(ctx)),
    ("customer-history", lambda ctx: _detail(ctx, history=True)),
    ("customer-follow-up", _follow_up),
    ("customer-catalogue", _catalogue),
    ("customer-duplicates", _duplicates),
]
