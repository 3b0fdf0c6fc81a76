"""The mouse wheel scrolls the form, not the field under the pointer (issue 13, item 2).

Spin boxes and combo boxes take a wheel event only while they have the focus; otherwise
it goes on to the widget around them (the scroll area), so scrolling a form never
changes "Enheter" from 0 to 3 unnoticed. Installed once on the application, when the
program's start is over (``input_guards`` says why).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QComboBox)


def _field(widget: QWidget) -> QWidget | None:
    """The spin box or combo box a widget is, or is the inner line edit of."""
    if isinstance(widget, GUARDED):
        return widget
    parent = widget.parentWidget()
    return parent if isinstance(parent, GUARDED) else None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        field = _field(watched)
        if field is None or field.hasFocus():
            return False
        area = field.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:  # the form's scroll area scrolls instead
            QApplication.sendEvent(area.verticalScrollBar(), event)
        return True


_installed: list[WheelGuard] = []


def installed() -> bool:
    return bool(_installed)


def install(app: QApplication) -> None:
    """Guard every window of the program (idempotent; ``input_guards`` says when)."""
    if not _installed:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        _installed.append(guard)
