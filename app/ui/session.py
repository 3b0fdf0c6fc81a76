"""The program's one "today" (issue 11 item 7): a session object the main window owns.

The domain has no clock; every page takes "today" from here. Left open overnight, the
program moves on at midnight (Oslo): ``changed`` tells the window, which gives the
pages the new day and refreshes them (the overview regroups its deadlines, the reminders
follow). A day given at start (``--today`` for demos and screenshots, a test's day) is
where the session starts; it still moves on one day per midnight the clock passes, so
a program started on a chosen day behaves like one left running.

A single-shot timer is armed for a few seconds after the next midnight; it is armed
again after every check, and the day is also checked when the program becomes active
again (a laptop waking up after midnight: its timer fires late or not at all).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

# the program's clock (standard library only: the window is made before the first
# paint, when the domain is not loaded yet, issue 16)
from app import clock as oslo_clock


def _ms_to_next_midnight() -> int:
    now = oslo_clock.now()
    midnight = datetime.combine(
        now.date() + timedelta(days=1), datetime.min.time(), oslo_clock.OSLO
    )
    return max(1000, int((midnight - now).total_seconds() * 1000) + 5000)


class Session(QObject):
    """Owns today; ``changed(date)`` when it moves on."""

    changed = Signal(object)

    def __init__(
        self,
        today: date | None = None,
        parent: QObject | None = None,
        *,
        clock: Callable[[], date] = oslo_clock.today,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self._seen = clock()  # the clock's day when last looked at
        self._today = today or self._seen
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.timer.start(_ms_to_next_midnight())
        app = QApplication.instance()
        self._listening = app is not None
        if app is not None:
            app.applicationStateChanged.connect(self._state_changed)

    @property
    def today(self) -> date:
        return self._today

    def set_today(self, day: date) -> None:
        """Move to ``day`` (``changed`` if it is another day)."""
        if day != self._today:
            self._today = day
            self.changed.emit(day)

    def check(self) -> None:
        """Move on by as many days as the clock has since it was last looked at."""
        self.timer.start(_ms_to_next_midnight())
        now = self.clock()
        if now != self._seen:
            moved = now - self._seen
            self._seen = now
            self.set_today(self._today + moved)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._listening:  # stop() may come twice (close, then quit)
            self._listening = False
            with contextlib.suppress(RuntimeError, TypeError):  # never connected / gone
                app.applicationStateChanged.disconnect(self._state_changed)
