"""The large lists: lazy, sorted and filtered in SQL, and sound by Qt's model tester."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from app.domain.periods import OSLO
from app.domain.records import Contract, Customer, Incident
from app.domain.terms import Cause
from app.ui.models.contracts_model import ContractsModel
from app.ui.models.incidents_model import IncidentsModel
from app.ui.models.lazy_model import PAGE_SIZE
from app.ui.pages.contracts import ContractsPage


def many_contracts(repos, n: int) -> None:  # noqa: ANN001
    with repos.transaction():
        customer = repos.customers.add(Customer(name="Ål Elektro AS", org_number="988236179"))
        for i in range(n):
            repos.contracts.add(
                Contract(
                    customer_id=customer.id,
                    title=f"Avtale {i:03d}",
                    template="office_center",
                    signed=date(2025, 1, 1) + timedelta(days=i),
                    monthly_fee=Decimal(i),
                )
            )


def test_contracts_model_fetches_lazily_and_sorts_in_sql(qtbot, qtmodeltester, repos):  # noqa: ANN001
    many_contracts(repos, 250)
    model = ContractsModel(repos)
    model.reload()
    assert model.total == 252 and model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.sort(5, Qt.SortOrder.DescendingOrder)
    assert model.order_by == "monthly_fee" and model.descending
    assert model.data(model.index(0, 2)) == "Azure drift"  # kr 10 000
    assert model.data(model.index(2, 5)) == "kr 249,00"
    model.sort(4, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 2)) == "Avtale 000"
    model.set_filter("avtale 12")
    assert model.total == 10  # 120–129
    model.set_filter("ÅL")
    assert model.total == 250  # case-insensitive, Norwegian letters
    # Qt's tester re-enters fetchMore from its reset handler, so it checks a settled model
    qtmodeltester.check(model)


def test_contract_filter_as_you_type(qtbot, repos):  # noqa: ANN001
    many_contracts(repos, 30)
    page = ContractsPage(repos)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.filter, "Azure")
    qtbot.waitUntil(lambda: page.model.total == 1)
    assert page.count_label.text() == "1 avtale"
    page.filter.clear()
    qtbot.waitUntil(lambda: page.model.total == 32)


def test_incidents_model(qtbot, qtmodeltester, repos):  # noqa: ANN001
    contract = repos.contracts.all()[0]
    start = datetime(2026, 1, 5, 8, 0, tzinfo=OSLO)
    with repos.transaction():
        for i in range(130):
            repos.incidents.add(
                Incident(
                    contract_id=contract.id,
                    start=start + timedelta(days=i),
                    end=start + timedelta(days=i, hours=2),
                    cause=Cause.SUPPLIER if i % 2 else Cause.CUSTOMER,
                    description=f"Feil {i}",
                )
            )
    model = IncidentsModel(repos)
    model.reload()
    assert model.rowCount() == PAGE_SIZE and model.total == 130
    assert model.data(model.index(0, 5)) == "Feil 129"  # newest first
    model.set_filter("Feil 12")
    assert model.total == 11
    qtmodeltester.check(model)
