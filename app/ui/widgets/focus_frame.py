"""A clearly drawn focus: a blue frame around whichever control has the keyboard focus.

Fusion marks focus faintly (a thin line on a field, a dotted rectangle on a button);
keyboard users lose track of it. One ``QFocusFrame`` follows the focus through the
program (``QApplication.focusChanged``) and paints a 2-pixel frame in the highlight
colour around the control. Installed once on the application.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QMenu, QMenuBar, QWidget

COLOUR = QColor("#2f6fd0")


class FocusRing(QFocusFrame):
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(COLOUR, 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
        painter.end()


class FocusTracker:
    def __init__(self, app: QApplication) -> None:
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self.follow)

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        hide = new is None or isinstance(new, (QMenu, QMenuBar))
        if not hide and new.window().windowType() == Qt.WindowType.Popup:
            hide = True
        try:
            if self.ring is not None and not shiboken6.isValid(self.ring):
                self.ring = None
            if hide:
                if self.ring is not None:
                    self.ring.setWidget(None)
                return
            if self.ring is None:
                self.ring = FocusRing()
            self.ring.setWidget(new)
        except RuntimeError:  # the ring went with a window being closed: a new one next time
            self.ring = None


_trackers: list[FocusTracker] = []


def install(app: QApplication) -> None:
    """Draw the focus in every window of the program (idempotent)."""
    if not _trackers:
        _trackers.append(FocusTracker(app))
