"""Sharing in the running program (issue 14): sync rounds on the worker, and what they say.

A database with a server (``sync_state.url``, set by File → Settings → "Delt database"
or ``python -m app sync --server``) is synced

- after every write here (``Operations.changed``, a moment later so a burst of saves is
  one round),
- when the server says something changed (``LISTEN avtalevakt_changes``, on a thread of
  its own: ``app.sync.listen``), and
- every 30 seconds (which is also how a PC that was offline notices the server is back).

One round runs at a time, on the worker with a connection of its own (the window never
waits for the network); a request while one runs makes one more round afterwards. What
a round brings from other PCs is announced as ``Operations.announce(..., remote=True)``,
so the pages showing it refresh as after a save.

The status bar says where things stand: "Synkronisert 14:02", "Frakoblet — 3
endringer venter", conflicts to resolve (a click opens them); 24 hours without a round
the overview warns that deadlines may be missing other PCs' changes. Without a server
nothing of this shows or runs: a single user's program is as before.
"""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QStatusBar, QWidget

from app.domain.periods import OSLO

from .tones import Tone

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.sync.engine import RoundResult
    from app.sync.listen import Listener

    from .operations import Changes, Operations
    from .worker import Job

# A round every this often (also the retry while the server cannot be reached).
INTERVAL_MS = 30_000
# After a save, wait this long for more saves before the round.
AFTER_SAVE_MS = 300
# Without a round for this long, the overview warns that deadlines may be incomplete.
STALE_AFTER = timedelta(hours=24)


class SyncController(QObject):
    """Runs the sync rounds of one open database and shows their state."""

    # After every change of state (a round began or ended, connected, disconnected).
    status_changed = Signal()
    # A round ended: its ``RoundResult``.
    synced = Signal(object)
    # A round failed: the exception (``ServerError`` for the server's reasons).
    failed = Signal(object)
    # The status bar's field was clicked.
    clicked = Signal()
    # from the listener's thread (queued to this object's thread)
    _heard = Signal(int)

    def __init__(
        self,
        database: Database,
        operations: Operations,
        parent: QObject | None = None,
        *,
        interval_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        from app.storage.repositories import Repositories
        from app.sync.engine import Replica

        self.database = database
        self.operations = operations
        self.replica = Replica(Repositories(database))
        self.url: str | None = self.replica.server_url()
        # A password given in this session that the credential store could not keep.
        self.password: str | None = None
        self.job: Job | None = None
        self.again = False
        self.error: BaseException | None = None
        self.last: RoundResult | None = None
        self.listener: Listener | None = None
        self.running = False
        self.connecting = False  # the first round with a new server is running
        self.password_kept = True  # False: the credential store could not keep it
        self.timer = QTimer(self, interval=interval_ms or INTERVAL_MS)
        self.timer.timeout.connect(self.request)
        self.soon = QTimer(self, singleShot=True, interval=AFTER_SAVE_MS)
        self.soon.timeout.connect(self.request)
        self.button: QPushButton | None = None
        # The server connection kept between rounds (a list: the round's task takes it
        # and gives it back; only one round runs at a time), and the URL it is for.
        self.kept: list[Any] = []
        self._kept_for = ""
        self._heard.connect(self._on_heard, Qt.ConnectionType.QueuedConnection)
        operations.changed.connect(self._on_changed)

    # --- state -------------------------------------------------------------------------

    @property
    def configured(self) -> bool:
        return bool(self.url)

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def last_sync(self) -> datetime | None:
        return self.replica.last_sync()

    def pc_name(self) -> str:
        """This PC's name in other PCs' histories (the computer's name unless set)."""
        return self.replica.name()

    def set_pc_name(self, name: str) -> None:
        name = " ".join(name.split())[:60]
        with self.database.transaction():
            if name:
                self.replica.put("pc_name", name)
            else:
                self.database.db.conn.execute("DELETE FROM sync_state WHERE key = 'pc_name'")

    def pending(self) -> int:
        return self.replica.pending()

    def open_conflicts(self) -> int:
        return self.replica.open_conflicts()

    def stale(self, now: datetime | None = None) -> bool:
        """Configured, and no round for ``STALE_AFTER`` (or none ever)."""
        if not self.configured:
            return False
        last = self.last_sync()
        now = now or datetime.now(OSLO)
        return last is None or now - last > STALE_AFTER

    def offline(self) -> bool:
        from app.sync.connection import ServerError

        return isinstance(self.error, ServerError) and self.error.code == "unreachable"

    # --- running -----------------------------------------------------------------------

    def start(self) -> None:
        """Sync now and from now on (nothing when no server is configured)."""
        if not self.configured or self.running:
            self.render()
            return
        # psycopg imported here, once, before two threads would import it at the same
        # time (the listener and the first round): that deadlocked Python's import locks
        import psycopg.types.json  # noqa: F401

        from app.sync.listen import Listener

        self.running = True
        self.timer.start()
        self.listener = Listener(
            self.url,  # type: ignore[arg-type]
            password=self.password,
            on_change=self._heard_from_thread,
            on_connected=lambda: self._heard_from_thread(-1),
            on_lost=lambda: self._heard_from_thread(-1),
            retry_seconds=self.timer.interval() / 1000,
        ).start()
        self.request()

    def _drop_connection(self) -> None:
        while self.kept:
            with contextlib.suppress(Exception):
                self.kept.pop().close()

    def stop(self) -> None:
        """No more rounds (closing, disconnecting); a round running finishes on its own."""
        self.running = False
        self.timer.stop()
        self.soon.stop()
        if not self.busy:
            self._drop_connection()
        if self.listener is not None:
            self.listener.stop(timeout=3.0)
            self.listener = None

    def request(self) -> Job | None:
        """A round now, or right after the one running."""
        if not self.running:
            return None
        if self.busy:
            self.again = True
            return self.job
        return self._round()

    def _heard_from_thread(self, position: int) -> None:
        with contextlib.suppress(RuntimeError):  # the program is closing
            self._heard.emit(position)

    def _on_heard(self, position: int) -> None:
        # -1: (re)connected, notifications may have been missed, or the connection was
        # lost (a round tells whether the server is gone); else a push committed
        # up to ``position``: nothing to fetch when this file has read that far.
        if position < 0 or position > self.replica.position:
            self.request()

    def _on_changed(self, changes: Changes) -> None:
        from app.storage.outbox import SHARED_TABLES

        # a write here to a shared record (a letter logged or a conflict resolved too)
        if self.running and not changes.remote and changes.touches({*SHARED_TABLES, "letters"}):
            self.soon.start()

    def _round(self, *, password: str | None = None, url: str | None = None) -> Job:
        from .worker import Job

        database = self.database
        url = url or self.url
        secret = password or self.password
        name = self.pc_name()
        user = self.operations.repos.user  # who this window's writes are by

        if self._kept_for != url:
            self._drop_connection()
            self._kept_for = url or ""
        kept = self.kept  # the connection of the previous rounds (one round at a time)

        def task(job: Job) -> Any:
            from app.storage.repositories import Repositories
            from app.sync.connection import connect
            from app.sync.engine import sync_round

            pg = kept.pop() if kept else None
            if pg is not None and pg.closed:
                pg = None
            own = database.reopen()
            try:
                if pg is None:
                    pg = connect(url, password=secret, autocommit=True)  # type: ignore[arg-type]
                result = sync_round(
                    Repositories(own, user=user),
                    url,  # type: ignore[arg-type]
                    password=secret,
                    pc_name=name,
                    progress=lambda _step, done, total: job.report(done, total),
                    connection=pg,
                )
            except BaseException:
                if pg is not None:
                    pg.close()  # a broken connection is never used again
                raise
            finally:
                own.close()
            kept.append(pg)
            return result

        job = Job(task)
        job.finished.connect(self._round_done)
        job.failed.connect(self._round_failed)
        self.job = job
        self.again = False
        job.start()
        self.render()
        return job

    def _round_done(self, result: RoundResult) -> None:
        was_offline = self.offline()
        self.error = None
        self.last = result
        if result.tables:
            self.operations.announce(*sorted(result.tables), remote=True)
        if was_offline and self.listener is not None:
            self.listener.wake()  # the server is back: listen again at once
        self.synced.emit(result)
        self._next()

    def _round_failed(self, error: BaseException) -> None:
        self.error = error
        self.failed.emit(error)
        self._next()

    def _next(self) -> None:
        self.job = None
        if not self.running and not self.connecting:
            self._drop_connection()  # stopped while the round ran
        self.render()
        if self.again and self.running:
            self.request()

    # --- connecting (File → Settings → "Delt database") --------------------------------

    def connect_to(self, url: str, password: str | None) -> Job:
        """The first round with a server (uploads this file's records, fetches the
        team's), on the worker; once it succeeded the URL is this database's server and
        syncing runs. The password goes to the credential store (``password_kept``)."""
        from app.sync.connection import split_url, store_password

        self.stop()
        clean, in_url = split_url(url)
        password = password or in_url  # a URL with its password (an invitation's)
        job = self._round(password=password, url=clean)
        self.connecting = True

        def done(_result: Any) -> None:
            self.connecting = False
            self.url = clean
            self.password = None
            self.password_kept = True
            if password and not store_password(clean, password):
                self.password = password  # this session only; next start asks again
                self.password_kept = False
            self.start()

        def failed(_error: Any) -> None:
            self.connecting = False
            if self.configured:
                self.start()  # the server it had before
            self.render()

        job.finished.connect(done)
        job.failed.connect(failed)
        return job

    def disconnect(self) -> None:
        """Stop sharing this database (its records stay; connecting again later
        continues where it was)."""
        from app.sync.connection import forget_password

        self.stop()
        if self.url:
            forget_password(self.url)
        with self.database.transaction():
            self.database.db.conn.execute("DELETE FROM sync_state WHERE key = 'url'")
        self.url = None
        self.error = None
        self.render()

    # --- the status bar and the overview's warning -------------------------------------

    def show_in(self, status: QStatusBar) -> QPushButton:
        """The status bar's sync field (a flat button: a click opens the conflicts or
        the shared-database settings)."""
        if self.button is not None:
            with contextlib.suppress(RuntimeError):
                self.button.deleteLater()
        button = QPushButton(status)
        button.setObjectName("syncStatus")
        button.setFlat(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the window's Tab order is the pages'
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _c=False: self.clicked.emit())
        status.addPermanentWidget(button)
        self.button = button
        self.render()
        return button

    def status_text(self) -> str:
        from .fmt import fmt_datetime

        if not self.configured:
            return ""
        last = self.last_sync()
        if self.stopped():
            return self.tr("Sync stopped — click for details")
        if self.error is not None:  # offline
            waiting = self.pending()
            if waiting == 0:
                return self.tr("Offline — no changes waiting")
            return self.tr("Offline — %n change(s) waiting", "", waiting)
        if last is None:
            return self.tr("Synchronising …")
        today = datetime.now(OSLO).date()
        when = last.strftime("%H:%M") if last.date() == today else fmt_datetime(last)
        text = self.tr("Synchronised %1").replace("%1", when)
        conflicts = self.open_conflicts()
        if conflicts:
            text += " · " + self.tr("%n conflict(s)", "", conflicts)
        return text

    def status_tip(self) -> str:
        from .fmt import fmt_datetime

        if not self.configured:
            return ""
        from app.sync.connection import display

        lines = [self.tr("Shared database: %1").replace("%1", display(self.url or ""))]
        last = self.last_sync()
        lines.append(
            self.tr("Last synchronised: %1").replace("%1", fmt_datetime(last))
            if last
            else self.tr("Not synchronised yet")
        )
        if self.error is not None:
            lines.append(self.error_text())
        return "\n".join(lines)

    def stopped(self) -> bool:
        """The last round failed for a reason other than the server being out of reach
        (a password, a permission, an older program …): ``error_text`` says which."""
        return self.error is not None and not self.offline()

    def error_text(self) -> str:
        """Why the last round failed, in the user's language ("" when it did not)."""
        from app.sync.connection import ServerError

        from .i18n import lang

        error = self.error
        if error is None:
            return ""
        return error.text(lang()) if isinstance(error, ServerError) else str(error)

    def stale_text(self) -> str:
        """The overview's warning ("" when none is due)."""
        from .fmt import fmt_datetime

        if not self.stale():
            return ""
        last = self.last_sync()
        if last is None:
            return self.tr(
                "Not yet synchronised with the shared database: the deadlines may be "
                "missing records logged on other PCs."
            )
        return self.tr(
            "Not synchronised with the shared database since %1: the deadlines may be "
            "missing changes made on other PCs."
        ).replace("%1", fmt_datetime(last))

    def render(self) -> None:
        """Show the state: the status bar's field and the overview's warning."""
        button = self.button
        if button is not None:
            with contextlib.suppress(RuntimeError):  # the window is being rebuilt
                text = self.status_text()
                button.setText(text)
                button.setToolTip(self.status_tip())
                button.setVisible(bool(text))
                warn = self.error is not None or self.open_conflicts() > 0
                button.setProperty("warning", warn)
                button.setStyleSheet(f"color: {Tone.BAD.value};" if warn else "")
        parent = self.parent()
        overview = getattr(parent, "pages", {}).get("overview") if parent else None
        if overview is not None and hasattr(overview, "set_notice"):
            with contextlib.suppress(RuntimeError):
                overview.set_notice(self.stale_text())
        self.status_changed.emit()


def attach(window: QWidget, database: Database, operations: Operations) -> SyncController:
    """The window's sync controller, started when its database has a server."""
    controller = SyncController(database, operations, window)
    controller.show_in(window.statusBar())  # type: ignore[attr-defined]
    controller.start()
    return controller
