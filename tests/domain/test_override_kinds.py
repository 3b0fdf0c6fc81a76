"""The record models refuse a term's JSON value that pydantic's lax reading would take
as another: ``true``/``false`` for a number (Python's bool is an int: ``true`` became one
working day), a float for a whole number (8.0 was kept as a float). Rows stored before
are read as they are (``STORED_ROW``): the database stays readable, with the terms it had.
"""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from app.domain.errors import describe
from app.domain.records import STORED, STORED_ROW, Contract, TemplateVariant

CONTRACT = {"customer_id": 1, "title": "Drift", "template": "sodvin", "signed": "2026-01-05"}


@pytest.mark.parametrize(
    ("overrides", "nb"),
    [
        ({"approval_working_days": True}, "må være et helt tall, ikke «true»"),
        ({"binding_months": False}, "må være et helt tall, ikke «false»"),
        ({"payment_days": 30.0}, "må være et helt tall uten desimaler: 30, ikke 30.0"),
        ({"payment_days": 30.5}, "må være et helt tall, ikke «30.5»"),
        ({"uptime_pct": True}, "ugyldig tall «true»"),
        ({"reminder_fee": False}, "ugyldig tall «false»"),
    ],
)
def test_a_contracts_override_of_the_wrong_kind_is_refused(overrides, nb):
    (term,) = overrides
    for context in (None, {STORED: True}):  # an import file is read with STORED too
        with pytest.raises(ValidationError) as err:
            Contract.model_validate({**CONTRACT, "overrides": overrides}, context=context)
        assert describe(err.value, "nb") == f"overrides.{term}: {nb}"
    with pytest.raises(ValidationError) as err:
        TemplateVariant.model_validate({"name": "V", "base": "sodvin", "defaults": overrides})
    assert describe(err.value, "nb") == f"defaults.{term}: {nb}"


def test_the_kinds_a_term_takes_are_accepted():
    contract = Contract.model_validate(
        {
            **CONTRACT,
            "overrides": {
                "approval_working_days": 8,
                "uptime_pct": "99.5",
                "saturday_is_working_day": True,
                "extra_closed_dates": ["2026-05-18"],
            },
        }
    )
    terms = contract.terms()
    assert terms.approval_working_days == 8 and terms.saturday_is_working_day is True
    assert terms.extra_closed_dates == (date(2026, 5, 18),)


def test_a_row_stored_before_is_read_with_the_terms_it_had():
    stored = {**CONTRACT, "id": 1, "overrides": {"approval_working_days": True}}
    contract = Contract.model_validate(stored, context={STORED: True, STORED_ROW: True})
    assert contract.overrides == {"approval_working_days": True}  # as it is stored
    assert contract.terms().approval_working_days == 1  # as it computed before
