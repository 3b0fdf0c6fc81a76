"""A monthly fee never entered reads the same in the contract list, on the contract page
and in the form: "ikke oppgitt" (audit: the list said "kr 0,00" for "Azure drift test",
whose form said "ikke oppgitt")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.domain.records import Contract
from app.ui.application import make_app
from app.ui.pages.contract import ContractPage
from app.ui.pages.contracts import ContractsPage

from .conftest import TODAY


def add_contract_without_fee(repos) -> int:  # noqa: ANN001
    customer = repos.customers.all()[0]
    contract = repos.contracts.add(
        Contract(
            customer_id=customer.id,
            title="Azure drift test",
            template="sodvin",
            signed=date(2026, 2, 1),
        )
    )
    return contract.id


def fee_cell(qtbot, repos) -> str:  # noqa: ANN001
    page = ContractsPage(repos)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.filter, "Azure drift test")
    page.apply_filter()
    model = page.model
    assert model.rowCount() == 1
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return model.index(0, len(header) - 1).data()


def test_the_list_the_page_and_the_form_say_not_given(qtbot, repos):  # noqa: ANN001
    contract_id = add_contract_without_fee(repos)
    assert fee_cell(qtbot, repos) == "ikke oppgitt"
    page = ContractPage(repos, today=TODAY)
    qtbot.addWidget(page)
    page.load(contract_id)
    assert "månedspris ikke oppgitt" in page.subtitle.text()
    assert "kr 0,00" not in page.subtitle.text()
    dialog = page.edit_contract()
    field = dialog.form.fields.editors["monthly_fee"]
    assert field.text() == "" and field.placeholderText() == "ikke oppgitt"


def test_in_english_too(qtbot, repos):  # noqa: ANN001
    make_app("en")
    add_contract_without_fee(repos)
    assert fee_cell(qtbot, repos) == "not given"


def test_an_entered_fee_is_shown_as_money(qtbot, repos):  # noqa: ANN001
    page = ContractsPage(repos)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.filter, "Azure drift")
    page.apply_filter()
    fees = {page.model.index(r, 5).data() for r in range(page.model.rowCount())}
    assert "kr 10\u00a0000,00" in fees
