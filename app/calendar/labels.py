"""The words for activity kinds and statuses on the calendar, its PDF and its .ics."""

from __future__ import annotations

from app.calendar.translation import tr

# One colour per kind: the view, its legend and the printed calendar.
KIND_COLOURS = {
    "promotion": "#e4572e",
    "booth": "#2e86ab",
    "lecture": "#7b4fc9",
    "community": "#3c9d4f",
    "ad_placement": "#d99a00",
    "exhibition": "#c2407a",
    "partner": "#4a6b8a",
}


def kind_label(kind: str) -> str:
    labels = {
        "promotion": tr("Promotion"),
        "booth": tr("Campus booth"),
        "lecture": tr("Lecture"),
        "community": tr("Community event"),
        "ad_placement": tr("Ad placement"),
        "exhibition": tr("Exhibition"),
        "partner": tr("Partner event"),
    }
    return labels.get(kind, kind)


def status_label(status: str) -> str:
    labels = {
        "draft": tr("Draft"),
        "submitted": tr("Submitted"),
        "approved": tr("Approved"),
        "rejected": tr("Rejected"),
        "in_progress": tr("In progress"),
        "completed": tr("Completed"),
        "cancelled": tr("Cancelled"),
    }
    return labels.get(status, status)
