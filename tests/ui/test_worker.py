"""The background worker: results, errors and progress arrive on the GUI thread, cancel
stops a task at its next report, the progress dialog shows only for long jobs."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QPushButton

from app.ui import worker


def test_finished_delivers_the_result_on_the_gui_thread(qtbot):  # noqa: ANN001
    seen: dict[str, object] = {}

    def task(job: worker.Job) -> int:
        seen["task_thread"] = QThread.currentThread()
        return 6 * 7

    job = worker.Job(task)
    with qtbot.waitSignal(job.finished, timeout=30_000) as blocker:
        job.finished.connect(lambda _r: seen.setdefault("slot_thread", QThread.currentThread()))
        job.start()
    assert blocker.args == [42]
    assert job.done and job.ok and job.result == 42
    assert seen["task_thread"] is not QThread.currentThread()
    assert seen["slot_thread"] is QThread.currentThread()


def test_failed_delivers_the_exception(qtbot):  # noqa: ANN001
    def task(job: worker.Job) -> None:
        raise ValueError("no good")

    job = worker.Job(task)
    finished: list[object] = []
    job.finished.connect(finished.append)
    with qtbot.waitSignal(job.failed, timeout=30_000) as blocker:
        job.start()
    assert isinstance(blocker.args[0], ValueError) and str(blocker.args[0]) == "no good"
    assert job.done and job.ok is False and finished == []


def test_progress_arrives_in_order_before_finished(qtbot):  # noqa: ANN001
    reports: list[tuple[int, int]] = []

    def task(job: worker.Job) -> str:
        for done in range(0, 11):
            job.report(done, 10)
        return "ok"

    job = worker.Job(task)
    job.progress.connect(lambda d, t: reports.append((d, t)))
    job.start()
    assert job.wait()
    assert job.result == "ok"
    assert reports == [(d, 10) for d in range(11)]


def test_cancel_stops_the_task_at_its_next_report(qtbot):  # noqa: ANN001
    started, release = threading.Event(), threading.Event()
    reached: list[int] = []

    def task(job: worker.Job) -> None:
        started.set()
        release.wait(30)
        for done in range(100):
            job.report(done, 100)
            reached.append(done)

    job = worker.Job(task).start()
    assert started.wait(30)
    job.cancel()
    release.set()
    assert job.wait()
    assert isinstance(job.error, worker.Cancelled)
    assert reached == []


def test_wait_returns_at_once_for_a_job_already_done(qtbot):  # noqa: ANN001
    job = worker.run(lambda job: 1)
    assert job.wait()
    assert job.wait(0)


def test_progress_dialog_waits_for_a_long_job_and_closes_at_the_end(qtbot):  # noqa: ANN001
    release = threading.Event()

    def task(job: worker.Job) -> str:
        job.report(1, 4)
        release.wait(30)
        return "done"

    job = worker.run_with_progress(
        None, task, title="Eksport", label="Eksporterer …", cancellable=True, show_after_ms=0
    )
    dialog = job.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=30_000)
    assert not dialog.isModal()
    qtbot.waitUntil(lambda: dialog.maximum() == 4, timeout=30_000)
    release.set()
    assert job.wait()
    assert job.result == "done"
    assert job.dialog is None  # hidden and deleted


def test_progress_dialog_cancel_reaches_the_task(qtbot):  # noqa: ANN001
    started, release = threading.Event(), threading.Event()

    def task(job: worker.Job) -> None:
        started.set()
        release.wait(30)
        job.report(1, 2)

    job = worker.run_with_progress(
        None, task, title="Import", label="Importerer …", cancellable=True, show_after_ms=0
    )
    assert started.wait(30)
    qtbot.waitUntil(job.dialog.isVisible, timeout=30_000)
    button = job.dialog.findChild(QPushButton)
    assert button.text() == "Avbryt"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    release.set()
    assert job.wait()
    assert isinstance(job.error, worker.Cancelled)


def test_a_quick_job_never_shows_its_dialog(qtbot):  # noqa: ANN001
    job = worker.run_with_progress(None, lambda job: 5, title="x", label="y", show_after_ms=60_000)
    shown: list[bool] = []
    job.finished.connect(lambda _r: shown.append(job.dialog.isVisible()))
    assert job.wait()
    assert shown == [False]


@pytest.mark.parametrize("count", [20])
def test_many_jobs_all_finish(qtbot, count):  # noqa: ANN001
    jobs = [worker.run(lambda job, n=n: n * n) for n in range(count)]
    assert all(job.wait() for job in jobs)
    assert [job.result for job in jobs] == [n * n for n in range(count)]
