"""The wheel guard and the bare-letter guard, put on the application once the start is over.

``wheel_guard`` (issue 13) and ``message_keys`` are event filters on the QApplication:
Qt calls them, in Python, with every event of every object. PySide hands each such
object to Python as the class it is, and for an object of one of Qt's private classes
(the ``QGestureManager`` a list view makes, a window's ``QWidgetWindow`` …) it first
builds every class of QtCore, QtGui and QtWidgets that was not built yet, with their
enums (PySide 6.11 builds classes lazily, when they are first used): about 25 ms, at
the first such event. Installed with the QApplication, the guards paid that before the
window's first paint, which a minimal PySide window does not (issue 16; interleaved
starts against installing them there, ratio per pair: first paint 0.84-0.85×,
deadlines on screen 0.84-0.92×, on the demo and on the large database).

So the program installs them once its start has ended (``install_when_idle``: a
zero-interval timer, started when the database is attached; in those starts it fired
after the overview's paint, where a zero-delay ``QTimer.singleShot``, a queued call,
often came before it and put the 25 ms before the deadlines). The window's pages take
input only from the moment the database is attached. A question the start asks before
(the demo offer, restoring a damaged file from its backup) installs them first
(``install``): a "j" typed on by mistake must not answer it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from . import message_keys, wheel_guard


def install() -> None:
    """Both guards on the application (idempotent)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        wheel_guard.install(app)
        message_keys.install(app)


def installed() -> bool:
    return wheel_guard.installed() and message_keys.installed()


def install_when_idle(parent: QObject) -> None:
    """``install()`` once the events now waiting have been handled (a timer of
    ``parent``'s: gone with it, if it goes first)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(0)  # (not QTimer.singleShot(0, …): see the module docstring)
    timer.timeout.connect(install)
    timer.timeout.connect(timer.deleteLater)
    timer.start()
