"""Sharing in the program's windows (issue 14), driven by key events, on a real PostgreSQL.

Two windows on two database files play the office PC and the laptop: "Delt database"
in the settings connects them (the invitation pasted, the password to the credential
store); a save on one reaches the other by the server's NOTIFY, rounds run on the
worker, the status bar tells the state, a server that is down is "Frakoblet" with the
queued changes counted, and a conflicting edit shows side by side on both and is
resolved with the keyboard.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea

from app.domain.periods import OSLO
from app.storage.database import open_database
from app.storage.repositories import Repositories
from app.sync.connection import read_address
from app.sync.server.admin import init_server, invite
from app.ui import sync_controller
from app.ui.main_window import MainWindow

from ..ui.conftest import no_modal_dialogs, own_drafts, own_settings, ui_language  # noqa: F401
from . import cluster as pg
from .desks import seed, server_state

Key, Mod = Qt.Key, Qt.KeyboardModifier
TODAY = date(2026, 2, 20)
WAIT = 20_000  # ms: a round on a busy CI machine


@pytest.fixture(autouse=True)
def quick_rounds(monkeypatch):
    """Rounds (and the listener's retries) every half second instead of 30 s."""
    monkeypatch.setattr(sync_controller, "INTERVAL_MS", 500)


@pytest.fixture
def offline_server():
    """A server of its own that a test may stop ("offline") and start again."""
    reason = pg.unavailable()
    if reason:
        pytest.skip(reason)
    running = pg.Cluster.start()  # a folder of its own (the server's user must reach it)
    yield running
    running.stop()


class Pc:
    """One PC: its own database file and the program's window on it."""

    def __init__(self, qtbot, folder, name: str) -> None:  # noqa: ANN001
        folder.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.database = open_database(folder / f"{name}.sqlite", backup=False)
        self.repos = Repositories(self.database, user=name)
        self.window = MainWindow(
            database=self.database, repos=self.repos, today=TODAY, persist=False
        )
        qtbot.addWidget(self.window)
        self.window.show()
        self.sync = self.window.sync
        self.sync.set_pc_name(f"{name.upper()}-PC")

    def connect(self, qtbot, url: str) -> None:  # noqa: ANN001
        job = self.sync.connect_to(url, None)
        assert job.wait(WAIT) and job.ok, job.error
        qtbot.waitUntil(lambda: self.sync.running, timeout=WAIT)

    def focus(self, qtbot) -> None:  # noqa: ANN001
        """This PC's window active (its shortcuts, Ctrl+5 …, then reach it)."""
        self.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)

    def status(self) -> str:
        return self.sync.button.text() if self.sync.button.isVisible() else ""

    def close(self) -> None:
        self.window.close()
        self.sync.stop()
        if self.sync.job is not None:
            self.sync.job.wait(WAIT)
        self.database.close()


@pytest.fixture
def pcs(qtbot, tmp_path):  # noqa: ANN001
    made: list[Pc] = []

    def make(name: str) -> Pc:
        pc = Pc(qtbot, tmp_path / name, name)
        made.append(pc)
        return pc

    yield make
    for pc in made:
        pc.close()


def retype(qtbot, widget, text: str) -> None:  # noqa: ANN001
    widget.setFocus()
    qtbot.keyClick(widget, Key.Key_A, Mod.ControlModifier)
    qtbot.keyClicks(widget, text)


def open_complaint(qtbot, pc: Pc):  # noqa: ANN001, ANN201
    """Ctrl+5 (Reklamasjoner), Enter on the first row: its form."""
    pc.focus(qtbot)
    qtbot.keyClick(pc.window, Key.Key_5, Mod.ControlModifier)
    page = pc.window.pages["complaints"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Key.Key_Return)
    dialog = page.last_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def log_complaint(qtbot, pc: Pc, nature: str) -> None:  # noqa: ANN001
    """A new complaint typed in its form (Ctrl+5, Ctrl+N …, Ctrl+S)."""
    pc.focus(qtbot)
    qtbot.keyClick(pc.window, Key.Key_5, Mod.ControlModifier)
    qtbot.keyClick(pc.window, Key.Key_N, Mod.ControlModifier)
    dialog = pc.window.pages["complaints"].last_dialog
    editors = dialog.form.fields.editors
    contract = editors["contract_id"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is contract)
    qtbot.keyClick(contract, Key.Key_Down)
    retype(qtbot, editors["complained"], "12.02.2026")
    editors["channel"].setFocus()
    qtbot.keyClick(editors["channel"], Key.Key_Down)
    retype(qtbot, editors["nature"], nature)
    retype(qtbot, editors["extent"], "Hele kontoret")
    qtbot.keyClick(editors["extent"], Key.Key_S, Mod.ControlModifier)
    assert not dialog.isVisible()


def history_rows(dialog) -> list[tuple[str, str, str]]:  # noqa: ANN001
    """The record's Historikk tab: (user, PC, change) per row, newest first."""
    tab = next(
        dialog.tabs.widget(i) for i in range(dialog.tabs.count())
        if type(dialog.tabs.widget(i)).__name__ == "HistoryTab"
    )  # fmt: skip
    model = tab.model
    return [tuple(model.index(r, c).data() for c in (1, 2, 3)) for r in range(model.rowCount())]


def test_connecting_in_the_settings_uploads_this_pc_s_records(qtbot, pcs, server_url, monkeypatch):  # noqa: ANN001
    init_server(server_url)
    invitation = invite(server_url, "kari")
    office = pcs("office")
    seed(office.repos)
    assert office.status() == ""  # not shared: nothing about it in the status bar
    dialog = office.window.open_settings("shared")
    page = dialog.tabs.currentWidget()
    assert page.objectName() == "settings_shared"
    page.address.setFocus()
    QApplication.clipboard().setText(invitation.code)
    qtbot.keyClick(page.address, Key.Key_V, Mod.ControlModifier)  # pasted
    # the invitation splits into the address (no password in it) and the password
    address, secret = read_address(invitation.code)
    assert page.address.text() == address and "kari@" in address and secret not in address
    assert page.password.text() == secret
    # a wrong password is named as such
    retype(qtbot, page.password, "feil")
    qtbot.keyClick(page.test_button, Key.Key_Space)
    qtbot.waitUntil(lambda: "godtok ikke" in page.result.text(), timeout=WAIT)
    retype(qtbot, page.password, secret)
    qtbot.keyClick(page.test_button, Key.Key_Space)
    qtbot.waitUntil(lambda: "virker" in page.result.text(), timeout=WAIT)
    assert "kari" in page.result.text()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    qtbot.keyClick(page.connect_button, Key.Key_Space)
    qtbot.waitUntil(lambda: "Tilkoblet" in page.result.text(), timeout=WAIT)
    assert "3 sendt" in page.result.text()
    records = server_state(server_url)
    assert sum(len(t) for t in records.values()) == 3
    # the password is in the credential store, in no settings file and not in the database
    from app.sync.connection import stored_password

    assert stored_password(page.controller.url) == secret
    assert secret not in page.controller.url
    assert secret.encode() not in office.database.path.read_bytes()
    for path in office.database.path.parent.parent.rglob("*.ini"):
        assert secret not in path.read_text()
    qtbot.waitUntil(lambda: office.status().startswith("Synkronisert "), timeout=WAIT)
    dialog.reject()


def test_offline_complaint_reaches_the_other_pc_and_a_conflict_shows_on_both(
    qtbot, pcs, offline_server
):  # noqa: ANN001
    server = offline_server.create_database()
    init_server(server)
    url = invite(server, "desk").url
    office, laptop = pcs("office"), pcs("laptop")
    seed(office.repos)
    office.connect(qtbot, url)
    laptop.connect(qtbot, url)
    assert laptop.repos.complaints.count_all() == 1
    office.focus(qtbot)
    qtbot.keyClick(office.window, Key.Key_5, Mod.ControlModifier)  # the office's list
    listing = office.window.pages["complaints"]
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)

    # At the customer's, without a network: the laptop logs a complaint.
    offline_server.pause()
    log_complaint(qtbot, laptop, "Wifi faller ut")
    qtbot.waitUntil(lambda: laptop.status() == "Frakoblet — 1 endring venter", timeout=WAIT)
    assert office.repos.complaints.count_all() == 1
    # Back at the office: the next round sends it; the office hears of it and fetches it.
    offline_server.resume()
    qtbot.waitUntil(lambda: office.repos.complaints.count_all() == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: laptop.status().startswith("Synkronisert "), timeout=WAIT)
    # the office's list shows it without F5 (the round announced what it brought)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 2, timeout=WAIT)
    # its history on the office PC: logged by the laptop's user, on the laptop
    arrived = next(c for c in office.repos.complaints.all() if c.nature == "Wifi faller ut")
    history = office.repos.history("complaints", arrived.id)
    assert [(h.user, h.pc_name, h.action) for h in history] == [("laptop", "LAPTOP-PC", "insert")]
    dialog = open_complaint(qtbot, office)  # the newest: the laptop's
    assert dialog.form.fields.editors["nature"].text() == "Wifi faller ut"
    assert history_rows(dialog) == [("laptop", "LAPTOP-PC", "lagt til")]
    dialog.reject()

    # Both edit the same field of the first complaint before either has synced.
    offline_server.pause()
    for pc, text in ((office, "Ringt kunden"), (laptop, "Sendt tekniker")):
        dialog = open_complaint(qtbot, pc)
        retype(qtbot, dialog.form.fields.editors["note"], text)
        qtbot.keyClick(dialog.form.fields.editors["note"], Key.Key_S, Mod.ControlModifier)
        assert not dialog.isVisible()
    qtbot.waitUntil(lambda: office.status().startswith("Frakoblet"), timeout=WAIT)
    offline_server.resume()
    for pc in (office, laptop):
        qtbot.waitUntil(lambda pc=pc: "1 konflikt" in pc.status(), timeout=WAIT)

    # On the office PC: the status bar's field opens the list, Enter the two side by side.
    qtbot.mouseClick(office.sync.button, Qt.MouseButton.LeftButton)
    listed = office.window.conflicts_dialog
    qtbot.waitUntil(listed.isVisible)
    assert listed.table.rowCount() == 1 and "Notat" in listed.table.item(0, 1).text()
    listed.table.setFocus()
    qtbot.keyClick(listed.table, Key.Key_Return)
    qtbot.waitUntil(lambda: listed.last_dialog is not None and listed.last_dialog.isVisible())
    side = listed.last_dialog
    ((conflict, held, other),) = side.choices
    seen_at_office = (held.value.text(), other.value.text())
    assert {*seen_at_office} == {"Ringt kunden", "Sendt tekniker"}
    assert held.radio.isChecked() and "-PC" in held.when.text() and "-PC" in other.when.text()
    assert {held.radio.text(), other.radio.text()} == {"office", "laptop"}  # the users
    side.reject()
    listed.reject()

    # On the laptop: the flagged record's form has a bar; the same conflict side by side.
    dialog = open_complaint(qtbot, laptop)
    (notice,) = dialog.notices
    assert notice.isVisible() and "Notat" in notice.text.text()
    qtbot.keyClick(notice.button, Key.Key_Space)
    side = notice.last_dialog
    qtbot.waitUntil(side.isVisible)
    ((conflict, held, other),) = side.choices
    assert (held.value.text(), other.value.text()) == seen_at_office
    held_value, other_value = seen_at_office
    # the other value, chosen by keyboard, saved as a normal edit
    side.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is held.radio)  # the first choice
    qtbot.keyClick(held.radio, Key.Key_Right)  # → the other value, as in any radio group
    assert other.radio.isChecked() and not held.radio.isChecked()
    assert QApplication.focusWidget() is other.radio
    qtbot.keyClick(side.resolve_button, Key.Key_Space)
    assert not side.isVisible()
    assert not notice.isVisible()
    assert dialog.form.fields.editors["note"].toPlainText() == other_value
    dialog.reject()
    for pc in (office, laptop):
        qtbot.waitUntil(
            lambda pc=pc: (
                pc.sync.open_conflicts() == 0
                and pc.repos.complaints.find_uid(conflict.uid).note == other_value
            ),
            timeout=WAIT,
        )
        qtbot.waitUntil(lambda pc=pc: "konflikt" not in pc.status(), timeout=WAIT)
    agreed = office.window.open_conflicts()  # File → Konflikter mellom PC-er …
    assert agreed.hint.text() == "Ingen åpne konflikter: alle PC-ene er enige."
    agreed.reject()


def test_a_save_reaches_the_other_pc_by_the_round_after_it_and_the_servers_notify(
    qtbot, pcs, server_url, monkeypatch
):  # noqa: ANN001
    """No timer helps here (a round every ten minutes): the save's own round sends the
    complaint, the server's NOTIFY wakes the other PC's listener, its round fetches it."""
    monkeypatch.setattr(sync_controller, "INTERVAL_MS", 600_000)
    init_server(server_url)
    url = invite(server_url, "desk").url
    office, laptop = pcs("office"), pcs("laptop")
    seed(office.repos)
    office.connect(qtbot, url)
    laptop.connect(qtbot, url)
    for pc in (office, laptop):
        qtbot.waitUntil(lambda pc=pc: pc.sync.listener.listening.is_set(), timeout=WAIT)
        qtbot.waitUntil(lambda pc=pc: not pc.sync.busy, timeout=WAIT)
    assert laptop.repos.complaints.count_all() == 1
    rounds = []
    laptop.sync.synced.connect(rounds.append)
    log_complaint(qtbot, office, "Skanneren er borte")
    qtbot.waitUntil(lambda: laptop.repos.complaints.count_all() == 2, timeout=WAIT)
    # (the round's report reaches the window just after its writes are committed)
    qtbot.waitUntil(lambda: any(r.pulled == 1 for r in rounds), timeout=WAIT)
    qtbot.waitUntil(lambda: office.status().startswith("Synkronisert "), timeout=WAIT)
    assert office.sync.pending() == 0
    assert office.sync.timer.remainingTime() > 500_000  # not the timer: it has not run


def test_a_day_without_sync_warns_on_the_overview(qtbot, pcs):  # noqa: ANN001
    laptop = pcs("laptop")
    # Shared before, the server unreachable since (a socket folder that does not exist).
    with laptop.database.transaction():
        laptop.sync.replica.put("url", "postgresql://desk@/avtalevakt?host=/nonexistent-av")
        laptop.sync.replica.put("last_sync", (datetime.now(OSLO) - timedelta(hours=25)).isoformat())
    laptop.window.close()
    window = MainWindow(database=laptop.database, repos=laptop.repos, today=TODAY, persist=False)
    qtbot.addWidget(window)
    window.show()
    laptop.window, laptop.sync = window, window.sync
    overview = window.pages["overview"]
    qtbot.waitUntil(lambda: laptop.status().startswith("Frakoblet"), timeout=WAIT)
    assert overview.notice.isVisible()
    assert "fristene kan mangle" in overview.notice.text()
    # within the day: no warning
    with laptop.database.transaction():
        laptop.sync.replica.put("last_sync", datetime.now(OSLO).isoformat())
    laptop.sync.render()
    assert not overview.notice.isVisible()


def test_the_conflict_dialog_shows_long_pc_names_whole(qtbot, tmp_path, server_url):  # noqa: ANN001
    """Seen in a real window: "user@BÆRBAR-PC, date kl. time" was cut off in the right
    column (a radio button's text does not wrap). Who and when are two lines now, and the
    dialog is as wide as its choices need."""
    from app.sync.engine import sync_round
    from app.ui.dialogs.conflict_dialog import ConflictDialog

    from .desks import Desk

    init_server(server_url)
    url = invite(server_url, "desk").url
    office = Desk(tmp_path / "office", "kari.nordmann", url)
    laptop = Desk(tmp_path / "laptop", "ola.nordmann", url)
    names = {office: "KONTOR-PC-RESEPSJONEN", laptop: "BÆRBAR-PC-HOS-KUNDEN"}

    def sync(desk: Desk) -> None:
        sync_round(desk.repos, url, pc_name=names[desk])

    try:
        complaint = seed(office.repos)
        second, third = (
            office.repos.complaints.add(
                complaint.model_copy(update={"id": None, "uid": None, "version": 0, "nature": n})
            )
            for n in ("To", "Tre")
        )
        for desk in (office, laptop, office):
            sync(desk)
        # the same field on both PCs; and one PC deletes what the other changed meanwhile
        for desk, text in ((office, "Ringt kunden"), (laptop, "Sendt tekniker")):
            record = desk.repos.complaints.find_uid(str(complaint.uid))
            desk.repos.complaints.update(record.model_copy(update={"note": text}))
        record = laptop.repos.complaints.find_uid(str(second.uid))
        laptop.repos.complaints.update(record.model_copy(update={"extent": "Bare resepsjonen"}))
        sync(office)
        sync(laptop)  # its note is the conflict; its edit of the second reaches the server
        office.repos.complaints.delete(second.id)  # the office had not seen that edit
        office.repos.complaints.delete(third.id)
        sync(office)
        record = laptop.repos.complaints.find_uid(str(third.uid))  # not seen the delete
        laptop.repos.complaints.update(record.model_copy(update={"note": "Fortsatt feil"}))
        sync(laptop)  # restores the third
        sync(office)
        for table_uid, desk in (
            (str(complaint.uid), laptop),
            (str(second.uid), office),
            (str(third.uid), laptop),
        ):
            dialog = ConflictDialog(desk.repos, None, "complaints", table_uid)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            assert dialog.choices, table_uid
            (area,) = dialog.findChildren(QScrollArea)
            # nothing is cut off at the right: the choices fit in what the dialog shows
            # (on this 800-pixel screen too; narrower, a scroll bar would appear)
            body = area.widget()
            qtbot.waitUntil(lambda b=body, a=area: b.width() <= a.viewport().width())  # (laid out)
            assert not area.horizontalScrollBar().isVisible()
            for _conflict, *sides in dialog.choices:
                for side in sides:
                    right = side.mapTo(area.viewport(), side.rect().topRight()).x()
                    assert right < area.viewport().width(), side.radio.text()
                    assert side.radio.width() >= side.radio.sizeHint().width()
                    assert side.when.isVisible() and "kl." in side.when.text()
            screen = dialog.screen().availableGeometry()
            assert dialog.width() <= screen.width()
            ((conflict, keep, other),) = dialog.choices
            if conflict.kind != "field":  # keeping names who changed it, deleting the deleter
                assert keep.radio.text() == "Behold den" and other.radio.text() == "Slett den"
                assert names[laptop] in keep.when.text() and "ola.nordmann" in keep.when.text()
                assert names[office] in other.when.text()
                assert "kari.nordmann" in other.when.text()
            dialog.reject()
        again = ConflictDialog(laptop.repos, None, "complaints", str(complaint.uid))
        qtbot.addWidget(again)
        ((_, held, other),) = again.choices
        assert {held.radio.text(), other.radio.text()} == {"kari.nordmann", "ola.nordmann"}
        assert {held.when.text().split(",")[0], other.when.text().split(",")[0]} == {
            "KONTOR-PC-RESEPSJONEN",
            "BÆRBAR-PC-HOS-KUNDEN",
        }
    finally:
        office.close()
        laptop.close()


def test_a_stopped_sync_says_why_where_its_click_for_details_leads(
    qtbot, pcs, server_url, monkeypatch
):  # noqa: ANN001
    """The status bar's "Synkroniseringen stoppet — klikk for detaljer" opens "Delt
    database"; there the reason itself is shown (it said "klikk for detaljer" again)."""
    from app.sync.connection import split_url

    monkeypatch.delenv("PGPASSWORD", raising=False)
    init_server(server_url)
    clean, _password = split_url(invite(server_url, "kari").url)
    laptop = pcs("laptop")
    # Shared before; the password is in no credential store on this PC any more.
    with laptop.database.transaction():
        laptop.sync.replica.put("url", clean)
    laptop.window.close()
    window = MainWindow(database=laptop.database, repos=laptop.repos, today=TODAY, persist=False)
    qtbot.addWidget(window)
    window.show()
    laptop.window, laptop.sync = window, window.sync
    qtbot.waitUntil(lambda: laptop.status().startswith("Synkroniseringen stoppet"), timeout=WAIT)

    qtbot.mouseClick(laptop.sync.button, Qt.MouseButton.LeftButton)
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    page = next(p for p in dialog.findChildren(object) if type(p).__name__ == "SharedDatabasePage")
    shown = page.now.text()
    assert "Serveren vil ha et passord" in shown
    assert "klikk for detaljer" not in shown
    dialog.reject()
