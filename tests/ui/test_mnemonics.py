"""No two Alt+letter keys of one window say the same letter, in bokmål or English.

With two, Alt+letter goes to one of them and the other is out of reach (Qt moves the
focus between them on each press, and a menu's letter loses to a widget's): "Ste&d"
and the tab "Delt &database" in the settings, the contract page's "&Vilkår" and the
"&Vis" menu, "Te&rmination and deletion" and "&Report…". Checked as the windows are
shown: the page in view with each of its tabs, every calculator, every page's new-record
form, each tab of the settings; only what is visible and enabled (a hidden or disabled
widget's letter does nothing).
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QTabWidget, QWidget

from app.domain.records import Channel, Complaint
from app.ui.application import make_app
from app.ui.main_window import NAVIGATION

from .conftest import contract_id
from .test_main_window import make_window


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), in lower case."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(top: QWidget) -> dict[str, list[str]]:
    """The letters of ``top`` (a window) that more than one of its Alt keys say."""
    seen: dict[str, list[str]] = {}

    def add(text: str) -> None:
        letter = mnemonic(text or "")
        if letter:
            seen.setdefault(letter, []).append(text)

    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QAbstractButton) and widget.isEnabled():
            add(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            if widget.buddy().isVisibleTo(top) and widget.buddy().isEnabled():
                add(widget.text())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabEnabled(index) and widget.isTabVisible(index):
                    add(widget.tabText(index))
    if hasattr(top, "menuBar"):
        for action in top.menuBar().actions():
            add(action.text())
    return {letter: texts for letter, texts in seen.items() if len(texts) > 1}


def each_tab(top: QWidget):  # noqa: ANN201
    """Each tab of each tab widget of ``top`` in turn (its other widgets as they are)."""
    tabs = [t for t in top.findChildren(QTabWidget) if t.isVisibleTo(top)]
    if not tabs:
        yield ""
    for widget in tabs:
        for index in range(widget.count()):
            if widget.isTabEnabled(index) and widget.isTabVisible(index):
                widget.setCurrentIndex(index)
                QApplication.processEvents()
                yield widget.tabText(index)


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_every_alt_letter_of_a_window_is_its_own(qtbot, database, repos, lang):  # noqa: ANN001
    make_app(lang)
    window = make_window(qtbot, database, repos)
    found: dict[str, dict[str, list[str]]] = {}

    def check(where: str, top: QWidget) -> None:
        for tab in each_tab(top):
            clash = clashes(top)
            if clash:
                found[f"{where} {tab}".strip()] = clash

    for name in (*NAVIGATION, "contract"):
        window.show_page(name)
        page = window.page(name)
        if name == "calculators":
            for row in range(page.list.count()):
                page.list.setCurrentRow(row)
                check(f"calculator {page.list.item(row).text()}", window)
        else:
            check(f"page {name}", window)
        if "new" in page.commands():
            dialog = page.new_record()
            check(f"new record on {name}", dialog)
            dialog.reject()
    # a contract's tabs: each tab's own form (Ctrl+N there), and a letter about a record
    contract = window.open_contract(contract_id(repos, "office_center"))
    for index in range(contract.tabs.count()):
        contract.tabs.setCurrentIndex(index)
        dialog = contract.new_record()
        if dialog is not None:
            check(f"new record on the tab {contract.tabs.tabText(index)}", dialog)
            dialog.reject()
    repos.complaints.add(
        Complaint(
            contract_id=contract_id(repos, "office_center"),
            delivered=date(2026, 3, 2),
            complained=date(2026, 3, 5),
            nature="Fillageret mangler",
            extent="Alle brukere",
            channel=Channel.EMAIL,
        )
    )
    complaints = window.show_page("complaints")
    complaints.refresh()
    letter = complaints.make_letter(0)
    check("letter", letter)
    letter.reject()
    report = window.open_contract(contract_id(repos, "office_center")).show_report()
    check("availability report", report)
    report.reject()
    from app.ui.dialogs.restore_dialog import RestoreDialog

    restore = RestoreDialog(database.path, window)
    check("restore", restore)
    restore.reject()
    check("user guide", window.show_guide())
    settings = window.open_settings()
    check("settings", settings)
    settings.reject()
    assert found == {}


def record_dialogs(window, repos):  # noqa: ANN001, ANN201
    """Each page's new-record form and each contract tab's, as (where, dialog)."""
    for name in NAVIGATION:
        page = window.show_page(name)
        if "new" in page.commands():
            yield f"new record on {name}", page.new_record()
    contract = window.open_contract(contract_id(repos, "office_center"))
    for index in range(contract.tabs.count()):
        contract.tabs.setCurrentIndex(index)
        dialog = contract.new_record()
        if dialog is not None:
            yield f"new record on the tab {contract.tabs.tabText(index)}", dialog


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_every_field_of_a_record_form_has_its_alt_letter(qtbot, database, repos, lang):  # noqa: ANN001
    """Alt+letter jumps to a field (audit 03.12.2026: no field label had one), each
    letter its own in the window (the clash test above checks the same windows)."""
    make_app(lang)
    window = make_window(qtbot, database, repos)
    missing: dict[str, list[str]] = {}
    for where, dialog in record_dialogs(window, repos):
        fields = dialog.form.fields
        said = {mnemonic(w.text()) for w in dialog.findChildren(QAbstractButton)}
        said |= {mnemonic(w.text()) for w in dialog.findChildren(QLabel)}
        for name, caption in fields.labels.items():
            text = caption.text() or getattr(fields.editors[name], "text", lambda: "")()
            if not isinstance(text, str) or not text or mnemonic(text) is not None:
                continue
            # without one only when every letter of it is another's (a long form)
            if {c.lower() for c in text if c.isascii() and c.isalnum()} - said:
                missing.setdefault(where, []).append(text)
        assert clashes(dialog) == {}, where
        dialog.reject()
    assert missing == {}


def test_alt_and_a_field_s_letter_goes_to_that_field(qtbot, database, repos):  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = make_window(qtbot, database, repos)
    dialog = window.show_page("complaints").new_record()
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    fields = dialog.form.fields
    for name in ("complained", "extent", "delivered"):
        letter = mnemonic(fields.labels[name].text())
        assert letter is not None, fields.labels[name].text()
        QTest.keyClick(dialog, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is fields.editors[name]
    dialog.reject()


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_a_stored_record_s_dialog_has_its_own_letters_beside_its_tabs(qtbot, database, repos, lang):  # noqa: ANN001
    """A stored record's dialog has more tabs (attachments, history): the fields' letters
    keep clear of those too."""
    from app.domain.records import Termination

    make_app(lang)
    window = make_window(qtbot, database, repos)
    oc = contract_id(repos, "office_center")
    repos.terminations.add(
        Termination(contract_id=oc, received=date(2026, 3, 31), from_contact="Ingrid Haugen")
    )
    contract = window.open_contract(oc)
    contract.show_tab("terminations")
    dialog = contract.edit_in_tab("terminations", 0)
    assert dialog.tabs is not None and dialog.tabs.count() > 1
    for _tab in each_tab(dialog):
        assert clashes(dialog) == {}
    assert all(mnemonic(label.text()) for label in dialog.form.fields.captions())
    # the results' "Copy explanation" buttons no longer all say "&Copy": a letter of its
    # own each, where one is left (clashes() above checked them while enabled)
    from app.ui.widgets.explanation_view import ResultView

    copies = [view.copy_button.text() for view in dialog.form.findChildren(ResultView)]
    letters = [mnemonic(text) for text in copies if mnemonic(text)]
    assert len(copies) > 1 and mnemonic(copies[0]) and len(set(letters)) == len(letters)
    dialog.reject()
