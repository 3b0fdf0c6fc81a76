"""Calendar arithmetic on dates: months, quarters, years (RULES.md section 0)."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """``months`` after ``day``, keeping the day of month, clamped to the month's end.

    31 Jan + 1 month = 28 Feb (29 in a leap year); negative ``months`` count back.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    if day.day <= 28:  # every month has it: no clamp (the overview asks 20 000 times)
        return date(year, month + 1, day.day)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def first_of_next_month(day: date) -> date:
    return add_months(day.replace(day=1), 1)


def days_in_year(year: int) -> int:
    return 366 if calendar.isleap(year) else 365


def quarter_of(day: date) -> tuple[int, int]:
    """(year, quarter 1–4) of a date."""
    return day.year, (day.month - 1) // 3 + 1
