"""The start computes the overview beside the check of the file (issue 16): what is
shown is that computation, made once, when the file passed its check and needed no
migration; otherwise the page computes it after opening, as before."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.reports import deadlines_report
from app.storage import database as storage
from app.storage.migrations import SCHEMA_VERSION
from app.ui import application

from .conftest import TODAY
from .test_start import opening_window, shown_and_painted

DATA = Path(__file__).resolve().parents[1] / "storage" / "data"


def _calls(monkeypatch) -> list[str]:  # noqa: ANN001
    """The order of deadline-list computations and connections that can write."""
    calls: list[str] = []
    real_list, real_connect = deadlines_report.deadline_list, storage.connect

    def deadline_list(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append("overview")
        return real_list(*args, **kwargs)

    def connect(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append("connect")
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(deadlines_report, "deadline_list", deadline_list)
    monkeypatch.setattr(storage, "connect", connect)
    return calls


def test_the_overview_read_beside_the_check_is_shown_without_a_second_computation(
    qtbot, repos, monkeypatch
):  # noqa: ANN001
    path = repos.database.path
    expected = deadlines_report.deadline_list(repos, today=TODAY)
    repos.database.close()
    calls = _calls(monkeypatch)
    window, start = opening_window(qtbot, path, interactive=False)
    shown_and_painted(qtbot, window)
    database = start.wait()
    try:
        page = window.pages["overview"]
        assert page.wait_until_loaded()
        assert calls == ["overview", "connect"]  # computed once, before the connection
        assert page.job is None  # the page started no computation of its own
        assert page.cards["contracts"].value.text() == "2"
        assert len(page.listing.items) == len(expected.items) > 0
        assert window.summary_label.text().startswith("Frister: ")
    finally:
        window.close()
        application.finish_jobs()
        database.close()


def test_a_file_that_needs_migrating_gets_the_overview_of_the_migrated_file(
    qtbot, tmp_path, monkeypatch
):  # noqa: ANN001
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "schema_v5.sqlite", path)
    calls = _calls(monkeypatch)
    window, start = opening_window(qtbot, path, interactive=False)
    shown_and_painted(qtbot, window)
    database = start.wait()
    try:
        page = window.pages["overview"]
        assert page.wait_until_loaded()
        assert database.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        # whatever was read beside the check, the list shown was computed after migrating
        assert calls[-1] == "overview" and calls.index("connect") < len(calls) - 1
        assert page.listing is not None
        assert "kunne ikke" not in page.shown_label.text()
    finally:
        window.close()
        application.finish_jobs()
        database.close()


def test_after_restoring_a_backup_the_overview_is_the_restored_file_s(qtbot, tmp_path, monkeypatch):  # noqa: ANN001
    """A file damaged where its overview is still readable: what was read beside the
    first check is dropped; the list shown is read from the restored backup."""
    from PySide6.QtWidgets import QMessageBox

    from .conftest import damaged_with_backup

    path = damaged_with_backup(tmp_path)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    read_from: list[Path] = []
    real = storage.peek

    def peek(where, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        read_from.append(Path(where))
        return real(where, *args, **kwargs)

    monkeypatch.setattr(storage, "peek", peek)
    window, start = opening_window(qtbot, path)
    shown_and_painted(qtbot, window)
    database = start.wait()
    try:
        page = window.pages["overview"]
        assert page.wait_until_loaded()
        assert len(read_from) == 2  # beside the first check, and again after restoring
        contracts = len(window.repos.contracts.all())
        assert page.cards["contracts"].value.text() == str(contracts) and contracts >= 5
    finally:
        window.close()
        application.finish_jobs()
        database.close()
