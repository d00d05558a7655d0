"""The campaign calendar (活动日历): activities laid out by day, conflicts, holidays,
school terms, printing and .ics export (issue 17 items 3 and 5)."""
