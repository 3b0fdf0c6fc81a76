"""All incidents, newest first: filter as you type, sort in SQL, Ctrl+N logs a new one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.domain.causes import Cause, cause_phrase

from ..fmt import fmt_datetime, week_of_dates
from ..forms.incident_form import IncidentForm
from ..i18n import say
from ..models.incidents_model import IncidentsModel
from ..widgets.table import make_table, size_columns
from .base import Page, empty_hint, show_empty


class IncidentsPage(Page):
    def __init__(self, repos: Any, *, window: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Incidents"), window=window, parent=parent)
        self.repos = repos
        self.button(self.tr("&Log incident…"), self.new_record, tip="Ctrl+N")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(
            self.tr("Filter by description, cause, customer or contract (Ctrl+F)")
        )
        self.model = IncidentsModel(repos, self)
        self.table = make_table(self.model, self, sortable=True, descending=True)
        # every date-time whole, "søn. 25.10.2026 kl. 02:30 (+01:00)" too; the commonest
        # cause whole ("Fault in the service (supplier)"); customer and contract give up
        # room, so that at the window's first size (1280 wide) the description has some
        when = week_of_dates(with_time=True)
        cause = (say(cause_phrase(Cause.SUPPLIER)),)
        size_columns(self.table, [when, when, 7, cause, 16, 15, 30])
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        self.empty_label = empty_hint(self)
        self.layout_.addWidget(self.filter)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.empty_label, 1)
        self.layout_.addWidget(self.count_label)
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        self.table.activated.connect(lambda index: self.edit_row(index.row()))
        from ..attachments.row_drops import accept_file_drops  # files dropped on a row

        accept_file_drops(self.table, "incidents", self)
        self.row_actions(
            self.table, open_row=self.edit_row, delete_row=self.delete_row, export=self.export_csv
        )
        self.model.modelReset.connect(self._update_count)
        self.model.reload()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.filter.text())

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n incident(s)", "", self.model.total))
        show_empty(
            self,
            self.model.total == 0 and not self.model.filter_text,
            self.tr(
                "No incidents yet. Ctrl+N logs downtime: the form says whether its cause "
                "counts under the contract."
            ),
        )

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def refresh(self) -> None:
        self.model.reload()

    def new_record(self, contract_id: int | None = None) -> Any:
        if contract_id is None and self.contract_first(
            self.tr("There are no contracts yet, and an incident always belongs to one.")
        ):
            return None
        form = IncidentForm(self.repos)
        if contract_id is not None:
            form.set_defaults(contract_id=contract_id)
        return self.open_form(form)

    def delete_row(self, row: int) -> bool:
        record = self.model.record_at(row)
        if record is None:
            return False
        what = self.tr("the incident of %1").replace("%1", fmt_datetime(record.start))
        return self.delete_record(record, what)

    def export_name(self) -> str:
        return self.tr("incidents")

    def edit_row(self, row: int) -> Any:
        record = self.model.record_at(row)
        if record is None:
            return None
        form = IncidentForm(self.repos)
        form.set_value(record)
        return self.open_form(form)
