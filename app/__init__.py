"""MarketDesk application core: domain rules and services. Pure Python, no Qt widgets."""
