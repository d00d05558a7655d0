"""Budget: expense categories, annual plans, adjustments, direct expenses, budget vs. spend."""
