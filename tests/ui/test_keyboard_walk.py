"""A keyboard-only walk through the program (issue 13): customer, contract, delivery
notice, incident, complaint, termination, letter and export, typed as a user types.

Every step is a key event sent to the widget that has the focus (as the keyboard
does); nothing is clicked and no field is set from code. Only the file dialogs are
answered (they are the operating system's).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.storage.repositories import Repositories
from app.ui.files import SafeFileDialog
from app.ui.main_window import MainWindow

Key, Mod = Qt.Key, Qt.KeyboardModifier
CTRL = Mod.ControlModifier


class Keyboard:
    def __init__(self, qtbot, window) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.window = window

    def focus(self):  # noqa: ANN201
        """Where a key goes: the focus widget, else the active window (as a keyboard's do)."""
        if QApplication.activeWindow() is None:
            # a dialog closed: a window manager gives the main window back its activation
            # (the offscreen platform does not)
            self.window.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
        widget = QApplication.focusWidget() or QApplication.activeWindow()
        assert widget is not None, "no window has the keyboard"
        return widget

    def press(self, key: Key, modifier: Mod = Mod.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus(), key, modifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)

    def retype(self, text: str) -> None:
        """Select what the field holds (Ctrl+A) and type over it."""
        self.press(Key.Key_A, CTRL)
        self.type(text)

    def tab(self, times: int = 1) -> None:
        self.press(Key.Key_Tab, times=times)

    def wait_for(self, widget) -> None:  # noqa: ANN001
        self.focus()
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def answer_file_dialogs(monkeypatch, folder) -> list:  # noqa: ANN001
    asked: list = []

    def save(_parent, _title, suggested, _filter="", *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        from pathlib import Path

        target = folder / Path(suggested).name
        asked.append(target)
        return str(target), _filter

    monkeypatch.setattr(SafeFileDialog, "getSaveFileName", staticmethod(save))
    return asked


def test_a_day_s_work_with_the_keyboard_only(qtbot, database, tmp_path, monkeypatch):  # noqa: ANN001, PLR0915
    repos = Repositories(database)
    saved_files = answer_file_dialogs(monkeypatch, tmp_path)
    window = MainWindow(database=database, repos=repos, today=date(2026, 5, 20), persist=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    keys = Keyboard(qtbot, window)

    # a customer: Ctrl+3, Ctrl+N, the name first
    keys.press(Key.Key_3, CTRL)
    keys.press(Key.Key_N, CTRL)
    form = window.pages["customers"].last_dialog.form
    keys.wait_for(form.fields.editors["name"])
    keys.type("Hole Bygg og Anlegg AS")
    keys.tab()
    keys.type("920 864 317")
    keys.tab()
    keys.type("Hønengata 1, 3513 Hønefoss")
    keys.tab()
    keys.type("Lars Bakken")
    keys.tab()
    keys.type("lars@holebygg.no")
    keys.press(Key.Key_Return)  # Enter saves a filled-in form
    (customer,) = repos.customers.all()
    assert customer.org_number == "920864317" and customer.contacts[0].name == "Lars Bakken"
    assert window.statusBar().currentMessage() == "Lagret."

    # a contract on Office Center terms
    keys.press(Key.Key_2, CTRL)
    keys.press(Key.Key_N, CTRL)
    form = window.pages["contracts"].last_dialog.form
    keys.wait_for(form.fields.editors["customer_id"])
    keys.press(Key.Key_Down)  # the one customer
    keys.tab()
    keys.type("Skytjenester SLA")
    keys.tab()
    keys.press(Key.Key_Down)  # Sodvin → Office Center
    keys.tab()
    keys.retype("01.02.2026")  # signed
    keys.tab()  # (Office Center has no "ordinary operation": the form does not show it)
    keys.type("02.03.2026")  # delivered
    keys.tab(2)  # past "established" (the delivery date when empty)
    keys.type("8 000")  # monthly fee
    keys.press(Key.Key_Return)
    (contract,) = repos.contracts.all()
    assert contract.template == "office_center" and contract.monthly_fee == Decimal("8000")
    assert contract.delivered == date(2026, 3, 2) and contract.signed == date(2026, 2, 1)

    # a delivery notice
    keys.press(Key.Key_6, CTRL)
    keys.press(Key.Key_N, CTRL)
    form = window.pages["deliveries"].last_dialog.form
    keys.wait_for(form.fields.editors["contract_id"])
    keys.press(Key.Key_Down)
    keys.tab()
    keys.retype("29.04.2026")
    keys.press(Key.Key_Return)
    (notice,) = repos.deliveries.all()
    assert notice.sent == date(2026, 4, 29)

    # an incident (its description has several lines: Ctrl+S saves)
    keys.press(Key.Key_4, CTRL)
    keys.press(Key.Key_N, CTRL)
    form = window.pages["incidents"].last_dialog.form
    keys.wait_for(form.fields.editors["contract_id"])
    keys.press(Key.Key_Down)
    keys.tab()
    keys.retype("04.05.2026 08:00")
    keys.tab()
    keys.type("04.05.2026 09:30")
    keys.tab(2)  # past the cause (a fault in the service)
    keys.type("Fillageret svarte ikke")
    keys.press(Key.Key_Return)
    keys.type("Omstart av lagringstjenesten")
    keys.press(Key.Key_S, CTRL)
    (incident,) = repos.incidents.all()
    assert incident.description == "Fillageret svarte ikke\nOmstart av lagringstjenesten"
    assert (incident.end - incident.start).total_seconds() == 90 * 60

    # a complaint: the delivery date comes from the contract
    keys.press(Key.Key_5, CTRL)
    keys.press(Key.Key_N, CTRL)
    form = window.pages["complaints"].last_dialog.form
    keys.wait_for(form.fields.editors["contract_id"])
    keys.press(Key.Key_Down)
    keys.tab(3)  # delivered (from the contract), discovered (a visible defect: empty)
    keys.retype("10.03.2026")  # complained
    keys.tab(2)  # past the channel (e-mail)
    keys.type("Fillageret mangler")
    keys.tab()
    keys.type("Alle brukere")
    assert form.verdict() == "I tide"
    keys.press(Key.Key_Return)
    (complaint,) = repos.complaints.all()
    assert complaint.delivered == date(2026, 3, 2) and complaint.complained == date(2026, 3, 10)

    # the contract page: Ctrl+2, Enter on the contract, the termination tab, Ctrl+N
    keys.press(Key.Key_2, CTRL)
    keys.wait_for(window.pages["contracts"].table)
    keys.press(Key.Key_Return)
    page = window.pages["contract"]
    assert window.current_page_name() == "contract"
    for _ in range(10):
        if page.current_tab() == "terminations":
            break
        keys.press(Key.Key_Tab, CTRL)  # the next tab
    assert page.current_tab() == "terminations"
    keys.press(Key.Key_N, CTRL)
    form = page.last_dialog.form
    keys.wait_for(form.fields.editors["contract_id"])
    keys.tab()
    keys.retype("31.03.2026")  # received; the contact comes from the customer
    assert form.fields.editors["from_contact"].text() == "Lars Bakken"
    keys.press(Key.Key_Return)
    (termination,) = repos.terminations.all()
    assert termination.received == date(2026, 3, 31)
    assert termination.from_email == "lars@holebygg.no"

    # a letter about it: the row is selected, Ctrl+L, Ctrl+S saves the PDF
    keys.wait_for(page.tables["terminations"])
    keys.press(Key.Key_L, CTRL)
    letter = page.last_preview
    qtbot.waitUntil(lambda: letter.isVisible())
    keys.wait_for(letter.kinds)
    keys.press(Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: saved_files and saved_files[-1].exists(), timeout=20000)
    pdf = saved_files[-1]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "terminations" not in pdf.name  # named in the letter's language
    keys.press(Key.Key_Escape)

    # and the list of customers to Excel: Ctrl+3, Ctrl+E
    keys.press(Key.Key_3, CTRL)
    keys.press(Key.Key_E, CTRL)
    csv = saved_files[-1]
    assert csv.suffix == ".csv" and "Hole Bygg og Anlegg AS" in csv.read_text(encoding="utf-8-sig")
