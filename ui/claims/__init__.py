"""Claims UI: the claims tab and the claim editor."""
