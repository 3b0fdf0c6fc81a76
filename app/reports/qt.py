"""Qt set-up for reports made without a window (the CLI, tests, a worker thread).

``QTextDocument`` and ``QPdfWriter`` need a ``QGuiApplication`` for fonts. In the desktop
program one exists already; a command-line run on a machine without a display gets the
``offscreen`` platform, so ``python -m app letter`` works over SSH and on build servers.
The instance made here is a ``QApplication`` (no widget is ever shown): the program, a
print dialog or pytest-qt may need widgets later in the same process, and Qt allows only
one application object, of one class.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

_app: QGuiApplication | None = None

#: Office fonts first (Windows, macOS), then what Linux has; Qt takes the first it finds.
FONT_FAMILIES = ["Calibri", "Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans", "sans-serif"]


def ensure_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication, not a bare QGuiApplication: if the GUI (or a widget test in the
    # same process) needs widgets later, only a QApplication can serve both.
    _app = QApplication(sys.argv[:1])
    return _app


def body_font(point_size: float = 10.5) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    return font
