"""The mouse wheel scrolls the form, not the field under the pointer (issue 13, item 2).

Spin boxes and combo boxes take a wheel event only while they have the focus; otherwise
it goes on to the widget around them (the scroll area), so scrolling a form never
changes "Enheter" from 0 to 3 unnoticed. Installed once on the application, when the
program's start is over (``input_guards`` says why).

Nor does the wheel give them the focus. Qt's spin boxes and combo boxes take the focus
by the wheel (``Qt.WheelFocus``), and Qt gives it before any event filter sees the
wheel event: the guard then found the field focused and let the wheel change it (the
overview's customer filter changed under a scrolling pointer). So every spin box and
combo box is given ``StrongFocus`` instead, the form's fields included: those already
made when the guard is installed, and each one made later when it is first shown (its
``Polish`` event).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
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


def _no_wheel_focus(widget: QWidget) -> None:
    """A spin box or combo box takes the focus by Tab and click only (not by the wheel)."""
    if isinstance(widget, GUARDED) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Polish:
            _no_wheel_focus(watched)  # type: ignore[arg-type]
            return False
        if kind != QEvent.Type.Wheel or not isinstance(watched, QWidget):
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
        for widget in app.allWidgets():  # those made before (the overview's filters)
            _no_wheel_focus(widget)
