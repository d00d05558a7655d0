"""The campaigns feature's UI half: no tab of its own (the calendar feature shows
activities); it brings the activity editor and the plans dialog."""

from __future__ import annotations

from ui.features import UiFeature

UI_FEATURE = UiFeature()
