"""Reminders while the program runs (issue 15): the schedule run on the overview's
deadlines, a notification for what is newly due, the state on the overview.

Every time the overview has computed its deadlines (at start, after every change, when
the day changes), ``update`` runs the schedule (``reports.reminders_report``, the same
function the ``reminders`` command uses) for this user with their lead times and the
acknowledgements recorded. What is due and was not yet notified today is notified:
through the tray (one notification, grouped when several; clicking opens the record or
the overview), or, where the desktop has no tray, in a banner on the overview (which
says so the first time). Nothing is notified twice on a day: the reminders notified are
kept per database and day in the user's settings, so a restart does not repeat them.

The overview's "Påminnelse" column shows each deadline's state (due, seen by whom,
snoozed until), and its rows' menu has "Sett", "Utsett …" and "Vis igjen". An
acknowledgement is a write (with its history entry) through the window's operations.

A window that is not the program's (tests, screenshots) keeps what it notified in the
process only (``MEMORY``), never in the user's settings.

The program's "today" is the window's session (``ui.session``, issue 11): at midnight it
moves the window and its pages to the new day, the overview computes again, and so the
reminders come on their day in a program left open overnight.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from app.domain import reminders as rm

from ..i18n import lang

if TYPE_CHECKING:
    from ..main_window import MainWindow


class MemoryStore(dict):
    """Settings kept in the process only: a window that is not the program's (tests,
    screenshots) never marks reminders notified in the user's own settings."""

    def value(self, key: str, default: Any = None) -> Any:
        return self.get(key, default)

    def setValue(self, key: str, value: Any) -> None:  # noqa: N802 - QSettings' name
        self[key] = value

    def sync(self) -> None:
        pass


#: The store of the windows that are not the program's (``MainWindow(persist=False)``).
MEMORY = MemoryStore()


class NotifiedLog:
    """The reminders notified today for one database (the user's settings)."""

    def __init__(self, database_path: Any, store: Any) -> None:
        self.store = store
        digest = hashlib.sha1(str(database_path).encode()).hexdigest()[:16]  # noqa: S324
        self.key = f"reminders/notified-{digest}"

    def today(self, day: date) -> set[rm.ReminderKey]:
        try:
            data = json.loads(str(self.store.value(self.key, "") or "{}"))
            if data.get("day") != day.isoformat():
                return set()
            return {
                rm.ReminderKey(kind, record, date.fromisoformat(on))
                for kind, record, on in data.get("keys", [])
            }
        except (ValueError, TypeError, AttributeError):
            return set()

    def add(self, day: date, keys: set[rm.ReminderKey]) -> None:
        known = self.today(day) | keys
        data = {
            "day": day.isoformat(),
            "keys": sorted([k.kind, k.record, k.date.isoformat()] for k in known),
        }
        self.store.setValue(self.key, json.dumps(data))
        self.store.sync()


class ReminderController(QObject):
    """The reminders of one main window (made when its database is open)."""

    #: The reminders were computed again (tests, the banner).
    updated = Signal()

    def __init__(self, window: MainWindow, *, tray: bool | None = None) -> None:
        super().__init__(window)
        from . import tray as tray_module

        self.window = window
        self.listing: Any = None
        self.reminders: list[rm.Reminder] = []
        self.by_deadline: dict[rm.ReminderKey, rm.Reminder] = {}
        from .. import settings as settings_store

        self.store = settings_store.qsettings() if window.persist else MEMORY
        self.notified = NotifiedLog(window.database.path if window.database else "", self.store)
        self.last_notified: list[rm.Reminder] = []
        has_tray = tray_module.available() if tray is None else tray
        self.tray = (
            tray_module.Tray(self._show_window, window.quit_program, self) if has_tray else None
        )
        if self.tray is not None:
            self.tray.clicked.connect(self.open_notified)
        self.overview: Any = None
        self.banner: Any = None
        self._actions: list[QAction] = []
        if window.operations is not None:
            window.operations.changed.connect(self._changed)

    # --- computing -----------------------------------------------------------------------

    def update(self, overview: Any) -> None:
        """The overview has (perhaps new) deadlines: compute and notify what is new."""
        listing = overview.listing
        if overview is not self.overview:
            self._install(overview)
        if listing is None or listing is self.listing:
            return
        self.listing = listing
        self.recompute(notify=True)

    def lead_times(self) -> dict[str, rm.LeadTime]:
        from app.storage.reminders import LeadTimesUnreadable, load_lead_times

        try:
            return load_lead_times()
        except LeadTimesUnreadable as exc:  # said in the status bar, the defaults used
            self.window.statusBar().showMessage(exc.text(lang()), 15000)
            return {}

    def recompute(self, *, notify: bool = False) -> None:
        from app.reports.reminders_report import reminders_for

        if self.listing is None or self.window.repos is None:
            return
        self.reminders = reminders_for(
            self.window.repos, self.listing, lead_times=self.lead_times()
        )
        self.by_deadline = {r.key: r for r in self.reminders}
        self._show()
        if notify:
            self.notify_new()
        self.updated.emit()

    def due(self) -> list[rm.Reminder]:
        return [r for r in self.reminders if r.due]

    def notify_new(self) -> list[rm.Reminder]:
        """Notify the due reminders not notified today (once per reminder and day)."""
        today = self.listing.today
        new = rm.to_notify(self.reminders, self.notified.today(today))
        if not new:
            return []
        if self.tray is not None:
            title, body = rm.notification_text(new, today=today, lang=lang())
            self.tray.notify(title, body)
        self.last_notified = new
        self.notified.add(today, {r.key for r in new})
        return new

    def state_text(self, deadline: Any) -> str:
        """The overview's "Påminnelse" cell of a deadline ("" without a reminder)."""
        return rm.cell_text(self.reminder_of(deadline), lang())

    def reminder_of(self, deadline: Any) -> rm.Reminder | None:
        return self.by_deadline.get(rm.key_of(deadline))

    # --- the overview --------------------------------------------------------------------

    def _install(self, overview: Any) -> None:
        """The overview (built again after a language change) gets the column's text,
        the banner and the rows' reminder actions."""
        from .banner import ReminderBanner

        self.overview = overview
        overview.reminder_text = self.state_text
        self.banner = ReminderBanner(
            open_=self.open, seen=self.acknowledge, snooze=self.ask_snooze, parent=overview
        )
        overview.layout_.insertWidget(1, self.banner)
        table = overview.table
        before = next((a for a in table.actions() if a.isSeparator()), None)
        self._actions = []
        for text, slot in (
            (self.tr("Reminder &seen"), self._seen_row),
            (self.tr("S&nooze reminder …"), self._snooze_row),
            (self.tr("Remind &again"), self._again_row),
        ):
            action = QAction(text, table)
            action.triggered.connect(lambda _c=False, s=slot: s())
            if before is not None:
                table.insertAction(before, action)
            else:
                table.addAction(action)
            self._actions.append(action)
        table.selectionModel().currentRowChanged.connect(lambda *_a: self._enable_actions())

    def _show(self) -> None:
        overview = self.overview
        if overview is None:
            return
        model = overview.model
        if model.rowCount():  # the rows are the same deadlines: their cells show again
            model.dataChanged.emit(
                model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1)
            )
        due = self.due()
        if self.tray is None:
            store = self.store
            told = str(store.value("reminders/no_tray_told", "")) == "1"
            self.banner.say_why(bool(due) and not told)
            if due and not told:
                store.setValue("reminders/no_tray_told", "1")
            self.banner.show_reminders(due, self.listing.today)
        else:
            self.tray.set_count(len(due))
            self.banner.hide()
        self._enable_actions()

    def _row_reminder(self) -> rm.Reminder | None:
        overview = self.overview
        if overview is None:
            return None
        index = overview.table.currentIndex()
        found = overview.model.record_at(index.row()) if index.isValid() else None
        return self.reminder_of(found[1]) if found else None

    def _enable_actions(self) -> None:
        reminder = self._row_reminder()
        if len(self._actions) == 3:
            seen, snooze, again = self._actions
            seen.setEnabled(reminder is not None and reminder.due)
            snooze.setEnabled(reminder is not None and reminder.due)
            again.setEnabled(reminder is not None and reminder.ack is not None)

    def _seen_row(self) -> None:
        reminder = self._row_reminder()
        if reminder is not None:
            self.acknowledge(reminder)

    def _snooze_row(self) -> None:
        reminder = self._row_reminder()
        if reminder is not None:
            self.ask_snooze(reminder)

    def _again_row(self) -> None:
        reminder = self._row_reminder()
        if reminder is not None:
            self.remind_again(reminder)

    # --- acting on a reminder ------------------------------------------------------------

    def _write(self, func: Any) -> Any:
        from PySide6.QtWidgets import QMessageBox

        from app.storage.errors import StorageError

        try:
            return self.window.operations.run(func, tables=("reminder_acks", "history"))
        except StorageError as exc:
            QMessageBox.warning(self.window, self.tr("Reminder"), exc.text(lang()))
            return None

    def acknowledge(self, reminder: rm.Reminder, *, until: date | None = None) -> Any:
        """ "Sett" (or, with ``until``, snooze): recorded with its history entry."""
        from app.storage import reminders as stored

        repos = self.window.repos
        done = self._write(lambda: stored.acknowledge(repos, reminder.key, snoozed_until=until))
        if done is not None:
            self.window.statusBar().showMessage(
                (
                    self.tr("Snoozed until %1: %2").replace("%1", _day(until))
                    if until is not None
                    else self.tr("Reminder seen: %2")
                ).replace("%2", rm.kind_text(reminder.deadline, lang())),
                8000,
            )
        return done

    def ask_snooze(self, reminder: rm.Reminder) -> Any:
        from .snooze import SnoozeDialog

        dialog = SnoozeDialog(reminder, self.listing.today, self.window)
        self.snooze_dialog = dialog
        dialog.accepted.connect(
            lambda: dialog.until() and self.acknowledge(reminder, until=dialog.until())
        )
        dialog.open()
        return dialog

    def remind_again(self, reminder: rm.Reminder) -> Any:
        from app.storage import reminders as stored

        repos = self.window.repos
        return self._write(lambda: stored.unacknowledge(repos, reminder.key))

    def open(self, reminder: rm.Reminder) -> Any:
        """The deadline's record on its contract's page (as the overview opens a row)."""
        from ..pages.overview import RECORD_TABS

        d = reminder.deadline
        self._show_window()
        if d.contract_id is None:
            return self.window.show_page("overview")
        page = self.window.open_contract(d.contract_id)
        table, _, record_id = d.record.partition(":")
        if table in RECORD_TABS and record_id.isdigit():
            page.select_record(RECORD_TABS[table], int(record_id))
        return page

    def open_notified(self) -> Any:
        """The notification was clicked: its record, or the overview for several."""
        if len(self.last_notified) == 1:
            return self.open(self.last_notified[0])
        self._show_window()
        return self.window.show_page("overview")

    def _show_window(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def _changed(self, changes: Any) -> None:
        """An acknowledgement was written: the state again, nothing notified."""
        if changes.touches(("reminder_acks",)) and self.listing is not None:
            self.recompute()

    def close(self) -> None:
        if self.tray is not None:
            self.tray.close()


def _day(value: date | None) -> str:
    from ..fmt import fmt_date

    return fmt_date(value) if value is not None else ""
