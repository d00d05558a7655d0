"""The channel catalogue shared by customers, claims and budget (DESIGN.md section 6)."""
