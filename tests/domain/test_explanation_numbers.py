"""Every number in every calculator's explanation is the contract's (issue 11, "Done
when"): the calculators a contract's dates come from, given the contract's terms as it
stores them (every template and two variants, random overrides), explain with the
contract's numbers, in both languages, never the template's defaults."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import calculators, templates
from app.domain.errors import DomainError
from app.domain.kinds import Kind
from app.domain.terms import terms_for

from .numbers import check_numbers, distinct_overrides
from .test_overview_oracle import TEMPLATE_IDS

days = st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31))


@st.composite
def contracts(draw):  # noqa: ANN201
    template = draw(st.sampled_from(TEMPLATE_IDS))
    return template, draw(distinct_overrides(template))


@settings(max_examples=150, deadline=None)
@given(contracts(), days, st.integers(0, 400))
def test_every_number_in_an_explanation_is_the_contracts(contract, day, later):
    template, overrides = contract
    spec = {"template": template, "overrides": overrides}
    terms = terms_for(template, overrides)
    rules = templates.get(template)
    cases: list[tuple[str, dict]] = []
    if rules.has(Kind.APPROVAL_END):
        cases.append(("approval", {"sent": day}))
    if rules.has(Kind.COMPLAINT_VISIBLE):
        cases.append(("complaint", {"delivered": day, "complained": day + timedelta(days=later % 30)}))  # fmt: skip
    if rules.has(Kind.DELETION):
        cases.append(("deletion", {"ended": day}))
        cases.append(("oc_termination", {"received": day}))
    if rules.has(Kind.TERMINATION_NOTICE):
        cases.append(("sodvin_term", {"ordinary_start": day, "on": day + timedelta(days=later)}))
    if rules.has(Kind.EXTENSION_REQUEST):
        cases.append(("sodvin_extension", {"received": day}))
    if rules.has(Kind.PAYMENT_DUE):
        cases.append(("payment", {"invoice_date": day}))
    for name, data in cases:
        try:
            result = calculators.get(name)({**data, "terms": spec}, today=day)
        except DomainError:
            continue  # an input the contract's rules refuse (said elsewhere)
        # counts the result computed itself (days since, the N-th working day) are allowed
        allowed = [1] + [  # "day 1": the first day counted
            v
            for v in result.model_dump(mode="python").values()
            if isinstance(v, int) and not isinstance(v, bool)
        ]
        for lang in ("nb", "en"):
            check_numbers(result.explanation(lang), terms, allowed=allowed, lang=lang)
