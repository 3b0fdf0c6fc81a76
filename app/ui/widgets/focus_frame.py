"""A clearly drawn focus: a blue frame around whichever control has the keyboard focus.

Fusion marks focus faintly (a thin line on a field, a dotted rectangle on a button);
keyboard users lose track of it. One ring follows the focus through the program
(``QApplication.focusChanged``): a child widget of the focused control, as large as it,
transparent to the mouse, that paints a 2-pixel frame in the focus colour over its
edge (a child is painted above its parent, so nothing covers the ring). Installed
once on the application.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

COLOUR = QColor("#2f6fd0")


class FocusRing(QWidget):
    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def follow(self, target: QWidget | None) -> None:
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = target
        if target is None:
            self.hide()
            self.setParent(None)
            return
        self.setParent(target)
        target.installEventFilter(self)
        self.setGeometry(target.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.target and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.setGeometry(self.target.rect())  # type: ignore[union-attr]
            self.raise_()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(COLOUR, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
        painter.end()


class FocusTracker:
    def __init__(self, app: QApplication) -> None:
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self.changed)

    def changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        hide = new is None or isinstance(new, (QMenu, QMenuBar))
        if not hide and new.window().windowType() == Qt.WindowType.Popup:
            hide = True
        try:
            if self.ring is not None and not shiboken6.isValid(self.ring):
                self.ring = None  # it went with the window it was in
            if self.ring is None:
                if hide:
                    return
                self.ring = FocusRing()
            self.ring.follow(None if hide else new)
        except RuntimeError:  # the window is being closed: a new ring next time
            self.ring = None


_trackers: list[FocusTracker] = []


def install(app: QApplication) -> None:
    """Draw the focus in every window of the program (idempotent)."""
    if not _trackers:
        _trackers.append(FocusTracker(app))
