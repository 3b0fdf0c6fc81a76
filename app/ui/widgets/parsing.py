"""What a user types into a date, time or amount field, read the way a Norwegian writes it.

Each parser returns the value, or raises ``InputProblem`` with the reason in the UI
language: the field shows it under itself and the form cannot be saved. Nothing is
ever corrected silently: 31.02.2027 is refused, not turned into 28.02.2027.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

#: The dates a field takes (the old date editor's range, kept).
FIRST_DATE, LAST_DATE = date(1990, 1, 1), date(2100, 12, 31)

#: Digits before the decimal point an amount may have (the database's columns hold 15
#: digits with 2 decimals: 13 whole digits, i.e. below ten thousand billion kroner).
MAX_WHOLE_DIGITS = 13


class InputProblem(ValueError):
    """Typed text that is not a value of the field; ``str()`` is the message to show."""


_DAY_FIRST = re.compile(r"^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4}|\d{2})$")


def parse_date(text: str) -> date | None:
    """``15.03.2027``, ``15.3.27``, ``2027-03-15`` or ``15032027``; None when empty."""
    cleaned = text.strip()
    if not cleaned:
        return None
    found = _DAY_FIRST.match(cleaned) or _DIGITS.match(cleaned)
    if found:
        day, month, year = (int(part) for part in found.groups())
        if len(found.group(3)) == 2:
            year += 2000
    else:
        iso = _ISO.match(cleaned)
        if not iso:
            raise InputProblem(
                QCoreApplication.translate(
                    "Parsing", "write the date as dd.mm.yyyy (got “%1”)"
                ).replace("%1", cleaned[:40])
            )
        year, month, day = (int(part) for part in iso.groups())
    try:
        value = date(year, month, day)
    except ValueError:
        raise InputProblem(
            QCoreApplication.translate("Parsing", "“%1” is not a date that exists").replace(
                "%1", cleaned
            )
        ) from None
    if not FIRST_DATE <= value <= LAST_DATE:
        raise InputProblem(
            QCoreApplication.translate("Parsing", "the date must lie between %1 and %2")
            .replace("%1", FIRST_DATE.strftime("%d.%m.%Y"))
            .replace("%2", LAST_DATE.strftime("%d.%m.%Y"))
        )
    return value


_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")


def parse_datetime(text: str) -> datetime | None:
    """``15.03.2027 14:30`` (or ``2027-03-15 14:30``); a date alone is 00:00; None when empty."""
    cleaned = " ".join(text.replace("T", " ").split())
    if not cleaned:
        return None
    day_text, _, clock = cleaned.partition(" ")
    day = parse_date(day_text)
    assert day is not None
    if not clock:
        return datetime.combine(day, time(0, 0))
    found = _TIME.match(clock)
    if not found:
        raise InputProblem(
            QCoreApplication.translate(
                "Parsing", "write the time as dd.mm.yyyy hh:mm (got “%1”)"
            ).replace("%1", cleaned[:40])
        )
    hour, minute = int(found.group(1)), int(found.group(2))
    if hour > 23 or minute > 59:
        raise InputProblem(
            QCoreApplication.translate("Parsing", "“%1” is not a time of day").replace("%1", clock)
        )
    return datetime.combine(day, time(hour, minute))


_AMOUNT = re.compile(r"^-?\d+(\.\d+)?$")
_EXPONENT = re.compile(r"^[-+]?(\d+([.,]\d*)?|[.,]\d+)[eE][-+]?\d+$")


def _too_large(digits: int) -> InputProblem:
    return InputProblem(
        QCoreApplication.translate(
            "Parsing", "too large an amount (at most %1 digits before the decimal point)"
        ).replace("%1", str(digits))
    )


def parse_amount(text: str, *, max_whole_digits: int = MAX_WHOLE_DIGITS) -> Decimal | None:
    """``12 500,50``, ``12500.5``, ``kr 12 500``, ``12.500,50``; None when empty.

    An exponent (``1e9``) is refused: nobody writes an amount so, and ``1e308`` would
    otherwise reach the calculators as a number they cannot round."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    lowered = cleaned.lower()
    for prefix in ("kr.", "kr", "nok"):
        if lowered.startswith(prefix):
            cleaned = cleaned[len(prefix) :]
            break
    for suffix in (",-", ".-", "kr", "nok", "%"):
        if cleaned.lower().endswith(suffix):
            cleaned = cleaned[: -len(suffix)]
            break
    cleaned = cleaned.replace("−", "-")
    if not cleaned:
        return None
    if _EXPONENT.match(cleaned):
        if Decimal(cleaned.replace(",", ".")).adjusted() >= max_whole_digits:  # 1e308, 1e400
            raise _too_large(max_whole_digits)
        raise InputProblem(
            QCoreApplication.translate(
                "Parsing", "write the number without an exponent (got “%1”)"
            ).replace("%1", text.strip()[:40])
        )
    if "," in cleaned and "." in cleaned:
        # the last separator is the decimal point: 12.500,50 or 12,500.50
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    else:
        cleaned = cleaned.replace(",", ".")
    if not _AMOUNT.match(cleaned):
        raise InputProblem(
            QCoreApplication.translate("Parsing", "“%1” is not a number").replace(
                "%1", text.strip()[:40]
            )
        )
    whole = cleaned.lstrip("-").split(".")[0].lstrip("0")
    if len(whole) > max_whole_digits:
        raise _too_large(max_whole_digits)
    try:
        return Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern above admits only numbers
        raise InputProblem(
            QCoreApplication.translate("Parsing", "“%1” is not a number").replace(
                "%1", text.strip()[:40]
            )
        ) from None
