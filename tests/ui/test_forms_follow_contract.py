"""Forms that follow the chosen contract (the audit of 03.12.2026): a value a form took
from the previous contract never stays, unnoticed, on a record of another contract.

Fields a form derives from the contract (a termination's contact, a complaint's
delivery date) are replaced — or cleared, when the new contract gives none — as long
as they still show what the previous contract gave; what the user typed stays, and the
form then asks whether it is right for the new contract."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.records import Contact, Contract, Customer
from app.ui.pages.contract import ContractPage
from app.ui.pages.records import ComplaintsPage

from .conftest import TODAY

Key, Mod = Qt.Key, Qt.KeyboardModifier


def retype(qtbot, widget, text: str) -> None:  # noqa: ANN001
    widget.setFocus()
    qtbot.keyClick(widget, Key.Key_A, Mod.ControlModifier)
    qtbot.keyClicks(widget, text)


def choose_contract(qtbot, form, text: str) -> None:  # noqa: ANN001
    """Type the first letters of a contract in the focused Avtale field, as a user does."""
    field = form.fields.editors["contract_id"]
    field.setFocus()
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not more of the last
    qtbot.keyClicks(field, text)


def add_hole(repos) -> int:  # noqa: ANN001
    """Hole Bygg with its contact Lars Bakken and an Office Center contract delivered 02.03."""
    hole = repos.customers.add(
        Customer(
            name="Hole Bygg og Anlegg AS",
            org_number="920864317",
            contacts=(Contact(name="Lars Bakken", email="lars.bakken@hole.example.no"),),
        )
    )
    contract = repos.contracts.add(
        Contract(
            customer_id=hole.id,
            title="Skytjenester SLA",
            template="office_center",
            signed=date(2026, 2, 3),
            delivered=date(2026, 3, 2),
        )
    )
    return contract.id


def add_tyrifjord(repos) -> int:  # noqa: ANN001
    """A Sodvin contract of a customer without contacts, not delivered yet."""
    customer = repos.customers.add(
        Customer(name="Tyrifjord Tannklinikk AS", org_number="931702548")
    )
    contract = repos.contracts.add(
        Contract(
            customer_id=customer.id,
            title="Azure journalsystem",
            template="sodvin",
            signed=date(2026, 10, 24),
        )
    )
    return contract.id


def new_termination(qtbot, repos, contract: int):  # noqa: ANN001, ANN201
    page = ContractPage(repos, today=TODAY)
    qtbot.addWidget(page)
    page.load(contract)
    page.show_tab("terminations")
    dialog = page.new_record()
    return dialog, dialog.form


def test_a_termination_drops_the_previous_customer_s_contact(qtbot, repos):  # noqa: ANN001
    hole = add_hole(repos)
    tyrifjord = add_tyrifjord(repos)
    dialog, form = new_termination(qtbot, repos, hole)
    contact, email = form.fields.editors["from_contact"], form.fields.editors["from_email"]
    assert (contact.text(), email.text()) == ("Lars Bakken", "lars.bakken@hole.example.no")
    choose_contract(qtbot, form, "Tyrif")
    assert form.fields.editors["contract_id"].value() == tyrifjord
    # OC 5.4 / the record: a person of another company is wrong data, never kept silently
    assert (contact.text(), email.text()) == ("", "")
    assert form.message("from_contact")  # the contact must be given for this contract
    qtbot.keyClick(dialog, Key.Key_S, Mod.ControlModifier)
    assert repos.terminations.all() == []
    # back to Hole: its contact again
    choose_contract(qtbot, form, "Hole")
    assert (contact.text(), email.text()) == ("Lars Bakken", "lars.bakken@hole.example.no")


def test_a_contact_the_user_typed_stays_and_is_questioned(qtbot, repos):  # noqa: ANN001
    hole = add_hole(repos)
    add_tyrifjord(repos)
    _dialog, form = new_termination(qtbot, repos, hole)
    retype(qtbot, form.fields.editors["received"], "15.05.2026")
    retype(qtbot, form.fields.editors["from_contact"], "Marte Solberg")
    choose_contract(qtbot, form, "Tyrif")
    assert form.fields.editors["from_contact"].text() == "Marte Solberg"  # the user's own
    # the e-mail came from Hole's contact, and does not belong to the user's name either
    assert form.fields.editors["from_email"].text() == ""
    assert form.warnings.isVisibleTo(form)
    assert "Fra" in form.warnings.text() and "avtalen" in form.warnings.text()
    # once the user has looked at it again (typed it), the question is gone
    retype(qtbot, form.fields.editors["from_contact"], "Marte Solberg Berg")
    assert not form.warnings.isVisibleTo(form)


def complaints_form(qtbot, repos):  # noqa: ANN001, ANN201
    page = ComplaintsPage(repos, today=TODAY)
    qtbot.addWidget(page)
    dialog = page.new_record()
    return dialog, dialog.form


def test_a_complaint_drops_the_previous_contract_s_delivery_date(qtbot, repos):  # noqa: ANN001
    add_hole(repos)
    add_tyrifjord(repos)
    _dialog, form = complaints_form(qtbot, repos)
    delivered = form.fields.editors["delivered"]
    choose_contract(qtbot, form, "Hole")
    assert delivered.value() == date(2026, 3, 2)
    choose_contract(qtbot, form, "Tyrif")  # signed 24.10.2026, not delivered
    assert delivered.value() is None and delivered.text() == ""
    assert form.message("delivered")
    choose_contract(qtbot, form, "Hole")
    assert delivered.value() == date(2026, 3, 2)


def test_a_delivery_date_the_user_typed_stays_with_a_question(qtbot, repos):  # noqa: ANN001
    add_hole(repos)
    add_tyrifjord(repos)
    _dialog, form = complaints_form(qtbot, repos)
    choose_contract(qtbot, form, "Hole")
    retype(qtbot, form.fields.editors["delivered"], "10.03.2026")
    retype(qtbot, form.fields.editors["complained"], "20.03.2026")
    choose_contract(qtbot, form, "Tyrif")
    assert form.fields.editors["delivered"].value() == date(2026, 3, 10)
    assert "Levert" in form.warnings.text() and form.warnings.isVisibleTo(form)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(moves=st.lists(st.sampled_from([Key.Key_Down, Key.Key_Up]), min_size=1, max_size=8))
def test_an_untouched_derived_field_always_shows_the_chosen_contract_s_value(qtbot, repos, moves):  # noqa: ANN001
    """Whatever way the user walks through the contracts, a field the user never typed
    in shows the chosen contract's own value (or nothing), never an earlier one's."""
    if len(repos.contracts.all()) < 4:
        add_hole(repos)
        add_tyrifjord(repos)
    _dialog, form = complaints_form(qtbot, repos)
    field = form.fields.editors["contract_id"]
    field.setFocus()
    for key in moves:
        qtbot.keyClick(field, key)
        chosen = field.value()
        if chosen is not None:
            expected = repos.contracts.get(chosen).delivered
            assert form.fields.editors["delivered"].value() == expected


def test_a_stored_termination_moved_to_another_contract_keeps_its_contact_and_asks(qtbot, repos):  # noqa: ANN001
    from app.domain.records import Termination
    from app.ui.forms.termination_form import TerminationForm

    hole = add_hole(repos)
    add_tyrifjord(repos)
    stored = repos.terminations.add(
        Termination(
            contract_id=hole,
            received=date(2026, 5, 4),
            from_contact="Lars Bakken",
            from_email="lars.bakken@hole.example.no",
        )
    )
    form = TerminationForm(repos)
    qtbot.addWidget(form)
    form.set_value(stored)
    form.show()
    assert not form.warnings.isVisibleTo(form)
    choose_contract(qtbot, form, "Tyrif")
    # the stored values are the record's own: kept (never thrown away unasked), and asked
    assert form.fields.editors["from_contact"].text() == "Lars Bakken"
    assert form.fields.editors["from_email"].text() == "lars.bakken@hole.example.no"
    text = form.warnings.text()
    assert "Fra (kontaktperson) ble beholdt" in text and "Kontaktens e-post ble beholdt" in text
