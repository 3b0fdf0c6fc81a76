"""Every record form, typed into at random: no exception escapes its validation, and a
form that cannot be saved always says why (at a field or under the form)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from app.domain.records import Contract, Customer
from app.storage.database import open_database
from app.storage.repositories import Repositories
from app.ui.application import make_app
from app.ui.forms.checklist_item_form import ChecklistItemForm
from app.ui.forms.complaint_form import ComplaintForm
from app.ui.forms.contract_form import ContractForm
from app.ui.forms.customer_form import CustomerForm
from app.ui.forms.delivery_notice_form import DeliveryNoticeForm
from app.ui.forms.incident_form import IncidentForm
from app.ui.forms.service_form import ServiceForm
from app.ui.forms.termination_form import TerminationForm
from app.ui.widgets.date_edit import DateEdit

FORMS = [
    CustomerForm, ContractForm, ServiceForm, IncidentForm, ComplaintForm,
    DeliveryNoticeForm, TerminationForm, ChecklistItemForm,
]  # fmt: skip
TYPED = st.one_of(
    st.text(max_size=10),
    st.sampled_from(["", " ", "914573262", "123", "-5", "1 234,50", "x@", "99,9", "1e9", "∞"]),
)
DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@pytest.fixture(scope="module")
def repos(tmp_path_factory):  # noqa: ANN001, ANN201
    make_app("nb")
    database = open_database(tmp_path_factory.mktemp("forms") / "forms.sqlite")
    repos = Repositories(database)
    customer = repos.customers.add(Customer(name="Ringerike Regnskap AS", org_number="914573262"))
    for template in ("sodvin", "office_center"):
        repos.contracts.add(
            Contract(
                customer_id=customer.id,
                title=f"Avtale {template}",
                template=template,
                signed=date(2026, 1, 5),
                delivered=date(2026, 2, 2),
                monthly_fee=Decimal(1000),
            )
        )
    yield repos
    database.close()


def _shows_why(form) -> bool:  # noqa: ANN001
    if form.other_problems.text().strip():
        return True
    return any(label.text().strip() for label in form.fields.errors.values())


@pytest.mark.parametrize("form_class", FORMS, ids=lambda c: c.__name__)
def test_typing_anything_never_raises_and_rejections_are_explained(qtbot, repos, form_class):
    form = form_class(repos)
    qtbot.addWidget(form)
    editors = form.fields.editors

    @settings(max_examples=max(10, settings.default.max_examples // 5))
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        for name, editor in editors.items():
            if isinstance(editor, QLineEdit):
                editor.setText(data.draw(TYPED, label=name))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(data.draw(TYPED, label=name))
            elif isinstance(editor, DateEdit):
                editor.set_value(data.draw(DAYS, label=name))
        form.fields.changed.emit()  # what every keystroke does
        if not form.is_valid():
            assert _shows_why(form), form.data()
        else:
            form.value()  # a valid form gives its record

    check()
