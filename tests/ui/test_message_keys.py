"""A letter typed on by mistake does not answer a question for the user.

Qt's message box presses the button whose underlined letter is typed without Alt:
"Slette …? Dette kan ikke angres" was answered "Ja" by a bare "j". Questions now take
Alt+letter, Enter, Space and Esc only (app/ui/widgets/message_keys.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.records import Customer
from app.ui.forms import form_dialog
from app.ui.pages.customers import CustomersPage
from app.ui.pages.incidents import IncidentsPage

from .conftest import contract_id
from .test_contract_page import focus

Key, Mod = Qt.Key, Qt.KeyboardModifier
REAL_QUESTION = QMessageBox.question  # conftest replaces it with a failure in every test


@pytest.fixture
def real_question(monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setattr(QMessageBox, "question", staticmethod(REAL_QUESTION))


def _delete_asked(qtbot, repos, answer_keys):  # noqa: ANN001, ANN202
    """Press Delete on a customer's row, then type ``answer_keys`` at the question."""
    repos.customers.add(Customer(name="Hole Bygg AS", org_number="914573262"))
    seen: dict[str, object] = {"before": {c.name for c in repos.customers.all()}}
    page = CustomersPage(repos)
    qtbot.addWidget(page)
    page.show()
    row = next(
        i for i in range(page.model.rowCount()) if page.model.record_at(i).name == "Hole Bygg AS"
    )
    page.table.selectRow(row)
    focus(qtbot, page.table)

    def at_the_question() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not up yet
            QTimer.singleShot(20, at_the_question)
            return
        box.activateWindow()  # Alt+letter is a shortcut of the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
        seen["buttons"] = [(b.text(), b.shortcut().toString()) for b in box.buttons()]
        for key, modifier in answer_keys:
            QTest.keyClick(box, key, modifier)
            QTest.qWait(300)  # a press by letter clicks after an animation
        seen["open"] = box.isVisible()
        if box.isVisible():
            QTest.keyClick(box, Key.Key_Escape)

    QTimer.singleShot(0, at_the_question)
    qtbot.keyClick(page.table, Key.Key_Delete)
    return seen


def test_bare_letters_at_the_delete_question_answer_nothing(qtbot, repos, real_question):  # noqa: ANN001
    no = Mod.NoModifier
    seen = _delete_asked(qtbot, repos, [(Key.Key_J, no), (Key.Key_Y, no), (Key.Key_N, no)])
    assert ("&Ja", "Alt+J") in seen["buttons"]  # Qt underlines J: without the guard "j" is Ja
    assert seen["open"] is True
    assert {c.name for c in repos.customers.all()} == seen["before"]


def test_alt_j_at_the_delete_question_still_deletes(qtbot, repos, real_question):  # noqa: ANN001
    seen = _delete_asked(qtbot, repos, [(Key.Key_J, Mod.AltModifier)])
    assert seen["open"] is False
    assert {c.name for c in repos.customers.all()} == seen["before"] - {"Hole Bygg AS"}


REAL_ASK_TO_SAVE = form_dialog.ask_to_save  # conftest replaces it with a failure too


def _closing_asked(qtbot, repos, answer_keys):  # noqa: ANN001, ANN202
    """A new incident with a description typed, Esc, then ``answer_keys`` at the
    "Vil du lagre endringene …?" question; returns what was seen there."""
    page = IncidentsPage(repos)
    qtbot.addWidget(page)
    dialog = page.new_record(contract_id(repos, "sodvin"))
    qtbot.keyClicks(dialog.form.fields.editors["description"], "Innlogging feiler")
    seen: dict[str, object] = {}

    def at_the_question() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, at_the_question)
            return
        box.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
        seen["buttons"] = sorted((b.text(), b.shortcut().toString()) for b in box.buttons())
        for key, modifier in answer_keys:
            QTest.keyClick(box, key, modifier)
            QTest.qWait(300)
        seen["open"] = box.isVisible()
        if box.isVisible():
            QTest.keyClick(box, Key.Key_Escape)

    QTimer.singleShot(0, at_the_question)
    qtbot.keyClick(dialog, Key.Key_Escape)
    seen["dialog open"] = dialog.isVisible()
    return seen


def test_the_save_question_has_alt_letters_and_bare_ones_answer_nothing(qtbot, repos, monkeypatch):  # noqa: ANN001
    monkeypatch.setattr(form_dialog, "ask_to_save", REAL_ASK_TO_SAVE)
    no = Mod.NoModifier
    seen = _closing_asked(qtbot, repos, [(Key.Key_F, no), (Key.Key_L, no)])
    assert seen["buttons"] == [("&Forkast", "Alt+F"), ("&Lagre", "Alt+L"), ("Avbryt", "")]
    assert seen["open"] is True  # neither "f" nor "l" answered; Esc then cancelled
    assert seen["dialog open"] is True
    assert repos.incidents.count("") == 0


def test_alt_f_at_the_save_question_discards(qtbot, repos, monkeypatch):  # noqa: ANN001
    monkeypatch.setattr(form_dialog, "ask_to_save", REAL_ASK_TO_SAVE)
    seen = _closing_asked(qtbot, repos, [(Key.Key_F, Mod.AltModifier)])
    assert seen["open"] is False and seen["dialog open"] is False
    assert repos.incidents.count("") == 0


def test_alt_l_at_the_save_question_saves(qtbot, repos, monkeypatch):  # noqa: ANN001
    monkeypatch.setattr(form_dialog, "ask_to_save", REAL_ASK_TO_SAVE)
    seen = _closing_asked(qtbot, repos, [(Key.Key_L, Mod.AltModifier)])
    assert seen["open"] is False and seen["dialog open"] is False
    assert [i.description for i in repos.incidents.for_contract(contract_id(repos, "sodvin"))] == [
        "Innlogging feiler"
    ]
