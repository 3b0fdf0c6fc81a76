"""Customers: filter as you type, Enter edits, Delete removes one without contracts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ..forms.customer_form import CustomerForm
from ..models.contracts_model import org
from ..models.records_model import RecordsModel
from ..widgets.table import make_table, size_columns
from .base import Page, empty_hint, keep_rows, show_empty


def _h(text: str) -> Any:
    return lambda: QCoreApplication.translate("CustomersPage", text)


def _contact(customer: Any) -> str:
    if not customer.contacts:
        return ""
    first = customer.contacts[0]
    return " · ".join(part for part in (first.name, first.email, first.phone) if part)


class CustomersPage(Page):
    def __init__(self, repos: Any, *, window: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Customers"), window=window, parent=parent)
        self.repos = repos
        self.contract_counts: dict[int, int] = {}
        self.button(self.tr("&New customer…"), self.new_record, tip="Ctrl+N")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(
            self.tr("Filter by name, organisation number or contact (Ctrl+F)")
        )
        self.model = RecordsModel(
            [
                (_h(QT_TRANSLATE_NOOP("CustomersPage", "Customer")), lambda c: c.name),
                (
                    _h(QT_TRANSLATE_NOOP("CustomersPage", "Org. number")),
                    lambda c: org(c.org_number),
                    lambda c: c.org_number,
                ),
                (
                    _h(QT_TRANSLATE_NOOP("CustomersPage", "Contracts")),
                    lambda c: str(self.contract_counts.get(c.id, 0)),
                    lambda c: self.contract_counts.get(c.id, 0),
                ),
                (
                    _h(QT_TRANSLATE_NOOP("CustomersPage", "Address")),
                    lambda c: " ".join(c.address.split()),
                ),
                (_h(QT_TRANSLATE_NOOP("CustomersPage", "Main contact")), _contact),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("customers")
        size_columns(self.table, [32, 13, 9, 34])
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        self.empty_label = empty_hint(self)
        self.layout_.addWidget(self.filter)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.empty_label, 1)
        self.layout_.addWidget(self.count_label)
        self.filter.textChanged.connect(self.model.set_filter)
        self.model.modelReset.connect(self._update_count)
        self.table.activated.connect(lambda index: self.edit_row(index.row()))
        from ..attachments.row_drops import accept_file_drops  # files dropped on a row

        accept_file_drops(self.table, "customers", self)
        self.row_actions(
            self.table,
            open_row=self.edit_row,
            delete_row=self.delete_row,
            extra=[(self.tr("Show &contracts"), self.show_contracts, "")],
            export=self.export_csv,
        )
        self.refresh()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n customer(s)", "", self.model.rowCount()))
        show_empty(
            self,
            not self.model.all_rows,
            self.tr("No customers yet. Ctrl+N adds the first one."),
        )

    def refresh(self) -> None:
        self.contract_counts = {}
        for contract in self.repos.contracts.all():
            self.contract_counts[contract.customer_id] = (
                self.contract_counts.get(contract.customer_id, 0) + 1
            )
        customers = sorted(self.repos.customers.all(), key=lambda c: c.name.casefold())
        with keep_rows(self.table):
            self.model.set_rows(customers)

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def new_record(self) -> Any:
        return self.open_form(CustomerForm(self.repos))

    def edit_row(self, row: int) -> Any:
        customer = self.model.record_at(row)
        if customer is None:
            return None
        form = CustomerForm(self.repos)
        form.set_value(customer)
        return self.open_form(form)

    def delete_row(self, row: int) -> bool:
        customer = self.model.record_at(row)
        if customer is None:
            return False
        return self.delete_record(customer, self.tr("the customer %1").replace("%1", customer.name))

    def show_contracts(self, row: int) -> None:
        """The contract list filtered to this customer."""
        customer = self.model.record_at(row)
        if customer is None or self.window_ is None:
            return
        page = self.window_.show_page("contracts")
        page.filter.setText(customer.name)
        page.apply_filter()
        page.table.setFocus()

    def export_name(self) -> str:
        return self.tr("customers")
