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
    assert model.data(model.index(0, 6)) == "Feil 129"  # newest first (after the customer)
    model.set_filter("Feil 12")
    assert model.total == 11
    qtmodeltester.check(model)


def many_records(repos, n: int) -> tuple[int, int]:  # noqa: ANN001
    """``n`` complaints and ``n`` delivery notices on the two contracts, one a day."""
    from app.domain.records import Complaint, DeliveryNotice

    sodvin = next(c.id for c in repos.contracts.all() if c.template == "sodvin")
    oc = next(c.id for c in repos.contracts.all() if c.template == "office_center")
    with repos.transaction():
        for i in range(n):
            day = date(2025, 1, 1) + timedelta(days=i)
            repos.complaints.add(
                Complaint(
                    contract_id=oc if i % 2 else sodvin,
                    delivered=date(2024, 12, 1),
                    complained=day,
                    nature="Fillageret mangler" if i % 10 == 0 else "Tregt nett",
                    extent="Alle",
                    channel="email",
                )
            )
            repos.deliveries.add(
                DeliveryNotice(
                    contract_id=sodvin if i % 3 else oc, sent=day, partial_label=f"Del {i}"
                )
            )
    return sodvin, oc


def test_complaints_page_is_lazy_filtered_and_sorted_in_sql(qtbot, qtmodeltester, repos):  # noqa: ANN001
    from app.ui.pages.records import ComplaintsPage

    many_records(repos, 250)
    page = ComplaintsPage(repos, today=date(2026, 5, 20))
    qtbot.addWidget(page)
    model = page.model
    assert model.total == 250 and model.rowCount() == PAGE_SIZE  # not all 250 loaded
    assert page.count_label.text() == "250 reklamasjoner"  # each list counts its own kind
    newest = model.record_at(0)
    assert newest.complained == date(2025, 1, 1) + timedelta(days=249)  # newest first
    assert model.data(model.index(0, 1)) == "Ringerike Regnskap AS"  # the customer (issue 13)
    assert model.data(model.index(0, 4)) in ("i tide", "for sent", "ingen fast frist")
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    qtbot.keyClicks(page.filter, "FILLAGER")  # the nature, any case
    page.apply_filter()  # what the debounce timer does once typing pauses
    assert model.total == 25
    page.filter.clear()
    qtbot.keyClicks(page.filter, "skytjenester")  # the contract's title
    page.apply_filter()
    assert model.total == 125
    page.filter.clear()
    qtbot.keyClicks(page.filter, "for sent")  # a verdict as shown (computed, not in SQL)
    page.apply_filter()
    model.wait()  # on the worker: every row as shown
    assert model.total > 0 and all(
        model.data(model.index(row, 4)) == "for sent" for row in range(model.rowCount())
    )
    page.filter.clear()
    qtbot.keyClicks(page.filter, "ringerike")  # the customer's name
    page.apply_filter()
    assert model.total == 250
    page.filter.clear()
    qtbot.keyClicks(page.filter, "03.01.2025")  # a date as shown
    page.apply_filter()
    assert model.total == 1 and model.record_at(0).complained == date(2025, 1, 3)
    page.filter.clear()
    page.apply_filter()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.record_at(0).complained == date(2025, 1, 1)
    model.sort(4, Qt.SortOrder.DescendingOrder)  # the verdict is computed: not sortable in SQL
    assert model.order_by == "complained" and not model.descending
    header, rows = model.export()
    assert header[0] == "Reklamert" and len(rows) == 250
    assert rows[0][0] == date(2025, 1, 1)  # the date itself, for a spreadsheet
    qtmodeltester.check(model)


def test_delivery_notices_page_is_lazy_and_computes_only_fetched_rows(
    qtbot, qtmodeltester, repos, monkeypatch
):  # noqa: ANN001
    from app.ui.pages.records import DeliveriesPage

    many_records(repos, 230)
    page = DeliveriesPage(repos, today=date(2026, 5, 20))
    qtbot.addWidget(page)
    model = page.model
    assert model.total == 230 and model.rowCount() == PAGE_SIZE
    assert model.record_at(0).sent == date(2025, 1, 1) + timedelta(days=229)
    assert model.data(model.index(0, 6)) == "levert"
    qtbot.keyClicks(page.filter, "del 22")  # the part's label
    page.apply_filter()
    assert {r.partial_label for r in model.rows} == {
        "Del 22",
        *(f"Del {n}" for n in range(220, 230)),
    }
    page.filter.clear()
    page.apply_filter()
    model.sort(2, Qt.SortOrder.AscendingOrder)  # by contract title, in SQL
    titles = [model.data(model.index(row, 2)) for row in range(model.rowCount())]
    assert titles == sorted(titles) and titles[0] == "Azure drift"
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 230
    qtmodeltester.check(model)
