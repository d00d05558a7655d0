"""Signature pad: draw a signature with the mouse, a pen or a tablet; get PNG bytes.

The claims tab uses `ask_signature(parent, step)` as its signature provider when
a claimant submits or an approver approves or pays; the PNG (transparent
background, cropped to the strokes) is stored with the approval record and
printed in its box on the form. None means the box stays blank for ink.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

INK = QColor(10, 20, 110)
BASE_WIDTH = 3.0


class SignaturePad(QWidget):
    """A white area that records strokes into a transparent image."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setMinimumSize(420, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self._image = QImage(QSize(900, 300), QImage.Format.Format_ARGB32_Premultiplied)
        self._image.fill(Qt.GlobalColor.transparent)
        self._last: QPointF | None = None
        self._empty = True

    def sizeHint(self) -> QSize:
        return QSize(600, 220)

    def is_empty(self) -> bool:
        return self._empty

    def clear(self) -> None:
        self._image.fill(Qt.GlobalColor.transparent)
        self._empty = True
        self._last = None
        self.update()
        self.changed.emit()

    # -- input ----------------------------------------------------------------
    def _to_image(self, pos: QPointF) -> QPointF:
        return QPointF(
            pos.x() * self._image.width() / max(1, self.width()),
            pos.y() * self._image.height() / max(1, self.height()),
        )

    def _stroke_to(self, pos: QPointF, pressure: float = 1.0) -> None:
        point = self._to_image(pos)
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = BASE_WIDTH * (0.4 + 1.2 * max(0.0, min(1.0, pressure)))
        painter.setPen(
            QPen(
                INK,
                width,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        if self._last is None:
            painter.drawPoint(point)
        else:
            painter.drawLine(self._last, point)
        painter.end()
        self._last = point
        if self._empty:
            self._empty = False
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._last = None
            self._stroke_to(event.position())

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._stroke_to(event.position())

    def mouseReleaseEvent(self, event) -> None:
        self._last = None

    def tabletEvent(self, event) -> None:
        kind = event.type()
        if kind == event.Type.TabletPress:
            self._last = None
            self._stroke_to(event.position(), event.pressure())
        elif kind == event.Type.TabletMove and event.pressure() > 0:
            self._stroke_to(event.position(), event.pressure())
        elif kind == event.Type.TabletRelease:
            self._last = None
        event.accept()  # no synthesised mouse events on top

    # -- output ---------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QPen(QColor(200, 200, 200), 1, Qt.PenStyle.DashLine))
        baseline = int(self.height() * 0.75)
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        painter.drawImage(self.rect(), self._image)
        painter.end()

    def png_bytes(self) -> bytes | None:
        """The strokes cropped with a small margin, transparent background; None if empty."""
        if self._empty:
            return None
        bounds = _opaque_bounds(self._image)
        if bounds.isNull():
            return None
        margin = 8
        bounds = bounds.adjusted(-margin, -margin, margin, margin).intersected(self._image.rect())
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._image.copy(bounds).convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())


def _opaque_bounds(image: QImage) -> QRect:
    """Bounding box of the non-transparent pixels (the alpha channel scanned by rows)."""
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    width, height = alpha.width(), alpha.height()
    stride = alpha.bytesPerLine()
    raw = bytes(alpha.constBits())
    top = bottom = None
    left, right = width, -1
    for y in range(height):
        row = raw[y * stride : y * stride + width]
        if row.count(0) == width:
            continue
        if top is None:
            top = y
        bottom = y
        stripped_left = len(row) - len(row.lstrip(b"\x00"))
        stripped_right = len(row.rstrip(b"\x00")) - 1
        left = min(left, stripped_left)
        right = max(right, stripped_right)
    if top is None:
        return QRect()
    return QRect(left, top, right - left + 1, bottom - top + 1)


class SignaturePadDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        prompt: str = "",
        *,
        allow_ink: bool = True,
        allow_cancel: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ink_chosen = False
        self.setWindowTitle(self.tr("Sign"))
        layout = QVBoxLayout(self)
        self.prompt = QLabel(
            prompt
            or self.tr(
                "Sign in the box with the mouse or a pen. The signature is printed on the claim form."  # noqa: E501
            )
        )
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.pad = SignaturePad(self)
        layout.addWidget(self.pad, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | (
                QDialogButtonBox.StandardButton.Cancel
                if allow_cancel
                else QDialogButtonBox.StandardButton.NoButton
            )
        )
        self.clear_button = QPushButton(self.tr("&Clear"))
        self.buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.clicked.connect(self.pad.clear)
        self.ink_button: QPushButton | None = None
        if allow_ink:
            self.ink_button = QPushButton(self.tr("Sign on &paper instead"))
            self.ink_button.setToolTip(
                self.tr("Leave the box on the printed form blank, to be signed in ink.")
            )
            self.buttons.addButton(self.ink_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.ink_button.clicked.connect(self._choose_ink)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self, self.pad.clear)
        self.pad.changed.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not self.pad.is_empty())

    def _choose_ink(self) -> None:
        self.ink_chosen = True
        self.accept()

    def signature_png(self) -> bytes | None:
        return None if self.ink_chosen else self.pad.png_bytes()


def step_prompt(step: str) -> str:
    from PySide6.QtCore import QCoreApplication

    prompts = {
        "claimant": QCoreApplication.translate(
            "SignaturePadDialog",
            "Sign as the claimant (报销人). The signature is printed on the claim form.",
        ),
        "department": QCoreApplication.translate(
            "SignaturePadDialog",
            "Sign as the department head (部门负责人). The signature is printed on the claim form.",
        ),
        "finance": QCoreApplication.translate(
            "SignaturePadDialog",
            "Sign for the finance review (财务审核). The signature is printed on the claim form.",
        ),
        "cashier": QCoreApplication.translate(
            "SignaturePadDialog",
            "Sign as the cashier or the payee (出纳/领款人). The signature is printed on the "
            "claim form.",
        ),
    }
    return prompts.get(step, "")


def ask_signature(parent: QWidget | None, step: str) -> bytes | None:
    """The claims tab's signature provider: PNG bytes, or None to sign the paper in ink.

    The action goes ahead either way (the claims flow has no cancel here), so the
    dialog offers "Sign on paper instead" rather than Cancel; closing it means ink.
    """
    dialog = SignaturePadDialog(parent, step_prompt(step), allow_cancel=False)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.signature_png()
        return None
    finally:
        dialog.deleteLater()
