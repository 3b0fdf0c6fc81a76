"""Every calculator rejects bad input with a message naming the field (bokmål and English)."""

import pytest
from pydantic import ValidationError

from app.domain import calculators
from app.domain.errors import DomainError, describe

CASES = [
    ("approval", {"sent": "2026-02-30"}, "sent"),
    ("approval", {"sent": "2026-04-29", "working_days": 0}, "working_days"),
    ("approval", {"sent": "2026-04-29", "rejected_on": "2026-04-01"}, "rejected_on"),
    ("approval", {"sent": "2026-04-29", "extra_closed": ["2026-13-01"]}, "extra_closed"),
    ("complaint", {"delivered": "2026-05-01"}, "complained"),
    ("complaint", {"delivered": "2026-05-01", "complained": "2026-04-30"}, "complained"),
    ("complaint", {"delivered": "2026-05-01", "complained": "2026-05-02", "terms": "other"}, "terms"),
    ("deletion", {"ended": "2026-06-30", "deletion": "2026-06-01"}, "deletion"),
    ("sodvin_term", {"ordinary_start": "not a date"}, "ordinary_start"),
    ("sodvin_early_termination", {"terminated": "2026-11-01", "period_end": "2026-10-01", "monthly_fee": "1"}, "period_end"),
    ("sodvin_early_termination", {"terminated": "2026-11-01", "period_end": "2027-01-31", "monthly_fee": "-1"}, "monthly_fee"),
    ("payment", {"invoice_date": "2026-03-01", "amount": "-10"}, "amount"),
    ("payment", {"invoice_date": "2026-03-01", "paid": "2026-02-01"}, "paid"),
    ("payment", {"invoice_date": "2014-03-01", "amount": "10", "paid": "2014-05-01"}, "paid"),
    ("first_invoice", {"established": "2026-03-01", "unit_price": "x", "units": 1}, "unit_price"),
    ("first_invoice", {"established": "2026-03-01", "unit_price": "1", "units": -1}, "units"),
    ("price_adjustment", {"signed": "2026-03-01", "price": "100", "index_old": "0", "index_new": "1"}, "index_old"),
    ("oc_termination", {}, "received"),
    ("sodvin_extension", {"received": "2026-02-30"}, "received"),
    ("change_notice", {"effective": "2026-02-29"}, "effective"),
    ("maintenance_windows", {"year": "twenty"}, "year"),
    ("oc_reduction", {"monthly_fee": "8000", "availability": "101"}, "availability"),
    ("sodvin_refund", {"fee": "100", "uptime": "99.5", "downtime_hours": "1", "quarter": "2026Q5"}, "quarter"),
    ("availability", {"terms": "sodvin", "quarter": "2026Q1", "incidents": [{"start": "2026-03-29T02:30", "end": "2026-03-29T04:00", "cause": "supplier"}]}, "start"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "data", "field"), CASES)
def test_rejection_names_the_field_in_both_languages(name, data, field):
    with pytest.raises((ValidationError, DomainError)) as exc:
        calculators.get(name)(data)
    for lang in ("nb", "en"):
        text = describe(exc.value, lang)
        assert field in text, text
        assert len(text) > len(field) + 5


def test_every_calculator_has_an_error_case():
    assert {name for name, _, _ in CASES} == set(calculators.names())
