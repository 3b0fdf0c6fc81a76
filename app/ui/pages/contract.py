"""One contract: header, this quarter's availability and compensation, and tabs for its terms,
services, incidents, complaints, delivery notices, termination, checklist and history."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.domain import deadlines, templates
from app.domain import termination as tm
from app.domain.causes import cause_phrase
from app.domain.errors import DomainError, describe
from app.domain.kinds import letter_name
from app.domain.periods import OSLO
from app.domain.results import Unknown
from app.domain.terms import Terms, template_terms

from .. import settings as settings_store
from ..fmt import fmt_date, fmt_datetime, fmt_money, fmt_percent, fmt_value, week_of_dates
from ..forms.checklist_item_form import ChecklistItemForm
from ..forms.complaint_form import ComplaintForm
from ..forms.contract_form import ContractForm
from ..forms.delivery_notice_form import DeliveryNoticeForm
from ..forms.incident_form import IncidentForm
from ..forms.service_form import ServiceForm
from ..forms.termination_form import TerminationForm
from ..i18n import field_label, lang, say
from ..models.contracts_model import fee_text
from ..models.incidents_model import IncidentsModel
from ..models.records_model import RecordsModel
from ..tones import Tone
from ..widgets.table import Width, make_table, size_columns
from .base import Page, keep_rows

C = "ContractPage"

#: Tab name -> (form, repository, letters' table) for the tabs that list records.
RECORD_TABS: dict[str, tuple[Any, str, str]] = {
    "services": (ServiceForm, "services", ""),
    "incidents": (IncidentForm, "incidents", ""),
    "complaints": (ComplaintForm, "complaints", "complaints"),
    "deliveries": (DeliveryNoticeForm, "deliveries", "delivery_notices"),
    "terminations": (TerminationForm, "terminations", "terminations"),
    "checklist": (ChecklistItemForm, "checklist", ""),
}


#: The terms tab's columns in characters: the term, its default, the contract's value.
TERMS_WIDTHS = [36, 30, 30]
#: The termination tab's columns of clauses a template may lack, with the clause
#: (``termination.Clauses``): deletion notice by, latest deletion, extension asked by,
#: transferred.
TERMINATION_CLAUSE_COLUMNS = {3: "deletion", 4: "deletion", 5: "extension", 6: "transfer"}


def _h(text: str) -> Any:
    return lambda: QCoreApplication.translate("ContractPage", text)


def term_text(value: Any) -> str:
    if isinstance(value, (frozenset, set)):
        return ", ".join(sorted(say(cause_phrase(c)) for c in value))
    if isinstance(value, (tuple, list)):
        return ", ".join(fmt_value(v) for v in value) or "–"
    return fmt_value(value)


def problem_text(exc: Exception) -> str:
    """A rejection in the UI language: a field's problem (``describe``) or a storage
    error's own text; anything else as Python says it."""
    from app.storage.errors import StorageError

    if isinstance(exc, StorageError):
        return exc.text(lang())
    return describe(exc, lang())


class ContractPage(Page):
    """Load a contract with ``load(id)``; Ctrl+N adds a record of the tab in view."""

    follows_today = True  # its dates are judged by today (issue 11: a live today)

    def __init__(
        self,
        repos: Any,
        *,
        today: date | None = None,
        window: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Contract"), window=window, parent=parent)
        self.repos = repos
        self.today = today or clock.today()
        self.contract_id: int | None = None
        self.contract: Any = None
        self.button(self.tr("&Edit contract…"), self.edit_contract)
        self.button(
            self.tr("&Add…"), self.new_record, tip=self.tr("Ctrl+N: a record of the tab in view")
        )
        self.letter_button = self.button(
            self.tr("Make &letter…"),
            self.make_letter,
            tip=self.tr("A letter about the selected delivery notice, complaint or termination"),
        )
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("hint")
        self.subtitle.setWordWrap(True)
        self.quarter = QLabel(self)
        self.quarter.setObjectName("quarterSummary")
        self.quarter.setWordWrap(True)
        self.quarter.setTextFormat(Qt.TextFormat.RichText)
        self.quarter.setStyleSheet(
            "QLabel { background: #eef4fb; border: 1px solid #c9d8ec; border-radius: 6px; padding: 8px; }"
        )
        self.quarter_choice = QComboBox(self)
        self.quarter_choice.setObjectName("reportQuarter")
        self.quarter_choice.setToolTip(self.tr("Quarter of the availability report"))
        self.report_button = QPushButton(self.tr("&Report…"), self)
        self.report_button.setObjectName("reportButton")
        self.report_button.setToolTip(
            self.tr("Availability and compensation report for the chosen quarter")
        )
        self.report_button.clicked.connect(lambda _c=False: self.show_report())
        quarter_row = QHBoxLayout()
        quarter_row.addWidget(self.quarter, 1)
        quarter_label = QLabel(self.tr("&Quarter:"), self)
        quarter_label.setBuddy(self.quarter_choice)
        quarter_row.addWidget(quarter_label)
        quarter_row.addWidget(self.quarter_choice)
        quarter_row.addWidget(self.report_button)
        self.layout_.addWidget(self.subtitle)
        self.layout_.addLayout(quarter_row)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.layout_.addWidget(self.tabs, 1)
        self.tables: dict[str, QTableView] = {}
        self.letters: dict[tuple[str, int], list[Any]] = {}
        self._build_tabs()
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        self._tab_changed()

    # --- tabs --------------------------------------------------------------------------

    def _table_tab(self, model: Any, title: str, name: str, widths: Sequence[Width]) -> QTableView:
        table = make_table(model, self)
        table.setObjectName(f"table_{name}")
        size_columns(table, widths)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(table)
        holder.setObjectName(f"tab_{name}")
        holder.setFocusProxy(table)
        self.tabs.addTab(holder, title)
        self.tables[name] = table
        if name in RECORD_TABS:
            table.activated.connect(lambda i, n=name: self.edit_in_tab(n, i.row()))
            from ..attachments.row_drops import accept_file_drops  # files dropped on a row

            accept_file_drops(
                table,
                RECORD_TABS[name][1],
                self,
                open_form=(lambda r, n=name: self.edit_in_tab(n, r))
                if name == "complaints"
                else None,
            )
            extra = []
            if RECORD_TABS[name][2]:
                extra.append((self.tr("Make &letter…"), lambda r: self.make_letter(r), "Ctrl+L"))
            if name == "checklist":
                extra.append((self.tr("Mark &done / not done"), self.toggle_checklist, "Space"))
            self.row_actions(
                table,
                open_row=lambda r, n=name: self.edit_in_tab(n, r),
                delete_row=lambda r, n=name: self.delete_in_tab(n, r),
                extra=extra,
                export=self.export_csv,
            )
        else:
            self.row_actions(table, export=self.export_csv)
        return table

    def _build_tabs(self) -> None:
        self.terms_model = RecordsModel(
            [
                (_h(QT_TRANSLATE_NOOP("ContractPage", "Term")), lambda r: field_label(r[0])),
                (self.default_header, lambda r: term_text(r[1])),
                (_h(QT_TRANSLATE_NOOP("ContractPage", "This contract")), lambda r: term_text(r[2])),
            ]
        )
        self.terms_model.colours = lambda r, col: (
            QColor("#2f5d9a") if col == 2 and r[1] != r[2] else None
        )
        self.terms_table = self._table_tab(
            self.terms_model, self.tr("&Terms"), "terms", TERMS_WIDTHS
        )
        self.terms_table.activated.connect(lambda i: self.edit_term(i.row()))
        self.terms_table.setToolTip(self.tr("Enter changes the contract's value of a term"))
        self.services_model = RecordsModel(
            [
                (_h(QT_TRANSLATE_NOOP("ContractPage", "Service")), lambda s: s.name),
                (_h(QT_TRANSLATE_NOOP("ContractPage", "Units")), lambda s: str(s.units)),
                (
                    _h(QT_TRANSLATE_NOOP("ContractPage", "Unit price")),
                    lambda s: fmt_money(s.unit_price),
                ),
                (
                    _h(QT_TRANSLATE_NOOP("ContractPage", "Monthly fee")),
                    lambda s: fmt_money(s.monthly_fee),
                ),
                (
                    _h(QT_TRANSLATE_NOOP("ContractPage", "Agreed uptime")),
                    lambda s: fmt_percent(s.uptime_pct, 2),
                ),
            ]
        )
        self._table_tab(self.services_model, self.tr("&Services"), "services", [36, 8, 14, 16, 14])
        letters_column = (
            _h(QT_TRANSLATE_NOOP("ContractPage", "Letters")),
            self.letters_text,
        )
        when = week_of_dates(with_time=True)  # a date-time column: every one whole
        self.incidents_model = IncidentsModel(self.repos, self, contract_id=-1)
        self.incidents_table = self._table_tab(
            self.incidents_model, self.tr("&Incidents"), "incidents", [when, when, 9, 32, 30]
        )
        self.complaints_model = RecordsModel(
            [
                (
                    _h(QT_TRANSLATE_NOOP("ContractPage", "Complained")),
                    lambda r: fmt_date(r.complained),
                ),
                (
                    _h(QT_TRANSLATE_NOOP("ContractPage", "Delivered")),
                    lambda r: fmt_date(r.delivered),
                ),
                (_h(QT_TRANSLATE_NOOP("ContractPage", "Verdict")), self.complaint_verdict),
                (_h(QT_TRANSLATE_NOOP("ContractPage", "Nature of the defect")), lambda r: r.nature),
                letters_column,
            ]
        )
        self._table_tab(
            self.complaints_model, self.tr("Co&mplaints"), "complaints", [18, 18, 18, 34, 30]
        )
        self.deliveries_model = RecordsModel(
            [
                (_h(QT_TRANSLATE_NOOP("ContractPage", "Sent")), lambda r: fmt_date(r.sent)),
                (_h(QT_TRANSLATE_NOOP("ContractPage", "Part")), lambda r: r.partial_label),
                (
                    _h(QT_TRANSLATE_NOOP("ContractPage", "Last day to reject")),
                    lambda r: self.approval_text(r, "last_day"),
                ),
                (
                    _h(QT_TRANSLATE_NOOP("ContractPage", "Delivery day")),
                    lambda r: self.approval_text(r, "delivered_on"),  # none if rejected
                ),
                (
                    _h(QT_TRANSLATE_NOOP("ContractPage", "Rejected")),
                    lambda r: fmt_date(r.rejected_on),
                ),
                letters_column,
            ]
        )
        self._table_tab(
            self.deliveries_model,
            self.tr("&Delivery notices"),
            "deliveries",
            [16, 16, 18, 18, 16, 30],
        )
        self.terminations_model = RecordsModel(
            [
                (_h(QT_TRANSLATE_NOOP("ContractPage", "Received")), lambda r: fmt_date(r.received)),
                (_h(QT_TRANSLATE_NOOP("ContractPage", "From")), lambda r: r.from_contact),
                (
                    _h(QT_TRANSLATE_NOOP("ContractPage", "Service ends")),
                    self.ending,
                ),
                (
                    _h(QT_TRANSLATE_NOOP("ContractPage", "Deletion notice by")),
                    lambda r: self.deletion_text(r, "notice_by"),
                ),
                (
                    _h(QT_TRANSLATE_NOOP("ContractPage", "Latest deletion")),
                    lambda r: self.deletion_text(r, "latest_deletion"),
                ),
                (
                    _h(QT_TRANSLATE_NOOP("ContractPage", "Extension asked by (Sodvin 5.4)")),
                    self.extension_text,
                ),
                (
                    _h(QT_TRANSLATE_NOOP("ContractPage", "Transferred (Sodvin 5.3)")),
                    self.transfer_text,
                ),
                letters_column,
            ]
        )
        self._table_tab(
            self.terminations_model,
            self.tr("Termi&nation and deletion"),
            "terminations",
            [16, 16, 16, 16, 16, 16, 12, 30],  # a date column: "tor. 06.08.2026" whole
        )
        self.checklist_model = RecordsModel(
            [
                (_h(QT_TRANSLATE_NOOP("ContractPage", "Phase")), lambda r: str(r.phase)),
                (_h(QT_TRANSLATE_NOOP("ContractPage", "Task")), lambda r: r.task),
                (_h(QT_TRANSLATE_NOOP("ContractPage", "Owner")), lambda r: r.owner),
                (_h(QT_TRANSLATE_NOOP("ContractPage", "Done")), lambda r: fmt_date(r.done_on)),
            ]
        )
        self.checklist_table = self._table_tab(
            self.checklist_model, self.tr("Establishment &checklist"), "checklist", [7, 60, 18, 18]
        )
        self.checklist_table.setToolTip(
            self.tr("Enter opens the task; Space marks it done today (or not done)")
        )
        self.history_model = RecordsModel(
            [
                (_h(QT_TRANSLATE_NOOP("ContractPage", "When")), lambda e: fmt_datetime(e.when)),
                (_h(QT_TRANSLATE_NOOP("ContractPage", "User")), lambda e: e.user),
                (_h(QT_TRANSLATE_NOOP("ContractPage", "PC")), self.history_pc),
                (_h(QT_TRANSLATE_NOOP("ContractPage", "Change")), self.history_text),
            ]
        )
        history = self._table_tab(
            self.history_model, self.tr("Histor&y"), "history", [when, 14, 16, 60]
        )
        from ..history_check import HistoryCheck  # issue 12: the chain, checked when shown

        self.history_check = HistoryCheck(self.repos.database, history.parentWidget())
        history.parentWidget().layout().addWidget(self.history_check)

    # --- loading -----------------------------------------------------------------------

    def load(self, contract_id: int) -> None:
        self.contract_id = contract_id
        self.refresh()

    def refresh(self) -> None:
        if self.contract_id is None:
            return
        with keep_rows(*self.tables.values()):
            self._refresh()

    def _refresh(self) -> None:
        repos = self.repos
        try:
            contract = repos.contracts.get(self.contract_id)
        except KeyError:
            self.contract_id = None
            return
        self.contract = contract
        self.terms: Terms = contract.terms()
        self._approvals: dict[Any, Any] = {}
        customer = repos.customers.get(contract.customer_id)
        self.heading.setText(f"{customer.name} – {contract.title}")
        self.subtitle.setText(
            self.tr("%1 · signed %2 · monthly fee %3")
            .replace("%1", say(templates.name_of(contract.template)))
            .replace("%2", fmt_date(contract.signed))
            .replace("%3", fee_text(contract.monthly_fee))
        )
        base = template_terms(contract.template)  # a variant's defaults, if it is on one
        rules = self.terms.rules
        self.terms_model.set_rows(
            [
                (name, getattr(base, name), getattr(self.terms, name))
                for name in Terms.model_fields
                if name not in ("template", "variant")
                and (rules.uses(name) or getattr(base, name) != getattr(self.terms, name))
            ]
        )
        size_columns(self.terms_table, TERMS_WIDTHS)  # the defaults' header names a variant
        self.services_model.set_rows(repos.services.for_contract(contract.id))
        self.incidents_model.contract_id = contract.id
        self.incidents_model.reload()
        from app.storage.letters import LetterLog

        self.letters = {}
        for entry in LetterLog(repos.database).for_contract(contract.id):
            self.letters.setdefault((entry.table, entry.record_id), []).append(entry)
        self.complaints_model.set_rows(repos.complaints.for_contract(contract.id))
        self.deliveries_model.set_rows(repos.deliveries.for_contract(contract.id))
        self.terminations_model.set_rows(repos.terminations.for_contract(contract.id))
        # a column of a clause this contract's template does not have would read "–" on
        # every row: hidden, so the tab fits the page
        applies = tm.clauses(self.terms)
        for column, clause in TERMINATION_CLAUSE_COLUMNS.items():
            self.tables["terminations"].setColumnHidden(column, not getattr(applies, clause))
        tasks = repos.checklist.for_contract(contract.id)
        self.checklist_model.set_rows(sorted(tasks, key=lambda r: (r.phase, r.id or 0)))
        # the establishment checklist is the template's (Sodvin Bilag 2's phases): shown
        # where the template has a plan, or where tasks were recorded (none is hidden)
        self.set_tab_visible("checklist", rules.establishment_plan or bool(tasks))
        self.history_model.set_rows(list(reversed(self.history(contract.id))))
        self.fill_quarters()
        self.show_quarter()
        self._tab_changed()

    def fill_quarters(self) -> None:
        """Quarters from the signing to this one, newest first (the report's choice)."""
        keep = self.quarter_choice.currentData()
        self.quarter_choice.clear()
        year, quarter = self.today.year, (self.today.month - 1) // 3 + 1
        first = (self.contract.signed.year, (self.contract.signed.month - 1) // 3 + 1)

        def label(year: int, quarter: int) -> str:  # "K4 2026" / "Q4 2026"
            return self.tr("Q%1 %2").replace("%1", str(quarter)).replace("%2", str(year))

        while (year, quarter) >= first and self.quarter_choice.count() < 40:
            self.quarter_choice.addItem(label(year, quarter), (year, quarter))
            year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
        if self.quarter_choice.count() == 0:
            self.quarter_choice.addItem(label(year, quarter), (year, quarter))
        index = self.quarter_choice.findData(keep) if keep is not None else -1
        self.quarter_choice.setCurrentIndex(max(index, 0))

    def history(self, contract_id: int) -> list[Any]:
        return self.repos.contract_history(contract_id)

    def show_quarter(self) -> None:
        """This quarter's availability and compensation so far (storage loads, domain computes)."""
        from app.storage.compute import contract_quarter

        quarter = (self.today.month - 1) // 3 + 1
        now = datetime.combine(self.today, time(23, 59), OSLO)
        try:
            result = contract_quarter(self.repos, self.contract.id, self.today.year, quarter, now)
        except Exception as exc:  # a contract the domain cannot compute: say so, keep the page
            # in the user's language, as every rejection is (str() is the English one)
            self.quarter.setText(
                self.tr("This quarter: not computed (%1)").replace("%1", problem_text(exc))
            )
            return
        self.quarter_result = result
        avail = result.availability
        head = (
            self.tr("This quarter (%1 Q%2)")
            .replace("%1", str(self.today.year))
            .replace("%2", str(quarter))
        )
        colour = Tone.of(bool(avail.meets_target)).value
        parts = [
            f"<b>{head}</b>",
            self.tr("availability so far <b style='color:%1'>%2</b> (agreed %3)")
            .replace("%1", colour)
            .replace("%2", fmt_percent(avail.availability))
            .replace("%3", fmt_percent(avail.uptime_pct, 2)),
            self.tr("downtime %1 h of %2 h")
            .replace("%1", fmt_value(avail.downtime_hours, "points"))
            .replace("%2", fmt_value(avail.period_hours, "points")),
            self.tr("compensation so far <b>%1</b>").replace("%1", fmt_money(result.total)),
        ]
        # wrap between the parts, never inside one ("kr" and its amount stay together)
        self.quarter.setText(
            " · ".join(f"<span style='white-space:nowrap'>{part}</span>" for part in parts)
        )
        self.quarter.setToolTip(result.explanation(lang()))

    def default_header(self) -> str:
        """Whose defaults the second column of the terms shows: the template's, or, for a
        contract on a user's variant, the variant's by name (its numbers are the variant's)."""
        variant = None
        if self.contract is not None:
            with contextlib.suppress(DomainError):  # a variant no longer installed
                variant = templates.resolve(self.contract.template).variant
        if variant is None:
            return self.tr("Template default")
        return self.tr("Variant default (%1)").replace("%1", variant.name)

    # --- cell texts (the domain computes; we format) -----------------------------------

    def approval(self, notice: Any) -> Any:
        """The notice's approval period (``deadlines.notice_approval``), or why there is none."""
        key = (notice.id, notice.sent, notice.rejected_on, notice.rejection_significant)
        if key not in self._approvals:
            self._approvals[key] = deadlines.notice_approval(notice, self.terms)
        return self._approvals[key]

    def approval_text(self, notice: Any, name: str) -> str:
        result = self.approval(notice)
        return (
            result.text(lang()) if isinstance(result, Unknown) else fmt_date(getattr(result, name))
        )

    def complaint_result(self, complaint: Any) -> Any:
        return deadlines.complaint_limits(
            delivered=complaint.delivered,
            complained=complaint.complained,
            discovered=complaint.discovered,
            established=self.contract.establishment_date,
            terms=self.terms,
            in_writing=complaint.in_writing,
        )

    def complaint_verdict(self, complaint: Any) -> str:
        """The domain's verdict: "i tide", "ikke skriftlig …", "innenfor 12 måneder, men …"."""
        return say(self.complaint_result(complaint).verdict_step)

    def ending(self, termination: Any) -> str:
        """When the service ends (``termination.termination_end``), or why it is unknown."""
        result = tm.termination_end(
            termination, terms=self.terms, ordinary_start=self.contract.ordinary_start
        )
        return result.text(lang()) if isinstance(result, Unknown) else fmt_date(result.end)

    def extension_text(self, termination: Any) -> str:
        """Sodvin 5.4: the customer's last day to ask for a temporary extension after the
        supplier's termination (``termination.extension_request``); "–" where none."""
        result = tm.extension_request(termination, terms=self.terms)
        return "–" if result is None else fmt_date(result.request_by)

    def deletion_text(self, termination: Any, name: str) -> str:
        if not tm.clauses(self.terms).deletion:
            return "–"  # the template has none (Sodvin 5.3: a transfer, the next column)
        result = tm.termination_deletion(
            termination, terms=self.terms, ordinary_start=self.contract.ordinary_start
        )
        if isinstance(result, Unknown):
            return result.text(lang())
        if isinstance(result, tm.DeletionProblem):
            return say(result.problem)
        return fmt_date(getattr(result, name))

    def transfer_text(self, termination: Any) -> str:
        items = self.terms.rules.transfer_items
        if not items:
            return "–"
        done = sum(1 for key in items if key in termination.transfer_done)
        return f"{done}/{len(items)}"

    def letters_text(self, record: Any) -> str:
        """The letters made about a record: "Slettevarsel 21.11.2026 14:03 (nb)"."""
        table = {
            "DeliveryNotice": "delivery_notices",
            "Complaint": "complaints",
            "Termination": "terminations",
        }.get(type(record).__name__, "")
        entries = self.letters.get((table, record.id), [])
        return "; ".join(
            f"{letter_name(e.kind, lang())} {fmt_datetime(e.produced_at)}"
            + (f" ({e.lang})" if e.lang != lang() else "")
            for e in reversed(entries)
        )

    def history_text(self, entry: Any) -> str:
        from ..record_history import describe_change

        return describe_change(entry)

    def history_pc(self, entry: Any) -> str:
        """Which PC made the change (issue 14: a shared database's history)."""
        from ..record_history import own_pc, pc_text

        if getattr(self, "_own_pc", None) is None:
            self._own_pc = own_pc(self.repos) or ""  # once: not a query per cell
        return pc_text(entry, self._own_pc)

    # --- commands ----------------------------------------------------------------------

    def focus_main(self) -> None:
        """The table of the tab in view (a page proxy would hide the buttons from Tab)."""
        table = self.tables.get(self.current_tab())
        (table or self.tabs).setFocus(Qt.FocusReason.OtherFocusReason)

    def current_tab(self) -> str:
        widget = self.tabs.currentWidget()
        return widget.objectName().removeprefix("tab_") if widget is not None else ""

    def _tab_changed(self) -> None:
        name = self.current_tab()
        if name == "history" and self.contract is not None:
            self.history_check.start()
        self.letter_button.setEnabled(
            self.contract is not None and bool(RECORD_TABS.get(name, ("", "", ""))[2])
        )

    def new_record(self) -> Any:
        """A new record of the kind the current tab shows (an incident on the other tabs)."""
        if self.contract is None:
            return None
        form_class, repository, _table = RECORD_TABS.get(
            self.current_tab(), RECORD_TABS["incidents"]
        )
        form = form_class(self.repos)
        form.set_defaults(contract_id=self.contract.id)
        return self.open_form(form)

    def show_tab(self, name: str) -> None:
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).objectName() == f"tab_{name}" and self.tabs.isTabVisible(i):
                self.tabs.setCurrentIndex(i)

    def set_tab_visible(self, name: str, visible: bool) -> None:
        """Show or hide a tab; the one in view when it hides gives way to the first."""
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).objectName() == f"tab_{name}":
                if not visible and self.tabs.currentIndex() == i:
                    self.tabs.setCurrentIndex(0)
                self.tabs.setTabVisible(i, visible)

    def visible_tabs(self) -> list[str]:
        return [
            self.tabs.widget(i).objectName().removeprefix("tab_")
            for i in range(self.tabs.count())
            if self.tabs.isTabVisible(i)
        ]

    def select_record(self, tab: str, record_id: int) -> bool:
        """Show ``tab`` with the record ``record_id`` selected (from the overview)."""
        self.show_tab(tab)
        table = self.tables.get(tab)
        model = table.model() if table is not None else None
        row = model.row_of(record_id) if hasattr(model, "row_of") else -1
        if row < 0:
            return False
        table.selectRow(row)
        table.setFocus()
        return True

    def edit(self, form_class: Any, repository: str, model: Any, row: int) -> Any:
        record = model.record_at(row)
        if record is None:
            return None
        form = form_class(self.repos)
        form.set_value(record)
        return self.open_form(form)

    def edit_in_tab(self, tab: str, row: int) -> Any:
        form_class, repository, _table = RECORD_TABS[tab]
        return self.edit(form_class, repository, self.tables[tab].model(), row)

    def edit_incident(self, row: int) -> Any:
        return self.edit_in_tab("incidents", row)

    def delete_in_tab(self, tab: str, row: int) -> bool:
        record = self.tables[tab].model().record_at(row)
        if record is None:
            return False
        titles = {
            "services": self.tr("the service “%1”"),
            "incidents": self.tr("the incident of %1"),
            "complaints": self.tr("the complaint of %1"),
            "deliveries": self.tr("the delivery notice of %1"),
            "terminations": self.tr("the termination received %1"),
            "checklist": self.tr("the task “%1”"),
        }
        detail = {
            "services": lambda r: r.name,
            "incidents": lambda r: fmt_datetime(r.start),
            "complaints": lambda r: fmt_date(r.complained),
            "deliveries": lambda r: fmt_date(r.sent),
            "terminations": lambda r: fmt_date(r.received),
            "checklist": lambda r: r.task,
        }[tab](record)
        return self.delete_record(record, titles[tab].replace("%1", detail))

    def edit_contract(self, term: str | None = None) -> Any:
        if self.contract is None:
            return None
        form = ContractForm(self.repos, today=self.today)
        form.set_value(self.contract)
        dialog = self.open_form(form)
        if term is not None:
            form.terms_editor.focus_term(term)
            dialog.resize(max(dialog.width(), 760), 760)
            row = form.terms_editor.rows[term]
            dialog.scroll_area.ensureWidgetVisible(row.editor)
            dialog.scroll_area.ensureWidgetVisible(row.check)
        return dialog

    def edit_term(self, row: int) -> Any:
        """Enter on the Terms tab: the contract form, unfolded at that term."""
        found = self.terms_model.record_at(row)
        return self.edit_contract(found[0] if found else None)

    def make_letter(self, row: int | None = None) -> Any:
        """ "Make letter…" for the selected record of the tab in view."""
        tab = self.current_tab()
        table_name = RECORD_TABS.get(tab, ("", "", ""))[2]
        if self.contract is None or not table_name:
            return None
        table = self.tables[tab]
        if row is None or row < 0:
            index = table.currentIndex()
            row = index.row() if index.isValid() else 0
        record = table.model().record_at(row)
        if record is None:
            self.status(self.tr("Select a record first."))
            return None
        return open_letter_dialog(self, self.repos, table_name, record.id, today=self.today)

    def show_report(self) -> Any:
        """The availability report for the chosen quarter, with Print and Save as PDF."""
        if self.contract is None:
            return None
        from app.reports import availability_report as ar

        from ..dialogs.preview_dialog import PreviewDialog, busy

        year, quarter = self.quarter_choice.currentData()
        now = datetime.combine(self.today, time(23, 59), OSLO)
        with busy():
            report = ar.build(
                self.repos, self.contract.id, year=year, quarter=quarter, now=now, lang=lang()
            )
            document = ar.render_report(report)
        prefix = self.tr("availability")
        tag = self.tr("Q%1").replace("%1", str(quarter))  # K4 in bokmål: the file name's quarter
        dialog = PreviewDialog(
            report.title,
            print_to=lambda printer: ar.print_report(report, printer, document),
            save_to=lambda path, copy: ar.write_pdf(report, path, copy),
            filename=f"{prefix}-{self.contract.id}-{year}-{tag}.pdf",
            parent=self,
        )
        dialog.set_document(document)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_preview = dialog
        dialog.open()
        return dialog

    def export_name(self) -> str:
        title = self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")
        return f"{self.contract.title if self.contract else ''} – {title}".strip(" –")

    def export_data(self) -> Any:
        table = self.tables.get(self.current_tab())
        return table.model().export() if table is not None else None

    def toggle_checklist(self, row: int) -> None:
        item = self.checklist_model.record_at(row)
        if item is None:
            return
        done = None if item.done_on else self.today
        self.operations.save(item.model_copy(update={"done_on": done}))
        self.checklist_table.selectRow(row)


def open_letter_dialog(page: Any, repos: Any, table: str, record_id: int, *, today: date) -> Any:
    """The letter dialog for one record; a letter saved refreshes the pages (its log)."""
    from ..dialogs.letter_dialog import LetterDialog

    dialog = LetterDialog(
        repos, table, record_id, today=today, sender=settings_store.load().sender(), parent=page
    )
    dialog.produced.connect(lambda _entry: page.operations.announce("letters", "history"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.last_preview = dialog
    dialog.open()
    return dialog
