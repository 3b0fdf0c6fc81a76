"""add_months: the month arithmetic every binding period, renewal and one-year complaint
limit is counted with (RULES.md section 0): the day of month kept, clamped to the end."""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from app.domain.dates import add_months


def by_the_definition(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)), st.integers(-1200, 1200))
def test_add_months_keeps_the_day_or_clamps_to_the_month_end(day, months):
    assert add_months(day, months) == by_the_definition(day, months)


def test_the_month_ends_and_leap_years():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert add_months(date(2026, 5, 28), 1) == date(2026, 6, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2027, 1, 15), -1) == date(2026, 12, 15)
