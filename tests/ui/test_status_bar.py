"""A message in the status bar stays over its normal fields (the deadline summary, the
database's path) until it goes: after File → Restore, "Gjenopprettet fra
sikkerhetskopien …" was drawn over them once the start backup's label changed (Qt laid
the bar out again and showed the fields under the message)."""

from __future__ import annotations

from datetime import date

from app.storage.database import open_database
from app.storage.demo import fill_demo
from app.storage.repositories import Repositories
from app.ui.application import StartUp
from app.ui.main_window import MainWindow


def test_a_message_shown_when_the_start_ends_stays_over_the_fields(qtbot, tmp_path):  # noqa: ANN001
    path = tmp_path / "desk.sqlite"
    with open_database(path, backup=False) as database:
        fill_demo(Repositories(database), date(2026, 11, 21))
    window = MainWindow(persist=False, db_path=path, today=date(2026, 11, 21))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=10_000):
        window.show()
    start = StartUp(window, path, "nb", interactive=False)
    # as the program does after a restore (application._run_window)
    start.ended.connect(lambda ok: window.statusBar().showMessage("Gjenopprettet …", 30_000))
    try:
        start.wait()
        fields = (window.summary_label, window.db_label)
        assert not any(f.isVisible() for f in fields)
        backup = window.jobs["start-backup"]
        qtbot.waitUntil(lambda: backup.done, timeout=10_000)
        qtbot.wait(100)  # the backup label's new text, the bar laid out again
        assert "kl." in window.backup_label.text()
        assert window.statusBar().currentMessage() == "Gjenopprettet …"
        assert not any(f.isVisible() for f in fields)
        window.statusBar().clearMessage()
        assert all(f.isVisible() for f in fields)
        assert window.summary_label.text().startswith("Frister:")
    finally:
        start.database.close()


def test_a_messages_details_are_the_bars_tooltip_while_it_shows(qtbot):  # noqa: ANN001
    """After a restore the line says when the backup was taken; the two files' full paths
    are the tooltip, for as long as that message shows (not over a later message)."""
    from app.ui.widgets.status_bar import StatusBar

    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.show_message("Gjenopprettet …", 30_000, detail="Sikkerhetskopi: /a\nForrige fil: /b")
    assert bar.toolTip() == "Sikkerhetskopi: /a\nForrige fil: /b"
    bar.showMessage("Lagret.", 8000)  # another message: not its details
    assert bar.currentMessage() == "Lagret." and bar.toolTip() == ""
    bar.show_message("Gjenopprettet …", 50, detail="Sikkerhetskopi: /a")
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=2000)  # it went by itself
    assert bar.toolTip() == ""
