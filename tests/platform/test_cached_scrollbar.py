"""CachedScrollBar looks exactly like QScrollBar and draws through the style only when
something about it changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QCursor, QPalette
from PySide6.QtWidgets import QScrollBar, QWidget

from ui.widgets.cached_scrollbar import CachedScrollBar

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SIZES = {Qt.Orientation.Vertical: (16, 300), Qt.Orientation.Horizontal: (300, 16)}


def _window(qtbot, orientation, value=120):
    """A stock QScrollBar and a CachedScrollBar side by side in one window (same
    activation state), not under the mouse (hover paints are not cached)."""
    width, height = SIZES[orientation]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(2 * width + 10, 2 * height + 10)
    parent.move(400, 400)
    bars = []
    for i, cls in enumerate((QScrollBar, CachedScrollBar)):
        bar = cls(orientation, parent)
        bar.setGeometry(i * (width + 10), i * (height + 10), width, height)
        bar.setRange(0, 500)
        bar.setPageStep(27)
        bar.setValue(value)
        if cls is CachedScrollBar:
            bar.stable_after = 0.0  # reuse at once (the waiting is tested on its own)
        bars.append(bar)
    QCursor.setPos(QPoint(0, 0))
    parent.show()
    qtbot.waitUntil(lambda: bars[1].renders > 0)  # painted once the window is exposed
    return parent, *bars


def _image(parent, bar):
    return parent.grab(bar.geometry()).toImage()


def _difference(a, b) -> int:
    """The largest difference of one colour channel between two images of one size.
    Antialiased edges drawn into a transparent pixmap and then onto the window round
    one level differently from drawing them onto the window directly."""
    assert a.size() == b.size()
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixel(x, y), b.pixel(x, y)
            if p != q:
                worst = max(worst, *(abs((p >> s & 255) - (q >> s & 255)) for s in (0, 8, 16)))
    return worst


@pytest.mark.parametrize("orientation", list(SIZES))
def test_looks_like_qscrollbar(qtbot, orientation):
    parent, stock, bar = _window(qtbot, orientation)
    assert not bar.underMouse()
    assert _difference(_image(parent, bar), _image(parent, stock)) <= 1
    # From the cache, and again after a change that needs a new drawing.
    bar.repaint()
    assert _difference(_image(parent, bar), _image(parent, stock)) <= 1
    before = _image(parent, stock)
    for widget in (bar, stock):
        widget.setValue(300)
    assert _difference(_image(parent, bar), _image(parent, stock)) <= 1
    # The comparison tells two slider positions apart.
    assert _difference(_image(parent, stock), before) > 20


def _shown(qtbot, orientation):
    parent, _stock, bar = _window(qtbot, orientation)
    return parent, bar


def test_unchanged_bar_is_not_drawn_again(qtbot):
    _parent, bar = _shown(qtbot, Qt.Orientation.Vertical)
    bar.setValue(10)
    bar.repaint()
    drawn = bar.renders
    bar.repaint()
    bar.repaint()
    assert bar.renders == drawn
    bar.setRange(0, 73)  # what a new search does to the table's bar; the value stays
    assert bar.value() == 10
    bar.repaint()
    assert bar.renders == drawn + 1
    bar.setValue(20)
    bar.repaint()
    assert bar.renders == drawn + 2
    bar.setEnabled(False)
    bar.repaint()
    assert bar.renders == drawn + 3
    palette = bar.palette()
    palette.setColor(QPalette.ColorRole.Button, QColor("#336699"))
    bar.setPalette(palette)
    bar.repaint()
    assert bar.renders == drawn + 4


def test_rendering_is_reused_only_once_the_bar_is_stable(qtbot, monkeypatch):
    _parent, bar = _shown(qtbot, Qt.Orientation.Vertical)
    now = [1000.0]
    monkeypatch.setattr("ui.widgets.cached_scrollbar.time.monotonic", lambda: now[0])
    bar.stable_after = 2.0
    bar.setValue(30)  # a change: a style may animate it with repaints of one option
    bar.repaint()
    drawn = bar.renders
    now[0] += 1.0
    bar.repaint()
    assert bar.renders == drawn + 1
    now[0] += 1.5
    bar.repaint()  # stable for 2.5 s: rendered once more, into the cache
    bar.repaint()
    bar.repaint()
    assert bar.renders == drawn + 2


def test_hovered_bar_paints_through_qscrollbar(qtbot):
    _parent, bar = _shown(qtbot, Qt.Orientation.Vertical)
    bar.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)  # as the mouse entering sets it
    bar.repaint()
    drawn = bar.renders
    bar.repaint()
    assert bar.renders == drawn + 1  # the hover highlight is QScrollBar's private state


def test_customers_table_uses_it(qtbot):
    from ui.customers.fast_table import FastTableView

    view = FastTableView()
    qtbot.addWidget(view)
    assert isinstance(view.verticalScrollBar(), CachedScrollBar)
    assert isinstance(view.horizontalScrollBar(), CachedScrollBar)
