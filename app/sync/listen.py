"""Hearing the server's "something changed": PostgreSQL ``LISTEN avtalevakt_changes``.

Every push that wrote to the log notifies the channel when it commits (``push`` in
``server/functions.py``; the payload is the last log position it wrote). A program
that listens syncs within a second of a colleague's save instead of at its next
30-second round.

``Listener`` keeps one connection of its own on a thread of its own (a connection is
not shared between threads): ``on_change(position)`` is called from that thread for
every notification, ``on_connected()`` each time listening (re)starts (notifications
sent while it was not listening are lost, so the caller syncs then), ``on_lost()`` when
an open connection breaks (the server went away). While the server
cannot be reached it tries again every ``retry_seconds``, or at once on ``wake()``.
``stop()`` ends the thread within about a second. Nothing here writes anything.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from .connection import ServerError, connect
from .server.functions import CHANNEL

#: How long one wait for notifications lasts: the longest ``stop()`` waits for the thread.
POLL_SECONDS = 1.0


class Listener:
    def __init__(
        self,
        url: str,
        *,
        on_change: Callable[[int], None],
        on_connected: Callable[[], None] = lambda: None,
        on_lost: Callable[[], None] = lambda: None,
        retry_seconds: float = 30.0,
        password: str | None = None,
    ) -> None:
        self.url = url
        self.password = password
        self.on_change = on_change
        self.on_connected = on_connected
        self.on_lost = on_lost
        self.retry_seconds = retry_seconds
        self._stop = threading.Event()
        self._wake = threading.Event()
        self.listening = threading.Event()  # set while a LISTEN connection is open
        self._thread = threading.Thread(target=self._run, name="avtalevakt-listen", daemon=True)

    def start(self) -> Listener:
        self._thread.start()
        return self

    def wake(self) -> None:
        """Try to connect now (the server may be back) instead of at the next retry."""
        self._wake.set()

    def stop(self, timeout: float | None = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        import psycopg  # (imported by the caller's thread already: see sync_controller)

        while not self._stop.is_set():
            try:
                with connect(self.url, password=self.password, autocommit=True, timeout=5) as pg:
                    pg.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    self.on_connected()
                    while not self._stop.is_set():
                        for note in pg.notifies(timeout=POLL_SECONDS):
                            try:
                                position = int(note.payload)
                            except ValueError:
                                position = 0
                            self.on_change(position)
            except (ServerError, psycopg.Error, OSError):
                pass  # the server went away (or never came): try again later
            except Exception:  # noqa: BLE001 - a bug must not end listening for good
                import traceback

                traceback.print_exc()
            finally:
                if self.listening.is_set():
                    self.listening.clear()
                    if not self._stop.is_set():
                        self.on_lost()  # the caller says so at once, not at its next round
            if not self._stop.is_set():
                self._wake.wait(self.retry_seconds)
                self._wake.clear()
