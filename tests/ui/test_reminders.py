"""Reminders in the program (issue 15): a tray notification for what is due (observed
offscreen, where Qt has no tray, with the tray made available), grouped, once a day;
clicking it opens the record; without a tray a banner on the overview that says why
once; the reminder state in the overview; "Sett", "Utsett …", "Vis igjen"; lead times in
Settings; the day moving on at midnight."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QSystemTrayIcon

from app.domain.periods import OSLO
from app.storage.database import open_database
from app.storage.demo import fill_demo
from app.storage.repositories import Repositories
from app.ui.main_window import MainWindow
from app.ui.reminders import controller as controller_module
from app.ui.reminders import tray as tray_module

TODAY = date(2026, 11, 21)  # the demo's deletion notice is 3 days overdue, its deletion in 4


@pytest.fixture(autouse=True)
def fresh_memory():
    """What windows of tests notified stays in the process (``controller.MEMORY``)."""
    controller_module.MEMORY.clear()


@pytest.fixture
def demo(tmp_path):
    database = open_database(tmp_path / "demo.sqlite", backup=False)
    # the program's clock on the program's day (acknowledgements are dated by it)
    repos = Repositories(
        database, user="kari", clock=lambda: datetime(2026, 11, 21, 9, 30, tzinfo=OSLO)
    )
    fill_demo(repos, TODAY)
    yield database, repos
    database.close()


@pytest.fixture
def shown(monkeypatch):
    """A tray, as on a desktop with one; every notification it shows is recorded."""
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(tray_module, "available", lambda: True)
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, body, *a: calls.append((title, body))
    )
    return calls


def open_window(qtbot, database, repos):
    window = MainWindow(database=database, repos=repos, today=TODAY, persist=False)
    qtbot.addWidget(window)
    window.show()
    assert window.wait_until_loaded()
    qtbot.waitUntil(lambda: window.reminders.listing is not None)
    return window


def reminder_column(window) -> dict[str, str]:
    """Kind -> the overview's "Påminnelse" text for the demo's termination."""
    overview = window.pages["overview"]
    model = overview.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Påminnelse")
    out = {}
    for row in range(model.rowCount()):
        deadline = model.record_at(row)[1]
        if deadline.record == "terminations:2":
            out[deadline.kind.value] = model.index(row, column).data()
    return out


def test_a_notification_for_what_is_due_grouped_once_a_day(qtbot, demo, shown):
    database, repos = demo
    window = open_window(qtbot, database, repos)
    assert len(shown) == 1
    title, body = shown[0]
    assert title == "2 frister å følge opp i dag (1 forfalt)"
    lines = body.splitlines()
    assert lines[0].startswith("18.11.2026 Slettevarsel") and "Tyristrand Elektro AS" in lines[0]
    assert lines[1].startswith("25.11.2026 Sletting av data")
    assert window.reminders.tray.icon.toolTip() == "Avtalevakt – 2 påminnelser"
    # the same day again (a save, F5, a restart): nothing twice
    window.refresh()
    assert window.wait_until_loaded()
    window.close()
    again = open_window(qtbot, database, repos)
    assert len(shown) == 1
    assert not again.reminders.banner.isVisible()  # the tray is where they come


def test_clicking_the_notification_opens_the_record(qtbot, demo, shown):
    database, repos = demo
    # one reminder only: the deletion notice seen already, the deletion notified
    window = open_window(qtbot, database, repos)
    controller = window.reminders
    controller.last_notified = [r for r in controller.reminders if r.key.kind == "deletion"]
    controller.tray.icon.messageClicked.emit()
    assert window.current_page_name() == "contract"
    page = window.pages["contract"]
    assert page.current_tab() == "terminations"
    # several: the overview
    controller.last_notified = controller.reminders
    controller.tray.icon.messageClicked.emit()
    assert window.current_page_name() == "overview"


def test_seen_snoozed_and_again_in_the_overview_and_history(qtbot, demo, shown, monkeypatch):
    database, repos = demo
    window = open_window(qtbot, database, repos)
    controller = window.reminders
    assert reminder_column(window) == {"deletion_notice": "Påminnelse", "deletion": "Påminnelse"}
    notice = next(r for r in controller.reminders if r.key.kind == "deletion_notice")
    controller.acknowledge(notice)
    assert reminder_column(window)["deletion_notice"] == "Sett av kari"
    (ack,) = repos.reminder_acks.all()
    assert repos.history("reminder_acks", ack.id)[0].user == "kari"
    # snoozed through the dialog, typed
    deletion = next(r for r in controller.reminders if r.key.kind == "deletion")
    dialog = controller.ask_snooze(deletion)
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "20.11.2026")  # a day that has passed: said as a problem
    assert dialog.message.text() == "Velg en dag etter i dag (lør. 21.11.2026)."
    assert "#b3261e" in dialog.message.styleSheet()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "24.11.2026")
    assert dialog.message.styleSheet() == ""
    assert "kommer tilbake på fristdagen" not in dialog.message.text()
    dialog.accept()
    assert reminder_column(window)["deletion"] == "Utsatt til 24.11.2026"
    # and back: Vis igjen
    notice = next(r for r in controller.reminders if r.key.kind == "deletion_notice")
    controller.remind_again(notice)
    assert reminder_column(window)["deletion_notice"] == "Påminnelse"
    assert [h.action for h in repos.history("reminder_acks", ack.id)] == ["insert", "delete"]


def test_without_a_tray_a_banner_on_the_overview_says_so_once(qtbot, demo, monkeypatch):
    database, repos = demo
    monkeypatch.setattr(tray_module, "available", lambda: False)
    window = open_window(qtbot, database, repos)
    banner = window.reminders.banner
    assert window.reminders.tray is None
    assert banner.isVisible()
    assert banner.heading.text() == "2 frister å følge opp i dag (1 forfalt)"
    assert banner.why.isVisible()
    assert "har ikke noe varslingsfelt" in banner.why.text()
    assert len(banner.buttons) == 2
    open_, seen, snooze = banner.buttons[0]
    assert (open_.text(), seen.text(), snooze.text()) == ("Åpne", "Sett", "Utsett …")
    qtbot.mouseClick(seen, Qt.MouseButton.LeftButton)
    assert len(banner.buttons) == 1 and banner.heading.text() == "1 frist å følge opp i dag"
    window.close()
    again = open_window(qtbot, database, repos)
    assert again.reminders.banner.isVisible() and not again.reminders.banner.why.isVisible()


def test_lead_times_in_settings_change_the_reminders(qtbot, demo, shown, own_reminder_settings):
    database, repos = demo
    window = open_window(qtbot, database, repos)
    dialog = window.open_settings()
    editor = dialog.lead_times
    check, days, unit = editor.rows["approval_end"]
    assert (check.isChecked(), days.value(), unit.currentText()) == (True, 2, "virkedager før")
    days.setValue(5)  # the demo's approval period ends Thu 26.11: 5 working days from 19.11
    check_deletion, *_ = editor.rows["deletion"]
    check_deletion.setChecked(False)
    dialog.accept()
    assert own_reminder_settings.exists()
    kinds = {r.key.kind for r in window.reminders.reminders}
    assert "approval_end" in kinds and "deletion" not in kinds
    assert len(shown) == 2 and "Godkjenningsperiode" in shown[1][0]  # the new one, alone


def test_midnight_moves_the_day_on(qtbot, demo, shown, monkeypatch):
    database, repos = demo
    window = open_window(qtbot, database, repos)
    # the window's session owns the day (issue 11): two days on by the clock
    clock = window.session.clock()
    window.session.clock = lambda: clock + timedelta(days=2)
    window.session.check()
    assert window.wait_until_loaded()
    qtbot.waitUntil(lambda: window.reminders.listing.today == date(2026, 11, 23))
    assert window.today == date(2026, 11, 23)
    assert window.pages["overview"].today == date(2026, 11, 23)


def test_an_edit_that_moves_the_date_re_arms_and_notifies_again(qtbot, demo, shown):
    """Issue 15 item 2 in the program (GLPI's alerts that never re-arm): the deletion seen,
    then the termination's planned deletion typed a day earlier in its form and saved ->
    the reminder is due again for the new date, and notified."""
    database, repos = demo
    window = open_window(qtbot, database, repos)
    controller = window.reminders
    deletion = next(r for r in controller.reminders if r.key.kind == "deletion")
    assert deletion.key.date == date(2026, 11, 25)
    controller.acknowledge(deletion)
    assert reminder_column(window)["deletion"] == "Sett av kari"
    assert len(shown) == 1
    page = controller.open(deletion)  # the termination, selected on its contract's page
    dialog = page.edit_in_tab("terminations", page.tables["terminations"].currentIndex().row())
    planned = dialog.form.fields.editors["planned_deletion"]
    planned.setFocus()
    planned.selectAll()
    qtbot.keyClicks(planned, "24.11.2026")
    qtbot.keyClick(planned, Qt.Key.Key_Return)  # Enter saves a changed, valid form
    assert repos.terminations.get(2).planned_deletion == date(2026, 11, 24)
    qtbot.waitUntil(
        lambda: any(r.key.date == date(2026, 11, 24) for r in controller.reminders),
        timeout=10000,
    )
    again = next(r for r in controller.reminders if r.key.kind == "deletion")
    assert again.due and again.ack is None
    assert reminder_column(window)["deletion"] == "Påminnelse"
    # notified again, with the deletion notice, whose last day moved with it (OC 5.4)
    assert len(shown) == 2
    assert shown[1][1].splitlines() == [
        "17.11.2026 Slettevarsel (5 virkedager før) – Tyristrand Elektro AS",
        "24.11.2026 Sletting av data (innen 30 dager) – Tyristrand Elektro AS",
    ]
