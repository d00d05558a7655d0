"""How an activity looks: colour by kind, line and fill by status (issue 17: "colour
by type, status by style"), one table shared by the view, the legend and the PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.calendar.labels import KIND_COLOURS, kind_label, status_label

CONFLICT_COLOUR = QColor("#d01010")
HOLIDAY_FILL = QColor("#fdecea")
HOLIDAY_TEXT = QColor("#c62828")
WORKDAY_TEXT = QColor("#5d4037")
WEEKEND_FILL = QColor("#f6f6f6")
VACATION_BAR = QColor("#8bc34a")

__all__ = ["kind_label", "look", "status_label"]
TODAY_FILL = QColor("#fff8d6")


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, "#777777"))


class Look:
    """Fill, border, pen style and text decoration of one (kind, status)."""

    __slots__ = ("border", "fill", "pen_style", "struck", "text")

    def __init__(self, kind: str, status: str) -> None:
        base = kind_colour(kind)
        self.pen_style = Qt.PenStyle.SolidLine
        self.struck = False
        self.text = QColor("#ffffff")
        if status == "draft":  # not yet submitted: outline only, dashed
            self.fill = QColor(base).lighter(185)
            self.border = base
            self.pen_style = Qt.PenStyle.DashLine
            self.text = base.darker(140)
        elif status == "submitted":  # waiting for approval: pale, dotted
            self.fill = QColor(base).lighter(150)
            self.border = base.darker(110)
            self.pen_style = Qt.PenStyle.DotLine
            self.text = base.darker(170)
        elif status in ("rejected", "cancelled"):  # not happening: grey, struck
            self.fill = QColor("#e0e0e0")
            self.border = QColor("#9e9e9e")
            self.text = QColor("#757575")
            self.struck = True
        elif status == "completed":  # done: muted
            self.fill = QColor(base).lighter(125)
            self.border = base.darker(120)
            self.text = QColor("#ffffff")
        else:  # approved, in progress: solid
            self.fill = base
            self.border = base.darker(130)


_looks: dict[tuple[str, str], Look] = {}


def look(kind: str, status: str) -> Look:
    key = (kind, status)
    found = _looks.get(key)
    if found is None:
        found = _looks[key] = Look(kind, status)
    return found
