"""A delivery notice validly rejected has no delivery day (RULES §1, Sodvin 3.3), on every
surface: the list, the contract page's tab and the form. The audit found 'Leveringsdag man.
16.11.2026' beside 'underkjent' for the notice of tir. 03.11.2026 rejected on 09.11.2026
(the demo's contract; here the fixture's, 10 working days: last day 17.11, delivery day 18.11)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.domain.records import DeliveryNotice
from app.ui.pages.contract import ContractPage
from app.ui.pages.records import DeliveriesPage

from .conftest import contract_id
from .test_forms import type_into

TODAY = date(2026, 12, 3)


def add_notice(repos, *, rejected_on: date | None, significant: bool = True):  # noqa: ANN001, ANN201
    return repos.deliveries.add(
        DeliveryNotice(
            contract_id=contract_id(repos, "sodvin"),
            sent=date(2026, 11, 3),
            rejected_on=rejected_on,
            rejection_reason="Pålogging feiler" if rejected_on else "",
            rejection_significant=significant,
        )
    )


def list_row(qtbot, repos) -> dict[str, str]:  # noqa: ANN001
    page = DeliveriesPage(repos, today=TODAY)
    qtbot.addWidget(page)
    model = page.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return {header[c]: model.index(0, c).data() for c in range(model.columnCount())}


def test_the_list_shows_no_delivery_day_for_a_valid_rejection(qtbot, repos):  # noqa: ANN001
    add_notice(repos, rejected_on=date(2026, 11, 9))
    row = list_row(qtbot, repos)
    assert row["Status"] == "underkjent"
    assert row["Leveringsdag"] == "–"


def test_a_rejection_that_is_not_valid_keeps_the_delivery_day(qtbot, repos):  # noqa: ANN001
    add_notice(repos, rejected_on=date(2026, 11, 9), significant=False)  # insignificant errors
    row = list_row(qtbot, repos)
    assert row["Status"] == "underkjenning ikke gyldig"
    assert row["Leveringsdag"] == "ons. 18.11.2026"


def test_the_contract_page_tab_shows_no_delivery_day_for_a_valid_rejection(qtbot, repos):  # noqa: ANN001
    add_notice(repos, rejected_on=date(2026, 11, 9))
    page = ContractPage(repos, today=TODAY)
    qtbot.addWidget(page)
    page.load(contract_id(repos, "sodvin"))
    model = page.deliveries_model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert model.index(0, header.index("Leveringsdag")).data() == "–"
    assert model.index(0, header.index("Siste dag for underkjenning")).data() == "tir. 17.11.2026"


def test_the_form_shows_no_delivery_day_once_the_rejection_is_valid(qtbot, repos):  # noqa: ANN001
    page = DeliveriesPage(repos, today=TODAY)
    qtbot.addWidget(page)
    dialog = page.new_record(contract_id(repos, "sodvin"))
    form = dialog.form
    type_into(qtbot, form.fields.editors["sent"], "03.11.2026")
    view = form.result_view
    assert view.value_text("delivered_on") == "ons. 18.11.2026"  # no rejection yet
    type_into(qtbot, form.fields.editors["rejected_on"], "05.11.2026")
    qtbot.keyClicks(form.fields.editors["rejection_reason"], "Pålogging feiler")
    assert view.status.text() == "Underkjenningen er gyldig"
    assert view.value_text("delivered_on") == ""
    assert "18.11.2026" not in " ".join(t for _n, _l, t in view._row_texts[: view._shown_rows])
