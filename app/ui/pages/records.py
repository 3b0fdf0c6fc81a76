"""Complaints and delivery notices of every contract, with the domain's verdict per row.

The lists are lazy (``ContractRecordsModel``): a page of rows at a time, filtered and
sorted in SQL; the verdict, period and state are computed for the rows fetched only.
The filter looks in the contract's title, the text columns and the dates as shown; a
filter that can be part of a verdict or state reads every row as shown, on the worker
(``scan_task``: the same column functions over a connection of its own).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app import clock
from app.domain import deadlines, templates
from app.domain.results import Unknown
from app.domain.terms import template_terms

from ..fmt import fmt_date
from ..forms.complaint_form import ComplaintForm
from ..forms.delivery_notice_form import DeliveryNoticeForm
from ..i18n import lang, say
from ..models.contract_records_model import ContractRecordsModel
from ..tones import Tone
from ..widgets.table import Width, make_table, size_columns
from .base import Page, empty_hint, keep_rows, show_empty


def _h(context: str, text: str) -> Any:
    return lambda: QCoreApplication.translate(context, text)


class Contracts:
    """Contract title, customer and terms by id, read once per refresh."""

    def __init__(self, repos: Any) -> None:
        self.repos = repos
        self.cache: dict[int, Any] = {}
        self._customers: dict[int, str] | None = None

    def customer(self, contract_id: int) -> str:
        if self._customers is None:
            self._customers = self.repos.customer_names()
        return self._customers.get(self.get(contract_id).customer_id, "")

    def get(self, contract_id: int) -> Any:
        if contract_id not in self.cache:
            self.cache[contract_id] = self.repos.contracts.get(contract_id)
        return self.cache[contract_id]

    def title(self, contract_id: int) -> str:
        return self.get(contract_id).title

    def read_all(self) -> Contracts:
        """Every contract in one read, for a pass over every row (one read per contract
        took 0.6 s of a pass over 20 000 complaints, the one read 0.1 s)."""
        self.cache = {contract.id: contract for contract in self.repos.contracts.all()}
        return self


class RecordsPage(Page):
    """A filterable list of one kind of record, for all contracts."""

    repository = ""
    #: The column the list is sorted by at first (newest first).
    default_order = "id"
    #: The letters' table of these records ("" when no letter is made from them).
    letter_table = ""

    follows_today = True  # its dates are judged by today (issue 11: a live today)

    def __init__(
        self,
        repos: Any,
        *,
        today: date | None = None,
        window: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.page_title(), window=window, parent=parent)
        self.repos = repos
        self.today = today or clock.today()
        self.contracts = Contracts(repos)
        self.button(self.new_label(), self.new_record, tip="Ctrl+N")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(QCoreApplication.translate("RecordsPage", "Filter (Ctrl+F)"))
        self.model = ContractRecordsModel(
            getattr(repos, self.repository),
            self.columns(),
            default_order=self.default_order,
            raw=self.raw(),
            parent=self,
        )
        self.model.colours = self.colour
        self.model.computed_words = self.computed_words
        self.model.scan = self.scan_task
        self.table = make_table(self.model, self, sortable=True, descending=True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        self.empty_label = empty_hint(self)
        self.layout_.addWidget(self.filter)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.empty_label, 1)
        self.layout_.addWidget(self.count_label)
        # a filter scans every row in SQL (~0.1 s at 20 000): once typing pauses
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        self.model.modelReset.connect(self._update_count)
        self.model.scanning_changed.connect(self._update_count)
        self.table.activated.connect(lambda index: self.edit_row(index.row()))
        from ..attachments.row_drops import accept_file_drops  # files dropped on a row

        accept_file_drops(
            self.table,
            self.repository,
            self,
            open_form=self.edit_row if self.repository == "complaints" else None,
        )
        extra = []
        if self.letter_table:
            self.button(
                QCoreApplication.translate("RecordsPage", "Make &letter…"),
                self.make_letter,
                tip=QCoreApplication.translate("RecordsPage", "A letter about the selected row"),
            )
            extra.append(
                (
                    QCoreApplication.translate("RecordsPage", "Make &letter…"),
                    self.make_letter,
                    "Ctrl+L",
                )
            )
        self.row_actions(
            self.table,
            open_row=self.edit_row,
            delete_row=self.delete_row,
            extra=extra,
            export=self.export_csv,
        )
        self.refresh()
        size_columns(self.table, self.widths())

    def page_title(self) -> str:
        return ""

    def new_label(self) -> str:
        return ""

    def columns(self, contracts: Contracts | None = None) -> list[tuple[Any, Any, Any]]:
        """(sort/export key, header, display) per column, as ``LazyTableModel`` has them;
        a row's contract from ``contracts`` (the worker's own), else the page's."""
        return []

    def contracts_of(self, contracts: Contracts | None) -> Callable[[], Contracts]:
        return (lambda: contracts) if contracts is not None else (lambda: self.contracts)

    def scan_task(self, text: str, order_by: str, descending: bool) -> Callable[[Any], Any]:
        """The task of ``ContractRecordsModel.scan``: on the worker, every row whose
        columns, as the list shows them (``columns``, the same functions), contain
        ``text``; read on a connection of its own, with the contracts read there."""
        from app.storage.repositories import Repositories

        from ..models.contract_records_model import shown_matches

        here = self.repos
        database, user, clock = here.database, here.user, here.clock
        name = self.repository

        def scan(job: Any) -> list[Any]:
            own = database.reopen()
            try:
                repos = Repositories(own, user=user, clock=clock).share_rows_with(here)
                every = getattr(repos, name).search(
                    "", order_by=order_by, descending=descending, limit=-1, offset=0
                )
                columns = self.columns(Contracts(repos).read_all())
                return shown_matches(every, columns, text, job.report)
            finally:
                own.close()

        return scan

    def raw(self) -> dict[str, Any]:
        """Key -> the value for a CSV export (a date rather than its screen text)."""
        return {}

    def widths(self) -> list[Width]:
        return []

    def colour(self, row: Any, column: int) -> Any:
        return None

    def form(self) -> Any:
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        """ "12 reklamasjoner": the count of the list, in the page's own word."""
        raise NotImplementedError

    def empty_text(self) -> str:
        """What to do first on an empty list ("Ingen … ennå — Ctrl+N …")."""
        raise NotImplementedError

    def belongs_to_a_contract(self) -> str:
        """Why a new record needs a contract first (said when there is none)."""
        raise NotImplementedError

    def computed_words(self) -> list[str]:
        """The words of the computed column (verdicts, states) a filter may look for."""
        return []

    def _update_count(self) -> None:
        if self.model.scanning:
            self.count_label.setText(QCoreApplication.translate("RecordsPage", "Filtering …"))
            return
        self.count_label.setText(self.count_text(self.model.total))
        show_empty(self, self.model.total == 0 and not self.model.filter_text, self.empty_text())

    def refresh(self) -> None:
        self.contracts = Contracts(self.repos)
        with keep_rows(self.table):
            self.model.reload()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.filter.text())

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def new_record(self, contract_id: int | None = None) -> Any:
        if contract_id is None and self.contract_first(self.belongs_to_a_contract()):
            return None
        form = self.form()
        if contract_id is not None:
            form.set_defaults(contract_id=contract_id)
        return self.open_form(form)

    def delete_row(self, row: int) -> bool:
        record = self.model.record_at(row)
        if record is None:
            return False
        return self.delete_record(record, self.describe(record))

    def describe(self, record: Any) -> str:
        return f"#{record.id}"

    def make_letter(self, row: int | None = None) -> Any:
        from .contract import open_letter_dialog

        if row is None or row < 0:
            index = self.table.currentIndex()
            row = index.row() if index.isValid() else 0
        record = self.model.record_at(row)
        if record is None:
            return None
        return open_letter_dialog(self, self.repos, self.letter_table, record.id, today=self.today)

    def edit_row(self, row: int) -> Any:
        record = self.model.record_at(row)
        if record is None:
            return None
        form = self.form()
        form.set_value(record)
        return self.open_form(form)


class ComplaintsPage(RecordsPage):
    repository = "complaints"
    default_order = "complained"
    letter_table = "complaints"

    def describe(self, record: Any) -> str:
        return (
            self.tr("the complaint of %1 (%2)")
            .replace("%1", fmt_date(record.complained))
            .replace("%2", self.contracts.title(record.contract_id))
        )

    def export_name(self) -> str:
        return self.tr("complaints")

    def count_text(self, count: int) -> str:
        return self.tr("%n complaint(s)", "", count)

    def empty_text(self) -> str:
        return self.tr(
            "No complaints yet. Ctrl+N logs the first one: the form says at once whether it "
            "is in time."
        )

    def belongs_to_a_contract(self) -> str:
        return self.tr("There are no contracts yet, and a complaint is always about one.")

    def computed_words(self) -> list[str]:
        """Every verdict the column can show, in the words it shows them (the domain's
        ``verdict_phrases`` through ``say``, as ``verdict_text``): the filter finds a
        verdict by any part of what the row says, not by a second list of words."""
        return [
            say(phrase)
            for template in templates.BUILTIN
            for phrase in deadlines.verdict_phrases(template_terms(template))
        ]

    def page_title(self) -> str:
        return self.tr("Complaints")

    def new_label(self) -> str:
        return self.tr("&New complaint…")

    def form(self) -> Any:
        return ComplaintForm(self.repos)

    def verdict(self, record: Any, contracts: Contracts | None = None) -> Any:
        """The domain's verdict (``deadlines.complaint_limits``), as every surface shows it."""
        contract = (contracts or self.contracts).get(record.contract_id)
        return deadlines.complaint_limits(
            delivered=record.delivered,
            complained=record.complained,
            discovered=record.discovered,
            established=contract.establishment_date,
            terms=contract.terms(),
            in_writing=record.in_writing,
        )

    def verdict_text(self, record: Any, contracts: Contracts | None = None) -> str:
        return say(self.verdict(record, contracts).verdict_step)

    def columns(self, contracts: Contracts | None = None) -> list[tuple[Any, Any, Any]]:
        c = "ComplaintsPage"
        of = self.contracts_of(contracts)
        return [
            (
                "complained",
                _h(c, QT_TRANSLATE_NOOP("ComplaintsPage", "Complained")),
                lambda r: fmt_date(r.complained),
            ),
            (
                None,
                _h(c, QT_TRANSLATE_NOOP("ComplaintsPage", "Customer")),
                lambda r: of().customer(r.contract_id),
            ),
            (
                "contract",
                _h(c, QT_TRANSLATE_NOOP("ComplaintsPage", "Contract")),
                lambda r: of().title(r.contract_id),
            ),
            (
                "delivered",
                _h(c, QT_TRANSLATE_NOOP("ComplaintsPage", "Delivered")),
                lambda r: fmt_date(r.delivered),
            ),
            (
                "verdict",
                _h(c, QT_TRANSLATE_NOOP("ComplaintsPage", "Verdict")),
                lambda r: self.verdict_text(r, of()),
            ),
            (
                "nature",
                _h(c, QT_TRANSLATE_NOOP("ComplaintsPage", "Nature of the defect")),
                lambda r: r.nature,
            ),
        ]

    def raw(self) -> dict[str, Any]:
        return {"complained": lambda r: r.complained, "delivered": lambda r: r.delivered}

    def widths(self) -> list[Width]:
        # the verdict's first words whole: "ingen fast frist…", "ikke skriftlig…" (the
        # rest of it: the tooltip); a verdict that starts with its clause is cut anyway
        # (a phrase's 0 stands for a row's own number: as wide as two digits, "12 måneder")
        heads = {
            re.split(r":| —|,", word)[0].replace(" 0 ", " 00 ") for word in self.computed_words()
        }
        verdicts = tuple(f"{head}…" for head in sorted(heads) if len(head) <= 20)
        return [15, 22, 22, 15, verdicts, 40]

    def colour(self, row: Any, column: int) -> Any:
        if column != 4:
            return None
        tone = Tone.of(self.verdict(row).verdict.standing)
        return None if tone is None else tone.colour


class DeliveriesPage(RecordsPage):
    repository = "deliveries"
    default_order = "sent"
    letter_table = "delivery_notices"

    def describe(self, record: Any) -> str:
        return (
            self.tr("the delivery notice of %1 (%2)")
            .replace("%1", fmt_date(record.sent))
            .replace("%2", self.contracts.title(record.contract_id))
        )

    def export_name(self) -> str:
        return self.tr("delivery-notices")

    def count_text(self, count: int) -> str:
        return self.tr("%n delivery notice(s)", "", count)

    def empty_text(self) -> str:
        return self.tr(
            "No delivery notices yet. Ctrl+N registers one: the approval period and the "
            "delivery day are computed at once."
        )

    def belongs_to_a_contract(self) -> str:
        return self.tr("There are no contracts yet, and a delivery notice always belongs to one.")

    def computed_words(self) -> list[str]:
        return [
            QCoreApplication.translate("DeliveriesPage", "rejected"),
            QCoreApplication.translate("DeliveriesPage", "rejection not valid"),
            QCoreApplication.translate("DeliveriesPage", "delivered"),
            QCoreApplication.translate("DeliveriesPage", "in approval period"),
        ]

    def page_title(self) -> str:
        return self.tr("Delivery notices")

    def new_label(self) -> str:
        return self.tr("&New delivery notice…")

    def form(self) -> Any:
        return DeliveryNoticeForm(self.repos)

    def period(self, record: Any, contracts: Contracts | None = None) -> Any:
        """The notice's approval period (``deadlines.notice_approval``), or why there is none."""
        contract = (contracts or self.contracts).get(record.contract_id)
        return deadlines.notice_approval(record, contract.terms())

    def period_date(self, record: Any, name: str, contracts: Contracts | None = None) -> Any:
        return getattr(self.period(record, contracts), name, None)

    def state(self, record: Any, contracts: Contracts | None = None) -> str:
        result = self.period(record, contracts)
        if isinstance(result, Unknown):
            return result.text(lang())
        if result.rejection_valid:
            return QCoreApplication.translate("DeliveriesPage", "rejected")
        if record.rejected_on is not None:
            return QCoreApplication.translate("DeliveriesPage", "rejection not valid")
        if result.delivered_on is not None and result.delivered_on <= self.today:
            return QCoreApplication.translate("DeliveriesPage", "delivered")
        return QCoreApplication.translate("DeliveriesPage", "in approval period")

    def columns(self, contracts: Contracts | None = None) -> list[tuple[Any, Any, Any]]:
        c = "DeliveriesPage"
        of = self.contracts_of(contracts)
        return [
            (
                "sent",
                _h(c, QT_TRANSLATE_NOOP("DeliveriesPage", "Sent")),
                lambda r: fmt_date(r.sent),
            ),
            (
                None,
                _h(c, QT_TRANSLATE_NOOP("DeliveriesPage", "Customer")),
                lambda r: of().customer(r.contract_id),
            ),
            (
                "contract",
                _h(c, QT_TRANSLATE_NOOP("DeliveriesPage", "Contract")),
                lambda r: of().title(r.contract_id),
            ),
            ("part", _h(c, QT_TRANSLATE_NOOP("DeliveriesPage", "Part")), lambda r: r.partial_label),
            (
                "last_day",
                _h(c, QT_TRANSLATE_NOOP("DeliveriesPage", "Last day to reject")),
                lambda r: fmt_date(self.period_date(r, "last_day", of())),
            ),
            (
                "delivery_day",
                _h(c, QT_TRANSLATE_NOOP("DeliveriesPage", "Delivery day")),
                # none after a valid rejection (the domain's ``delivered_on``, RULES §1)
                lambda r: fmt_date(self.period_date(r, "delivered_on", of())),
            ),
            (
                "state",
                _h(c, QT_TRANSLATE_NOOP("DeliveriesPage", "State")),
                lambda r: self.state(r, of()),
            ),
        ]

    def raw(self) -> dict[str, Any]:
        return {
            "sent": lambda r: r.sent,
            "last_day": lambda r: self.period_date(r, "last_day"),
            "delivery_day": lambda r: self.period_date(r, "delivered_on"),
        }

    def widths(self) -> list[Width]:
        return [15, 22, 22, 16, 14, 14, 18]
