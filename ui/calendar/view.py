"""The calendar painted by hand: month, week and agenda views of CalendarItems.

The layout (app.calendar.layout) is computed once when the items, the range or the
size change, and turned into a list of rectangles; paintEvent draws only the items
whose rectangle meets the dirty region, and a drag repaints only the ghost's old and
new rectangles. 500 activities in a month stay one sort and a few hundred rects.

Dragging an item moves it (by days in the month view and the all-day strip, by
15 minutes and days in the week's hours); dragging its right edge (month) or bottom
edge (week) resizes it. The view only asks: `rescheduleRequested(item, start, end)`;
the owner (ui/calendar/undo.py) applies it and keeps the undo stack.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.calendar.conflicts import Conflict, find_conflicts
from app.calendar.items import CalendarItem
from app.calendar.layout import (
    WEEKS_IN_MONTH_VIEW,
    agenda_days,
    is_timed,
    month_grid_start,
    week_blocks,
    week_segments,
    week_start,
)
from ui.calendar import style

MONTH, WEEK, AGENDA = "month", "week", "agenda"
HEADER_H = 22  # weekday names
DAY_HEAD_H = 18  # a month cell's day number line
LANE_H = 17
GUTTER_W = 44  # the week view's hour labels
EDGE = 5  # pixels of an edge that resize
SNAP_MIN = 15
AGENDA_DAY_H = 24
AGENDA_ROW_H = 22


@dataclass
class Hit:
    """A painted item: where, what, and which layout part (grid bar or timed block)."""

    rect: QRectF
    item: CalendarItem
    timed: bool
    first_part: bool = True
    last_part: bool = True
    label: str | None = None  # the elided text, once painted
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)

    def __post_init__(self) -> None:
        # Plain floats: the paint loop tests 500 of these without calling into Qt.
        r = self.rect
        self.box = (r.left(), r.top(), r.right(), r.bottom())


@dataclass(frozen=True)
class DayMark:
    kind: str  # "holiday" / "workday"
    name: str


@dataclass(frozen=True)
class TermMark:
    name: str
    kind: str  # "term" / "vacation"
    starts_on: dt.date
    ends_on: dt.date


@dataclass
class Drag:
    item: CalendarItem
    resize: bool
    timed: bool
    origin: QPointF
    origin_day: dt.date
    start: dt.datetime
    end: dt.datetime
    moved: bool = False
    ghost: QRectF | None = None


def weekday_names() -> list[str]:
    from PySide6.QtCore import QCoreApplication

    return [
        QCoreApplication.translate("CalendarView", "Mon"),
        QCoreApplication.translate("CalendarView", "Tue"),
        QCoreApplication.translate("CalendarView", "Wed"),
        QCoreApplication.translate("CalendarView", "Thu"),
        QCoreApplication.translate("CalendarView", "Fri"),
        QCoreApplication.translate("CalendarView", "Sat"),
        QCoreApplication.translate("CalendarView", "Sun"),
    ]


class CalendarView(QWidget):
    rescheduleRequested = Signal(object, object, object)  # item, start, end
    itemActivated = Signal(int)  # double-click on an item: its id
    slotActivated = Signal(object)  # double-click on an empty slot: a datetime
    selectionChanged = Signal(object)  # the selected item or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.mode = MONTH
        self.anchor = dt.date.today()
        self.today = dt.date.today()
        self.items: list[CalendarItem] = []
        self.context: list[CalendarItem] = self.items
        self.conflicts: dict[int, tuple[Conflict, ...]] = {}
        self.day_marks: dict[dt.date, DayMark] = {}
        self.terms: list[TermMark] = []
        self.selected_id: int | None = None
        self.hits: list[Hit] = []
        self.more: dict[dt.date, int] = {}  # month cells: items that did not fit
        self.drag: Drag | None = None
        self._laid_out_for: tuple | None = None
        self._hour0, self._hour1 = 7, 22
        self._font = QFont(self.font())
        self._font.setPointSizeF(max(7.5, self._font.pointSizeF() - 1))
        self._struck = QFont(self._font)
        self._struck.setStrikeOut(True)
        self._dirty_boxes: list[tuple[float, float, float, float]] = []
        self._bold = QFont(self._font)
        self._bold.setBold(True)
        self._metrics = QFontMetrics(self._font)

    # --- data --------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._changed()

    def set_anchor(self, day: dt.date) -> None:
        self.anchor = day
        self._changed()

    def set_items(
        self, items: list[CalendarItem], context: list[CalendarItem] | None = None
    ) -> None:
        """`items` are shown; conflicts are found among `context` (all activities of
        the range, when a filter hides some), by default the items themselves."""
        self.items = list(items)
        self.context = list(context) if context is not None else self.items
        self.conflicts = find_conflicts(self.context)
        if self.selected_id is not None and self.item(self.selected_id) is None:
            self.selected_id = None
        self._changed()

    def replace_item(self, item: CalendarItem) -> None:
        """One item changed (a move, its undo): conflicts and layout recomputed."""
        context = None if self.context is self.items else self.context
        self.set_items(
            [item if i.id == item.id else i for i in self.items],
            None if context is None else [item if i.id == item.id else i for i in context],
        )

    def set_marks(self, days: dict[dt.date, DayMark], terms: list[TermMark]) -> None:
        self.day_marks = days
        self.terms = terms
        self._changed()

    def item(self, item_id: int) -> CalendarItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    def visible_range(self) -> tuple[dt.date, dt.date]:
        if self.mode == WEEK:
            first = week_start(self.anchor)
            return first, first + dt.timedelta(days=6)
        if self.mode == AGENDA:
            first = self.anchor.replace(day=1)
            nxt = (first + dt.timedelta(days=32)).replace(day=1)
            return first, nxt - dt.timedelta(days=1)
        first = month_grid_start(self.anchor.year, self.anchor.month)
        return first, first + dt.timedelta(days=7 * WEEKS_IN_MONTH_VIEW - 1)

    def _changed(self) -> None:
        self._laid_out_for = None
        if self.mode == AGENDA:
            self._layout()
            self.setMinimumHeight(int(self._agenda_height()))
        else:
            self.setMinimumHeight(0)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    # --- geometry ----------------------------------------------------------------

    def _cell_w(self) -> float:
        left = GUTTER_W if self.mode == WEEK else 0
        return (self.width() - left - 1) / 7

    def _month_row_h(self) -> float:
        return (self.height() - HEADER_H - 1) / WEEKS_IN_MONTH_VIEW

    def _allday_h(self, lanes: int) -> float:
        return max(1, min(lanes, 4)) * (LANE_H + 1) + 4

    def _hours_top(self) -> float:
        return HEADER_H + self._allday_h(self._week_lanes)

    def _minute_px(self) -> float:
        span = (self._hour1 - self._hour0) * 60
        return max(0.2, (self.height() - self._hours_top() - 8) / span)

    def _col_x(self, col: int) -> float:
        left = GUTTER_W if self.mode == WEEK else 0
        return left + col * self._cell_w()

    def day_at(self, pos: QPointF) -> dt.date | None:
        first, _ = self.visible_range()
        left = GUTTER_W if self.mode == WEEK else 0
        if pos.x() < left or self.mode == AGENDA:
            return None
        col = min(6, max(0, int((pos.x() - left) / self._cell_w())))
        if self.mode == WEEK:
            return first + dt.timedelta(days=col)
        row = min(WEEKS_IN_MONTH_VIEW - 1, max(0, int((pos.y() - HEADER_H) / self._month_row_h())))
        return first + dt.timedelta(days=row * 7 + col)

    def time_at(self, pos: QPointF) -> dt.datetime | None:
        """The week view's moment under `pos`, snapped to 15 minutes."""
        day = self.day_at(pos)
        if day is None or self.mode != WEEK or pos.y() < self._hours_top():
            return None
        minutes = self._hour0 * 60 + (pos.y() - self._hours_top()) / self._minute_px()
        snapped = int(round(minutes / SNAP_MIN) * SNAP_MIN)
        snapped = max(0, min(24 * 60 - SNAP_MIN, snapped))
        return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=snapped)

    # --- layout ------------------------------------------------------------------

    _week_lanes = 1

    def _layout(self) -> None:
        key = (self.mode, self.anchor, self.width(), self.height(), id(self.items))
        if self._laid_out_for == key:
            return
        self._laid_out_for = key
        self.hits = []
        self.more = {}
        first, last = self.visible_range()
        if self.mode == MONTH:
            self._layout_month(first)
        elif self.mode == WEEK:
            self._layout_week(first)
        else:
            self._layout_agenda(first, last)

    def _layout_month(self, first: dt.date) -> None:
        segments, _ = week_segments(self.items, first, WEEKS_IN_MONTH_VIEW)
        row_h, cell_w = self._month_row_h(), self._cell_w()
        capacity = max(0, int((row_h - DAY_HEAD_H - 14) // (LANE_H + 1)))
        for seg in segments:
            top = HEADER_H + seg.week * row_h + DAY_HEAD_H + seg.lane * (LANE_H + 1)
            if seg.lane >= capacity:
                for col in range(seg.col0, seg.col1 + 1):
                    day = first + dt.timedelta(days=seg.week * 7 + col)
                    self.more[day] = self.more.get(day, 0) + 1
                continue
            rect = QRectF(
                seg.col0 * cell_w + 2, top, (seg.col1 - seg.col0 + 1) * cell_w - 4, LANE_H
            )
            self.hits.append(Hit(rect, seg.item, False, seg.starts_here, seg.ends_here))

    def _layout_week(self, first: dt.date) -> None:
        timed = [i for i in self.items if is_timed(i)]
        hours = [(i.start.hour, i.end.hour + (1 if i.end.minute else 0)) for i in timed]
        self._hour0 = min([7] + [h0 for h0, _ in hours])
        self._hour1 = max([22] + [min(24, h1) for _, h1 in hours])
        bars = [i for i in self.items if not is_timed(i)]
        segments, lanes = week_segments(bars, first, 1)
        self._week_lanes = lanes[0] if lanes else 1
        cell_w = self._cell_w()
        for seg in segments:
            if seg.lane >= 4:
                for col in range(seg.col0, seg.col1 + 1):
                    day = first + dt.timedelta(days=col)
                    self.more[day] = self.more.get(day, 0) + 1
                continue
            rect = QRectF(
                self._col_x(seg.col0) + 2,
                HEADER_H + 2 + seg.lane * (LANE_H + 1),
                (seg.col1 - seg.col0 + 1) * cell_w - 4,
                LANE_H,
            )
            self.hits.append(Hit(rect, seg.item, False, seg.starts_here, seg.ends_here))
        top, px = self._hours_top(), self._minute_px()
        for block in week_blocks(timed, first):
            width = (cell_w - 4) / block.cols
            y0 = top + (block.start_min - self._hour0 * 60) * px
            y1 = top + (block.end_min - self._hour0 * 60) * px
            rect = QRectF(
                self._col_x(block.day) + 2 + block.col * width, y0, width - 1, max(12, y1 - y0)
            )
            self.hits.append(Hit(rect, block.item, True))

    def _layout_agenda(self, first: dt.date, last: dt.date) -> None:
        y = 4.0
        self._agenda_days: list[tuple[float, dt.date]] = []
        for day, day_items in agenda_days(self.items, first, last):
            self._agenda_days.append((y, day))
            y += AGENDA_DAY_H
            for item in day_items:
                self.hits.append(
                    Hit(QRectF(8, y, self.width() - 16, AGENDA_ROW_H - 2), item, False)
                )
                y += AGENDA_ROW_H
        self._agenda_end = y

    def _agenda_height(self) -> float:
        return getattr(self, "_agenda_end", 0.0) + 8

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._laid_out_for = None
        super().resizeEvent(event)

    # --- painting ----------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._layout()
        painter = QPainter(self)
        painter.setFont(self._font)
        dirty = QRectF(event.rect())
        # The region, not its bounding rect: a drag dirties two small rects far apart.
        self._dirty_boxes = [
            (float(r.left()), float(r.top()), float(r.right() + 1), float(r.bottom() + 1))
            for r in event.region()
        ]
        painter.fillRect(event.rect(), QColor("#ffffff"))
        if self.mode == MONTH:
            self._paint_month_grid(painter, dirty)
        elif self.mode == WEEK:
            self._paint_week_grid(painter, dirty)
        else:
            self._paint_agenda_days(painter, dirty)
        for hit in self.hits:
            if self._needs_box(hit.box) and not (
                self.drag and self.drag.item.id == hit.item.id and self.drag.moved
            ):
                self._paint_item(painter, hit)
        if self.drag is not None and self.drag.moved and self.drag.ghost is not None:
            ghost = Hit(
                self.drag.ghost,
                self.drag.item.moved(self.drag.start, self.drag.end),
                self.drag.timed,
            )
            painter.setOpacity(0.75)
            self._paint_item(painter, ghost)
            painter.setOpacity(1.0)
        painter.end()

    def _needs(self, rect: QRectF) -> bool:
        return self._needs_box((rect.left(), rect.top(), rect.right(), rect.bottom()))

    def _needs_box(self, box: tuple[float, float, float, float]) -> bool:
        x0, y0, x1, y1 = box
        return any(
            x0 <= b[2] and b[0] <= x1 and y0 <= b[3] and b[1] <= y1 for b in self._dirty_boxes
        )

    def _paint_header(self, painter: QPainter, dirty: QRectF, first: dt.date) -> None:
        if dirty.top() > HEADER_H:
            return
        painter.setPen(QColor("#555555"))
        names = weekday_names()
        for col in range(7):
            rect = QRectF(self._col_x(col), 0, self._cell_w(), HEADER_H)
            text = names[col]
            painter.setPen(QColor("#555555"))
            if self.mode == WEEK:
                # The week names the day's holiday in its header (no day cells).
                day = first + dt.timedelta(days=col)
                text = f"{text} {day.month}/{day.day}"
                mark = self.day_marks.get(day)
                if day == self.today:
                    painter.fillRect(rect, style.TODAY_FILL)
                elif mark is not None and mark.kind == "holiday":
                    painter.fillRect(rect, style.HOLIDAY_FILL)
                if mark is not None:
                    text += "  " + self._mark_label(mark)
                    painter.setPen(
                        style.HOLIDAY_TEXT if mark.kind == "holiday" else style.WORKDAY_TEXT
                    )
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(QColor("#cccccc"))
        painter.drawLine(QPointF(0, HEADER_H - 0.5), QPointF(self.width(), HEADER_H - 0.5))

    @staticmethod
    def _mark_label(mark: DayMark) -> str:
        from PySide6.QtCore import QCoreApplication

        if mark.kind == "holiday":
            return mark.name
        return QCoreApplication.translate("CalendarView", "%s (work)") % mark.name

    def _term_on(self, day: dt.date) -> TermMark | None:
        for term in self.terms:
            if term.starts_on <= day <= term.ends_on:
                return term
        return None

    def _paint_day_background(self, painter: QPainter, rect: QRectF, day: dt.date) -> None:
        mark = self.day_marks.get(day)
        if day == self.today:
            painter.fillRect(rect, style.TODAY_FILL)
        elif mark is not None and mark.kind == "holiday":
            painter.fillRect(rect, style.HOLIDAY_FILL)
        elif day.weekday() >= 5 and not (mark and mark.kind == "workday"):
            painter.fillRect(rect, style.WEEKEND_FILL)
        term = self._term_on(day)
        if term is not None and term.kind == "vacation":
            painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 3), style.VACATION_BAR)

    def _paint_day_labels(self, painter: QPainter, rect: QRectF, day: dt.date, muted: bool) -> None:
        """Day number, holiday name or 班 (a worked weekend day), a term's first day."""
        mark = self.day_marks.get(day)
        line = QRectF(rect.left() + 4, rect.top() + 2, rect.width() - 8, DAY_HEAD_H - 2)
        painter.setPen(QColor("#aaaaaa") if muted else QColor("#333333"))
        number = str(day.day) if day.day != 1 else f"{day.month}/{day.day}"
        painter.setFont(self._bold)
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number)
        painter.setFont(self._font)
        label = ""
        if mark is not None:
            painter.setPen(style.HOLIDAY_TEXT if mark.kind == "holiday" else style.WORKDAY_TEXT)

            label = self._mark_label(mark)
        else:
            term = self._term_on(day)
            if term is not None and (day == term.starts_on or day.day == 1):
                painter.setPen(QColor("#558b2f"))
                label = term.name
        if label:
            text = self._metrics.elidedText(
                label, Qt.TextElideMode.ElideRight, int(line.width() - 24)
            )
            painter.drawText(
                line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text
            )

    def _paint_month_grid(self, painter: QPainter, dirty: QRectF) -> None:
        first, _ = self.visible_range()
        self._paint_header(painter, dirty, first)
        row_h, cell_w = self._month_row_h(), self._cell_w()
        for w in range(WEEKS_IN_MONTH_VIEW):
            for col in range(7):
                rect = QRectF(col * cell_w, HEADER_H + w * row_h, cell_w, row_h)
                if not self._needs(rect):
                    continue
                day = first + dt.timedelta(days=w * 7 + col)
                self._paint_day_background(painter, rect, day)
                painter.setPen(QColor("#dddddd"))
                painter.drawRect(rect)
                self._paint_day_labels(painter, rect, day, day.month != self.anchor.month)
                hidden = self.more.get(day)
                if hidden:
                    from PySide6.QtCore import QCoreApplication

                    painter.setPen(QColor("#555555"))
                    painter.drawText(
                        QRectF(rect.left() + 4, rect.bottom() - 15, rect.width() - 8, 14),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        QCoreApplication.translate("CalendarView", "+%d more") % hidden,
                    )

    def _paint_week_grid(self, painter: QPainter, dirty: QRectF) -> None:
        first, _ = self.visible_range()
        self._paint_header(painter, dirty, first)
        top, px, cell_w = self._hours_top(), self._minute_px(), self._cell_w()
        for col in range(7):
            day = first + dt.timedelta(days=col)
            rect = QRectF(self._col_x(col), HEADER_H, cell_w, self.height() - HEADER_H)
            if rect.intersects(dirty):
                self._paint_day_background(painter, rect, day)
                painter.setPen(QColor("#dddddd"))
                painter.drawLine(rect.topLeft(), rect.bottomLeft())
        painter.setPen(QColor("#cccccc"))
        painter.drawLine(QPointF(0, top), QPointF(self.width(), top))
        for hour in range(self._hour0, self._hour1 + 1):
            y = top + (hour - self._hour0) * 60 * px
            if y < dirty.top() - 12 or y > dirty.bottom() + 12:
                continue
            painter.setPen(QColor("#eeeeee"))
            painter.drawLine(QPointF(GUTTER_W, y), QPointF(self.width(), y))
            painter.setPen(QColor("#777777"))
            painter.drawText(
                QRectF(0, max(y - 7, top + 1), GUTTER_W - 6, 14),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{hour:02d}:00",
            )

    def _paint_agenda_days(self, painter: QPainter, dirty: QRectF) -> None:
        painter.setFont(self._bold)
        names = weekday_names()
        for y, day in getattr(self, "_agenda_days", []):
            rect = QRectF(4, y, self.width() - 8, AGENDA_DAY_H - 2)
            if not rect.intersects(dirty):
                continue
            painter.fillRect(rect, QColor("#eef3f8"))
            mark = self.day_marks.get(day)
            painter.setPen(
                style.HOLIDAY_TEXT if mark and mark.kind == "holiday" else QColor("#333")
            )
            text = f"{day.isoformat()}  {names[day.weekday()]}" + (f"  {mark.name}" if mark else "")
            painter.drawText(rect.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(self._font)
        if not self.items:
            from PySide6.QtCore import QCoreApplication

            painter.setPen(QColor("#888888"))
            painter.drawText(
                QRectF(self.rect()).adjusted(0, 20, 0, 0),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                QCoreApplication.translate("CalendarView", "No activities this month."),
            )

    def _item_text(self, hit: Hit) -> str:
        item = hit.item
        if self.mode == AGENDA:
            from PySide6.QtCore import QCoreApplication

            when = (
                QCoreApplication.translate("CalendarView", "All day")
                if item.all_day
                else f"{item.start:%H:%M}–{item.end:%H:%M}"
            )
            parts = [when, item.title, item.venue, item.owner]
            return "   ".join(p for p in parts if p)
        if hit.timed:
            return f"{item.start:%H:%M} {item.title}"
        if not item.all_day and hit.first_part:
            return f"{item.start:%H:%M} {item.title}"
        return item.title

    def _paint_item(self, painter: QPainter, hit: Hit) -> None:
        item, rect = hit.item, hit.rect
        look = style.look(item.kind, item.status)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(rect, look.fill)
        conflict = item.id in self.conflicts
        selected = item.id == self.selected_id
        pen = QPen(style.CONFLICT_COLOUR if conflict else look.border)
        # Width 0 is Qt's cosmetic one-pixel pen: the raster engine's fast path.
        pen.setWidthF(2.0 if conflict or selected else 0.0)
        pen.setStyle(Qt.PenStyle.SolidLine if conflict else look.pen_style)
        painter.setPen(pen)
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        text_rect = rect.adjusted(4 + (9 if conflict else 0), 0, -3, 0)
        if conflict:
            painter.setPen(style.CONFLICT_COLOUR)
            painter.setFont(self._bold)
            painter.drawText(
                QRectF(rect.left() + 2, rect.top(), 9, min(rect.height(), LANE_H)),
                Qt.AlignmentFlag.AlignCenter,
                "!",
            )
        painter.setFont(self._struck if look.struck else self._font)
        painter.setPen(look.text)
        flags = Qt.AlignmentFlag.AlignLeft | (
            Qt.AlignmentFlag.AlignTop if hit.timed else Qt.AlignmentFlag.AlignVCenter
        )
        if hit.label is None:  # elided once per layout, not on every paint
            hit.label = self._metrics.elidedText(
                self._item_text(hit), Qt.TextElideMode.ElideRight, int(text_rect.width())
            )
        painter.drawText(text_rect.adjusted(0, 1 if hit.timed else 0, 0, 0), flags, hit.label)
        if hit.timed and rect.height() > 2 * LANE_H and item.venue:
            painter.drawText(
                text_rect.adjusted(0, LANE_H, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                self._metrics.elidedText(
                    item.venue, Qt.TextElideMode.ElideRight, int(text_rect.width())
                ),
            )
        painter.setFont(self._font)

    # --- mouse -------------------------------------------------------------------

    def hit_at(self, pos: QPointF) -> Hit | None:
        self._layout()
        for hit in reversed(self.hits):
            if hit.rect.contains(pos):
                return hit
        return None

    def item_rect(self, item_id: int) -> QRectF | None:
        """The first painted rectangle of an item (tests and the tour drive drags with it)."""
        self._layout()
        return next((h.rect for h in self.hits if h.item.id == item_id), None)

    def _on_resize_edge(self, hit: Hit, pos: QPointF) -> bool:
        if self.mode == AGENDA or not hit.last_part:
            return False
        if hit.timed:
            return pos.y() >= hit.rect.bottom() - EDGE
        return pos.x() >= hit.rect.right() - EDGE

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        hit = self.hit_at(pos)
        self._select(hit.item.id if hit else None)
        if hit is None or self.mode == AGENDA:
            return None
        day = self.day_at(pos)
        if day is None:
            return None
        self.drag = Drag(
            hit.item,
            self._on_resize_edge(hit, pos),
            hit.timed,
            pos,
            day,
            hit.item.start,
            hit.item.end,
        )
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        drag = self.drag
        if drag is None:
            hit = self.hit_at(pos)
            if hit is not None and self._on_resize_edge(hit, pos):
                cursor = Qt.CursorShape.SizeVerCursor if hit.timed else Qt.CursorShape.SizeHorCursor
                self.setCursor(cursor)
            else:
                self.unsetCursor()
            return
        if not drag.moved and (pos - drag.origin).manhattanLength() < 4:
            return
        drag.moved = True
        start, end = self._dragged_times(drag, pos)
        if (start, end) == (drag.start, drag.end) and drag.ghost is not None:
            return
        drag.start, drag.end = start, end
        old = drag.ghost
        drag.ghost = self._ghost_rect(drag)
        dirty = [drag.ghost] if old is None else [drag.ghost, old]
        if old is None:  # the item leaves its place
            dirty += [hit.rect for hit in self.hits if hit.item.id == drag.item.id]
        for rect in dirty:
            self.update(rect.adjusted(-3, -3, 3, 3).toAlignedRect())

    def _dragged_times(self, drag: Drag, pos: QPointF) -> tuple[dt.datetime, dt.datetime]:
        item = drag.item
        day = self.day_at(pos) or drag.origin_day
        days = dt.timedelta(days=(day - drag.origin_day).days)
        if drag.timed:
            minutes = (pos.y() - drag.origin.y()) / self._minute_px()
            delta = dt.timedelta(minutes=int(round(minutes / SNAP_MIN) * SNAP_MIN))
            if drag.resize:
                end = max(item.end + delta, item.start + dt.timedelta(minutes=SNAP_MIN))
                end = min(
                    end, dt.datetime.combine(item.start.date(), dt.time()) + dt.timedelta(days=1)
                )
                return item.start, end
            # A timed activity stays within one day: clamped to the day it lands on.
            day0 = dt.datetime.combine((item.start + days).date(), dt.time())
            length = item.end - item.start
            start = item.start + days + delta
            start = max(day0, min(start, day0 + dt.timedelta(days=1) - length))
            return start, start + length
        if drag.resize:
            if day < item.first_day:
                days = dt.timedelta(days=(item.first_day - drag.origin_day).days)
            end = item.end + days
            if end < item.start:
                end = item.start
            return item.start, end
        return item.start + days, item.end + days

    def _ghost_rect(self, drag: Drag) -> QRectF:
        moved = drag.item.moved(drag.start, drag.end)
        first, _ = self.visible_range()
        if drag.timed:
            top, px = self._hours_top(), self._minute_px()
            d = (moved.first_day - first).days
            y0 = top + (moved.start.hour * 60 + moved.start.minute - self._hour0 * 60) * px
            minutes = (moved.end - moved.start).total_seconds() / 60
            return QRectF(self._col_x(d) + 2, y0, self._cell_w() - 4, max(12, minutes * px))
        original = self.item_rect(drag.item.id) or QRectF(0, 0, 0, LANE_H)
        a = max(0, (moved.first_day - first).days)
        b = max(a, (moved.last_day - first).days)
        if self.mode == WEEK:
            a, b = min(a, 6), min(b, 6)
            return QRectF(
                self._col_x(a) + 2, original.top(), (b - a + 1) * self._cell_w() - 4, LANE_H
            )
        # Month: the ghost of a multi-week bar is drawn on the row of its first day.
        row_h = self._month_row_h()
        lane_offset = (original.top() - HEADER_H) % row_h
        week = min(WEEKS_IN_MONTH_VIEW - 1, a // 7)
        col0, col1 = a % 7, min(6, a % 7 + (b - a))
        return QRectF(
            col0 * self._cell_w() + 2,
            HEADER_H + week * row_h + lane_offset,
            (col1 - col0 + 1) * self._cell_w() - 4,
            LANE_H,
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        drag, self.drag = self.drag, None
        if drag is None or not drag.moved:
            return
        self.update()
        if (drag.start, drag.end) != (drag.item.start, drag.item.end):
            self.rescheduleRequested.emit(drag.item, drag.start, drag.end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.drag = None
        pos = event.position()
        hit = self.hit_at(pos)
        if hit is not None:
            self.itemActivated.emit(hit.item.id)
            return
        moment = self.time_at(pos)
        if moment is None:
            day = self.day_at(pos)
            if day is None:
                return
            moment = dt.datetime.combine(day, dt.time(9, 0))
        self.slotActivated.emit(moment)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id is not None:
            self.itemActivated.emit(self.selected_id)
            return
        if event.key() == Qt.Key.Key_Escape and self.drag is not None:
            self.drag = None
            self.update()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        # QWidget repaints everything on a focus change; the view draws no focus frame.
        event.accept()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.accept()

    def _select(self, item_id: int | None) -> None:
        if item_id == self.selected_id:
            return
        # Only the two items' rects are repainted (a full repaint would cost a frame).
        changed = {item_id, self.selected_id}
        self.selected_id = item_id
        for hit in self.hits:
            if hit.item.id in changed:
                self.update(hit.rect.adjusted(-2, -2, 2, 2).toAlignedRect())
        self.selectionChanged.emit(self.item(item_id) if item_id is not None else None)

    def event(self, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.ToolTip:
            hit = self.hit_at(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(hit.item), self, QRect())
            return True
        return super().event(event)

    def tooltip(self, item: CalendarItem) -> str:
        from PySide6.QtCore import QCoreApplication

        when = (
            f"{item.first_day} – {item.last_day}"
            if item.all_day
            else f"{item.start:%Y-%m-%d %H:%M} – {item.end:%H:%M}"
        )
        lines = [
            item.title,
            f"{style.kind_label(item.kind)} · {style.status_label(item.status)}",
            when,
        ]
        lines += [v for v in (item.venue, item.owner, item.school, item.channel) if v]
        reasons = {
            "owner": QCoreApplication.translate("CalendarView", "Owner %s is booked twice: %s"),
            "venue": QCoreApplication.translate("CalendarView", "Venue %s is booked twice: %s"),
            "school": QCoreApplication.translate(
                "CalendarView", "Another activity at %s that day: %s"
            ),
        }
        for conflict in self.conflicts.get(item.id, ()):
            lines.append("⚠ " + reasons[conflict.reason] % (conflict.detail, conflict.other_title))
        return "\n".join(lines)
