"""The overview (start page): every deadline of every contract — overdue, today, next 7 days,
later — with counts per group, filters by customer and kind, and export to .ics and CSV.

The list is ``app.reports.deadlines_report.deadline_list`` (storage loads, the domain
computes and groups); Enter or a double click opens the deadline's record.

It is computed on the worker (``app.ui.worker``) on a connection of its own, so the
window paints first: until the answer comes the page says "Beregner frister …" (a
refresh keeps the previous list in view meanwhile). ``wait_until_loaded()`` waits for
it (tests, screenshots). A refresh while one is running cancels the older one.

The page is also the first thing a user sees while the program opens the database
(``MainWindow`` without a database): made with ``repos=None`` it shows its frame,
cards with "–" and "Åpner databasen …", and needs nothing but Qt; ``attach(repos)``
then fills it in. So this module imports the domain and the reports only when used.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app import clock

from ..i18n import lang
from ..models.records_model import RecordsModel
from ..tones import Tone
from ..widgets.table import make_table, size_columns
from .base import Page, empty_hint, show_empty

# The tab of the contract page that shows a deadline's record ("deliveries:3").
RECORD_TABS = {
    "deliveries": "deliveries",
    "terminations": "terminations",
    "complaints": "complaints",
}


def _h(text: str) -> Any:
    return lambda: QCoreApplication.translate("OverviewPage", text)


# How long after the overview was last computed the page computes the coming days' to
# keep (``OverviewPage._keep_ahead``): not during a start or a burst of changes; and then
# only while nobody works in the window (``OverviewPage._idle``), else as long again.
# (Plain comments: lupdate takes "#:" for a note to the translator of the next text.)
AHEAD_DELAY_MS = 20_000

# The domain's ``Group`` values (a ``StrEnum``: its members are these strings).
GROUPS = ("overdue", "today", "week", "later")


def _cell(name: str) -> Any:
    """The overview's cell ``name`` of ``deadlines_report`` for a (group, deadline) row
    (a kept row, ``Kept``, has the texts those functions made when it was kept)."""
    key = name.removesuffix("_text")

    def text(row: Any) -> str:
        if isinstance(row[1], Kept):
            return row[1].cells.get(key, "")
        from app.reports import deadlines_report

        return getattr(deadlines_report, name)(row[0], row[1], lang())

    return text


class Kept:
    """A row of the overview kept from the last time it was computed
    (``storage.overview_snapshot``), shown at a start until the fresh one is in: its
    cells' texts, and the date the date column sorts by."""

    __slots__ = ("cells", "contract_id", "customer", "date", "kind", "record")

    def __init__(self, row: dict[str, Any]) -> None:
        self.cells: dict[str, str] = row["cells"]
        self.date = date.fromisoformat(row["date"])
        self.kind: str = row["kind"]
        self.contract_id: int | None = row["contract_id"]
        self.record: str = row["record"]
        self.customer: str = row["customer"]


def _fmt_date(value: date) -> str:
    from ..fmt import fmt_date

    return fmt_date(value)


class Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.value = QLabel("–", self)
        self.value.setObjectName("cardValue")
        caption = QLabel(title, self)
        caption.setObjectName("hint")
        caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.value)
        layout.addWidget(caption)


class OverviewPage(Page):
    follows_today = True  # its dates are judged by today (issue 11: a live today)

    def __init__(
        self,
        repos: Any,
        *,
        today: date | None = None,
        window: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Overview"), window=window, parent=parent)
        self.repos = repos
        self.today = today or clock.today()
        self.listing: Any = None
        self.contracts = 0  # (in the database: what an empty list says depends on it)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("hint")
        self.toolbar.addWidget(self.date_label)
        self.buttons = [
            self.button(
                self.tr("Export to &calendar…"),
                self.export_ics,
                tip=self.tr("The deadlines shown as an .ics file for Outlook or another calendar"),
            ),
            self.button(
                self.tr("E&xport CSV…"),
                self.export_csv,
                tip=self.tr("The deadlines shown, for Excel"),
            ),
        ]
        # A warning above the cards, e.g. from sharing (issue 14): a day without a sync
        # means deadlines may miss other PCs' records. Set by ``set_notice``.
        self.notice = QLabel(self)
        self.notice.setObjectName("overviewNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "#overviewNotice { background: #fff4ce; border: 1px solid #e0b400;"
            " border-radius: 4px; padding: 6px 10px; }"
        )
        self.notice.hide()
        self.layout_.addWidget(self.notice)
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        overdue, today_, week, later = GROUPS
        self.cards: dict[str, Card] = {
            overdue: Card(self.tr("overdue"), self),
            today_: Card(self.tr("due today"), self),
            week: Card(self.tr("next 7 days"), self),
            later: Card(self.tr("later (60 days)"), self),
            "contracts": Card(self.tr("contracts"), self),
            "open": Card(self.tr("incidents still open"), self),
        }
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, i)
            cards.setColumnStretch(i, 1)
        self.layout_.addLayout(cards)

        heading = QLabel(self.tr("Deadlines"), self)
        heading.setObjectName("sectionHeading")
        self.customer_filter = QComboBox(self)
        self.customer_filter.setObjectName("customerFilter")
        self.customer_filter.setMinimumContentsLength(22)
        self.customer_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        # the kinds come with the database (attach): as wide as they are then
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_filter.addItem(self.tr("All kinds"), None)
        customer_label = QLabel(self.tr("C&ustomer:"), self)
        customer_label.setBuddy(self.customer_filter)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind_filter)
        self.shown_label = QLabel(self)
        self.shown_label.setObjectName("hint")
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addSpacing(16)
        row.addWidget(customer_label)
        row.addWidget(self.customer_filter)
        row.addSpacing(8)
        row.addWidget(kind_label)
        row.addWidget(self.kind_filter)
        row.addStretch(1)
        row.addWidget(self.shown_label)
        self.layout_.addLayout(row)

        #: A deadline's reminder state ("sett av kari 12.03.2027"), told by the reminders
        #: (``app.ui.reminders``, issue 15); nothing until they are computed.
        self.reminder_text: Any = lambda _deadline: ""
        # The cells' texts are ``deadlines_report``'s, which the CSV files write too (one
        # truth: what is on the screen is in the file); its headers say the same words
        # (a test holds them together), kept here so the frame paints before the domain
        # is imported.
        self.model = RecordsModel(
            [
                (_h(QT_TRANSLATE_NOOP("OverviewPage", "When")), _cell("when_text")),
                (
                    _h(QT_TRANSLATE_NOOP("OverviewPage", "Date")),
                    _cell("date_text"),
                    lambda r: r[1].date,
                ),
                (_h(QT_TRANSLATE_NOOP("OverviewPage", "Deadline")), _cell("kind_text")),
                (_h(QT_TRANSLATE_NOOP("OverviewPage", "Customer")), _cell("customer_text")),
                (_h(QT_TRANSLATE_NOOP("OverviewPage", "Contract")), _cell("contract_text")),
                (
                    _h(QT_TRANSLATE_NOOP("OverviewPage", "Reminder")),
                    lambda r: (
                        r[1].cells.get("reminder", "")
                        if isinstance(r[1], Kept)
                        else self.reminder_text(r[1])
                    ),
                ),
                (_h(QT_TRANSLATE_NOOP("OverviewPage", "What to do")), _cell("what_text")),
            ],
            self,
        )
        self.model.colours = self.colour
        self.table = make_table(self.model, self)
        self.table.setObjectName("deadlines")
        size_columns(self.table, [12, 14, 24, 21, 21, 18])
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.row_actions(self.table, open_row=self.open_row, export=self.export_csv)
        self.layout_.addWidget(self.table, 1)
        self.empty_label = empty_hint(self)  # no deadlines at all: why, and what to do
        self.layout_.addWidget(self.empty_label, 1)
        self.customer_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.job: Any = None
        #: The kept overview in view (``show_kept``) until the fresh one replaces it.
        self.kept: dict[str, Any] | None = None
        # keeping the overview for the next start, and the coming days' (``_keep``)
        self.keep_job: Any = None
        self.ahead_job: Any = None
        self._ahead_timer: Any = None
        # after a language switch, until the deadlines are in: the customer chosen and
        # the deadline selected before it (``restore_view_state``)
        self._pending_customer: Any = None
        self._pending_row: Any = None
        if repos is None:
            self.shown_label.setText(self.tr("Opening the database …"))
            for widget in (*self.buttons, self.customer_filter, self.kind_filter):
                widget.setEnabled(False)
        else:
            self.attach(repos)

    # --- data --------------------------------------------------------------------------

    def set_notice(self, text: str) -> None:
        """Show a warning above the deadlines ("" hides it)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def attach(self, repos: Any, computed: tuple[Any, int, int, Any] | None = None) -> None:
        """The database is open: the kinds to filter by, then the deadlines (worker).

        ``computed``: what ``overview_and_key`` gave for this database a moment ago
        (the start computes it while the file is checked): shown at once, not again."""
        from app.domain import templates
        from app.domain.kinds import Kind, kind_name

        self.repos = repos
        self.kind_filter.blockSignals(True)
        while self.kind_filter.count() > 1:
            self.kind_filter.removeItem(1)
        used = {kind for t in templates.BUILTIN.values() for kind in t.kinds}
        for kind in Kind:  # the kinds some template has, in the enum's order
            if kind in used:
                self.kind_filter.addItem(kind_name(kind, lang()), kind)
        self.kind_filter.blockSignals(False)
        for widget in (*self.buttons, self.customer_filter, self.kind_filter):
            widget.setEnabled(True)
        if computed is None:
            self.refresh()
        else:
            self._fill(None, *computed)

    def refresh(self) -> None:
        """Compute the overview on the worker; the page fills in when it is done."""
        from ..worker import Job

        if self.repos is None:
            return  # the database is not open yet: attach() computes

        if self.job is not None and not self.job.done:
            self.job.cancel()
        job = Job(overview_task(self.repos, self.today))
        self.job = job
        job.finished.connect(lambda result, job=job: self._fill(job, *result))
        job.failed.connect(lambda error, job=job: self._failed(job, error))
        self.shown_label.setText(self.tr("Computing deadlines …"))
        job.start()

    def loading(self) -> bool:
        return self.job is not None and not self.job.done

    def wait_until_loaded(self, timeout_ms: int = 300_000) -> bool:
        """Block (processing events) until the overview is filled in."""
        return self.job is None or self.job.wait(timeout_ms)

    def cancel(self) -> None:
        """Stop a computation still running (the window closes)."""
        if self._ahead_timer is not None:
            self._ahead_timer.stop()
        for job in (self.job, self.keep_job, self.ahead_job):
            if job is not None and not job.done:
                job.cancel()

    def _failed(self, job: Any, error: BaseException) -> None:
        from app.storage.errors import StorageError

        from ..worker import Cancelled

        if job is not self.job or job.cancelled or isinstance(error, Cancelled):
            return
        text = error.text(lang()) if isinstance(error, StorageError) else str(error)
        self.shown_label.setText(
            self.tr("The deadlines could not be computed: %1").replace("%1", text)
        )

    def _fill(
        self, job: Any, listing: Any, contracts: int, open_incidents: int, records: Any = None
    ) -> None:
        if job is not None and (job is not self.job or job.cancelled):
            return  # an older computation (a newer one is on its way), or the page is closing
        self.show_result(listing, contracts, open_incidents)
        self._keep(listing, contracts, open_incidents, records)

    # --- kept for the next start (``storage.overview_snapshot``) ------------------------

    def show_kept(self, kept: dict[str, Any]) -> None:
        """Show the overview kept from the last time it was computed, while the database
        is still being opened (``StartUp``): the counts and the first rows, as they were
        then; the fresh overview replaces it (``show_result``). Filters, export and
        opening a row wait for the database, as they do without it."""
        if self.repos is not None or self.listing is not None:
            return  # the fresh overview is already in
        self.kept = kept
        for group in GROUPS:
            self.cards[group].value.setText(str(kept["groups"].get(group, 0)))
        self.contracts = kept["contracts"]
        self.cards["contracts"].value.setText(str(kept["contracts"]))
        self.cards["open"].value.setText(str(kept["open_incidents"]))
        # (as it was shown: ``fmt`` would load the domain, which is what the start waits for)
        self.date_label.setText(kept["today_label"])
        if not self.customer_filter.count():  # (as it reads once the customers are in)
            self.customer_filter.blockSignals(True)
            self.customer_filter.addItem(self.tr("All customers"), None)
            self.customer_filter.blockSignals(False)
        rows = [(row["group"], Kept(row)) for row in kept["rows"]]
        self.model.set_rows(rows)
        show_empty(self, not kept["total"], self._empty_text())
        if rows:
            self.table.selectRow(0)

    def forget_kept(self) -> None:
        """The database could not be opened: what was kept of it is not shown."""
        if self.kept is None:
            return
        self.kept = None
        for card in self.cards.values():
            card.value.setText("–")
        self.model.set_rows([])
        show_empty(self, False, "")

    def _keeps(self) -> bool:
        """The program's window on a file it may write beside (not a test's window or a
        screenshot's read-only file) keeps its overview for the next start."""
        database = getattr(self.repos, "database", None)
        return (
            bool(getattr(self.window_, "persist", False))
            and database is not None
            and not database.read_only
        )

    def _keep(self, listing: Any, contracts: int, open_incidents: int, records: Any) -> None:
        """Keep what was just shown for the next start, on the worker; then, after
        ``AHEAD_DELAY_MS`` and once nobody works in the window, the coming days'
        (``_keep_ahead``)."""
        from ..worker import Job

        if records is None or not self._keeps() or listing.today != self.today:
            return
        database, user = self.repos.database, self.repos.user
        path, language, label = database.path, lang(), self.date_label.text()

        def task(job: Any) -> bool:
            from app.reports.deadlines_report import snapshot
            from app.reports.reminders_report import reminder_cells
            from app.storage import overview_snapshot
            from app.storage.repositories import Repositories

            if overview_snapshot.holds(path, listing.today.isoformat(), language, records):
                return True  # (the start showed it: the same records, day and program)
            with database.reopen() as own:  # (the reminders' acknowledgements)
                reminder = reminder_cells(Repositories(own), listing, language, user=user)
                kept = snapshot(listing, contracts, open_incidents, language, reminder)
            entry = {
                "day": listing.today.isoformat(),
                "lang": language,
                "records": records,
                "overview": {**kept, "today_label": label},
            }
            return overview_snapshot.store(path, [entry], today=listing.today.isoformat())

        if self.keep_job is not None and not self.keep_job.done:
            self.keep_job.cancel()
        if self.ahead_job is not None and not self.ahead_job.done:
            self.ahead_job.cancel()  # of records or a day no longer current
        self.keep_job = Job(task).start()
        if self._ahead_timer is None:
            from PySide6.QtCore import QTimer

            self._ahead_timer = QTimer(self)
            self._ahead_timer.setSingleShot(True)
            self._ahead_timer.timeout.connect(self._keep_ahead)
        self._ahead_timer.start(AHEAD_DELAY_MS)

    def _keep_ahead(self) -> None:
        """Compute and keep the overview of every day until the next working day (a
        Friday's: Saturday to Monday), so that the next morning's start finds its day."""
        from ..worker import Job

        if self.repos is None or not self._keeps() or (self.job is not None and not self.job.done):
            return
        if not self._idle():
            if self._ahead_timer is not None:  # (it holds Python's lock now and then)
                self._ahead_timer.start(AHEAD_DELAY_MS)
            return
        from ..fmt import fmt_date

        database, today, language, user = self.repos.database, self.today, lang(), self.repos.user
        labels = {
            day: self.tr("Today: %1").replace("%1", fmt_date(day)) for day in coming_days(today)
        }

        def task(job: Any) -> bool:
            from app.reports.deadlines_report import snapshot
            from app.reports.reminders_report import reminder_cells
            from app.storage import overview_snapshot
            from app.storage.repositories import Repositories

            entries = []
            with database.reopen() as own:
                repos = Repositories(own)
                now = overview_snapshot.records_key(own.db.conn)
                for day in coming_days(today):
                    if now and overview_snapshot.holds(
                        database.path, day.isoformat(), language, now
                    ):
                        continue  # (kept after an earlier idle wait, from the same records)
                    found = overview_and_key(repos, day, job.report)
                    if found[3] is None:
                        return False  # the records changed meanwhile: the page computes again
                    reminder = reminder_cells(repos, found[0], language, user=user)
                    entries.append(
                        {
                            "day": day.isoformat(),
                            "lang": language,
                            "records": found[3],
                            "overview": {
                                **snapshot(*found[:3], language, reminder),
                                "today_label": labels[day],
                            },
                        }
                    )
            if not entries:
                return True
            if len({entry["records"] for entry in entries}) != 1:
                return False
            return overview_snapshot.store(database.path, entries, today=today.isoformat())

        self.ahead_job = Job(task).start()

    def _idle(self) -> bool:
        """Nobody works in the window: the overview is the page in view and no form,
        dialog or menu of the program is open (or the program is in the background)."""
        from PySide6.QtWidgets import QApplication

        active = QApplication.activeWindow()
        return (
            self.isVisible()
            and QApplication.activeModalWidget() is None
            and QApplication.activePopupWidget() is None
            and (active is None or active is self.window())
        )

    def show_result(self, listing: Any, contracts: int, open_incidents: int) -> None:
        """Fill the page in with an ``overview_result``."""
        self.kept = None
        self.listing = listing
        groups = self.listing.groups
        for group in GROUPS:
            self.cards[group].value.setText(str(len(groups[group])))  # type: ignore[index]
        self.contracts = contracts
        self.cards["contracts"].value.setText(str(contracts))
        self.cards["open"].value.setText(str(open_incidents))
        self.date_label.setText(self.tr("Today: %1").replace("%1", _fmt_date(self.today)))
        keep = self.customer_filter.currentData()
        if self._pending_customer is not None:  # chosen before a language switch
            keep, self._pending_customer = self._pending_customer, None
        self.customer_filter.blockSignals(True)
        self.customer_filter.clear()
        self.customer_filter.addItem(self.tr("All customers"), None)
        names = sorted({i.customer for _g, i in self.listing.items if i.customer}, key=str.casefold)
        for name in names:
            self.customer_filter.addItem(name, name)
        found = self.customer_filter.findData(keep) if keep is not None else 0
        self.customer_filter.setCurrentIndex(max(found, 0))
        self.customer_filter.blockSignals(False)
        self.apply_filters()
        if self.window_ is not None and hasattr(self.window_, "show_summary"):
            self.window_.show_summary()

    def shown(self) -> list[tuple[str, Any]]:
        """The (group, deadline) pairs that pass the customer and kind filters."""
        if self.listing is None:
            return []
        customer = self.customer_filter.currentData()
        kind = self.kind_filter.currentData()
        return [
            (group, item)
            for group, item in self.listing.items
            if (customer is None or item.customer == customer)
            and (kind is None or item.kind == kind)
        ]

    def apply_filters(self) -> None:
        if self.listing is None:
            return
        rows = self.shown()
        self.model.set_rows(rows)
        total = len(self.listing.items)
        if len(rows) == total:
            text = self.tr("%n deadline(s)", "", total)
        else:
            text = (
                self.tr("%1 of %2 deadlines")
                .replace("%1", str(len(rows)))
                .replace("%2", str(total))
            )
        if self.loading():
            text = self.tr("Computing deadlines …")
        self.shown_label.setText(text)
        show_empty(self, not self.listing.items, self._empty_text())
        pending, self._pending_row = self._pending_row, None
        if rows and not self.select_row_key(pending):
            self.table.selectRow(0)

    # --- kept over a language switch (``Page.view_state``) -----------------------------

    def filter_widgets(self) -> list[QWidget]:
        return [self.customer_filter, self.kind_filter]

    def row_key(self, row: int) -> Any:
        """A row is its deadline (equal after the page is computed again)."""
        found = self.model.record_at(row)
        return found[1] if found else None

    def restore_view_state(self, state: dict[str, Any]) -> None:
        """The kind filter is there at once; the customers (and the rows) come with the
        deadlines, computed on the worker: those are chosen when they arrive."""
        filters = state.get("filters") or []
        if filters and filters[0][0] == "data":
            self._pending_customer = filters[0][1]
        self._pending_row = state.get("row")
        super().restore_view_state(state)

    def _empty_text(self) -> str:
        """What the list says instead of its rows when there is no deadline at all (a
        filter that hides them all shows the table, and "0 av 8 frister", as before)."""
        if not self.contracts:
            return self.tr(
                "No contracts yet, so no deadlines. Read in an export with File → Import…, "
                "or add the first contract on the Contracts page (Ctrl+N there)."
            )
        return self.tr("No overdue deadlines, and none in the next 60 days.")

    def summary(self) -> str:
        """E.g. "3 forfalt, 1 i dag, 5 neste 7 dager" (the domain's sentence)."""
        return self.listing.summary(lang())

    def colour(self, row: Any, column: int) -> Any:
        if row[0] == "overdue":
            return Tone.BAD.colour
        if row[0] == "today":
            return Tone.WARNING.colour
        return None

    # --- commands ----------------------------------------------------------------------

    def open_row(self, row: int) -> Any:
        """The deadline's record on its contract's tab, or the contract itself."""
        found = self.model.record_at(row)
        if not found or self.window_ is None or self.repos is None:
            return None  # (a kept row, before the database is open: nothing to open yet)
        deadline = found[1]
        if deadline.contract_id is None:
            return self.open_without_contract(deadline)
        page = self.window_.open_contract(deadline.contract_id)
        table, _, record_id = deadline.record.partition(":")
        if table in RECORD_TABS and record_id.isdigit():
            page.select_record(RECORD_TABS[table], int(record_id))
        return page

    def open_without_contract(self, deadline: Any) -> Any:
        """A deadline of no single contract. Opening one did nothing, silently (audit
        03.12.2026). The standard maintenance windows (Sodvin Bilag 1, every Sodvin
        contract) have no record to open: the maintenance windows calculator opens at
        the row's year, which lists each window of it. Any other such row says in the
        status bar why nothing opens."""
        from app.domain.kinds import Kind

        if deadline.kind == Kind.MAINTENANCE:
            page = self.window_.show_page("calculators")
            panel = page.panel("maintenance_windows", show=True)
            panel.fields.set_data({"year": deadline.date.year})
            self.window_.statusBar().showMessage(
                self.tr(
                    "The maintenance windows of %1 (Bilag 1) apply to every Sodvin "
                    "contract and have no record of their own: the calculator lists them."
                ).replace("%1", str(deadline.date.year)),
                8000,
            )
            return page
        self.status(self.tr("This deadline is not of one contract: there is nothing to open."))
        return None

    def export_name(self) -> str:
        return self.tr("deadlines-%1").replace("%1", self.today.isoformat())

    def export_data(self) -> tuple[list[str], list[list[Any]]] | None:
        if self.listing is None:
            return None
        from app.domain.overview import Group
        from app.reports import deadlines_report

        shown = self.shown()
        listing = deadlines_report.DeadlineList(
            today=self.listing.today,
            days=self.listing.days,
            groups={g: [item for group, item in shown if group == g] for g in Group},
        )
        # the screen's columns (the reminder's state too), then a date to sort by, the
        # contract's id and the record in words: the same as ``deadlines --csv``
        rows = deadlines_report.csv_rows(listing, lang(), reminder=self.reminder_text)
        return deadlines_report.csv_header(lang()), rows

    def export_ics(self, scope: str | None = None) -> Any:
        """The deadlines as an .ics file: those shown, or every coming one (``scope``
        "shown" or "all"; asked when None)."""
        if self.listing is None:
            return None
        shown = [item for _g, item in self.shown()]
        if scope is None:
            scope = ask_ics_scope(self, len(shown))
            if scope is None:
                return None
        items = shown if scope == "shown" else self.all_coming()
        from .. import files

        name = self.export_name() + ("" if scope == "shown" else "-" + self.tr("all"))
        path = files.ask_save_path(self, self.tr("Export to calendar"), name + ".ics", "ics")
        if path is None:
            return None
        from app.reports import calendar_export  # icalendar: imported when first used

        count = files.written_or_said(
            self,
            self.tr("Export to calendar"),
            lambda: calendar_export.write_ics(items, path, lang=lang()),
        )
        if count is None:
            return None
        self.status(
            self.tr("%1 deadlines written to %2").replace("%1", str(count)).replace("%2", str(path))
        )
        return path, count

    def all_coming(self) -> list[Any]:
        """Every deadline from today on, as far as the contracts reach (ten years), with
        the customer and kind filters applied; overdue ones are left out."""
        from app.reports import deadlines_report

        from ..dialogs.preview_dialog import busy

        with busy():
            listing = deadlines_report.deadline_list(self.repos, today=self.today, days=ALL_DAYS)
        customer = self.customer_filter.currentData()
        kind = self.kind_filter.currentData()
        return [
            item
            for group, item in listing.items
            if group != "overdue"
            and (customer is None or item.customer == customer)
            and (kind is None or item.kind == kind)
        ]


# "All coming deadlines": the calendar file reaches this far ahead.
ALL_DAYS = 3650


def ask_ics_scope(parent: QWidget, shown: int) -> str | None:
    """Which deadlines go to the calendar: "shown", "all" or None (cancelled)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("OverviewPage", "Export to calendar"))
    box.setText(
        QCoreApplication.translate("OverviewPage", "Which deadlines should the calendar file have?")
    )
    shown_button = box.addButton(
        QCoreApplication.translate("OverviewPage", "The %1 shown").replace("%1", str(shown)),
        QMessageBox.ButtonRole.AcceptRole,
    )
    all_button = box.addButton(
        QCoreApplication.translate("OverviewPage", "All coming deadlines"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(shown_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is shown_button:
        return "shown"
    if clicked is all_button:
        return "all"
    return None


def overview_result(repos: Any, today: date, progress: Any = None) -> tuple[Any, int, int]:
    """What the page shows: the deadline list and the counts of contracts and of
    incidents going on (``progress(done, total)`` may raise to stop)."""
    from app.reports import deadlines_report

    listing = deadlines_report.deadline_list(repos, today=today, progress=progress)
    return listing, repos.contracts.count_all(), repos.incidents.count_open()


def overview_and_key(repos: Any, today: date, progress: Any = None) -> tuple[Any, int, int, Any]:
    """``overview_result`` and the key of the records it was computed from
    (``storage.overview_snapshot.records_key``), or None for the key when they changed
    while it was read (then it is not kept)."""
    from app.storage.overview_snapshot import records_key

    conn = repos.database.db.conn
    before = records_key(conn)
    result = overview_result(repos, today, progress)
    return (*result, before if before is not None and records_key(conn) == before else None)


def overview_task(repos: Any, today: date) -> Any:
    """What the worker runs: ``overview_and_key`` on a connection of its own."""
    database = repos.database

    def task(job: Any) -> tuple[Any, int, int, Any]:
        from app.storage.repositories import Repositories

        # closed at the end; a failure to read the file says what it is (damage, a full
        # disk …: Database.read_failure), never a raw sqlite3 error
        with database.reopen() as own:
            return overview_and_key(Repositories(own), today, job.report)

    return task


def coming_days(today: date) -> list[date]:
    """The days after ``today`` up to its next working day (the statutory calendar: a
    Friday gives Saturday, Sunday and Monday; Maundy Thursday gives five days): the days
    the program may next be started on, whose overview is kept ahead."""
    from datetime import timedelta

    from app.domain.calendar import statutory_calendar

    last = statutory_calendar().next_working_day(today)
    return [today + timedelta(days=n) for n in range(1, (last - today).days + 1)]
