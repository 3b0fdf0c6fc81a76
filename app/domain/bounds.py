"""What the program computes with: dates 1900–2200, amounts below 10^13 (issue 12 item 5).

Beyond these, a calculation is meaningless for a service desk and the standard library
stops anyway (``date`` ends in year 9999; a holiday calendar for year 1 does not exist;
``Decimal`` arithmetic on 1e308 runs out of precision). An input outside them is
refused with a message naming its field ("utenfor det programmet regner med",
"for stort beløp") instead of failing somewhere inside a calculator.

``within`` is a ``field_validator("*")`` of the records (``records.Record``) and of every
calculator's input (``calculators.CalcInput``): the rejection is pydantic's, at the
field, like any other bad input. Models inside a field (an incident in a list) check
their own fields the same way.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic_core import PydanticCustomError

from .explain import register_texts

FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2200, 12, 31)
#: The years of those dates (maintenance windows, quarters use the same).
YEARS = range(FIRST_DAY.year, LAST_DAY.year + 1)
#: Amounts, hours and other decimals: below 10^13 in size (13 whole digits, what a stored
#: amount holds: ``records.NonNegative`` has 15 digits, 2 of them decimals).
MAX_DECIMAL = Decimal(10) ** 13
#: Decimals: at most this many places (1E-999999 has a million).
MAX_PLACES = 10
#: Whole numbers: at most 2^53 - 1 in size (what JSON numbers keep exactly, and far
#: inside SQLite's integers); fields with a sense of their own (working days, months,
#: units) have their own, smaller limits in their models.
MAX_INT = 2**53 - 1
#: Fields that hold a year.
YEAR_FIELDS = frozenset({"year"})

register_texts(
    {
        "err_date_range": (
            "datoen {input} er utenfor det programmet regner med ({first:date}–{last:date})",
            "the date {input} is outside what the program computes with ({first:date}–{last:date})",
        ),
        "err_year_range": (
            "året {input} er utenfor det programmet regner med ({first}–{last})",
            "the year {input} is outside what the program computes with ({first}–{last})",
        ),
        "err_too_large": (
            "for stort tall (høyst {limit} i størrelse)",
            "number too large (at most {limit} in size)",
        ),
        "err_amount_not_finite": ("må være et endelig tall", "must be a finite number"),
        "err_bad_character": (
            "teksten har et tegn som ikke kan lagres ({char})",
            "the text has a character that cannot be stored ({char})",
        ),
    }
)


def _problem(value: Any) -> tuple[str, str, dict[str, Any]] | None:
    """(code, English, context) for a value out of bounds, else None."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        if not FIRST_DAY <= value <= LAST_DAY:
            return (
                "err_date_range",
                "the date is outside what the program computes with",
                {"input": value.isoformat(), "first": FIRST_DAY, "last": LAST_DAY},
            )
        return None
    if isinstance(value, Decimal):
        if not value.is_finite():
            return ("err_amount_not_finite", "must be a finite number", {})
        if abs(value) >= MAX_DECIMAL:
            return ("err_too_large", "number too large", {"limit": "9 999 999 999 999"})
        if value.as_tuple().exponent < -MAX_PLACES:  # type: ignore[operator]
            return ("err_places", "too many decimals", {"limit": MAX_PLACES})
        return None
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT:
        return ("err_too_large", "number too large", {"limit": f"{MAX_INT:,}".replace(",", " ")})
    return None


def bad_text(value: Any, path: tuple[Any, ...] = ()) -> tuple[tuple[Any, ...], str] | None:
    """The first text inside ``value`` that cannot be stored or shown: a lone surrogate
    (``"\\ud800"`` in JSON), which no UTF-8 text holds. (path, character) or None."""
    if isinstance(value, str):
        for char in value:
            if "\ud800" <= char <= "\udfff":
                return path, f"U+{ord(char):04X}"
        return None
    if isinstance(value, dict):
        items = list(value.items())
        for key, item in items:
            found = bad_text(key, path) or bad_text(item, (*path, key))
            if found is not None:
                return found
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = bad_text(item, (*path, index))
            if found is not None:
                return found
    return None


def within(value: Any, field: str | None = None) -> Any:
    """``value`` if it (and everything inside it) is within bounds, else a
    ``PydanticCustomError`` naming the problem; for ``field_validator("*")``, which puts
    the field's name on it."""
    if field in YEAR_FIELDS and isinstance(value, int) and not isinstance(value, bool):
        if not FIRST_DAY.year <= value <= LAST_DAY.year:
            raise PydanticCustomError(
                "err_year_range",
                "the year is outside what the program computes with",
                {"input": value, "first": FIRST_DAY.year, "last": LAST_DAY.year},
            )
        return value
    found = _problem(value)
    if found is not None:
        raise PydanticCustomError(*found)
    if isinstance(value, (list, tuple, frozenset, set)):
        for item in value:
            within(item)
    elif isinstance(value, dict):
        for item in value.values():
            within(item)
    return value
