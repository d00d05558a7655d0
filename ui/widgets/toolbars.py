"""Panel toolbars: text-only bars, a year spin box, actions with tab-wide shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSpinBox, QToolBar, QWidget

from app.validation import MAX_YEAR, MIN_YEAR


def toolbar(layout) -> QToolBar:
    """The text-only toolbar at the top of a panel."""
    bar = QToolBar()
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    layout.addWidget(bar)
    return bar


def year_spin(owner: QWidget, bar: QToolBar, year: int, name: str = "year") -> QSpinBox:
    """ "Year: [2026]" on a panel toolbar."""
    bar.addWidget(QLabel(QCoreApplication.translate("SharedToolbars", "Year:")))
    spin = QSpinBox(owner)
    spin.setObjectName(name)
    spin.setRange(MIN_YEAR, MAX_YEAR)  # what app.validation.check_year accepts
    spin.setValue(year)
    bar.addWidget(spin)
    return spin


def add_action(owner: QWidget, toolbar, text: str, shortcut, slot) -> QAction:
    """A toolbar action whose shortcut works anywhere inside `owner`."""
    act = QAction(text, owner)
    act.setShortcut(QKeySequence(shortcut))
    act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    key = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    act.setToolTip(f"{text.replace('&', '')} ({key})" if key else text)
    act.triggered.connect(slot)
    if toolbar is not None:
        toolbar.addAction(act)
    owner.addAction(act)
    return act
