"""File → Restore from backup… (issue 12 item 12): the backups listed with time, size and
state, the newest whole one chosen when the newest is damaged; the program (``run_gui``,
in this process) restores the chosen one with its window closed and opens it again.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.records import Customer
from app.storage.backups import list_backups
from app.storage.database import open_database, open_read_only
from app.storage.repositories import Repositories
from app.ui.application import run_gui
from app.ui.dialogs.restore_dialog import RestoreDialog
from app.ui.main_window import MainWindow


def _desk(tmp_path):  # noqa: ANN001, ANN202
    """Three starts' backups (A; A, B; A, B, C), then D added after the last backup."""
    path = tmp_path / "desk.sqlite"
    for name in ("A AS", "B AS", "C AS"):
        with open_database(path) as database:  # each start takes a backup first
            Repositories(database).customers.add(Customer(name=name, org_number="914573262"))
        with open_database(path):
            pass
    with open_database(path, backup=False) as database:
        Repositories(database).customers.add(Customer(name="D AS", org_number="914573262"))
    return path


def _names(path) -> list[str]:  # noqa: ANN001
    with open_read_only(path) as database:
        return [c.name for c in Repositories(database).customers.all()]


def _wreck(path) -> None:  # noqa: ANN001
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data) - 100, 97):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


def test_the_dialog_lists_the_backups_and_chooses_the_newest_whole_one(qtbot, tmp_path):  # noqa: ANN001
    path = _desk(tmp_path)
    backups = list_backups(path)  # newest first
    _wreck(backups[0])
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.job.wait()
    states = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert states[0] == "skadet" and "hel" in states[1:]
    assert all(dialog.table.item(r, 1).text().endswith("kB") for r in range(len(states)))
    assert dialog.table.currentRow() == states.index("hel") and dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)  # the damaged one cannot be chosen
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen() == backups[1]


def test_restore_through_the_menu_in_the_running_program(qtbot, tmp_path, monkeypatch):  # noqa: ANN001
    path = _desk(tmp_path)
    newest = list_backups(path)[0]
    with closing(sqlite3.connect(newest)) as conn:
        assert [n for (n,) in conn.execute("SELECT name FROM customers ORDER BY id")] == [
            "A AS",
            "B AS",
            "C AS",
        ]
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.Yes),
    )
    windows: list[MainWindow] = []
    seen_after: list[list[str]] = []
    said: list[str] = []

    def main_window() -> MainWindow | None:
        for widget in QApplication.topLevelWidgets():
            shown = isinstance(widget, MainWindow) and widget.isVisible() and widget.ready
            if shown and widget not in windows:
                return widget
        return None

    def first() -> None:
        window = main_window()
        if window is None:
            QTimer.singleShot(50, first)
            return
        windows.append(window)
        QTimer.singleShot(0, choose)
        window.restore_action.trigger()  # the dialog's own event loop runs ``choose``

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog) or not dialog.job.done:
            QTimer.singleShot(50, choose)
            return
        # the program's start backup (of the file with D) may already be the newest:
        # the backup of A, B, C is chosen by its row
        row = [c.backup.path for c in dialog.checked].index(newest)
        dialog.table.selectRow(row)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        QTimer.singleShot(50, second)

    def second() -> None:
        window = main_window()
        if window is None:
            QTimer.singleShot(50, second)
            return
        windows.append(window)
        seen_after.append([c.name for c in window.repos.customers.all()])
        bar = window.statusBar()
        said.append(bar.currentMessage())
        said.append(bar.toolTip())
        # room for the message in a window 1280 pixels wide, beside the backup label
        said.append(1280 - window.backup_label.sizeHint().width() - 40)
        said.append(bar.fontMetrics().horizontalAdvance(bar.currentMessage()))
        window.close()

    QTimer.singleShot(0, first)
    assert run_gui(["--db", str(path)]) == 0
    assert asked and "kl." in asked[0]  # when the backup was taken
    # what was done, in one line that fits the status bar: when the backup was taken, and
    # that the previous file is kept; the two files' full paths are the bar's tooltip
    message, detail, room, width = said
    assert message.startswith("Gjenopprettet fra sikkerhetskopien tatt ") and " kl. " in message
    assert message.endswith("Den forrige filen er beholdt i samme mappe.")
    assert width <= room  # it named both files, and was cut off there
    assert f"Sikkerhetskopi: {newest}" in detail.splitlines()
    assert any(
        line.startswith(f"Forrige fil: {path}.before-restore-") for line in detail.splitlines()
    )
    assert len(windows) == 2 and seen_after == [["A AS", "B AS", "C AS"]]
    assert _names(path) == ["A AS", "B AS", "C AS"]  # D came after the backup
    (kept,) = [
        p
        for p in tmp_path.glob("desk.sqlite.before-restore-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    assert _names(kept) == ["A AS", "B AS", "C AS", "D AS"]  # nothing is thrown away


def test_a_refused_rate_file_is_said_in_the_program(qtbot, tmp_path, monkeypatch):  # noqa: ANN001
    """Issue 12 item 14: a rate file in the data folder that changes a published
    half-year is not used, and the program says so at start (it was printed on stderr)."""
    from app.domain import rates
    from app.storage.paths import default_data_dir
    from app.ui.application import StartUp

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    shipped = rates.current()
    folder = default_data_dir()
    folder.mkdir(parents=True)
    lines = ["valid_from,rate_pct"] + [f"{r.valid_from},{r.rate_pct}" for r in shipped.rates]
    lines[1] = lines[1].split(",")[0] + ",19.99"
    (folder / "forsinkelsesrente.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: said.append(text))
    )
    path = tmp_path / "desk.sqlite"
    with open_database(path, backup=False):
        pass
    window = MainWindow(persist=False, db_path=path)
    qtbot.addWidget(window)
    start = StartUp(window, path, "nb", interactive=True)
    try:
        with qtbot.waitSignal(window.first_painted, timeout=10_000):
            window.show()
        start.wait()
        assert said and "ikke brukt" in said[0] and "published" in said[0]
        assert rates.current() == shipped  # the shipped rates are the ones used
    finally:
        rates.install(shipped)
        start.database.close()
