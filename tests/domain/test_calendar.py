"""The working-day calendar: Norwegian public holidays, contract closed days, Saturday option."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.calendar import work_calendar

CAL = work_calendar()


@pytest.mark.parametrize(
    ("day", "working", "name"),
    [
        (date(2026, 4, 2), False, "Skjærtorsdag"),
        (date(2026, 4, 3), False, "Langfredag"),
        (date(2026, 4, 6), False, "Andre påskedag"),
        (date(2026, 5, 1), False, "Arbeidernes dag"),
        (date(2026, 5, 14), False, "Kristi himmelfartsdag"),
        (date(2026, 5, 25), False, "Andre pinsedag"),
        (date(2026, 12, 25), False, "Første juledag"),
        (date(2026, 12, 24), True, None),  # Julaften is no public holiday
        (date(2026, 11, 21), False, None),  # Saturday
        (date(2026, 11, 23), True, None),
        (date(2028, 2, 29), True, None),  # leap day, a Tuesday
        (date(2027, 3, 25), False, "Skjærtorsdag"),
    ],
)
def test_norwegian_working_days(day, working, name):
    assert CAL.is_working_day(day) is working
    assert CAL.holiday_name(day) == name


def test_contract_closed_days_every_year_and_once():
    cal = work_calendar(annual_closed=["12-24", "12-31"], extra_closed=[date(2026, 11, 23)])
    assert not cal.is_working_day(date(2026, 12, 24))
    assert not cal.is_working_day(date(2030, 12, 31))
    assert cal.holiday_name(date(2027, 12, 24)) == "Julaften"
    assert not cal.is_working_day(date(2026, 11, 23))
    assert cal.is_working_day(date(2027, 11, 23))


def test_saturday_option():
    cal = work_calendar(saturday_is_working_day=True)
    assert cal.is_working_day(date(2026, 11, 21))
    assert not cal.is_working_day(date(2026, 11, 22))


def test_calendar_is_cached_per_configuration():
    assert work_calendar() is work_calendar()
    assert work_calendar(annual_closed=["12-24"]) is work_calendar(annual_closed=("12-24",))


def test_skipped_days_name_weekday_holidays_only():
    days = list(CAL.closed_days_between(date(2026, 5, 1), date(2026, 5, 31)))
    assert [name for _, name in days] == [
        "Arbeidernes dag",
        "Kristi himmelfartsdag",
        "Andre pinsedag",
    ]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 60))
def test_counting_forward_and_back_agree(day, n):
    later = CAL.add_working_days(day, n)
    assert CAL.is_working_day(later)
    assert CAL.count_working_days(day + timedelta(days=1), later) == n
    assert CAL.add_working_days(later, -n) == CAL.on_or_after(day) or not CAL.is_working_day(day)


def _reference(saturday: bool, annual: tuple[str, ...]):
    """A plain ``holidays`` object configured as the contract calendar is."""
    import holidays

    ref = holidays.country_holidays("NO", language="no")
    if saturday:
        ref.weekend = {6}
    for mmdd in annual:
        month, day = (int(p) for p in mmdd.split("-"))
        ref.update({date(y, month, day): "stengt" for y in range(1995, 2096)})
    return ref


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    st.integers(-40, 40),
    st.integers(0, 120),
    st.booleans(),
    st.sampled_from([(), ("12-24",), ("12-24", "12-31")]),
)
def test_year_tables_answer_exactly_as_holidays_does(day, n, span, saturday, annual):
    """WorkCalendar caches holidays' answers per year (speed); it must never differ."""
    cal = work_calendar(saturday_is_working_day=saturday, annual_closed=annual)
    ref = _reference(saturday, annual)
    assert cal.is_working_day(day) == ref.is_working_day(day)
    assert cal.add_working_days(day, n) == ref.get_nth_working_day(day, n)
    end = day + timedelta(days=span)
    assert cal.count_working_days(day, end) == ref.get_working_days_count(day, end)
