"""A form's input survives a crash (a draft kept while typing, offered at the next start),
a save says "Lagret", and F1 opens the bundled user guide."""

from __future__ import annotations

import json
import stat

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.main_window import MainWindow

from .conftest import TODAY

Key, Mod = Qt.Key, Qt.KeyboardModifier


def shown_window(qtbot, database, repos):  # noqa: ANN001, ANN201
    window = MainWindow(database=database, repos=repos, today=TODAY, persist=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_what_was_typed_survives_a_crash_and_is_offered_again(
    qtbot,
    database,
    repos,
    own_drafts,
    monkeypatch,  # noqa: ANN001
):
    window = shown_window(qtbot, database, repos)
    qtbot.keyClick(window, Key.Key_4, Mod.ControlModifier)
    qtbot.keyClick(window, Key.Key_N, Mod.ControlModifier)
    dialog = window.pages["incidents"].last_dialog
    contract = dialog.form.fields.editors["contract_id"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is contract)
    qtbot.keyClick(contract, Key.Key_Down)
    qtbot.keyClick(contract, Key.Key_Tab)
    start = dialog.form.fields.editors["start"]
    qtbot.keyClick(start, Key.Key_A, Mod.ControlModifier)
    qtbot.keyClicks(start, "19.05.2026 0")  # half typed: kept as typed
    description = dialog.form.fields.editors["description"]
    description.setFocus()
    qtbot.keyClicks(description, "Brannmur nede hos kunden")
    qtbot.waitUntil(lambda: any(own_drafts.glob("*.json")), timeout=3000)
    (path,) = own_drafts.glob("*.json")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # the user's alone
    assert json.loads(path.read_text())["fields"]["description"] == "Brannmur nede hos kunden"

    # the program stops without the form being closed (a crash): a new start offers it
    asked: list[str] = []

    def yes(*args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    again = MainWindow(database=database, repos=repos, today=TODAY, persist=False)
    qtbot.addWidget(again)
    (reopened,) = again.offer_drafts()
    assert "Hendelse" in asked[0]
    form = reopened.form
    assert form.fields.editors["description"].toPlainText() == "Brannmur nede hos kunden"
    assert form.fields.editors["start"].text() == "19.05.2026 0"
    assert "klokkeslett" in form.message("start") or "tt:mm" in form.message("start")
    # saving it removes the draft and says so
    start = form.fields.editors["start"]
    start.setFocus()
    qtbot.keyClicks(start, "0:00")
    assert form.is_valid()
    assert reopened.save() is not None
    assert not any(own_drafts.glob("*.json"))
    assert repos.incidents.count_all() == 1
    assert again.statusBar().currentMessage() == "Lagret."


def test_a_closed_form_leaves_no_draft(qtbot, database, repos, own_drafts, monkeypatch):  # noqa: ANN001
    window = shown_window(qtbot, database, repos)
    window.show_page("customers")
    dialog = window.pages["customers"].new_record()
    name = dialog.form.fields.editors["name"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
    qtbot.keyClicks(name, "Hole Bygg AS")
    qtbot.waitUntil(lambda: any(own_drafts.glob("*.json")), timeout=3000)
    monkeypatch.setattr("app.ui.forms.form_dialog.ask_to_save", lambda _parent: "discard")
    qtbot.keyClick(name, Key.Key_Escape)
    assert not dialog.isVisible()
    assert not any(own_drafts.glob("*.json"))


def test_f1_opens_the_user_guide_in_the_ui_language(qtbot, database, repos):  # noqa: ANN001
    window = shown_window(qtbot, database, repos)
    qtbot.keyClick(window, Key.Key_F1)
    guide = window.guide_dialog
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "Tastatur" in text and "Ctrl+N" in text and "Godkjenningsperiode" in text
    # its pictures are bundled beside it
    from app.resources import resource_path

    assert resource_path("guide", "overview.png").exists()
    guide.close()
    window.set_language("en")
    qtbot.keyClick(window, Key.Key_F1)
    assert "Keyboard" in window.guide_dialog.browser.toPlainText()


def test_each_guide_shows_pictures_of_the_program_in_its_own_language():
    """The English guide showed the bokmål window, and both showed a calculators page
    from before its template field and its newest calculator. Every picture a guide
    names is bundled; the English guide's are English ones."""
    import re

    from app.resources import resource_path

    for lang in ("nb", "en"):
        html = resource_path("guide", f"guide.{lang}.html").read_text(encoding="utf-8")
        pictures = re.findall(r'<img src="([^"]+)"', html)
        assert pictures, lang
        for name in pictures:
            assert resource_path("guide", name).is_file(), (lang, name)
            assert name.endswith("-en.png") == (lang == "en"), (lang, name)
