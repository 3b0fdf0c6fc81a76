"""The attachments tab of a record's form (issue 15): "Legg ved fil …", drag and drop,
open (a read-only copy), save a copy, remove after asking; a 50 MB file is stored on the
worker while the window goes on; an e-mail dropped on a new complaint marks it in writing
and offers its date and sender."""

from __future__ import annotations

import os
import stat
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.domain.attachments import MAX_BYTES
from app.domain.records import Channel, Complaint
from app.storage import documents
from app.storage.attachments import Attachments
from app.ui.attachments import opener
from app.ui.attachments.row_drops import RowDrops, record_id_at
from app.ui.files import SafeFileDialog
from app.ui.pages.contract import ContractPage
from app.ui.pages.records import ComplaintsPage

from .conftest import contract_id

EML = (
    b"From: Kari Nordmann <kari@ringerike-regnskap.no>\r\n"
    b"To: support@office-center.no\r\n"
    b"Subject: Reklamasjon: sikkerhetskopi feiler\r\n"
    b"Date: Thu, 12 Mar 2026 08:41:00 +0100\r\n"
    b"\r\n"
    b"Backupen har feilet hver natt siden leveransen.\r\n"
)


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(opener, "opened_dir", lambda: tmp_path / "opened")


def contract_dialog(qtbot, repos):
    page = ContractPage(repos, today=date(2026, 5, 20))
    qtbot.addWidget(page)
    page.load(contract_id(repos, "office_center"))
    dialog = page.edit_contract()
    panel = dialog.attachments_panel
    return page, dialog, panel


def drop(widget, paths: list[Path]) -> bool:
    """Drag files onto ``widget`` and drop them, as a file manager does (Qt delivers the
    drop to the widget that accepted the drag); whether it took them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action, button, keys = (
        Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )  # fmt: skip
    enter = QDragEnterEvent(QPoint(10, 10), action, mime, button, keys)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(10, 10), action, mime, button, keys)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def finish(panel) -> None:
    for job in list(panel.jobs):
        assert job.wait(60_000)


def test_the_tab_is_on_every_kind_of_record_form(qtbot, repos):
    page, dialog, panel = contract_dialog(qtbot, repos)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == ["&Opplysninger", "&Vedlegg", "&Historikk"]  # (share: history tab)
    assert panel.count_label.text() == "Vedlegg (0)"
    assert panel.attach_button.text() == "&Legg ved fil …"


def test_attach_file_lists_name_type_size_date_who_and_writes_history(
    qtbot, repos, tmp_path, monkeypatch
):
    page, dialog, panel = contract_dialog(qtbot, repos)
    pdf = tmp_path / "Signert avtale.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + os.urandom(40_000))
    monkeypatch.setattr(
        SafeFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(pdf)], ""))
    )
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    finish(panel)
    model = panel.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == "Signert avtale.pdf" and row[1] == "PDF" and row[2] == "39 kB"
    assert row[4] == repos.user and row[3].endswith(row[3][-5:])
    assert panel.count_label.text() == "Vedlegg (1)"
    (a,) = Attachments(repos).for_record("contracts", contract_id(repos, "office_center"))
    (entry,) = repos.history("attachments", a.id)
    assert entry.after["sha256"] == a.sha256 and entry.user == repos.user


def test_drop_files_on_the_form_and_refusals_named(qtbot, repos, tmp_path, monkeypatch):
    page, dialog, panel = contract_dialog(qtbot, repos)
    good = tmp_path / "skjermbilde.png"
    good.write_bytes(b"\x89PNG" + b"1" * 300)
    bad = tmp_path / "installer.exe"
    bad.write_bytes(b"MZ")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2])))
    assert drop(dialog, [good, bad])  # anywhere on the dialog, the Details tab in view
    finish(panel)
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == [
        "skjermbilde.png"
    ]
    assert warned and "installer.exe kan ikke legges ved" in warned[0]


def test_a_50_mb_file_is_stored_on_the_worker_while_the_window_goes_on(qtbot, repos, tmp_path):
    page, dialog, panel = contract_dialog(qtbot, repos)
    big = tmp_path / "stor skanning.pdf"
    with open(big, "wb") as handle:
        handle.write(b"%PDF")
        handle.write(os.urandom(MAX_BYTES - 4))
    seen: dict[str, object] = {}
    real = documents.DocumentStore.put_file

    def spy(self, source, **kwargs):
        seen["thread"] = threading.current_thread()
        return real(self, source, **kwargs)

    documents.DocumentStore.put_file = spy
    ticks: list[bool] = []
    try:
        job = panel.attach([big])
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(job.done))
        timer.start(5)
        assert job.wait(120_000)
        timer.stop()
    finally:
        documents.DocumentStore.put_file = real
    assert seen["thread"] is not threading.main_thread()
    assert ticks.count(False) >= 3  # the event loop ran while the document was stored
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 2).data() == "50 MB"


def test_open_is_a_read_only_copy_and_save_a_copy(qtbot, repos, tmp_path, monkeypatch):
    page, dialog, panel = contract_dialog(qtbot, repos)
    content = b"%PDF-1.4 tilbud" * 99
    (tmp_path / "tilbud.pdf").write_bytes(content)
    finish_job = panel.attach([tmp_path / "tilbud.pdf"])
    assert finish_job.wait(30_000)
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    job = panel.open_row(0)
    assert job.wait(30_000)
    (path,) = opened
    assert Path(path).read_bytes() == content and Path(path).name == "tilbud.pdf"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o400
    target = tmp_path / "kopi.pdf"
    monkeypatch.setattr(
        SafeFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    job = panel.save_copy(0)
    assert job.wait(30_000) and target.read_bytes() == content


def test_remove_asks_first(qtbot, repos, tmp_path, monkeypatch):
    page, dialog, panel = contract_dialog(qtbot, repos)
    (tmp_path / "a.txt").write_text("notat")
    assert panel.attach([tmp_path / "a.txt"]).wait(30_000)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    panel.view.selectRow(0)
    assert not panel.remove(0) and panel.model.rowCount() == 1
    assert panel.remove(0) and panel.model.rowCount() == 0
    assert "Fjerne a.txt fra denne posten?" in asked[0]
    assert [h.action for h in repos.history("attachments", 1)] == ["insert", "delete"]


def test_an_email_dropped_on_a_new_complaint(qtbot, repos, tmp_path):
    page = ComplaintsPage(repos, today=date(2026, 5, 20))
    qtbot.addWidget(page)
    dialog = page.new_record(contract_id=contract_id(repos, "office_center"))
    form, panel, offer = dialog.form, dialog.attachments_panel, dialog.email_offer
    form.fields.editors["channel"].set_value(Channel.ORAL)
    eml = tmp_path / "reklamasjon.eml"
    eml.write_bytes(EML)
    drop(dialog, [eml])
    assert panel.model.rowCount() == 1 and panel.model.index(0, 3).data() == "når posten lagres"
    # in writing now, unless the user says otherwise; the date and the sender offered
    assert form.fields.editors["channel"].value() == Channel.EMAIL
    assert offer.isVisible() or not offer.isHidden()
    assert "Kari Nordmann <kari@ringerike-regnskap.no>" in offer.text.text()
    assert "12.03.2026" in offer.text.text()
    assert "merket som mottatt skriftlig" in offer.writing.text()
    assert offer.use_date.text() == "Bruk 12.03.2026 som «Reklamert»"
    qtbot.mouseClick(offer.use_date, Qt.MouseButton.LeftButton)
    assert form.fields.editors["complained"].value() == date(2026, 3, 12)
    qtbot.mouseClick(offer.add_contact, Qt.MouseButton.LeftButton)
    (customer,) = repos.customers.all()
    assert customer.contacts[-1].email == "kari@ringerike-regnskap.no"
    assert customer.contacts[-1].name == "Kari Nordmann"
    for name, text in (("nature", "Sikkerhetskopi feiler"), ("extent", "Alle brukere")):
        form.fields.editors[name].setText(text)
    form.fields.editors["delivered"].set_value(date(2026, 3, 2))
    assert dialog.save_button.isEnabled(), form.message("complained")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    finish(panel)
    (complaint,) = repos.complaints.all()
    assert complaint.channel == Channel.EMAIL and complaint.complained == date(2026, 3, 12)
    (a,) = Attachments(repos).for_record("complaints", complaint.id)
    assert a.name == "reklamasjon.eml" and Attachments(repos).read(a.sha256) == EML


def test_not_in_writing_puts_the_channel_back(qtbot, repos, tmp_path):
    page = ComplaintsPage(repos, today=date(2026, 5, 20))
    qtbot.addWidget(page)
    dialog = page.new_record(contract_id=contract_id(repos, "office_center"))
    form, offer = dialog.form, dialog.email_offer
    form.fields.editors["channel"].set_value(Channel.ORAL)
    (tmp_path / "samtale.msg").write_bytes(b"\xd0\xcf\x11\xe0 outlook")
    drop(dialog, [tmp_path / "samtale.msg"])
    assert form.fields.editors["channel"].value() == Channel.EMAIL
    qtbot.mouseClick(offer.not_written, Qt.MouseButton.LeftButton)
    assert form.fields.editors["channel"].value() == Channel.ORAL
    assert Complaint  # the model the form stores


def test_export_everything_with_attachments_is_a_zip_and_imports_back(
    qtbot, database, repos, tmp_path, monkeypatch
):
    """File → Eksporter alt … offers a .zip when there are attachments (the documents go
    with it), and File → Importer … takes it back, byte-identical."""
    from app.storage.database import open_database
    from app.storage.repositories import Repositories
    from app.ui.main_window import MainWindow

    content = os.urandom(5000)
    (tmp_path / "bilde.png").write_bytes(content)
    Attachments(repos).attach_file(
        "contracts", contract_id(repos, "sodvin"), tmp_path / "bilde.png"
    )
    window = MainWindow(database=database, repos=repos, today=date(2026, 5, 20), persist=False)
    qtbot.addWidget(window)
    asked: list[str] = []
    (tmp_path / "ut").mkdir()  # a save dialog only picks a folder that exists

    def save(*args, **kwargs):
        asked.append(args[2])
        return str(tmp_path / "ut" / "alt"), args[3]

    monkeypatch.setattr(SafeFileDialog, "getSaveFileName", staticmethod(save))
    job = window.export_everything()
    assert job.wait(60_000) and job.ok
    assert asked[0].endswith(".zip")
    archive = tmp_path / "ut" / "alt.zip"
    assert archive.exists()
    other = open_database(tmp_path / "annen.sqlite", backup=False)
    try:
        again = MainWindow(
            database=other, repos=Repositories(other), today=date(2026, 5, 20), persist=False
        )
        qtbot.addWidget(again)
        monkeypatch.setattr(
            SafeFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(archive), a[3]))
        )
        job = again.import_file()
        assert job.wait(60_000) and job.ok, job.error
        (a,) = Repositories(other).attachments.all()
        assert Attachments(Repositories(other)).read(a.sha256) == content
        assert again.wait_until_loaded()  # what the import set going has ended
        again.close()
    finally:
        other.close()


def drop_on_row(view, row: int | None, paths: list[Path]) -> bool:
    """Drag files over ``view``'s row ``row`` (None: below the rows) and drop them there."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action, button, keys = (
        Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )  # fmt: skip
    if row is None:
        y = view.rowViewportPosition(view.model().rowCount() - 1) + 3 * view.rowHeight(0)
    else:
        y = view.rowViewportPosition(row) + view.rowHeight(row) // 2
    at = QPoint(20, y)
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(at, action, mime, button, keys))
    move = QDragMoveEvent(at, action, mime, button, keys)
    QApplication.sendEvent(viewport, move)
    if not move.isAccepted():
        return False
    event = QDropEvent(QPointF(at), action, mime, button, keys)
    QApplication.sendEvent(viewport, event)
    return event.isAccepted()


def test_files_dropped_on_a_row_of_a_list_attach_to_that_record(
    qtbot, repos, tmp_path, monkeypatch
):
    from app.domain.records import Customer
    from app.ui.pages.customers import CustomersPage

    other = repos.customers.add(Customer(name="Hønefoss Advokatkontor DA", org_number="986236406"))
    page = CustomersPage(repos)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    view = page.table
    qtbot.waitUntil(lambda: view.model().rowCount() >= 2)
    row = next(
        r for r in range(view.model().rowCount()) if record_id_at(view.model(), r) == other.id
    )
    pdf = tmp_path / "fullmakt.pdf"
    pdf.write_bytes(b"%PDF-1.7 fullmakt" * 100)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2])))
    assert not drop_on_row(view, None, [pdf])  # beside the rows: no record to take it
    (tmp_path / "oppsett.exe").write_bytes(b"MZ")
    assert drop_on_row(view, row, [pdf, tmp_path / "oppsett.exe"])
    assert view.currentIndex().row() == row  # the row that took them is selected
    job = page.findChild(RowDrops).job
    assert job.wait(30_000)
    qtbot.waitUntil(lambda: job.done)
    (a,) = Attachments(repos).for_record("customers", other.id)
    assert a.name == "fullmakt.pdf" and Attachments(repos).read(a.sha256) == pdf.read_bytes()
    assert warned and "oppsett.exe kan ikke legges ved" in warned[0]
    (first,) = [c for c in repos.customers.all() if c.id != other.id]
    assert Attachments(repos).for_record("customers", first.id) == []


def test_an_email_dropped_on_a_complaint_row_goes_through_its_form(qtbot, repos, tmp_path):
    complaint = repos.complaints.add(
        Complaint(
            contract_id=contract_id(repos, "office_center"),
            delivered=date(2026, 3, 2),
            complained=date(2026, 3, 13),
            channel=Channel.ORAL,
            nature="Sikkerhetskopi feiler",
            extent="Alle brukere",
        )
    )
    page = ContractPage(repos, today=date(2026, 5, 20))
    qtbot.addWidget(page)
    page.load(complaint.contract_id)
    page.show_tab("complaints")
    eml = tmp_path / "reklamasjon.eml"
    eml.write_bytes(EML)
    assert drop_on_row(page.tables["complaints"], 0, [eml])
    dialog = next(d for d in page.findChildren(QDialog) if hasattr(d, "email_offer"))
    qtbot.addWidget(dialog)
    finish(dialog.attachments_panel)
    (a,) = Attachments(repos).for_record("complaints", complaint.id)
    assert a.name == "reklamasjon.eml"
    # the form's offer, as for an e-mail dropped on the form: in writing, its date
    form = dialog.form
    assert form.fields.editors["channel"].value() == Channel.EMAIL
    assert "12.03.2026" in dialog.email_offer.text.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert repos.complaints.get(complaint.id).channel == Channel.EMAIL


def test_save_a_copy_over_the_database_is_refused_and_asked_again(
    qtbot, repos, tmp_path, monkeypatch
):  # noqa: ANN001, E501
    """(storage.targets) The database's own name in "Lagre en kopi": the user is told
    why, the dialog asks again, and the database is untouched."""
    page, dialog, panel = contract_dialog(qtbot, repos)
    content = b"%PDF-1.4 tilbud" * 99
    (tmp_path / "tilbud.pdf").write_bytes(content)
    assert panel.attach([tmp_path / "tilbud.pdf"]).wait(30_000)
    database = repos.database.path
    before = database.read_bytes()[:4096]
    target = tmp_path / "kopi.pdf"
    chosen = [str(database), str(target)]
    offered: list[str] = []

    def save_file_name(parent, title, suggested, *rest):  # noqa: ANN001, ANN002, ANN202
        offered.append(suggested)
        return chosen.pop(0), ""

    warned: list[str] = []
    monkeypatch.setattr(SafeFileDialog, "getSaveFileName", staticmethod(save_file_name))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2])))
    job = panel.save_copy(0)
    assert job.wait(30_000) and target.read_bytes() == content
    assert warned == [
        f"Skriver ikke til {database}: filen er en database, og den ville gått tapt. "
        "Velg et annet filnavn."
    ]
    assert offered[1] == str(database)  # asked again where the refused name was
    assert database.read_bytes()[:4096] == before


def test_the_open_database_dropped_on_a_form_is_refused_unopened(
    qtbot, repos, tmp_path, monkeypatch
):  # noqa: ANN001
    """(audit 03.12.2026, item 3) The database itself and its -wal and -shm, dropped on
    the form from a file manager: refused, named, with why, and never opened (closing a
    descriptor of it would end SQLite's locks: storage.targets.open_here)."""
    page, dialog, panel = contract_dialog(qtbot, repos)
    database = repos.database.path
    repos.database.db.execute("SELECT count(*) FROM sqlite_master").fetchall()
    real_open = open
    opened: list[str] = []

    def spying(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2])))
    monkeypatch.setattr("builtins.open", spying)
    files = [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
    assert all(f.exists() for f in files)
    assert drop(dialog, files)
    monkeypatch.setattr("builtins.open", real_open)
    assert not [f for f in opened if f.startswith(str(database))]
    assert panel.jobs == [] and panel.model.rowCount() == 0
    (text,) = warned
    assert text.startswith(
        f"{database} legges ikke ved: det er databasen som er åpen i programmet."
    )
    assert f"{database}-wal legges ikke ved: filen hører til databasen {database}" in text
    assert f"{database}-shm legges ikke ved" in text


def test_a_cancel_after_some_files_were_attached_says_which_and_shows_them(
    qtbot, repos, tmp_path, monkeypatch
):  # noqa: ANN001
    """Two files, «Avbryt» while the second is stored: the first is attached (its own
    transaction). Before, the status bar said «Avbrutt; ingenting ble endret.», the list
    did not show the first file and the other pages were not told of it."""
    from app.ui.main_window import MainWindow

    window = MainWindow(
        database=repos.database, repos=repos, today=date(2026, 5, 20), persist=False
    )
    qtbot.addWidget(window)
    window.show()
    contract = contract_id(repos, "office_center")
    dialog = window.open_contract(contract).edit_contract()
    panel = dialog.attachments_panel
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    first.write_bytes(b"%PDF-1.4 a" * 50)
    second.write_bytes(b"%PDF-1.4 b" * 50)
    real = documents.DocumentStore.put_file

    def put_file(self, source, *, progress=None, **kwargs):  # noqa: ANN001, ANN003, ANN202
        if Path(source).name == "b.pdf":
            while True:  # stored slowly: until cancelled
                progress(0, 1)
                threading.Event().wait(0.002)
        return real(self, source, progress=progress, **kwargs)

    monkeypatch.setattr(documents.DocumentStore, "put_file", put_file)
    announced: list[object] = []
    window.operations.changed.connect(announced.append)
    job = panel.attach([first, second])
    qtbot.waitUntil(lambda: len(Attachments(repos).for_record("contracts", contract)) == 1)
    job.cancel()
    assert job.wait()
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == ["a.pdf"]
    assert window.statusBar().currentMessage() == "Avbrutt; bare disse ble lagt ved: a.pdf."
    assert announced  # the history tab and the lists refresh
