"""The sweeping interval algorithms equal the straightforward definitions.

``merge``, ``intersect``, ``subtract``, ``clip``, ``total_duration`` and
``durations_within`` work in one sorted sweep (or a bisection) each. Here they are
checked on random intervals around both DST changes of 2026 against an oracle that
knows nothing of sweeps: cut the time line at every endpoint and ask each elementary
piece whether it is covered. Times are given in Oslo local time (naive, aware, the
repeated autumn hour with either fold), UTC and fixed offsets, as records and forms
give them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from app.domain import periods as p
from app.domain.calendar import work_calendar
from app.domain.compensation import availability
from app.domain.terms import ANNOUNCED_CAUSES, Cause, terms_for

SPRING = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 02:00 Oslo winter time -> 03:00 summer
AUTUMN = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)  # 03:00 Oslo summer time -> 02:00 winter
PLUS_5 = timezone(timedelta(hours=5, minutes=30))


def _as_given(instant: datetime, form: int) -> datetime:
    """One instant in one of the forms a caller may use; all name the same instant."""
    if form == 0:
        return instant
    if form == 1:
        return instant.astimezone(p.OSLO)
    if form == 2:
        return instant.astimezone(PLUS_5)
    # naive Oslo wall time: only where it happens once (the repeated autumn hour is
    # refused without an offset, RULES reading 10; given aware instead)
    local = instant.astimezone(p.OSLO)
    naive = local.replace(tzinfo=None, fold=0)
    if p.wall_time(naive) is p.WallTime.ONCE:
        return naive
    return local


@st.composite
def instants(draw: st.DrawFn) -> datetime:
    """An instant within a day of a DST change (or of a quarter border), to the minute."""
    anchor = draw(
        st.sampled_from([SPRING, AUTUMN, datetime(2026, 3, 31, 22, tzinfo=UTC)])
    )  # the last is 1 April 00:00 Oslo: the Q1/Q2 border
    minutes = draw(st.integers(-26 * 60, 26 * 60))
    return anchor + timedelta(minutes=minutes)


@st.composite
def intervals(draw: st.DrawFn) -> p.Interval:
    a, b = sorted([draw(instants()), draw(instants())])
    if draw(st.booleans()):  # many short ones, so that they touch and nest
        b = a + timedelta(minutes=draw(st.sampled_from([0, 1, 30, 60, 90, 120])))
    return p.Interval(_as_given(a, draw(st.integers(0, 3))), _as_given(b, draw(st.integers(0, 3))))


LISTS = st.lists(intervals(), max_size=12)


def _covered(items: Sequence[p.Interval], a: datetime, b: datetime) -> bool:
    return any(i.start <= a and b <= i.end for i in items)


def oracle(keep: Callable[..., bool], *lists: Sequence[p.Interval]) -> tuple[p.Interval, ...]:
    """The elementary pieces between consecutive endpoints that ``keep`` wants, joined."""
    cuts = sorted({x for items in lists for i in items for x in (i.start, i.end)})
    out: list[tuple[datetime, datetime]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if keep(*(_covered(items, a, b) for items in lists)):
            if out and out[-1][1] == a:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
    return tuple(p.Interval(a, b) for a, b in out)


def _canonical(result: tuple[p.Interval, ...]) -> None:
    """Sorted, non-empty, apart (not even touching), held in UTC."""
    assert isinstance(result, tuple)
    for item in result:
        assert item.start.tzinfo is UTC and item.end.tzinfo is UTC
        assert item.start < item.end
    for x, y in zip(result, result[1:], strict=False):
        assert x.end < y.start


@given(LISTS)
def test_merge_is_the_union(items):
    got = p.merge(items)
    _canonical(got)
    assert got == oracle(lambda x: x, items)
    assert p.merge(got) == got
    assert p.total_duration(items) == sum((i.duration for i in got), timedelta(0))


@given(LISTS, LISTS)
def test_intersect_is_the_common_time(a, b):
    got = p.intersect(a, b)
    _canonical(got)
    assert got == oracle(lambda x, y: x and y, a, b)
    assert got == p.intersect(b, a)
    assert p.intersect(p.merge(a), p.merge(b)) == got  # merged input takes the short way


@given(LISTS, LISTS)
def test_subtract_is_the_difference(a, b):
    got = p.subtract(a, b)
    _canonical(got)
    assert got == oracle(lambda x, y: x and not y, a, b)
    assert p.subtract(p.merge(a), p.merge(b)) == got


@given(LISTS, instants(), instants(), st.integers(0, 3))
def test_clip_is_the_part_inside(items, a, b, form):
    a, b = sorted([a, b])
    got = p.clip(items, _as_given(a, form), _as_given(b, form))
    _canonical(got)
    assert got == oracle(lambda x, y: x and y, items, [p.Interval(a, b)])


@given(LISTS, LISTS)
def test_durations_within_equal_each_intersection(items, within):
    got = p.durations_within(items, within)
    assert got == [p.total_duration(p.intersect([i], within)) for i in items]
    assert got == [
        sum((x.duration for x in oracle(lambda x, y: x and y, [i], within)), timedelta(0))
        for i in items
    ]


@given(instants(), st.integers(0, 3), st.booleans())
def test_to_utc_is_the_instant_by_way_of_oslo(instant, form, fold):
    value = _as_given(instant, form)
    if value.tzinfo is not None:
        value = value.replace(fold=int(fold))  # fold only matters to Oslo wall times
    expected = p.oslo_time(value).astimezone(UTC)  # the definition, step by step
    got = p.to_utc(value)
    assert got == expected and got.tzinfo is UTC and got.fold == 0
    assert got.replace(tzinfo=None) == expected.replace(tzinfo=None)


def test_the_repeated_autumn_hour_keeps_its_fold():
    first = datetime(2026, 10, 25, 2, 30, tzinfo=p.OSLO)
    second = first.replace(fold=1)
    assert p.to_utc(first) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert p.to_utc(second) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert p.Interval(first, second).hours == 1


# --- availability's per-incident and per-cause hours, against the oracle ----------------

CAUSES = list(Cause)


@dataclass(frozen=True)
class Fault:
    """What availability reads of an incident (``compensation.IncidentLike``)."""

    start: datetime
    end: datetime
    cause: Cause


@st.composite
def incidents(draw: st.DrawFn) -> Fault:
    span = draw(intervals())
    end = span.end if span.start < span.end else span.end + timedelta(minutes=5)
    form = draw(st.integers(0, 3))
    return Fault(
        start=_as_given(span.start, form),
        end=_as_given(end, form),
        cause=draw(st.sampled_from(CAUSES)),
    )


def _hours(items: Sequence[p.Interval]) -> object:
    return p.to_hours(_duration(items))


def _duration(items: Sequence[p.Interval]) -> timedelta:
    return sum((i.duration for i in items), timedelta(0))


@given(
    st.lists(incidents(), max_size=15),
    st.sampled_from(["sodvin", "office_center"]),
    st.sampled_from(["24/7", "mon-sun 01:30-03:30", "mon-fri 08:00-16:00"]),
    st.sampled_from([1, 4]),  # the quarters with the spring and the autumn change
)
def test_availability_hours_equal_the_oracle(items, template, hours, quarter):
    terms = terms_for(template, {"service_hours": hours})
    start, end = p.quarter_bounds(2026, quarter)
    service = p.service_intervals(start, end, p.parse_service_hours(hours), work_calendar())
    result = availability(terms=terms, start=start, end=end, incidents=items)

    spans = [p.Interval(i.start, i.end) for i in items]
    counting = [s for s, i in zip(spans, items, strict=True) if _counts(terms, i.cause)]
    announced = [s for s, i in zip(spans, items, strict=True) if i.cause in ANNOUNCED_CAUSES]
    in_service = oracle(lambda x, y: x and y, counting, service)
    counted = oracle(lambda x, y: x and not y, in_service, announced)
    assert result.downtime_hours == _hours(counted)
    assert result.announced_overlap_hours == p.to_hours(_duration(in_service) - _duration(counted))
    assert tuple(w.interval() for w in result.intervals) == counted
    for cause in Cause:
        mine = [s for s, i in zip(spans, items, strict=True) if i.cause == cause]
        if cause.value in result.downtime_by_cause:
            expected = _hours(oracle(lambda x, y: x and y, mine, service))
            assert result.downtime_by_cause[cause.value] == expected
    shown = [s for s in result.steps if s.code.startswith("avail_incident_")]
    overlapping = sorted(
        ((s, i) for s, i in zip(spans, items, strict=True) if s.overlaps(p.Interval(start, end))),
        key=lambda pair: (pair[0], pair[1].cause.value),
    )
    assert len(shown) == len(overlapping)
    for shown_step, (span, _item) in zip(shown, overlapping, strict=True):
        assert shown_step.values["hours"] == _hours(oracle(lambda x, y: x and y, [span], service))


def _counts(terms, cause: Cause) -> bool:
    return terms.counts(cause) and cause not in ANNOUNCED_CAUSES
