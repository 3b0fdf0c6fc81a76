"""The staged start: the window paints first, the database is opened and checked after.

``StartUp`` checks the file (read only) beside the first paint and opens it once the
main window has painted: until then nothing that needs the database can be used; the
overview computed beside the check is the one shown, not computed twice; a damaged file is still never written and its backup
offered; a file from a newer program and a read-only folder still give their message;
a second instance is still refused before any window or file is touched.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.storage import database as storage
from app.storage.backups import list_backups
from app.storage.database import open_database
from app.storage.demo import fill_demo
from app.storage.errors import DatabaseDamaged, DatabaseReadOnly, DatabaseTooNew
from app.storage.repositories import Repositories
from app.ui import application
from app.ui.application import StartUp, render_screenshot
from app.ui.main_window import MainWindow
from app.ui.settings import Settings

from .conftest import TODAY, damaged_with_backup


def opening_window(qtbot, path: Path, **start_options) -> tuple[MainWindow, StartUp]:  # noqa: ANN001, ANN003
    window = MainWindow(today=TODAY, persist=False, db_path=path)
    qtbot.addWidget(window)
    start = StartUp(window, path, "nb", **start_options)
    return window, start


def shown_and_painted(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.first_painted, timeout=10_000):
        window.show()


def test_the_window_paints_before_the_database_is_opened(qtbot, repos, monkeypatch):  # noqa: ANN001
    """The read-only check may run beside the first paint (issue 16); the modules, the
    connection that can write and everything shown from the file come after it."""
    path = repos.database.path
    painted_when_connected: list[bool] = []
    real = storage.connect

    def connect(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        painted_when_connected.append(window._painted)
        return real(*args, **kwargs)

    monkeypatch.setattr(storage, "connect", connect)
    window, start = opening_window(qtbot, path, interactive=False)
    assert not window.ready and start.prepare is None  # nothing loaded before the paint
    assert window.pages["overview"].shown_label.text() == "Åpner databasen …"
    assert window.summary_label.text() == "Åpner databasen …"
    assert window.pages["overview"].cards["week"].value.text() == "–"
    shown_and_painted(qtbot, window)
    database = start.wait()
    try:
        assert painted_when_connected == [True]
        assert window.ready and window.database is database
        page = window.pages["overview"]
        assert page.wait_until_loaded()
        assert page.cards["contracts"].value.text() == "2"
        assert window.summary_label.text().startswith("Frister: ")
    finally:
        window.close()
        application.finish_jobs()
        database.close()


def test_actions_needing_the_database_are_disabled_until_it_is_open(qtbot, repos):  # noqa: ANN001
    window, start = opening_window(qtbot, repos.database.path, interactive=False)
    window.show()
    assert window.database_actions() and not any(a.isEnabled() for a in window.database_actions())
    assert window.settings_action.isEnabled()  # nothing in it needs the database
    window.show_page("contracts")  # its frame only: the page itself needs the database
    assert window.current_page_name() == "contracts" and "contracts" not in window.pages
    with pytest.raises(RuntimeError):
        window.page("incidents")
    window.refresh()  # nothing to refresh yet, and no error
    database = start.wait()
    try:
        assert all(a.isEnabled() for a in window.database_actions())
        assert window.current_page_name() == "contracts"  # the page asked for, now built
        assert window.pages["contracts"].model.total == 2
        assert not window.placeholders
    finally:
        window.close()
        application.finish_jobs()
        database.close()


def test_the_start_backup_is_taken_on_the_worker_after_opening(qtbot, repos):  # noqa: ANN001
    path = repos.database.path
    before = list_backups(path)
    window, start = opening_window(qtbot, path, interactive=False)
    window.show()
    database = start.wait()
    try:
        assert "start-backup" in window.jobs  # started once the database was open
        assert window.wait_until_loaded()
        after = list_backups(path)
        assert len(after) == len(before) + 1 and database.last_backup == after[0]
        assert window.backup_label.text().startswith("Siste sikkerhetskopi: ")
    finally:
        window.close()
        application.finish_jobs()
        database.close()


def test_language_switch_while_opening(qtbot, repos):  # noqa: ANN001
    window, start = opening_window(qtbot, repos.database.path, interactive=False)
    window.show()
    window.show_page("customers")
    window.set_language("en")
    try:
        assert window.nav.item(0).text() == "Overview"
        assert window.current_page_name() == "customers"
        assert window.placeholders["customers"].heading.text() == "Customers"
        start.wait()
        assert window.current_page_name() == "customers" and window.ready
    finally:
        window.set_language("nb")
        window.close()
        application.finish_jobs()
        start.database.close()


def test_closing_while_the_check_runs_interrupts_it_and_writes_nothing(
    qtbot, tmp_path, monkeypatch
):  # noqa: ANN001
    path = tmp_path / "desk.sqlite"
    with open_database(path, backup=False) as database:
        fill_demo(Repositories(database), date(2026, 11, 21))
    before = path.read_bytes()
    entered, interrupted = threading.Event(), threading.Event()
    real = storage._integrity_problems

    def pause() -> int:
        entered.set()  # the statement is running (an interrupt before it would be lost)
        interrupted.wait(0.01)
        return 0

    def slow_check(conn, *, quick=False):  # noqa: ANN001, ANN202
        conn.create_function("pause", 0, pause)
        try:  # a statement long enough to be interrupted from the GUI thread
            conn.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000)"
                " SELECT max(pause() + i) FROM n"
            ).fetchall()
        except sqlite3.OperationalError:
            interrupted.set()
            raise
        return real(conn, quick=quick)

    monkeypatch.setattr(storage, "_integrity_problems", slow_check)
    window, start = opening_window(qtbot, path, interactive=False)
    shown_and_painted(qtbot, window)
    assert entered.wait(10)
    start.cancel()
    application.finish_jobs()
    assert interrupted.is_set()
    qtbot.waitUntil(lambda: start.done)
    assert not window.ready and start.database is None and start.error is None
    assert path.read_bytes() == before and not list_backups(path)
    window.close()


def test_a_damaged_file_is_untouched_and_its_backup_offered(qtbot, tmp_path, monkeypatch):  # noqa: ANN001
    path = damaged_with_backup(tmp_path)
    before = path.read_bytes()
    asked: list[str] = []

    def decline(parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", decline)
    window, start = opening_window(qtbot, path)
    # (the check may be over before the paint: what it found is handled right after it)
    with qtbot.waitSignal(start.ended) as ended:
        shown_and_painted(qtbot, window)
    assert ended.args == [False]
    assert "gjenopprette" in asked[0] and "skadet" in asked[0]
    assert isinstance(start.error, DatabaseDamaged) and not window.ready
    assert "skadet" in window.summary_label.text()
    assert not any(a.isEnabled() for a in window.database_actions())
    assert path.read_bytes() == before
    window.close()


def test_accepting_the_offer_restores_the_backup_and_opens_it(qtbot, tmp_path, monkeypatch):  # noqa: ANN001
    path = damaged_with_backup(tmp_path)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    window, start = opening_window(qtbot, path)
    shown_and_painted(qtbot, window)
    database = start.wait()
    try:
        assert window.ready and len(window.repos.contracts.all()) >= 5
        assert list(tmp_path.glob("kunder.sqlite.before-restore-*"))  # damaged file kept
    finally:
        window.close()
        application.finish_jobs()
        database.close()


def test_a_file_from_a_newer_program_is_refused_untouched(qtbot, tmp_path, monkeypatch):  # noqa: ANN001
    path = tmp_path / "ny.sqlite"
    open_database(path, backup=False).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    window, start = opening_window(qtbot, path)
    shown_and_painted(qtbot, window)
    with pytest.raises(DatabaseTooNew):
        start.wait()
    assert shown and "nyere" in shown[0]
    assert path.read_bytes() == before and not window.ready
    window.close()


def test_a_read_only_folder_gives_its_message(qtbot, tmp_path, monkeypatch):  # noqa: ANN001
    def refuse(path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        raise PermissionError(13, "Permission denied", str(path))

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    # the folder exists (a missing one is refused first: files.database_folder), but no
    # file can be made in it; patched before the check starts with StartUp
    (tmp_path / "låst").mkdir()
    monkeypatch.setattr("app.storage.database.private_file", refuse)
    window, start = opening_window(qtbot, tmp_path / "låst" / "desk.sqlite")
    shown_and_painted(qtbot, window)
    with pytest.raises(DatabaseReadOnly):
        start.wait()
    assert shown and "skrivebeskyttet" in shown[0]
    window.close()


def test_first_start_offers_demo_data_once_the_database_is_open(
    qtbot, tmp_path, monkeypatch, own_settings
):  # noqa: ANN001
    path = tmp_path / "tom.sqlite"
    asked: list[str] = []

    def accept(parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        asked.append(text)
        assert start.database is not None  # never before the file is open and checked
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", accept)
    stored = Settings()
    window, start = opening_window(qtbot, path, settings=stored)
    shown_and_painted(qtbot, window)
    database = start.wait()
    try:
        assert asked and "demo" in asked[0].casefold()
        assert stored.demo_offered and stored.last_database == str(path)
        assert window.pages["overview"].wait_until_loaded()
        assert int(window.pages["overview"].cards["contracts"].value.text()) >= 5
    finally:
        window.close()
        application.finish_jobs()
        database.close()


def test_a_folder_given_as_the_database_is_said_and_nothing_is_made(qtbot, tmp_path, monkeypatch):  # noqa: ANN001, E501
    """``python -m app --db FOLDER`` made FOLDER.lock beside the folder, then said "Finner
    ikke databasen". Now it says what the path is, before any file or window is made."""
    folder = tmp_path / "Avtaler"
    folder.mkdir()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    before = {w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    assert application.run_gui(["--db", str(folder)]) == 1
    assert shown == [
        f"{folder} er en mappe, ikke en databasefil. Oppgi filen i den "
        "(for eksempel avtalevakt.sqlite)."
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Avtaler"]  # no Avtaler.lock
    assert list(folder.iterdir()) == []
    after = {w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    assert after == before


def test_a_second_instance_is_refused_before_any_window(qtbot, repos, monkeypatch):  # noqa: ANN001
    path = repos.database.path
    first = application.claim_database(path, "nb", interactive=False)
    assert first is not None
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    before = {w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    try:
        assert application.run_gui(["--db", str(path)]) == 1
    finally:
        first.unlock()
    assert shown and "allerede åpen" in shown[0]
    after = {w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    assert after == before  # no window was made


def test_screenshot_without_wait_is_the_first_painted_window(tmp_path, repos, capsys, monkeypatch):  # noqa: ANN001
    path = repos.database.path
    repos.database.close()
    before = path.read_bytes()
    monkeypatch.setenv(application.REPORT_FIRST_PAINT, "1")
    out = tmp_path / "first.png"
    render_screenshot(db_path=path, out=out, page="contracts", lang="en")
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert capsys.readouterr().out == "first-paint\n"  # what the start benchmark waits for
    # the window as first painted: the file is not even read, let alone backed up
    assert path.read_bytes() == before and not list_backups(path)
    assert not _shown_main_windows()


def test_screenshot_without_wait_of_a_damaged_file_is_the_opening_window(tmp_path):  # noqa: ANN001
    path = damaged_with_backup(tmp_path)
    render_screenshot(db_path=path, out=tmp_path / "x.png")  # nothing read: no error
    assert (tmp_path / "x.png").stat().st_size > 0


def test_screenshot_with_wait_of_a_damaged_file_fails(tmp_path):  # noqa: ANN001
    path = damaged_with_backup(tmp_path)
    with pytest.raises(DatabaseDamaged):
        render_screenshot(db_path=path, out=tmp_path / "x.png", wait=True)
    assert not _shown_main_windows()  # its window was closed all the same


def _shown_main_windows() -> list[MainWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def _close_when(qtbot, condition) -> None:  # noqa: ANN001
    """Close the program's window once ``condition(window)`` holds (run_gui is running)."""
    import time

    from PySide6.QtCore import QTimer

    give_up = time.monotonic() + 60
    # Only the window run_gui makes: a window another test left shown must not be taken
    # for it (CI once polled such a window until the time ran out).
    earlier = QApplication.topLevelWidgets()  # (held, so no new window can share an id)

    def poll() -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and all(w is not e for e in earlier)
        ]
        if shown and (condition(shown[0]) or time.monotonic() > give_up):
            shown[0].close()
            QApplication.quit()  # (windows other tests left open keep the loop alive)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_the_program_opens_the_database_in_its_painted_window(qtbot, repos, own_settings):  # noqa: ANN001
    from app.ui import settings as settings_store

    path = repos.database.path
    seen: list[tuple[bool, bool]] = []

    def opened(window: MainWindow) -> bool:
        seen.append((window._painted, window.ready))
        return window.ready and window.wait_until_loaded()

    _close_when(qtbot, opened)
    assert application.run_gui(["--db", str(path), "--page", "overview"]) == 0
    assert all(painted for painted, ready in seen if ready)  # never opened before painted
    assert seen[-1] == (True, True)
    assert settings_store.load().last_database == str(path)
    again = application.claim_database(path, "nb", interactive=False)  # the lock was freed
    assert again is not None
    again.unlock()


def test_the_program_ends_with_status_1_when_the_file_cannot_be_used(
    qtbot, tmp_path, monkeypatch, own_settings
):  # noqa: ANN001
    path = tmp_path / "ny.sqlite"
    open_database(path, backup=False).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    before = _shown_main_windows()
    assert application.run_gui(["--db", str(path)]) == 1
    assert shown and "nyere" in shown[0]
    assert _shown_main_windows() == before  # the program's window was closed


def test_while_the_demo_question_is_up_the_window_says_it_waits_for_the_answer(
    qtbot,
    tmp_path,
    monkeypatch,  # noqa: ANN001
):
    """Not "Åpner databasen …" behind a question that waits for the user."""
    path = tmp_path / "desk.sqlite"
    with open_database(path, backup=False):
        pass
    window = MainWindow(persist=False, db_path=path)
    qtbot.addWidget(window)
    shown_while_asked: list[tuple[str, str]] = []

    def answer_no(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        shown_while_asked.append(
            (window.summary_label.text(), window.pages["overview"].shown_label.text())
        )
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer_no))
    settings = Settings()
    start = StartUp(window, path, "nb", interactive=True, settings=settings)
    try:
        with qtbot.waitSignal(window.first_painted, timeout=10_000):
            window.show()
        start.wait()
        waiting = "Venter på svaret om demodata …"
        assert shown_while_asked == [(waiting, waiting)]
        assert settings.demo_offered
        page = window.pages["overview"]
        assert page.wait_until_loaded()
        assert window.summary_label.text().startswith("Frister: ")  # and then the deadlines
        assert page.cards["contracts"].value.text() == "0"
    finally:
        window.close()
        application.finish_jobs()
        start.database.close()
