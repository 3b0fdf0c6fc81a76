"""Closing the window while a long job runs (export, import, backup).

The audit (03.12.2026): closing during «Eksporter alt» closed the window at once, with
no question; the export then either went on invisibly and wrote its file ~20 s later, or
died with the program and nothing was written — in neither case was the user told.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from app.storage import exchange
from app.ui.files import SafeFileDialog
from app.ui.main_window import MainWindow

from .conftest import TODAY


def make_window(qtbot, database, repos) -> MainWindow:  # noqa: ANN001
    window = MainWindow(database=database, repos=repos, today=TODAY, persist=False)
    qtbot.addWidget(window)
    window.show()
    return window


def answer_close_question(monkeypatch, button: str) -> list[str]:  # noqa: ANN001
    """The question a close asks is answered by clicking the button named ``button``."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        names = {b.text().replace("&", ""): b for b in box.buttons()}
        names[button].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def slow_progress(progress, step_s: float = 0.002):  # noqa: ANN001, ANN201
    """A progress callback that takes its time (a large database, on a slow disk)."""

    def report(done: int, total: int) -> None:
        time.sleep(step_s)
        progress(done, total)

    return report


def slow_export(monkeypatch) -> None:  # noqa: ANN001
    """``export_json`` as on a large database: many progress reports before it writes."""
    real = exchange.export_json

    def export_json(database, out, *, progress=None):  # noqa: ANN001, ANN202
        for done in range(3000):  # ~6 s unless cancelled (Job.report raises Cancelled)
            progress(done, 3000)
            time.sleep(0.002)
        return real(database, out, progress=progress)

    monkeypatch.setattr(exchange, "export_json", export_json)


def start_export(window: MainWindow, monkeypatch, target: Path):  # noqa: ANN001, ANN201
    monkeypatch.setattr(
        SafeFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), a[3]))
    )
    window.export_all_action.trigger()
    return window.jobs["export"]


def test_closing_during_an_export_asks_and_going_on_keeps_the_window_and_the_job(
    qtbot, database, repos, monkeypatch, tmp_path
):  # noqa: ANN001
    slow_export(monkeypatch)
    window = make_window(qtbot, database, repos)
    target = tmp_path / "eksport.json"
    job = start_export(window, monkeypatch, target)
    asked = answer_close_question(monkeypatch, "Fortsett")

    window.close()

    assert asked == ["En eksport pågår. Vil du avbryte den og avslutte?"]
    assert window.isVisible() and not job.done and not job.cancelled
    assert job.wait() and job.ok  # it went on, and wrote its whole file
    assert target.exists()
    assert window.isVisible()  # "Fortsett": the window stays after the job, too


def test_stopping_the_export_to_quit_waits_in_view_and_leaves_no_file(
    qtbot, database, repos, monkeypatch, tmp_path
):  # noqa: ANN001
    slow_export(monkeypatch)
    window = make_window(qtbot, database, repos)
    target = tmp_path / "eksport.json"
    job = start_export(window, monkeypatch, target)
    answer_close_question(monkeypatch, "Avbryt jobben og avslutt")

    window.close()

    assert window.isVisible()  # until the job has stopped
    assert job.cancelled
    assert job.wait()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not target.exists()
    assert list(tmp_path.glob("eksport*")) == []  # no half-written or temporary file


def test_stopping_an_import_to_quit_rolls_it_back(qtbot, database, repos, monkeypatch, tmp_path):  # noqa: ANN001
    from app.domain.records import Customer, org_number_check_digit
    from app.storage.database import open_database
    from app.storage.repositories import Repositories

    other = open_database(tmp_path / "annen.sqlite", backup=False)
    other_repos = Repositories(other)
    for number in range(600):  # enough rows for several progress reports
        first = f"9{number:07d}"
        check = org_number_check_digit(first)
        if check is not None:
            other_repos.customers.add(
                Customer(name=f"Kunde {number}", org_number=first + str(check))
            )
    source = tmp_path / "annen.json"
    exchange.export_json(other, source)
    other.close()

    real = exchange.import_json

    def import_json(database, path, *, progress=None, **kwargs):  # noqa: ANN001, ANN003, ANN202
        return real(database, path, progress=slow_progress(progress, 0.05), **kwargs)

    monkeypatch.setattr(exchange, "import_json", import_json)
    monkeypatch.setattr(
        SafeFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), a[3]))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    window = make_window(qtbot, database, repos)
    window.import_action.trigger()
    job = window.jobs["import"]
    asked = answer_close_question(monkeypatch, "Avbryt jobben og avslutt")

    window.close()

    assert asked and asked[0].startswith("En import pågår.")
    assert job.wait()
    assert not job.ok  # stopped, so rolled back: the records are as they were
    qtbot.waitUntil(lambda: not window.isVisible())
    assert repos.contracts.count_all() == 2
    assert [c.name for c in repos.customers.all()] == ["Ringerike Regnskap AS"]


def test_closing_during_a_backup_waits_for_it_in_view(qtbot, database, repos, monkeypatch):  # noqa: ANN001
    from app.storage import backups

    real = backups.make_backup

    def make_backup(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        time.sleep(0.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(backups, "make_backup", make_backup)
    window = make_window(qtbot, database, repos)
    job = window.backup_now()

    window.close()  # a backup cannot be stopped half-way: no question, it is waited for

    assert window.isVisible()
    assert "avslutter" in window.statusBar().currentMessage().casefold()
    assert job.wait() and job.ok
    qtbot.waitUntil(lambda: not window.isVisible())
    assert Path(job.result).exists()


def test_closing_with_no_job_running_asks_nothing(qtbot, database, repos):  # noqa: ANN001
    window = make_window(qtbot, database, repos)
    window.close()
    assert not window.isVisible()


def test_a_cancel_while_the_export_s_text_is_made_writes_no_file(database, repos, tmp_path):  # noqa: ANN001
    """Reading is reported; making the JSON text of a large database then takes seconds:
    a cancel in that time (the window asked to close) must still leave no file."""
    from app.ui.worker import Cancelled

    read: list[bool] = []

    def progress(done: int, total: int) -> None:
        if read:  # cancelled once everything was read: the next report says so
            raise Cancelled
        if done == total:
            read.append(True)

    target = tmp_path / "eksport.json"
    with pytest.raises(Cancelled):
        exchange.export_json(database, target, progress=progress)
    assert read and not target.exists()
    assert list(tmp_path.glob("eksport*")) == []


def test_ctrl_q_in_the_progress_dialog_asks_too(qtbot, database, repos, monkeypatch, tmp_path):  # noqa: ANN001
    slow_export(monkeypatch)
    window = make_window(qtbot, database, repos)
    job = start_export(window, monkeypatch, tmp_path / "eksport.json")
    asked = answer_close_question(monkeypatch, "Fortsett")
    # the desktop's Quit key (Ctrl+Q on Linux and Windows; the offscreen platform has none)
    window.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    dialog = job.dialog
    dialog.show()  # (it shows by itself after half a second)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(
        dialog.focusWidget() or dialog, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
    )
    assert asked == ["En eksport pågår. Vil du avbryte den og avslutte?"]
    assert window.isVisible()
    job.cancel()
    assert job.wait()


# --- the tray's «Avslutt» (audit 03.12.2026, item 1) ------------------------------------


def tray_quit_action(window: MainWindow):  # noqa: ANN201
    """The tray menu's «Avslutt» (the window made with a tray, as on a desktop with one)."""
    (action,) = [
        a for a in window.reminders.tray.menu.actions() if a.text().replace("&", "") == "Avslutt"
    ]
    return action


def window_with_tray(qtbot, database, repos, monkeypatch) -> MainWindow:  # noqa: ANN001
    from app.ui.reminders import tray as tray_module

    monkeypatch.setattr(tray_module, "available", lambda: True)
    window = make_window(qtbot, database, repos)
    assert window.reminders is not None and window.reminders.tray is not None
    return window


def test_the_tray_s_quit_during_an_export_asks_as_the_window_s_close(
    qtbot, database, repos, monkeypatch, tmp_path
):  # noqa: ANN001
    """Before, the tray's «Avslutt» was Qt's quit: it closed the progress dialog (which
    is its «Avbryt») and the window, the export was dropped and nothing was asked."""
    slow_export(monkeypatch)
    window = window_with_tray(qtbot, database, repos, monkeypatch)
    target = tmp_path / "eksport.json"
    job = start_export(window, monkeypatch, target)
    job.dialog.show()  # (it shows by itself after half a second)
    asked = answer_close_question(monkeypatch, "Fortsett")
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))

    tray_quit_action(window).trigger()

    assert asked == ["En eksport pågår. Vil du avbryte den og avslutte?"]
    assert quits == []  # not Qt's quit, which would close the progress dialog (cancel)
    assert window.isVisible() and not job.cancelled
    assert job.wait() and job.ok and target.exists()


def test_the_tray_s_quit_brings_a_minimized_window_up_for_the_question(
    qtbot, database, repos, monkeypatch, tmp_path
):  # noqa: ANN001
    slow_export(monkeypatch)
    window = window_with_tray(qtbot, database, repos, monkeypatch)
    job = start_export(window, monkeypatch, tmp_path / "eksport.json")
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    asked = answer_close_question(monkeypatch, "Avbryt jobben og avslutt")

    tray_quit_action(window).trigger()

    assert asked == ["En eksport pågår. Vil du avbryte den og avslutte?"]
    assert not window.isMinimized()  # the question and the wait are in view
    assert job.cancelled and job.wait()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_tray_s_quit_with_no_job_running_quits_as_before(qtbot, database, repos, monkeypatch):  # noqa: ANN001
    """No job: Qt's quit, which closes an open form first (asking about its changes)."""
    window = window_with_tray(qtbot, database, repos, monkeypatch)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    tray_quit_action(window).trigger()
    assert quits == [True]


# --- jobs of the attachments tab (audit 03.12.2026, item 2) ------------------------------


def slow_documents(monkeypatch, seconds: float = 6.0) -> None:  # noqa: ANN001
    """Storing and copying out documents as for a large file on a slow disk: many
    progress reports (each may cancel) before the real work."""
    from app.storage import documents

    steps = int(seconds / 0.002)

    def slowly(real):  # noqa: ANN001, ANN202
        def method(self, *args, progress=None, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            for done in range(steps):
                if progress is not None:
                    progress(done, steps)
                time.sleep(0.002)
            return real(self, *args, progress=progress, **kwargs)

        return method

    monkeypatch.setattr(
        documents.DocumentStore, "put_file", slowly(documents.DocumentStore.put_file)
    )
    monkeypatch.setattr(documents.DocumentStore, "save_as", slowly(documents.DocumentStore.save_as))


def contract_form(window: MainWindow, repos):  # noqa: ANN001, ANN201
    """The contract form opened in the window, with its attachments tab."""
    contract = next(c for c in repos.contracts.all() if c.template == "office_center")
    page = window.open_contract(contract.id)
    dialog = page.edit_contract()
    return dialog, dialog.attachments_panel


def test_closing_while_a_file_is_attached_asks_and_going_on_attaches_it(
    qtbot, database, repos, monkeypatch, tmp_path
):  # noqa: ANN001
    """Before, closing while «Legg ved fil …» stored a file asked nothing: the window
    closed and the file was attached or not, unsaid."""
    from app.storage.attachments import Attachments

    window = make_window(qtbot, database, repos)
    dialog, panel = contract_form(window, repos)
    pdf = tmp_path / "Signert avtale.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 40_000)
    slow_documents(monkeypatch)
    monkeypatch.setattr(
        SafeFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(pdf)], ""))
    )
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    (job,) = panel.jobs
    asked = answer_close_question(monkeypatch, "Fortsett")

    window.close()

    assert asked == [
        "Et vedlegg lagres. Vil du avbryte og avslutte? Filer som ikke er lagret ennå, "
        "blir ikke lagt ved."
    ]
    assert window.isVisible() and not job.cancelled
    assert job.wait() and job.ok
    assert [a.name for a in Attachments(repos).for_record("contracts", panel.record.id)] == [
        "Signert avtale.pdf"
    ]


def test_stopping_an_attach_to_quit_attaches_nothing_and_closes_after(
    qtbot, database, repos, monkeypatch, tmp_path
):  # noqa: ANN001
    from app.storage.attachments import Attachments

    window = make_window(qtbot, database, repos)
    dialog, panel = contract_form(window, repos)
    pdf = tmp_path / "Signert avtale.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 40_000)
    slow_documents(monkeypatch)
    job = panel.attach([pdf])
    answer_close_question(monkeypatch, "Avbryt jobben og avslutt")

    window.close()

    assert window.isVisible()  # until the job has stopped
    assert job.cancelled and job.wait() and not job.ok
    qtbot.waitUntil(lambda: not window.isVisible())
    assert Attachments(repos).for_record("contracts", panel.record.id) == []


def test_closing_while_a_copy_of_an_attachment_is_saved_asks(
    qtbot, database, repos, monkeypatch, tmp_path
):  # noqa: ANN001
    window = make_window(qtbot, database, repos)
    dialog, panel = contract_form(window, repos)
    pdf = tmp_path / "tilbud.pdf"
    pdf.write_bytes(b"%PDF-1.4 tilbud" * 99)
    assert panel.attach([pdf]).wait(30_000)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    slow_documents(monkeypatch)
    target = tmp_path / "kopi.pdf"
    job = panel.save_copy(0, target)
    asked = answer_close_question(monkeypatch, "Avbryt jobben og avslutt")

    window.close()

    assert asked == [
        "En kopi av et vedlegg lagres. Vil du avbryte og avslutte? Kopien blir ikke lagret."
    ]
    assert job.cancelled and job.wait()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not target.exists() and list(tmp_path.glob("kopi*")) == []


def test_closing_while_files_dropped_on_a_list_row_are_attached_asks(
    qtbot, database, repos, monkeypatch, tmp_path
):  # noqa: ANN001
    from app.ui.attachments.row_drops import RowDrops

    from .test_attachments import drop_on_row

    window = make_window(qtbot, database, repos)
    page = window.show_page("customers")
    view = page.table
    qtbot.waitUntil(lambda: view.model().rowCount() >= 1)
    pdf = tmp_path / "fullmakt.pdf"
    pdf.write_bytes(b"%PDF-1.7 fullmakt" * 100)
    slow_documents(monkeypatch)
    assert drop_on_row(view, 0, [pdf])
    job = page.findChild(RowDrops).job
    asked = answer_close_question(monkeypatch, "Fortsett")

    window.close()

    assert asked and asked[0].startswith("Et vedlegg lagres.")
    assert window.isVisible()
    job.cancel()
    assert job.wait()


def test_closing_with_two_jobs_running_waits_for_both(
    qtbot, database, repos, monkeypatch, tmp_path
):  # noqa: ANN001
    """An export and an attach at once: one question, both stopped, the window closes
    once the last has ended (before, only the first job was waited for)."""
    slow_export(monkeypatch)
    window = make_window(qtbot, database, repos)
    export = start_export(window, monkeypatch, tmp_path / "eksport.json")
    dialog, panel = contract_form(window, repos)
    pdf = tmp_path / "Signert avtale.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + b"x" * 40_000)
    slow_documents(monkeypatch)
    attach = panel.attach([pdf])
    asked = answer_close_question(monkeypatch, "Avbryt jobben og avslutt")

    window.close()

    assert len(asked) == 1
    assert export.cancelled and attach.cancelled
    assert export.wait() and attach.wait()
    qtbot.waitUntil(lambda: not window.isVisible())
