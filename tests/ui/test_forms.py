"""The record forms, driven through their widgets: stored rows, live results, messages."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.terms import Cause
from app.ui.pages.contract import ContractPage
from app.ui.pages.contracts import ContractsPage
from app.ui.pages.incidents import IncidentsPage
from app.ui.pages.records import ComplaintsPage, DeliveriesPage

from .conftest import TODAY, contract_id


def type_into(qtbot, widget, text: str) -> None:  # noqa: ANN001
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_customer_and_contract_through_the_forms(qtbot, repos):  # noqa: ANN001
    page = ContractsPage(repos)
    qtbot.addWidget(page)
    dialog = page.new_customer()
    form = dialog.form
    assert not dialog.save_button.isEnabled()  # the name is missing
    type_into(qtbot, form.fields.editors["name"], "Hole Bygg og Anlegg AS")
    type_into(qtbot, form.fields.editors["org_number"], "920 864 317")
    type_into(qtbot, form.fields.editors["contact_name"], "Lars Bakken")
    type_into(qtbot, form.fields.editors["contact_email"], "lars@holebygg.no")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = [c for c in repos.customers.all() if c.name == "Hole Bygg og Anlegg AS"]
    assert stored and stored[0].org_number == "920864317"
    assert stored[0].contacts[0].email == "lars@holebygg.no"

    before = repos.contracts.count("")
    dialog = page.new_record()
    form = dialog.form
    form.fields.editors["customer_id"].set_value(stored[0].id)
    form.fields.editors["template"].set_value("office_center")
    type_into(qtbot, form.fields.editors["title"], "Microsoft 365 og fillager")
    form.fields.editors["signed"].set_value(date(2026, 3, 1))
    type_into(qtbot, form.fields.editors["monthly_fee"], "11 250,50")
    assert dialog.save_button.isEnabled()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(form.fields.editors["title"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert repos.contracts.count("") == before + 1
    saved = repos.contracts.search("Microsoft 365")[0]
    assert str(saved.monthly_fee) == "11250.50"
    assert page.model.total == before + 1  # the list was refreshed


def test_the_first_contract_on_an_empty_database_takes_its_customer_first(qtbot, database):  # noqa: ANN001
    """The empty list says "Ctrl+N legger til den første (med kunden …)": Ctrl+N opened
    the customer's form and stopped there. Now the contract's form follows, for it."""
    from app.storage.repositories import Repositories

    repos = Repositories(database)
    page = ContractsPage(repos)
    qtbot.addWidget(page)
    page.show()
    assert "med kunden" in page.empty_label.text()
    first = page.new_record()
    assert type(first.form).__name__ == "CustomerForm"
    type_into(qtbot, first.form.fields.editors["name"], "Hole Bygg og Anlegg AS")
    type_into(qtbot, first.form.fields.editors["org_number"], "920 864 317")
    first.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is first)
    qtbot.keyClick(first.form.fields.editors["name"], Qt.Key.Key_Return)
    [customer] = repos.customers.all()
    qtbot.waitUntil(lambda: page.last_dialog is not first and page.last_dialog.isVisible())
    second = page.last_dialog
    assert type(second.form).__name__ == "ContractForm"
    assert second.form.fields.editors["customer_id"].value() == customer.id
    title = second.form.fields.editors["title"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)  # the next field to type
    second.reject()
    # with a customer there, Ctrl+N is the contract's form at once
    assert type(page.new_record().form).__name__ == "ContractForm"


def test_invalid_entries_show_their_message_and_cannot_be_saved(qtbot, repos):  # noqa: ANN001
    page = ContractsPage(repos)
    qtbot.addWidget(page)
    dialog = page.new_customer()
    form = dialog.form
    type_into(qtbot, form.fields.editors["name"], "Feil AS")
    type_into(qtbot, form.fields.editors["org_number"], "123456789")
    assert "kontrollsifferet" in form.message("org_number")
    assert form.fields.errors["org_number"].isVisibleTo(form)
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert all(c.name != "Feil AS" for c in repos.customers.all())
    type_into(qtbot, form.fields.editors["contact_email"], "ikke-en-adresse")
    type_into(qtbot, form.fields.editors["contact_name"], "Per")
    assert "e-postadresse" in form.message("contact_email")
    type_into(qtbot, form.fields.editors["org_number"], "914573262")
    type_into(qtbot, form.fields.editors["contact_email"], "per@feil.no")
    assert form.message("org_number") == ""
    assert dialog.save_button.isEnabled()


def test_log_an_incident(qtbot, repos):  # noqa: ANN001
    page = IncidentsPage(repos)
    qtbot.addWidget(page)
    sodvin = contract_id(repos, "sodvin")
    dialog = page.new_record(sodvin)
    form = dialog.form
    qtbot.keyClicks(form.fields.editors["description"], "Oppgradering av VM-er")  # required
    type_into(qtbot, form.fields.editors["start"], "19.05.2026 00:30")
    type_into(qtbot, form.fields.editors["end"], "19.05.2026 04:00")
    # inside the standard maintenance window (third Tuesday, 00–06): the form asks
    assert form.window_hint.isVisibleTo(form)
    assert "3:30" in form.summary.text()
    form.fields.editors["cause"].set_value(Cause.PLANNED_MAINTENANCE)
    assert not form.window_hint.isVisibleTo(form)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = repos.incidents.for_contract(sodvin)
    assert len(stored) == 1 and stored[0].cause == Cause.PLANNED_MAINTENANCE
    assert page.model.total == 1


def test_incident_end_before_start_is_refused(qtbot, repos):  # noqa: ANN001
    page = IncidentsPage(repos)
    qtbot.addWidget(page)
    dialog = page.new_record(contract_id(repos, "sodvin"))
    form = dialog.form
    form.fields.editors["start"].set_value(datetime(2026, 5, 19, 10, 0))
    form.fields.editors["end"].set_value(datetime(2026, 5, 19, 9, 0))
    assert "etter start" in form.message("end")
    assert not dialog.save_button.isEnabled()


def test_complaint_says_timely_or_late_as_fields_change(qtbot, repos):  # noqa: ANN001
    page = ComplaintsPage(repos, today=TODAY)
    qtbot.addWidget(page)
    oc = contract_id(repos, "office_center")
    dialog = page.new_record(oc)
    form = dialog.form
    assert form.fields.editors["delivered"].value() == date(2026, 3, 2)  # from the contract
    form.fields.editors["complained"].set_value(date(2026, 3, 10))
    type_into(qtbot, form.fields.editors["nature"], "Fillageret mangler")
    type_into(qtbot, form.fields.editors["extent"], "Alle brukere")
    assert form.verdict() == "I tide"
    assert form.result_view.value_text("visible_defect_deadline") == "man. 16.03.2026"
    form.fields.editors["complained"].set_value(date(2026, 3, 20))
    assert form.verdict() == "For sent"
    assert "for sent" in form.result_view.explanation()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(repos.complaints.for_contract(oc)) == 1
    assert page.model.rowCount() == 1


def test_complaint_needs_nature_and_extent(qtbot, repos):  # noqa: ANN001
    page = ComplaintsPage(repos, today=TODAY)
    qtbot.addWidget(page)
    dialog = page.new_record(contract_id(repos, "office_center"))
    assert "mangler" in dialog.form.message("nature")
    assert not dialog.save_button.isEnabled()


def test_delivery_notice_shows_its_approval_period_and_rejection(qtbot, repos):  # noqa: ANN001
    page = DeliveriesPage(repos, today=TODAY)
    qtbot.addWidget(page)
    sodvin = contract_id(repos, "sodvin")
    dialog = page.new_record(sodvin)
    form = dialog.form
    form.fields.editors["sent"].set_value(date(2026, 4, 29))
    view = form.result_view
    assert view.value_text("first_day") == "tor. 30.04.2026"
    assert view.value_text("last_day") == "fre. 15.05.2026"
    assert view.value_text("delivered_on") == "man. 18.05.2026"
    assert "Kristi himmelfartsdag" in view.explanation()
    form.fields.editors["sent"].set_value(date(2026, 5, 4))
    assert view.value_text("last_day") != "fre. 15.05.2026"
    # a rejection without its reason cannot be saved
    rejected = form.fields.editors["rejected_on"]
    rejected.set_value(date(2026, 5, 8))
    assert "begrunnelse" in form.message("rejection_reason")
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(form.fields.editors["rejection_reason"], "Pålogging feiler")
    assert dialog.save_button.isEnabled()
    assert view.status.text() == "Underkjenningen er gyldig"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = repos.deliveries.for_contract(sodvin)
    assert len(stored) == 1 and stored[0].rejected_on == date(2026, 5, 8)


def test_termination_shows_notice_and_deletion_dates(qtbot, repos):  # noqa: ANN001
    page = ContractPage(repos, today=TODAY)
    qtbot.addWidget(page)
    oc = contract_id(repos, "office_center")
    page.load(oc)
    page.show_tab("terminations")
    dialog = page.new_record()
    form = dialog.form
    assert form.fields.editors["contract_id"].value() == oc
    form.fields.editors["received"].set_value(date(2026, 3, 31))
    type_into(qtbot, form.fields.editors["from_contact"], "Ingrid Haugen")
    assert form.end_view.value_text("end") == "tir. 30.06.2026"
    deletion = form.deletion_view
    assert deletion.value_text("latest_deletion") == "tor. 30.07.2026"
    assert deletion.value_text("notice_by") == "tor. 23.07.2026"
    assert deletion.value_text("copy_order_by") == "mon. 27.07.2026".replace("mon.", "man.")
    # a planned deletion after the latest allowed date is refused at its field
    planned = form.fields.editors["planned_deletion"]
    planned.set_value(date(2026, 8, 15))
    assert "siste slettedato" in form.message("planned_deletion")
    assert not dialog.save_button.isEnabled()
    planned.set_value(date(2026, 7, 15))
    assert dialog.save_button.isEnabled()
    assert deletion.value_text("notice_by") == "on. 08.07.2026".replace("on.", "ons.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(repos.terminations.for_contract(oc)) == 1
    assert page.terminations_model.rowCount() == 1


def test_unsaved_changes_prompt(qtbot, repos, monkeypatch):  # noqa: ANN001
    page = IncidentsPage(repos)
    qtbot.addWidget(page)
    dialog = page.new_record(contract_id(repos, "sodvin"))
    qtbot.keyClicks(dialog.form.fields.editors["description"], "Noe")
    answers = ["cancel", "discard"]
    asked = []

    def question(parent):  # noqa: ANN001, ANN202
        asked.append(parent)
        return answers.pop(0)

    monkeypatch.setattr("app.ui.forms.form_dialog.ask_to_save", question)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked) == 1  # Cancel: stay
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(asked) == 2  # Discard: closed, nothing stored
    assert repos.incidents.count("") == 0


def test_clean_form_closes_without_asking(qtbot, repos):  # noqa: ANN001
    page = IncidentsPage(repos)
    qtbot.addWidget(page)
    dialog = page.new_record(contract_id(repos, "sodvin"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # would fail on a message box
    assert not dialog.isVisible()
