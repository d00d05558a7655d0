"""Settings of the office, kept in the database (DESIGN.md section 2)."""
