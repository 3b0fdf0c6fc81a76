"""The main window: keyboard navigation, shortcuts, language switch, the screenshot command."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.ui.application import PAGES, render_screenshot, run_gui
from app.ui.main_window import NAVIGATION, MainWindow

from .conftest import TODAY


def make_window(qtbot, database, repos) -> MainWindow:  # noqa: ANN001
    window = MainWindow(database=database, repos=repos, today=TODAY, persist=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_every_page_by_keyboard(qtbot, database, repos):  # noqa: ANN001
    window = make_window(qtbot, database, repos)
    for number, name in enumerate(NAVIGATION, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_name() == name
    # Ctrl+2, Ctrl+F, type, Enter opens the contract
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["contracts"]
    assert QApplication.focusWidget() is page.filter
    qtbot.keyClicks(page.filter, "skytjenester")
    qtbot.keyClick(page.filter, Qt.Key.Key_Return)
    assert page.model.total == 1
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current_page_name() == "contract"
    assert "Skytjenester SLA" in window.pages["contract"].heading.text()
    assert "compensation so far" not in window.pages["contract"].quarter.text()
    assert "kompensasjon hittil" in window.pages["contract"].quarter.text()


def test_the_file_menu_offers_only_what_the_page_in_view_has(qtbot, database, repos):  # noqa: ANN001
    """Ctrl+N and Ctrl+F on the overview, or all three on the calculators, did nothing
    and said nothing. Now "Ny …", "Søk" and "Eksporter listen" are enabled only where
    the page has them, and a disabled shortcut opens nothing."""
    window = make_window(qtbot, database, repos)
    offered = {
        "overview": {"export"},
        "contracts": {"new", "find", "export"},
        "customers": {"new", "find", "export"},
        "incidents": {"new", "find", "export"},
        "complaints": {"new", "find", "export"},
        "deliveries": {"new", "find", "export"},
        "calculators": set(),
        "templates": {"new", "export"},
    }
    assert set(NAVIGATION) == set(offered)
    actions = {"new": window.new_action, "find": window.find_action, "export": window.export_action}
    for number, name in enumerate(NAVIGATION, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_name() == name
        enabled = {key for key, action in actions.items() if action.isEnabled()}
        assert enabled == offered[name], name
    window.go_to("overview")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is None
    # a contract's page: a new record of the tab's kind, its lists exported; no filter
    window.open_contract(repos.contracts.all()[0].id)
    enabled = {key for key, action in actions.items() if action.isEnabled()}
    assert enabled == {"new", "export"}


@pytest.mark.parametrize(
    ("key", "page", "said"),
    [
        (Qt.Key.Key_4, "incidents", "en hendelse hører alltid til en avtale"),
        (Qt.Key.Key_5, "complaints", "en reklamasjon gjelder alltid en avtale"),
        (Qt.Key.Key_6, "deliveries", "en leveransemelding hører alltid til en avtale"),
    ],
)
def test_a_record_of_a_contract_with_no_contract_yet_asks_for_the_contract_first(  # noqa: ANN001
    qtbot, database, monkeypatch, key, page, said
):
    """Ctrl+N on Hendelser of an empty database opened a form that could never be saved:
    its contract list was empty, and nothing said why. Now the program says why, and Yes
    starts the contract (its customer first, as the Contracts page's Ctrl+N does)."""
    from PySide6.QtWidgets import QMessageBox

    from app.storage.repositories import Repositories

    asked: list[str] = []

    def answer(parent, title, text, *args):  # noqa: ANN001, ANN002, ANN202
        asked.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    window = make_window(qtbot, database, Repositories(database))
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [
        f"Ingen avtale ennå: Det finnes ingen avtaler ennå, og {said}. Vil du legge inn avtalen nå?"
    ]
    assert window.current_page_name() == "contracts"
    form = window.pages["contracts"].last_dialog.form
    assert type(form).__name__ == "CustomerForm"  # no customer yet either: that first
    window.pages["contracts"].last_dialog.reject()
    assert window.pages[page].last_dialog is None  # no form that cannot be saved


def test_conflicts_on_a_database_no_other_pc_shares(qtbot, database, repos):  # noqa: ANN001
    """It said "Ingen åpne konflikter: alle PC-ene er enige." with no other PC there."""
    window = make_window(qtbot, database, repos)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    qtbot.keyClick(menu, Qt.Key.Key_M)  # "Konflikter &mellom PC-er …"
    dialog = window.conflicts_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.hint.text() == (
        "Databasen deles ikke med andre PC-er, så det finnes ingen konflikter. Deling "
        "settes opp under Fil → Innstillinger …, «Delt database»."
    )
    assert dialog.table.isHidden() and dialog.open_button.isHidden()
    assert dialog.width() < 900  # as big as its sentence, not the list's 900 × 420
    dialog.reject()


def test_avtaler_in_the_navigation_goes_back_from_a_contract_to_the_list(qtbot, database, repos):  # noqa: ANN001
    """On a contract's page "Avtaler" stays selected; a click on it (or Enter on it, and
    Ctrl+2) shows the list again. The click did nothing: the selection did not change."""
    from PySide6.QtTest import QTest

    window = make_window(qtbot, database, repos)
    contract = repos.contracts.all()[0]
    item = window.nav.item(NAVIGATION.index("contracts"))

    window.open_contract(contract.id)
    assert window.current_page_name() == "contract"
    rect = window.nav.visualItemRect(item)
    QTest.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_name() == "contracts"

    window.open_contract(contract.id)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Return)
    assert window.current_page_name() == "contracts"

    window.open_contract(contract.id)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "contracts"


def test_ctrl_n_opens_the_form_of_the_page(qtbot, database, repos):  # noqa: ANN001
    window = make_window(qtbot, database, repos)
    window.show_page("incidents")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.pages["incidents"].last_dialog
    assert dialog is not None and dialog.isVisible()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert save.text() == "Lagre" and cancel.text() == "Avbryt"  # our own qtbase_nb
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_language_switch_rebuilds_in_english(qtbot, database, repos):  # noqa: ANN001
    window = make_window(qtbot, database, repos)
    window.show_page("calculators")
    assert window.nav.item(0).text() == "Oversikt"
    window.set_language("en")
    assert window.nav.item(0).text() == "Overview"
    assert window.current_page_name() == "calculators"
    panel = window.pages["calculators"].panel("approval")
    assert "Delivery notice sent" in panel.result_view.explanation()
    window.set_language("nb")
    assert window.nav.item(0).text() == "Oversikt"


def test_screenshot_of_every_page(tmp_path, database, repos):  # noqa: ANN001
    path = database.path
    for page in PAGES:
        out = tmp_path / f"{page}.png"
        render_screenshot(db_path=path, out=out, page=page, lang="nb", wait=True)
        assert out.stat().st_size > 10_000, page
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "overview.png"))
    assert (image.width(), image.height()) == (1280, 800)


def test_a_screenshot_is_never_written_over_the_database(database):  # noqa: ANN001
    """``--screenshot F --db F`` (storage.targets): refused before anything is drawn."""
    from app.storage.targets import WouldOverwriteDatabase

    before = database.path.read_bytes()[:4096]
    with pytest.raises(WouldOverwriteDatabase):
        render_screenshot(db_path=database.path, out=database.path, page="overview", wait=True)
    assert database.path.read_bytes()[:4096] == before


def test_a_screenshot_qt_cannot_write_is_said_and_the_picture_there_is_kept(  # noqa: ANN001
    tmp_path, database, capsys
):
    """Qt's ``save`` says only False: it was taken as done (exit 0, no file). Now the
    picture goes through ``written``: the failure is said and an earlier one is kept."""
    from app.storage.targets import PictureNotWritten

    out = tmp_path / "shot.png"
    out.write_bytes(b"the earlier picture")
    (tmp_path / "shot.png.part").mkdir()  # Qt cannot write its partial file
    with pytest.raises(PictureNotWritten) as raised:
        render_screenshot(db_path=database.path, out=out, page="overview", wait=True)
    assert str(out) in raised.value.text("nb")
    assert out.read_bytes() == b"the earlier picture"

    missing = tmp_path / "no such folder" / "shot.png"
    assert run_gui(["--db", str(database.path), "--screenshot", str(missing)]) == 2
    said = capsys.readouterr().err
    # a missing folder is named before Qt is asked (storage.targets.FolderMissing)
    assert f"Kan ikke skrive {missing}: mappen {missing.parent} finnes ikke." in said
    assert not missing.parent.exists()


def test_selftest_is_a_placeholder_here():
    assert run_gui(["--selftest"]) == 2


def test_date_popup_marks_norwegian_holidays(qtbot):  # noqa: ANN001
    from datetime import date

    from app.ui.fmt import qdate
    from app.ui.widgets.date_edit import DateEdit

    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClick(edit, Qt.Key.Key_F4)  # the calendar pops up (also Alt+Down)
    assert edit.popup is not None and edit.popup.isVisible()
    calendar = edit.popup.calendar
    calendar.setCurrentPage(2026, 5)
    assert calendar.holiday_marked(date(2026, 5, 17))  # Grunnlovsdag
    assert calendar.dateTextFormat(qdate(date(2026, 5, 14))).toolTip() == "Kristi himmelfartsdag"
    assert not calendar.holiday_marked(date(2026, 5, 13))


def test_window_icon_is_shipped():
    from app.resources import resource_path

    assert resource_path("icons", "avtalevakt.svg").exists()


def test_the_last_backup_time_is_oslo_time(qtbot, database, repos, monkeypatch, tmp_path):  # noqa: ANN001
    """The status bar's backup time is in Oslo, as every other time the program shows
    (it was in the computer's zone: an hour off on a PC set to UTC)."""
    import os
    import time
    from datetime import datetime

    from app.domain.periods import OSLO
    from app.ui.fmt import fmt_datetime

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        backup = tmp_path / "desk-backup.sqlite"
        backup.write_bytes(b"")
        taken = datetime(2026, 7, 1, 10, 0, tzinfo=OSLO)  # 08:00 UTC
        os.utime(backup, (taken.timestamp(), taken.timestamp()))
        window = make_window(qtbot, database, repos)
        monkeypatch.setattr(window.database, "last_backup", backup, raising=False)
        assert "kl. 10:00" in window.backup_text()
        assert fmt_datetime(taken) in window.backup_text()
    finally:
        monkeypatch.undo()
        time.tzset()


def test_qts_file_dialog_speaks_bokmål(qtbot):  # noqa: ANN001
    """Qt's own file dialog (where no desktop dialog is used) had "Files of type:" in
    English: Qt 6 asks for "Files of &type:", our qtbase_nb had an older text."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    dialog = QFileDialog(None, "Lagre en kopi")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {
        name: dialog.findChild(QLabel, name).text()
        for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")
    }
    assert labels == {
        "lookInLabel": "&Se i:",
        "fileNameLabel": "Fil&navn:",
        "fileTypeLabel": "Fil&type:",
    }
