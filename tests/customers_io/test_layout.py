"""Layout of the wizard buttons and the booth form (used standing, often by touch)."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle

from ui.customers_io.booth_window import BoothWindow
from ui.customers_io.export_dialog import ExportDialog
from ui.customers_io.import_dialog import ImportDialog


def _shown(qtbot, widget, width=1000):
    qtbot.addWidget(widget)
    widget.resize(width, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_wizard_buttons_keep_their_width(qtbot, ui_context):
    ctx = ui_context("admin")
    importer = _shown(qtbot, ImportDialog(ctx))
    exporter = _shown(qtbot, ExportDialog(ctx, None, []))
    for button in (importer.next_button, importer.cancel_button, exporter.export_button):
        assert button.width() <= button.sizeHint().width() * 1.5, button.text()


def test_booth_form_is_aligned_large_and_has_no_dated_placeholder(qtbot, ui_context):
    window = _shown(qtbot, BoothWindow(ui_context("staff")), 1280)
    # Event, channel and the lead's fields start at the same x: one form.
    xs = {
        w.mapTo(window, w.rect().topLeft()).x()
        for w in (window.event_edit, window.channel_combo, window.name, window.school)
    }
    assert len(xs) == 1, xs
    assert "2025" not in window.event_edit.placeholderText()
    indicator = window.style().pixelMetric(
        QStyle.PixelMetric.PM_IndicatorWidth, None, window.consent
    )
    assert indicator >= 28
    for widget in (window.event_edit, window.channel_combo, window.consent):
        assert widget.height() >= 44
