"""Customer database: leads to enrollments, follow-ups, complaints (issue 3)."""
