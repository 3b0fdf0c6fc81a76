"""An error no check foresaw, met by the window (``app.ui.unexpected``): said once in a
calm message naming the error log, written there in full, and a start it breaks ends
as failed instead of waiting for ever."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app.ui import application, unexpected
from app.ui.main_window import MainWindow

from .test_start import opening_window, shown_and_painted


@pytest.fixture
def said(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """The messages shown (instead of modal boxes); the error log in the test's folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(unexpected, "_seen", set())
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    return shown


def _log(tmp_path) -> str:  # noqa: ANN001
    return (tmp_path / "data" / "Avtalevakt" / "feillogg.txt").read_text(encoding="utf-8")


def _broken() -> None:
    raise ZeroDivisionError("a bug of ours")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_said_once_and_logged(qtbot, said, tmp_path, monkeypatch):  # noqa: ANN001
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # (put back after the test)
    unexpected.install()
    for _ in range(3):  # the same error again (a repaint's): logged and said once
        QTimer.singleShot(0, _broken)
        qtbot.wait(20)
    assert len(said) == 1
    assert said[0].startswith("Intern feil i programmet (ZeroDivisionError: a bug of ours).")
    assert "feillogg.txt" in said[0] and "Programmet fortsetter." in said[0]
    log = _log(tmp_path)
    assert "Traceback" in log and "in _broken" in log and log.count("ZeroDivisionError") == 2


def test_a_start_the_window_cannot_finish_ends_as_failed(qtbot, repos, monkeypatch):  # noqa: ANN001
    """A bug while the window takes the opened file: the start ends with the error (a
    selftest or screenshot says it) instead of waiting five minutes."""
    path = repos.database.path
    repos.database.close()

    def attach(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("attach broke")

    monkeypatch.setattr(MainWindow, "attach", attach)
    window, start = opening_window(qtbot, path, interactive=False)
    shown_and_painted(qtbot, window)
    try:
        with pytest.raises(RuntimeError, match="attach broke"):
            start.wait(timeout_ms=20_000)
        assert start.done and window.opening_error == "attach broke"
    finally:
        window.close()
        application.finish_jobs()
        if start.database is not None:
            start.database.close()


def test_the_program_says_a_broken_start_and_logs_it(qtbot, repos, said, tmp_path, monkeypatch):  # noqa: ANN001
    path = repos.database.path
    repos.database.close()

    def attach(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("attach broke")

    monkeypatch.setattr(MainWindow, "attach", attach)
    window, start = opening_window(qtbot, path, interactive=True, show_kept=False)
    shown_and_painted(qtbot, window)
    try:
        with pytest.raises(RuntimeError):
            start.wait(timeout_ms=20_000)
        assert len(said) == 1 and "RuntimeError: attach broke" in said[0]
        assert window.opening_error == said[0]  # where "Åpner databasen …" was
        assert "attach broke" in _log(tmp_path)
    finally:
        window.close()
        application.finish_jobs()
        if start.database is not None:
            start.database.close()
