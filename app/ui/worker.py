"""Work off the GUI thread: a job on Qt's thread pool, and a progress dialog for long ones.

``Job(func)`` runs ``func(job)`` on ``QThreadPool.globalInstance()``; its signals arrive
on the GUI thread (``finished(result)``, ``failed(error)``, ``progress(done, total)``),
so any slot or lambda connected to them may touch widgets. ``func`` reports with
``job.report(done, total)``, which raises ``Cancelled`` once ``job.cancel()`` was
called: a task supports cancelling by reporting progress (an import then rolls back).

SQLite connections belong to the thread that made them: a task opens its own
(``Database.reopen()``) and closes it, or computes on plain data only.

``run_with_progress`` adds a modeless ``QProgressDialog`` that appears only when the job
is still running after ``SHOW_AFTER_MS`` (quick jobs show nothing), with Cancel where
the task supports it. ``Job.wait()`` blocks (processing events) until the job ended,
for tests and screenshots that need the result; nothing else depends on timing.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

#: A progress dialog shows only for jobs still running after this long.
SHOW_AFTER_MS = 500

#: Jobs running now: kept alive until their result has been delivered.
_running: set[Job] = set()


class Cancelled(Exception):
    """The user cancelled the job (raised inside the task by ``Job.report``)."""


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        job = self.job
        try:
            outcome = (True, job.func(job))
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread as failed
            outcome = (False, exc)
        # a job deleted meanwhile (the program is closing) has nobody waiting for it
        with contextlib.suppress(RuntimeError):
            job._ended.emit(*outcome)


class Job(QObject):
    """One function run on the thread pool; its signals are delivered on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    #: Emitted after finished or failed, whichever it was.
    ended = Signal()

    # emitted from the worker thread; queued to this object's (the GUI) thread
    _ended = Signal(bool, object)
    _progress = Signal(int, int)

    def __init__(self, func: Callable[[Job], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.func = func
        self.done = False
        self.ok: bool | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self._cancel = threading.Event()
        self._on_cancel: list[Callable[[], Any]] = []
        self._lock = threading.Lock()
        self._ended.connect(self._deliver)
        self._progress.connect(self.progress)

    # --- in the worker thread ----------------------------------------------------------

    def report(self, done: int, total: int) -> None:
        """Progress from the task; raises ``Cancelled`` when the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled
        try:
            self._progress.emit(done, total)
        except RuntimeError as exc:  # the job was deleted (the program is closing)
            raise Cancelled from exc

    def on_cancel(self, callback: Callable[[], Any]) -> None:
        """Call ``callback`` (from the thread that cancels) when the job is cancelled,
        at once if it already was: for work that cannot report progress, such as a
        long SQLite statement (``connection.interrupt``)."""
        with self._lock:
            if not self._cancel.is_set():
                self._on_cancel.append(callback)
                return
        callback()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # --- in the GUI thread -------------------------------------------------------------

    def start(self, pool: QThreadPool | None = None) -> Job:
        _running.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runner(self))
        return self

    def cancel(self) -> None:
        with self._lock:
            self._cancel.set()
            callbacks, self._on_cancel = self._on_cancel, []
        for callback in callbacks:
            with contextlib.suppress(Exception):  # e.g. a connection closed meanwhile
                callback()

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: Any) -> None:
        self.done, self.ok = True, ok
        if ok:
            self.result = value
            self.finished.emit(value)
        else:
            self.error = value
            self.failed.emit(value)
        self.ended.emit()
        _running.discard(self)

    def wait(self, timeout_ms: int = 120_000) -> bool:
        """Process events until the job's result was delivered (True) or the time ran out."""
        if self.done:
            return True
        loop = QEventLoop()
        self.ended.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        deadline = QDeadlineTimer(timeout_ms)
        while not self.done and not deadline.hasExpired():
            loop.exec()
        self.ended.disconnect(loop.quit)
        QCoreApplication.sendPostedEvents()
        return self.done


def run(func: Callable[[Job], Any], *, parent: QObject | None = None) -> Job:
    """Start ``func(job)`` on the thread pool and return its job."""
    return Job(func, parent).start()


def run_with_progress(
    parent: QWidget | None,
    func: Callable[[Job], Any],
    *,
    title: str,
    label: str,
    cancellable: bool = False,
    show_after_ms: int = SHOW_AFTER_MS,
) -> Job:
    """Start ``func(job)``; a modeless progress dialog shows if it is still running after
    ``show_after_ms`` and closes when it ends. Cancel (where ``cancellable``) asks the task
    to stop at its next progress report; its job then fails with ``Cancelled``."""
    job = Job(func)
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setRange(0, 0)  # busy until the first report
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(2**31 - 1)  # never by itself: the timer below decides
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("Worker", "Cancel"))
        dialog.canceled.connect(job.cancel)
    else:
        dialog.setCancelButton(None)
    job.dialog = dialog  # type: ignore[attr-defined]

    def show_if_running() -> None:
        if not job.done:
            dialog.show()

    def on_progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def close() -> None:
        job.dialog = None  # type: ignore[attr-defined]
        if not shiboken6.isValid(dialog):  # its parent window was closed while the job ran
            return
        timer.stop()
        dialog.hide()
        dialog.deleteLater()

    timer = QTimer(dialog)
    timer.setSingleShot(True)
    timer.timeout.connect(show_if_running)
    job.progress.connect(on_progress)
    job.ended.connect(close)
    job.start()
    timer.start(show_after_ms)
    return job
