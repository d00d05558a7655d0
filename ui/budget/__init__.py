"""Budget UI: budget vs. spend, plan editor, adjustments, direct expenses, categories."""
