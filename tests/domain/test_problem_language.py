"""A rejection is said in the user's language, whatever pydantic called it (CLI audit,
defect 2): "cause: må være en av: supplier, … or force_majeure" (the "or" English),
"contacts: ugyldig verdi: Input should be a valid tuple", "name: ugyldig verdi: Input
should be a valid string, unable to parse raw data as a unicode string"."""

from __future__ import annotations

import typing
from datetime import datetime

import pydantic_core.core_schema as cs
import pytest
from pydantic import ValidationError
from pydantic_core import ValidationError as CoreValidationError

from app.domain.errors import describe, problems
from app.domain.records import Customer, Incident

#: a context with every key some pydantic error type needs for its message
CTX = {
    "expected": "'a' or 'b'", "gt": 1, "ge": 1, "lt": 1, "le": 1, "min_length": 1,
    "max_length": 5, "actual_length": 2, "field_type": "List", "pattern": "x",
    "multiple_of": 2, "max_digits": 3, "decimal_places": 2, "whole_digits": 2,
    "error": "boom", "reason": "a reason", "class_name": "C", "class": "C",
    "discriminator": "'k'", "tag": "t", "expected_tags": "'a'", "expected_schemes": "'http'",
    "error_type": "e", "tz_expected": 0, "tz_actual": 1, "expected_version": 4,
    "attribute": "a", "context": "c", "type": "t", "max_size": 1, "expected_length": 2,
    "method_name": "m", "encoding": "base64", "encoding_error": "bad",
}  # fmt: skip

ERROR_TYPES = typing.get_args(cs.ErrorType)


def _error(kind: str) -> CoreValidationError:
    line = {"type": kind, "loc": ("felt",), "input": "x"}
    try:
        return CoreValidationError.from_exception_data("M", [{**line, "ctx": CTX}])
    except (TypeError, KeyError, ValueError):
        return CoreValidationError.from_exception_data("M", [line])


@pytest.mark.parametrize("kind", ERROR_TYPES)  # every one: a sample might miss some
def test_no_pydantic_english_in_a_norwegian_message(kind):  # noqa: ANN001
    error = _error(kind)
    english = error.errors(include_url=False)[0]["msg"]
    nb = describe(error, "nb")
    assert nb.startswith("felt: ")
    assert english not in nb, (kind, nb)
    for word in (" or ", "Input should", "Value error", "valid "):
        assert word not in nb, (kind, nb)
    assert describe(error, "en").startswith("felt: ")


def _incident(**changes):  # noqa: ANN003, ANN202
    values = {
        "contract_id": 1,
        "start": datetime(2026, 1, 1, 10),
        "end": datetime(2026, 1, 1, 11),
        "cause": "supplier",
    }
    return Incident.model_validate({**values, **changes})


def test_choices_are_the_codes_joined_in_the_users_language():
    with pytest.raises(ValidationError) as caught:
        _incident(cause="aliens")
    nb, en = describe(caught.value, "nb"), describe(caught.value, "en")
    assert nb.startswith("cause: må være en av: supplier, ")
    assert nb.endswith(", third_party eller force_majeure")
    assert en.endswith(", third_party or force_majeure")


@pytest.mark.parametrize(
    ("changes", "nb", "en"),
    [
        ({"contacts": "Ola"}, "contacts: må være en liste", "contacts: must be a list"),
        (
            {"name": "X\ud800"},
            "name: inneholder tegn som ikke er gyldig tekst (ødelagt Unicode)",
            "name: contains characters that are not valid text (broken Unicode)",
        ),
    ],
)
def test_customer_rejections_are_in_the_users_words(changes, nb, en):  # noqa: ANN001
    with pytest.raises(ValidationError) as caught:
        Customer.model_validate({"name": "X", "org_number": "974760673", **changes})
    assert describe(caught.value, "nb") == nb
    assert describe(caught.value, "en") == en


def test_a_plain_value_error_keeps_english_only_in_english():
    error = _error("value_error")
    (problem,) = problems(error)
    assert problem.text("nb") == "felt: ugyldig verdi «x»"
    assert problem.text("en") == "felt: invalid value 'x' (boom)"
