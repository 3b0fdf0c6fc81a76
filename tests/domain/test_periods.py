"""Quarters, service time and interval arithmetic in Oslo time (RULES.md 0 and 5)."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import periods as p
from app.domain.calendar import work_calendar
from app.domain.errors import DomainError

CAL = work_calendar()
H24 = p.parse_service_hours("24/7")
OFFICE = p.parse_service_hours("mon-fri 08:00-16:00")


def oslo(*args: int) -> datetime:
    return datetime(*args, tzinfo=p.OSLO)


def iv(a: datetime, b: datetime) -> p.Interval:
    return p.Interval(a, b)


# --- quarters ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026Q3", (2026, 3)),
        ("2026q1", (2026, 1)),
        ("2026-Q4", (2026, 4)),
        ("Q2 2027", (2027, 2)),
        ("2026K2", (2026, 2)),  # kvartal
        (" 2028Q1 ", (2028, 1)),
    ],
)
def test_parse_quarter_accepts(text, expected):
    assert p.parse_quarter(text) == expected


@pytest.mark.parametrize(
    "text", ["2026Q5", "2026Q0", "2026", "Q3", "26Q3", "2026-07", "", "abc", "1899Q4", "2201Q1"]
)
def test_parse_quarter_rejects_naming_the_field(text):
    with pytest.raises(DomainError) as err:
        p.parse_quarter(text)
    assert err.value.problem.field == "quarter"
    assert "2026Q3" in err.value.text("en") or "between" in err.value.text("en")


@pytest.mark.parametrize(
    ("year", "q", "start", "end"),
    [
        (2026, 1, date(2026, 1, 1), date(2026, 4, 1)),
        (2026, 2, date(2026, 4, 1), date(2026, 7, 1)),
        (2026, 3, date(2026, 7, 1), date(2026, 10, 1)),
        (2026, 4, date(2026, 10, 1), date(2027, 1, 1)),  # year end
    ],
)
def test_quarter_bounds_are_oslo_midnights(year, q, start, end):
    a, b = p.quarter_bounds(year, q)
    assert (a.date(), b.date()) == (start, end)
    assert a.tzinfo is p.OSLO and a.hour == 0 and b.hour == 0


# Real elapsed hours: spring DST change (last Sunday of March) takes an hour away,
# autumn (last Sunday of October) gives one back; 2028 is a leap year.
@pytest.mark.parametrize(
    ("quarter", "hours_24_7"),
    [
        ("2026Q1", 2159),  # 90 days × 24 − 1 (29 March 2026)
        ("2026Q2", 2184),  # 91 days × 24
        ("2026Q3", 2208),  # 92 days × 24
        ("2026Q4", 2209),  # 92 days × 24 + 1 (25 October 2026)
        ("2028Q1", 2183),  # 91 days (29 Feb) × 24 − 1 (26 March 2028)
        ("2027Q1", 2159),
    ],
)
def test_quarter_hours_24_7_are_real_elapsed_hours(quarter, hours_24_7):
    start, end = p.quarter_bounds(*p.parse_quarter(quarter))
    assert p.period_hours(start, end, H24, CAL) == hours_24_7


# OC opening hours mon-fri 08:00-16:00 on working days only: 8 hours a working day.
@pytest.mark.parametrize(
    ("quarter", "working_days", "holidays_removed"),
    [
        ("2026Q1", 63, 1),  # 1 Jan (Thu)
        (
            "2026Q2",
            59,
            6,
        ),  # Skjærtorsdag, Langfredag, Andre påskedag, 1 May, Kr. himmelfart, Andre pinsedag
        ("2026Q3", 66, 0),
        ("2026Q4", 65, 1),  # 25 Dec (Fri); 26 Dec is a Saturday
    ],
)
def test_quarter_hours_office_hours_skip_holidays(quarter, working_days, holidays_removed):
    start, end = p.quarter_bounds(*p.parse_quarter(quarter))
    assert p.period_hours(start, end, OFFICE, CAL) == 8 * working_days
    assert len(p.closed_service_days(start, end, OFFICE, CAL)) == holidays_removed


def test_easter_2026_is_outside_office_service_hours():
    start, end = oslo(2026, 3, 30), oslo(2026, 4, 13)  # Mon 30 Mar .. Mon 13 Apr
    # 10 weekdays, of which Skjærtorsdag 2 Apr, Langfredag 3 Apr, Andre påskedag 6 Apr are holidays
    assert p.period_hours(start, end, OFFICE, CAL) == 7 * 8
    names = [name for _, name in p.closed_service_days(start, end, OFFICE, CAL)]
    assert names == ["Skjærtorsdag", "Langfredag", "Andre påskedag"]


def test_contract_closed_days_are_outside_service_hours():
    cal = work_calendar(annual_closed=("12-24", "12-31"))
    start, end = oslo(2026, 12, 21), oslo(2027, 1, 4)
    # weekdays: 21-25, 28-31 Dec and 1 Jan = 10; minus 24, 25, 31 Dec, 1 Jan
    assert p.period_hours(start, end, OFFICE, cal) == 6 * 8
    assert p.period_hours(start, end, OFFICE, CAL) == 8 * 8


def test_office_hours_are_eight_real_hours_on_dst_days_and_24_7_days_are_not():
    # Mon 30 Mar 2026 is the first weekday in summer time: still 8 hours
    assert p.period_hours(oslo(2026, 3, 30), oslo(2026, 3, 31), OFFICE, CAL) == 8
    assert p.period_hours(oslo(2026, 3, 29), oslo(2026, 3, 30), H24, CAL) == 23
    assert p.period_hours(oslo(2026, 10, 25), oslo(2026, 10, 26), H24, CAL) == 25
    # a daily 00:00-24:00 service on the DST Sunday is 23 real hours too
    daily = p.parse_service_hours("mon-sun 00:00-24:00")
    assert p.period_hours(oslo(2026, 3, 29), oslo(2026, 3, 30), daily, CAL) == 23


def test_weekend_service_days_count_when_listed_but_not_on_holidays():
    weekend = p.parse_service_hours("sat-sun 10:00-14:00")
    # Sat 4 Apr 2026 is no holiday, Sun 5 Apr is Første påskedag
    assert p.period_hours(oslo(2026, 4, 4), oslo(2026, 4, 6), weekend, CAL) == 4


def test_service_window_crossing_the_period_border_is_clipped():
    start, end = oslo(2026, 4, 7, 12), oslo(2026, 4, 8, 10)
    assert p.period_hours(start, end, OFFICE, CAL) == 4 + 2


def test_service_intervals_are_utc_and_render_in_oslo():
    (first, *_) = p.service_intervals(oslo(2026, 6, 1), oslo(2026, 6, 2), OFFICE, CAL)
    assert first.start == datetime(2026, 6, 1, 6, tzinfo=UTC)
    assert first.local_start == oslo(2026, 6, 1, 8)
    assert first.window().model_dump(mode="json") == {
        "start": "2026-06-01T08:00",
        "end": "2026-06-01T16:00",
    }


# --- hours on real time ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "hours"),
    [
        (oslo(2026, 3, 29, 1), oslo(2026, 3, 29, 4), Decimal(2)),  # spring: 02:00 -> 03:00
        (oslo(2026, 10, 25, 1), oslo(2026, 10, 25, 4), Decimal(4)),  # autumn: 03:00 -> 02:00
        (oslo(2026, 4, 7, 10), oslo(2026, 4, 7, 10, 30), Decimal("0.5")),
        (oslo(2026, 12, 31, 22), oslo(2027, 1, 1, 2), Decimal(4)),  # year end
    ],
)
def test_hours_between_uses_real_elapsed_time(start, end, hours):
    assert p.hours_between(start, end) == hours


def test_naive_times_are_read_as_oslo():
    assert p.to_utc(datetime(2026, 7, 1, 12)) == datetime(2026, 7, 1, 10, tzinfo=UTC)


def test_an_oslo_time_in_the_skipped_hour_is_the_instant_it_names():
    # 48 hours after 16:00 on Friday is "02:00+01:00" on the Sunday summer time starts,
    # a wall time that does not exist: it is the instant 03:00+02:00
    end = p.oslo_time(datetime(2024, 3, 29, 16, tzinfo=p.OSLO) + timedelta(hours=34))
    assert (end.hour, end.utcoffset()) == (3, timedelta(hours=2))
    assert end == p.oslo_time(end.astimezone(UTC))
    # the hour that occurs twice keeps which of the two it is
    second = p.oslo_time(datetime(2024, 10, 27, 2, 30, tzinfo=p.OSLO, fold=1))
    assert second.utcoffset() == timedelta(hours=1)


def test_interval_rejects_end_before_start():
    with pytest.raises(ValueError):
        p.Interval(oslo(2026, 1, 2), oslo(2026, 1, 1))


# --- merge, clip, intersect, subtract ------------------------------------------------------------

T = [oslo(2026, 5, 4, h) for h in range(24)]


@pytest.mark.parametrize(
    ("given", "merged"),
    [
        ([], []),
        ([(1, 3)], [(1, 3)]),
        ([(1, 3), (2, 5)], [(1, 5)]),  # overlapping
        ([(2, 5), (1, 3)], [(1, 5)]),  # order does not matter
        ([(1, 3), (3, 5)], [(1, 5)]),  # touching
        ([(1, 3), (4, 5)], [(1, 3), (4, 5)]),  # apart
        ([(1, 10), (2, 3), (4, 5)], [(1, 10)]),  # contained
        ([(3, 3), (1, 2)], [(1, 2)]),  # empty dropped
    ],
)
def test_merge(given, merged):
    assert p.merge(iv(T[a], T[b]) for a, b in given) == tuple(iv(T[a], T[b]) for a, b in merged)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ([(1, 5)], [(3, 8)], [(3, 5)]),
        ([(1, 5), (6, 9)], [(4, 7)], [(4, 5), (6, 7)]),
        ([(1, 2)], [(2, 3)], []),
        ([(1, 9)], [(2, 3), (5, 6)], [(2, 3), (5, 6)]),
    ],
)
def test_intersect(a, b, expected):
    got = p.intersect([iv(T[x], T[y]) for x, y in a], [iv(T[x], T[y]) for x, y in b])
    assert got == tuple(iv(T[x], T[y]) for x, y in expected)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ([(1, 9)], [(3, 5)], [(1, 3), (5, 9)]),  # hole in the middle
        ([(1, 9)], [(0, 4)], [(4, 9)]),  # front cut
        ([(1, 9)], [(6, 12)], [(1, 6)]),  # back cut
        ([(1, 9)], [(0, 12)], []),  # all of it
        ([(1, 3), (5, 9)], [(2, 6), (7, 8)], [(1, 2), (6, 7), (8, 9)]),
        ([(1, 3)], [], [(1, 3)]),
    ],
)
def test_subtract(a, b, expected):
    got = p.subtract([iv(T[x], T[y]) for x, y in a], [iv(T[x], T[y]) for x, y in b])
    assert got == tuple(iv(T[x], T[y]) for x, y in expected)


def test_clip_to_the_period():
    got = p.clip([iv(T[1], T[5]), iv(T[8], T[12])], T[3], T[10])
    assert got == (iv(T[3], T[5]), iv(T[8], T[10]))


# --- invariants ----------------------------------------------------------------------------------

BASE = datetime(2026, 1, 1, tzinfo=UTC)
minutes = st.integers(min_value=0, max_value=60 * 24 * 400)
intervals = st.lists(
    st.tuples(minutes, st.integers(min_value=0, max_value=60 * 24 * 10)).map(
        lambda t: p.Interval(BASE + timedelta(minutes=t[0]), BASE + timedelta(minutes=t[0] + t[1]))
    ),
    max_size=12,
)


@given(intervals)
def test_merge_is_idempotent_sorted_and_disjoint(items):
    once = p.merge(items)
    assert p.merge(once) == once
    assert all(a.end < b.start for a, b in zip(once, once[1:], strict=False))


@given(intervals)
def test_merge_is_independent_of_order(items):
    assert p.merge(reversed(items)) == p.merge(items)


@given(intervals, intervals)
def test_subtract_and_intersect_partition_the_time(a, b):
    inside = p.total_duration(p.intersect(a, b))
    outside = p.total_duration(p.subtract(a, b))
    assert inside + outside == p.total_duration(a)
    assert p.intersect(p.subtract(a, b), b) == ()


@given(intervals)
def test_merged_hours_never_exceed_the_sum(items):
    assert p.total_duration(items) <= sum((i.duration for i in items), timedelta(0))
    assert p.total_hours(items) == p.to_hours(p.total_duration(items))


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 60))
def test_office_hours_equal_eight_times_working_days(start, days):
    end = start + timedelta(days=days)
    working = CAL.count_working_days(start, end - timedelta(days=1))
    assert (
        p.period_hours(
            oslo(start.year, start.month, start.day),
            oslo(end.year, end.month, end.day),
            OFFICE,
            CAL,
        )
        == 8 * working
    )
