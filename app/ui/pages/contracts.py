"""The contract list: filter as you type, sort by any column, Enter opens the contract."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ..forms.contract_form import ContractForm
from ..forms.customer_form import CustomerForm
from ..models.contracts_model import ContractsModel
from ..widgets.table import make_table, size_columns
from .base import Page, empty_hint, show_empty


class ContractsPage(Page):
    def __init__(self, repos: Any, *, window: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Contracts"), window=window, parent=parent)
        self.repos = repos
        self.button(self.tr("New c&ustomer…"), self.new_customer)
        self.button(self.tr("&New contract…"), self.new_record, tip="Ctrl+N")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(
            self.tr("Filter by customer, organisation number or title (Ctrl+F)")
        )
        self.model = ContractsModel(repos, self)
        self.table = make_table(self.model, self, sortable=True)
        size_columns(self.table, [30, 13, 34, 26, 12, 14])
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
        self.filter.returnPressed.connect(self._open_first)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        from ..attachments.row_drops import accept_file_drops  # files dropped on a row

        accept_file_drops(self.table, "contracts", self)
        self.row_actions(
            self.table,
            open_row=self.open_row,
            delete_row=self.delete_row,
            extra=[(self.tr("Edit c&ustomer…"), self.edit_customer, "")],
            export=self.export_csv,
        )
        self.model.modelReset.connect(self._update_count)
        self.model.reload()

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.filter.text())
        if self.model.rowCount():
            self.table.selectRow(0)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n contract(s)", "", self.model.total))
        show_empty(
            self,
            self.model.total == 0 and not self.model.filter_text,
            self.tr(
                "No contracts yet. Ctrl+N adds the first one (with its customer, if there "
                "is none yet)."
            ),
        )

    def _open_first(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def open_row(self, row: int) -> None:
        contract_id = self.model.id_at(row)
        if contract_id is not None and self.window_ is not None:
            self.window_.open_contract(contract_id)

    def delete_row(self, row: int) -> bool:
        found = self.model.record_at(row)
        if found is None:
            return False
        contract = self.repos.contracts.get(found.id)
        what = (
            self.tr("the contract %1 – %2")
            .replace("%1", found.customer_name)
            .replace("%2", found.title)
        )
        return self.delete_record(contract, what)

    def edit_customer(self, row: int) -> Any:
        found = self.model.record_at(row)
        if found is None:
            return None
        form = CustomerForm(self.repos)
        form.set_value(self.repos.customers.get(found.customer_id))
        return self.open_form(form)

    def export_name(self) -> str:
        return self.tr("contracts")

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def refresh(self) -> None:
        self.model.reload()

    def new_record(self) -> Any:
        """Ctrl+N: a new contract; with no customer yet, the customer first, and once it
        is saved the contract for it (the empty list's hint says so: it stopped after
        the customer, and Ctrl+N had to be pressed again)."""
        if not self.repos.customers.count_all():
            dialog = self.new_customer()
            saved: list[Any] = []  # (the customer, once saved: the dialog then closes)
            dialog.saved.connect(saved.append)
            dialog.finished.connect(
                lambda _result: saved and self.new_contract(customer_id=saved[0].id)
            )
            return dialog
        return self.new_contract()

    def new_contract(self, *, customer_id: int | None = None) -> Any:
        form = ContractForm(self.repos)
        if customer_id is None:
            return self.open_form(form)
        form.set_defaults(customer_id=customer_id)
        dialog = self.open_form(form)
        # the customer is chosen: the keyboard starts at the title, the first field to type
        QTimer.singleShot(0, form.fields.editors["title"].setFocus)
        return dialog

    def new_customer(self) -> Any:
        return self.open_form(CustomerForm(self.repos))
