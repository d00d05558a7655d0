from ui.features import UiFeature

UI_FEATURE = UiFeature()
