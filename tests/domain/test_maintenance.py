"""Sodvin Bilag 1 maintenance windows (RULES.md 7)."""

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from app.domain import calculators
from app.domain import maintenance as m
from app.domain.periods import OSLO


def oslo(*args: int) -> datetime:
    return datetime(*args, tzinfo=OSLO)


# The night to the third Tuesday, 00:00-06:00 Tuesday.
@pytest.mark.parametrize(
    ("year", "month", "tuesday"),
    [
        (2026, 1, date(2026, 1, 20)),
        (2026, 3, date(2026, 3, 17)),  # after 1 March (a Sunday)
        (2026, 9, date(2026, 9, 15)),  # 1 September is a Tuesday: 1, 8, 15
        (2026, 12, date(2026, 12, 15)),  # 1 December is a Tuesday
        (2027, 2, date(2027, 2, 16)),
        (2028, 2, date(2028, 2, 15)),  # leap year
    ],
)
def test_third_tuesday(year, month, tuesday):
    assert m.third_tuesday(year, month) == tuesday
    window = m.standard_window(year, month)
    assert (window.start, window.end) == (
        oslo(*tuesday.timetuple()[:3], 0),
        oslo(*tuesday.timetuple()[:3], 6),
    )


def test_year_lists_twelve_windows_with_json_times_and_explanation():
    result = m.maintenance_windows(2026)
    assert len(result.windows) == 12
    data = result.to_json("nb")
    assert data["windows"][0] == {"start": "2026-01-20T00:00", "end": "2026-01-20T06:00"}
    assert data["windows"][-1] == {"start": "2026-12-15T00:00", "end": "2026-12-15T06:00"}
    assert "tredje tirsdag" in data["steps"][0]
    assert "tir. 20.01.2026 kl. 00:00–06:00" in data["steps"]
    assert any("02:00–05:00" in n for n in data["notes"])
    assert "third Tuesday" in result.explanation("en")


@given(st.integers(1900, 2200), st.integers(1, 12))
def test_windows_are_tuesdays_15_to_21_and_six_hours(year, month):
    window = m.standard_window(year, month)
    assert window.start.weekday() == 1 and 15 <= window.start.day <= 21
    assert window.hours == 6


@pytest.mark.parametrize(
    ("start", "end", "inside"),
    [
        (oslo(2026, 3, 17, 0), oslo(2026, 3, 17, 6), True),  # the whole window
        (oslo(2026, 3, 17, 2), oslo(2026, 3, 17, 3, 30), True),
        (oslo(2026, 3, 16, 23), oslo(2026, 3, 17, 2), False),  # starts before
        (oslo(2026, 3, 17, 5), oslo(2026, 3, 17, 7), False),  # ends after
        (oslo(2026, 3, 10, 1), oslo(2026, 3, 10, 2), False),  # second Tuesday
        (oslo(2026, 3, 24, 1), oslo(2026, 3, 24, 2), False),  # fourth Tuesday
    ],
)
def test_inside_window(start, end, inside):
    assert (m.inside_window(start, end) is not None) is inside


def test_window_containing_a_moment():
    assert m.window_containing(oslo(2026, 3, 17, 5, 59)) == m.standard_window(2026, 3)
    assert m.window_containing(oslo(2026, 3, 17, 6)) is None  # the end is not inside
    assert m.window_containing(datetime(2026, 3, 17, 0)) is not None  # naive = Oslo


def test_minor_maintenance_any_night_02_to_05():
    assert m.inside_minor_window(oslo(2026, 6, 3, 2, 15), oslo(2026, 6, 3, 4)) is not None
    assert m.inside_minor_window(oslo(2026, 6, 3, 1), oslo(2026, 6, 3, 3)) is None
    window = m.minor_window(date(2026, 10, 25))  # DST night: 02:00-05:00 wall clock = 4 real hours
    assert window.hours == 4


def test_calculator_registered_with_year_key():
    calc = calculators.REGISTRY["maintenance_windows"]
    assert len(calc({"year": 2027}).windows) == 12
    for bad in (1899, 2201, "x"):
        with pytest.raises(ValidationError) as err:
            calc({"year": bad})
        assert err.value.errors()[0]["loc"] == ("year",)
