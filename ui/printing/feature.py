"""Printing's dialogs in the screenshot tour (app/printing/feature.py); its actions live
in the Claims tab and the Budget vs spend tab."""

from __future__ import annotations

from ui.features import UiFeature

UI_FEATURE = UiFeature(tour=("ui.printing.tour",))
