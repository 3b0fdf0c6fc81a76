"""The contract list: customer, org number, title, template, signed, monthly fee."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.domain import templates
from app.domain.records import recorded

from ..fmt import fmt_date, fmt_money
from ..i18n import say
from .lazy_model import Column, LazyTableModel


def _h(text: str) -> Any:
    return lambda: QCoreApplication.translate("ContractsModel", text)


def money(value: Decimal | None) -> Decimal | None:
    """An amount for a spreadsheet: always two decimals (12500.50, 8000.00)."""
    return None if value is None else value.quantize(Decimal("0.01"))


def fee_text(amount: Decimal) -> str:
    """A contract's amount as the lists and the page show it: "ikke oppgitt" where none
    was entered (``records.recorded``), as the contract form says, never "kr 0,00"."""
    given = recorded(amount)
    if given is None:
        return QCoreApplication.translate("ContractsModel", "not given")
    return fmt_money(given)


def org(number: str) -> str:
    """9 digits shown as ``123 456 789``."""
    return f"{number[:3]} {number[3:6]} {number[6:]}" if len(number) == 9 else number


class ContractsModel(LazyTableModel):
    columns: list[Column] = [
        (
            "customer",
            _h(QT_TRANSLATE_NOOP("ContractsModel", "Customer")),
            lambda r: r.customer_name,
        ),
        (
            "org_number",
            _h(QT_TRANSLATE_NOOP("ContractsModel", "Org. number")),
            lambda r: org(r.org_number),
        ),
        ("title", _h(QT_TRANSLATE_NOOP("ContractsModel", "Contract")), lambda r: r.title),
        (
            "template",
            _h(QT_TRANSLATE_NOOP("ContractsModel", "Template")),
            lambda r: say(templates.name_of(r.template)),
        ),
        (
            "signed",
            _h(QT_TRANSLATE_NOOP("ContractsModel", "Signed")),
            lambda r: fmt_date(r.signed, weekday=False),
        ),
        (
            "monthly_fee",
            _h(QT_TRANSLATE_NOOP("ContractsModel", "Monthly fee")),
            lambda r: fee_text(r.monthly_fee),
        ),
    ]
    default_order = "customer"
    raw = {
        "org_number": lambda r: r.org_number,
        "signed": lambda r: r.signed,
        "monthly_fee": lambda r: money(recorded(r.monthly_fee)),  # an empty cell if none
    }

    def __init__(self, repos: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.repos = repos

    def fetch(self, *, offset: int, limit: int) -> list[Any]:
        return self.repos.contracts.search(
            self.filter_text,
            order_by=self.order_by,
            descending=self.descending,
            limit=limit,
            offset=offset,
        )

    def count(self) -> int:
        return self.repos.contracts.count(self.filter_text)

    def decorate(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        unrecorded = column == 5 and recorded(row.monthly_fee) is None
        if role == Qt.ItemDataRole.ForegroundRole and unrecorded:  # grey, as the form says it
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None
