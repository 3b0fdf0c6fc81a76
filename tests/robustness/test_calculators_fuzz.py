"""Every calculator of the registry, fed anything a user or a script could type.

No exception other than a validation or domain error escapes, and every rejection
comes with a message in bokmål and English that names something.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from app.domain import calculators
from app.domain.errors import DomainError, problems
from app.domain.explain import render

NAMES = calculators.names()

TEXT = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", " ", "abc", "2026Q3", "2026-Q5", "Q2 2026", "24/7", "mon-fri 08:00-16:00",
                     "25:00", "sodvin", "office_center", "supplier", "-1", "1e999", "NaN", "inf",
                     "99.5", "100", "0", "1 234,50", "31.02.2026", "2026-02-30"]),
)  # fmt: skip
NUMBER = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.decimals(allow_nan=True, allow_infinity=True, places=3).map(str),
    st.floats(allow_nan=True, allow_infinity=True),
)
DAY = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
ISO_DAY = st.dates(min_value=date(1800, 1, 1), max_value=date(2300, 12, 31)).map(date.isoformat)
TIME = st.datetimes(min_value=__import__("datetime").datetime(1900, 1, 1)).map(
    lambda d: d.isoformat(timespec="minutes")
)
SCALAR = st.one_of(st.none(), st.booleans(), TEXT, NUMBER, DAY, ISO_DAY, TIME)
INCIDENT = st.fixed_dictionaries(
    {"start": st.one_of(TIME, TEXT), "cause": st.one_of(TEXT, st.sampled_from(["supplier", "customer"]))},
    optional={"end": st.one_of(st.none(), TIME)},
)  # fmt: skip
VALUE = st.one_of(SCALAR, st.lists(st.one_of(INCIDENT, SCALAR), max_size=4))


def inputs(name: str) -> st.SearchStrategy[dict]:
    fields = list(calculators.get(name).input_model.model_fields)
    known = (
        st.dictionaries(st.sampled_from(fields), VALUE, max_size=len(fields))
        if fields
        else st.just({})
    )
    unknown = st.dictionaries(st.text(min_size=1, max_size=8), SCALAR, max_size=1)
    return st.one_of(known, st.builds(lambda a, b: {**a, **b}, known, unknown))


def _check_rejection(exc: Exception) -> None:
    found = problems(exc) if isinstance(exc, ValidationError) else [exc.problem]  # type: ignore[attr-defined]
    assert found, f"a rejection without a problem: {exc!r}"
    for problem in found:
        for lang in ("nb", "en"):
            message = problem.message(lang)
            assert isinstance(message, str) and message.strip(), (problem, lang)


@pytest.mark.parametrize("name", NAMES)
def test_no_exception_escapes_and_every_rejection_has_a_message(name):
    calculator = calculators.get(name)

    # a third of the profile's examples per calculator: 15 calculators stay in seconds
    @settings(max_examples=max(10, settings.default.max_examples // 3))
    @given(data=inputs(name))
    def check(data: dict) -> None:
        try:
            result = calculator(data)
        except (ValidationError, DomainError) as exc:
            _check_rejection(exc)
            return
        for lang in ("nb", "en"):  # an answer can always be explained, in both languages
            for item in (*result.steps, *result.notes):
                assert render(item, lang).strip()

    check()


def test_the_fuzzed_inputs_reach_the_calculations_too():
    """Not only rejections: valid inputs of every kind compute (the fuzzing is not idle)."""
    assert calculators.get("approval")({"sent": date(2026, 3, 2)})
    assert calculators.get("oc_reduction")({"monthly_fee": Decimal(8000), "availability": "99.12"})
