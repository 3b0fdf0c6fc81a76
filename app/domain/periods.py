"""Time in Oslo: service hours, periods (quarters), and interval merge, clip and subtract.

All local times are ``Europe/Oslo``; durations are computed on UTC instants, so a
quarter containing the spring DST change is one hour shorter (RULES.md section 0):
Q1 2026 has 2159 hours, Q4 2026 has 2209.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Annotated
from zoneinfo import ZoneInfo

from pydantic import PlainSerializer

from . import bounds
from .calendar import WorkCalendar
from .errors import DomainError, invalid
from .explain import LANGS, phrase, register_texts
from .model import FrozenModel

OSLO = ZoneInfo("Europe/Oslo")

_DAY_NAMES = {
    "mon": 0, "man": 0,
    "tue": 1, "tir": 1,
    "wed": 2, "ons": 2,
    "thu": 3, "tor": 3,
    "fri": 4, "fre": 4,
    "sat": 5, "lør": 5, "lor": 5,
    "sun": 6, "søn": 6, "son": 6,
}  # fmt: skip
_SPEC = re.compile(
    r"^\s*(?P<days>[a-zøæå,\-]+)\s+(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2})\s*$"
)


@dataclass(frozen=True)
class ServiceHours:
    """When the service is owed: ``24/7``, or given weekdays between two clock times.

    A weekday spec (e.g. ``mon-fri 08:00-16:00``, OC 7.3 opening hours) covers working
    days only: public holidays and the contract's closed days are outside service time.
    ``end`` of ``None`` means midnight at the end of the day (``24:00``).
    """

    always: bool
    weekdays: frozenset[int] = frozenset()
    start: time = time(0)
    end: time | None = None

    @property
    def text(self) -> str:
        """The spec as the parser reads it (``mon-fri 08:00-16:00``)."""
        return self.label("spec")

    def label(self, lang: str = "nb") -> str:
        """For people: ``man–fre 08:00–16:00`` (nb) or ``Mon–Fri 08:00–16:00`` (en);
        ``lang="spec"`` gives the parser's form."""
        if self.always:
            return "24/7"
        if lang in LANGS:
            names = [phrase(f"service_day.{day}", lang) for day in range(7)]
        else:
            names = SPEC_DAYS
        dash = "-" if lang == "spec" else "–"
        runs: list[list[int]] = []
        for d in sorted(self.weekdays):
            if runs and runs[-1][-1] == d - 1:
                runs[-1].append(d)
            else:
                runs.append([d])
        days = ",".join(
            names[r[0]] if len(r) == 1 else f"{names[r[0]]}{dash}{names[r[-1]]}" for r in runs
        )
        end = "24:00" if self.end is None else self.end.strftime("%H:%M")
        return f"{days} {self.start.strftime('%H:%M')}{dash}{end}"


#: The weekdays as the service-hours parser writes them (``mon-fri 08:00-16:00``).
SPEC_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
register_texts(
    {
        f"service_day.{day}": names
        for day, names in enumerate(
            zip(
                ("man", "tir", "ons", "tor", "fre", "lør", "søn"),
                ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
                strict=True,
            )
        )
    }
)


def service_hours_label(spec: str, lang: str = "nb") -> str:
    """A stored service-hours spec as people read it in ``lang`` (the spec if unreadable)."""
    try:
        return parse_service_hours(spec).label(lang)
    except ValueError:
        return spec


def _parse_days(text: str, spec: str) -> frozenset[int]:
    if text in ("daily", "alle", "all"):
        return frozenset(range(7))
    days: set[int] = set()
    for part in text.split(","):
        first, _, last = part.partition("-")
        if first not in _DAY_NAMES or (last and last not in _DAY_NAMES):
            raise invalid("err_service_hours", "unknown service hours", input=spec)
        a, b = _DAY_NAMES[first], _DAY_NAMES[last or first]
        if b < a:
            raise invalid("err_service_hours", "unknown service hours", input=spec)
        days.update(range(a, b + 1))
    return frozenset(days)


def _parse_clock(text: str, spec: str, *, allow_24: bool) -> time | None:
    hours, minutes = (int(x) for x in text.split(":"))
    if allow_24 and hours == 24 and minutes == 0:
        return None
    if hours > 23 or minutes > 59:
        raise invalid("err_service_hours", "unknown service hours", input=spec)
    return time(hours, minutes)


def parse_service_hours(spec: str) -> ServiceHours:
    """``"24/7"`` or e.g. ``"mon-fri 08:00-16:00"`` (also ``man-fre``); raises on nonsense."""
    text = spec.strip().lower()
    if text in ("24/7", "24x7", "døgnet rundt"):
        return ServiceHours(always=True)
    match = _SPEC.match(text)
    if not match:
        raise invalid("err_service_hours", "unknown service hours", input=spec)
    days = _parse_days(match["days"], spec)
    start = _parse_clock(match["start"], spec, allow_24=False)
    end = _parse_clock(match["end"], spec, allow_24=True)
    assert start is not None
    if end is not None and end <= start:
        raise invalid("err_service_hours", "unknown service hours", input=spec)
    return ServiceHours(always=False, weekdays=days, start=start, end=end)


register_texts(
    {
        "err_service_hours": (
            "ukjent tjenestetid «{input}» (bruk 24/7 eller f.eks. mon-fri 08:00-16:00)",
            "unknown service hours '{input}' (use 24/7 or e.g. mon-fri 08:00-16:00)",
        ),
    }
)


def oslo_time(value: datetime) -> datetime:
    """An aware Oslo datetime; a naive one is read as Oslo local time.

    A local time that does not exist (the hour skipped when summer time starts) is
    refused, and so is one that occurs twice (the hour repeated when it ends, RULES
    reading 10): which of the two is meant must be said, by an offset
    (``2027-10-31T02:30+01:00``) or, in a form, by the user's choice. An aware value is
    the instant it names, given as it reads in Oslo: through UTC, because ``astimezone``
    leaves a value that already has the Oslo zone as it is, and arithmetic on Oslo times
    (``start + timedelta(hours=24)``) can give a wall time in the skipped hour
    (02:00+01:00 on the last Sunday of March is 03:00+02:00); left as it is, it would
    compare unequal to the same instant read back from the database.
    A time outside the dates the program computes with is refused (``bounds``; year 1
    or 9999 would overflow on the way through UTC).
    """
    bounds.within(value)
    if value.tzinfo is not None:
        return value.astimezone(UTC).astimezone(OSLO)
    match wall_time(value):
        case WallTime.SKIPPED:
            raise invalid(
                "err_no_such_time",
                "does not exist in Oslo time",
                moment=value,
            )
        case WallTime.REPEATED:
            raise invalid(
                "err_repeated_time",
                "occurs twice in Oslo time",
                moment=value,
            )
    return value.replace(tzinfo=OSLO, fold=0)


class WallTime(StrEnum):
    """What a naive wall-clock time is in Oslo."""

    ONCE = "once"
    SKIPPED = "skipped"  # inside the hour the clocks skip in March
    REPEATED = "repeated"  # inside the hour the clocks repeat in October


def wall_time(value: datetime) -> WallTime:
    """Whether the naive Oslo wall time ``value`` happens once, never or twice."""
    first = value.replace(tzinfo=OSLO, fold=0)
    if first.astimezone(UTC).astimezone(OSLO).replace(tzinfo=None) != value.replace(fold=0):
        return WallTime.SKIPPED
    if value.replace(tzinfo=OSLO, fold=1).utcoffset() != first.utcoffset():
        return WallTime.REPEATED
    return WallTime.ONCE


def elapsed(start: datetime, end: datetime) -> timedelta:
    """Real time from ``start`` to ``end`` (on UTC instants: a night across the spring
    change is an hour shorter than the clocks show)."""
    return to_utc(end) - to_utc(start)


# The time is a value, written as the program writes every time (25.10.2026 kl. 02:30),
# not its ISO form: the form's user never typed 2026-10-25T02:30.
register_texts(
    {
        "err_no_such_time": (
            "{moment:dt} finnes ikke i norsk tid (klokken stilles frem ved overgang til sommertid)",
            "{moment:dt} does not exist in Oslo time (clocks go forward for summer time)",
        ),
        "err_repeated_time": (
            "{moment:dt} finnes to ganger i norsk tid (klokken stilles tilbake ved overgang til "
            "vintertid): si om det er sommertid (+02:00) eller vintertid (+01:00)",
            "{moment:dt} occurs twice in Oslo time (clocks go back for winter time): say whether "
            "it is summer time (+02:00) or winter time (+01:00)",
        ),
    }
)


# --- instants and intervals ---------------------------------------------------------------
#
# Every computation below works on UTC instants: subtracting or comparing two aware
# datetimes of the same zone ignores a DST change (and the ``fold`` of the repeated
# autumn hour), so local Oslo times are converted on the way in and out only.

_HOUR = Decimal(3600)


def to_utc(value: datetime) -> datetime:
    """The UTC instant of an aware datetime; a naive one is read as Oslo local time."""
    tz = value.tzinfo
    if tz is UTC:
        return value.replace(fold=0) if value.fold else value
    if tz is None:
        return oslo_time(value).astimezone(UTC)
    # an aware time is one instant whatever its zone: no detour through Oslo time
    return value.astimezone(UTC)


def to_hours(duration: timedelta) -> Decimal:
    """A duration in hours, from its exact number of microseconds."""
    micro = duration // timedelta(microseconds=1)
    return Decimal(micro) / Decimal(1_000_000) / _HOUR


def hours_between(start: datetime, end: datetime) -> Decimal:
    """Real elapsed hours from ``start`` to ``end`` (negative if end is earlier)."""
    return to_hours(to_utc(end) - to_utc(start))


@dataclass(frozen=True, order=True)
class Interval:
    """The half-open time span ``[start, end)`` between two instants, held in UTC.

    Build it from any aware (or naive Oslo) datetimes; ``local_start`` / ``local_end``
    give the Oslo wall-clock times for display.
    """

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        start, end = self.start, self.end
        if start.tzinfo is not UTC or end.tzinfo is not UTC or start.fold or end.fold:
            start, end = to_utc(start), to_utc(end)
        if end < start:
            raise ValueError(f"interval ends before it starts: {start} > {end}")
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)

    @property
    def local_start(self) -> datetime:
        return self.start.astimezone(OSLO)

    @property
    def local_end(self) -> datetime:
        return self.end.astimezone(OSLO)

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    @property
    def hours(self) -> Decimal:
        return to_hours(self.duration)

    @property
    def empty(self) -> bool:
        return self.start >= self.end

    def overlaps(self, other: Interval) -> bool:
        return self.start < other.end and other.start < self.end

    def window(self) -> Window:
        return Window(start=self.local_start, end=self.local_end)


def _span(start: datetime, end: datetime) -> Interval:
    """An interval of two UTC instants already known to be in order (no checks)."""
    item = object.__new__(Interval)
    object.__setattr__(item, "start", start)
    object.__setattr__(item, "end", end)
    return item


def _bounds(item: Interval) -> tuple[datetime, datetime]:
    return item.start, item.end


def merge(intervals: Iterable[Interval]) -> tuple[Interval, ...]:
    """Sorted, with overlapping or touching intervals joined and empty ones dropped.

    Merging is idempotent and independent of the input order (RULES 5: overlapping
    incidents are never counted twice).
    """
    items = sorted((i for i in intervals if i.start < i.end), key=_bounds)
    if not items:
        return ()
    out: list[Interval] = []
    current = items[0]
    start, end = current.start, current.end
    for item in items[1:]:
        if item.start <= end:
            if item.end > end:
                end = item.end
                current = None  # grown: a new interval is made when it is closed
        else:
            out.append(current or _span(start, end))
            current = item
            start, end = item.start, item.end
    out.append(current or _span(start, end))
    return tuple(out)


def _merged(intervals: Iterable[Interval]) -> Sequence[Interval]:
    """``merge``, skipped for a tuple that is already merged (sorted, disjoint, apart)."""
    if isinstance(intervals, tuple) and _is_merged(intervals):
        return intervals
    return merge(intervals)


def _is_merged(items: tuple[Interval, ...]) -> bool:
    previous_end: datetime | None = None
    for item in items:
        if not isinstance(item, Interval) or not item.start < item.end:
            return False
        if previous_end is not None and item.start <= previous_end:
            return False
        previous_end = item.end
    return True


def total_duration(intervals: Iterable[Interval]) -> timedelta:
    """Time covered by at least one of the intervals (overlaps counted once), exactly."""
    return sum((i.duration for i in _merged(intervals)), timedelta(0))


def total_hours(intervals: Iterable[Interval]) -> Decimal:
    """Hours covered by at least one of the intervals (overlaps counted once)."""
    return to_hours(total_duration(intervals))


def clip(intervals: Iterable[Interval], start: datetime, end: datetime) -> tuple[Interval, ...]:
    """The parts of the intervals inside ``[start, end)``, merged."""
    return intersect(intervals, [Interval(start, end)])


def intersect(a: Iterable[Interval], b: Iterable[Interval]) -> tuple[Interval, ...]:
    """Time covered by both ``a`` and ``b``, merged.

    One sweep over the two merged lists: the pieces come out sorted and apart (two
    pieces from disjoint, non-touching inputs never touch), so they need no merge.
    """
    left, right = _merged(a), _merged(b)
    out: list[Interval] = []
    i = j = 0
    while i < len(left) and j < len(right):
        x, y = left[i], right[j]
        start = x.start if x.start > y.start else y.start
        end = x.end if x.end < y.end else y.end
        if start < end:
            if start == x.start and end == x.end:
                out.append(x)
            elif start == y.start and end == y.end:
                out.append(y)
            else:
                out.append(_span(start, end))
        if x.end <= y.end:
            i += 1
        else:
            j += 1
    return tuple(out)


def subtract(a: Iterable[Interval], b: Iterable[Interval]) -> tuple[Interval, ...]:
    """Time covered by ``a`` but not by ``b``, merged (one sweep over both, sorted)."""
    holes = _merged(b)
    out: list[Interval] = []
    j = 0
    for item in _merged(a):
        while j < len(holes) and holes[j].end <= item.start:
            j += 1  # holes before this item are before every later one too
        cursor = item.start
        k = j
        while k < len(holes) and holes[k].start < item.end:
            hole = holes[k]
            if hole.start > cursor:
                out.append(_span(cursor, hole.start))
            if hole.end > cursor:
                cursor = hole.end
            if cursor >= item.end:
                break
            k += 1
        if cursor < item.end:
            out.append(item if cursor == item.start else _span(cursor, item.end))
    return tuple(out)


def durations_within(items: Sequence[Interval], within: Iterable[Interval]) -> list[timedelta]:
    """For each of ``items``, how much of it lies inside ``within``.

    The same as ``[total_duration(intersect([i], within)) for i in items]``: ``within``
    is merged once, and each item finds its first piece of it by bisection instead of
    a sweep over all of them.
    """
    merged = _merged(within)
    ends = [m.end for m in merged]  # increasing: the pieces are sorted and disjoint
    out = []
    for item in items:
        total = timedelta(0)
        k = bisect_right(ends, item.start)  # the first piece ending after item starts
        while k < len(merged) and merged[k].start < item.end:
            m = merged[k]
            start = m.start if m.start > item.start else item.start
            end = m.end if m.end < item.end else item.end
            if start < end:
                total += end - start
            k += 1
        out.append(total)
    return out


def _minute(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M")


OsloMinute = Annotated[datetime, PlainSerializer(_minute, return_type=str)]


class Window(FrozenModel):
    """A time span for results and forms: Oslo times, JSON ``YYYY-MM-DDTHH:MM``."""

    start: OsloMinute
    end: OsloMinute

    def interval(self) -> Interval:
        return Interval(self.start, self.end)

    @property
    def hours(self) -> Decimal:
        return hours_between(self.start, self.end)


# --- quarters -------------------------------------------------------------------------------

_QUARTER = re.compile(
    r"^\s*(?P<year>\d{4})\s*-?\s*[qk](?P<q>[1-4])\s*$|^\s*[qk](?P<q2>[1-4])\s*[- ]\s*(?P<year2>\d{4})\s*$"
)
QUARTER_YEARS = bounds.YEARS  # the years the program computes with


def parse_quarter(text: str, *, field: str = "quarter") -> tuple[int, int]:
    """``"2026Q3"`` (also ``2026-Q3``, ``Q3 2026``, ``2026K3``) -> ``(2026, 3)``."""
    match = _QUARTER.match(str(text).lower())
    if not match:
        raise DomainError(field, "err_quarter", input=text)
    year = int(match["year"] or match["year2"])
    quarter = int(match["q"] or match["q2"])
    if year not in QUARTER_YEARS:
        raise DomainError(
            field, "err_quarter_year", input=text, low=QUARTER_YEARS[0], high=QUARTER_YEARS[-1]
        )
    return year, quarter


def quarter_bounds(year: int, quarter: int) -> tuple[datetime, datetime]:
    """``[1 Jan, 1 Apr)`` etc. as aware Oslo datetimes at midnight (RULES 5)."""
    if quarter not in (1, 2, 3, 4):
        raise DomainError("quarter", "err_quarter", input=f"{year}Q{quarter}")
    start = datetime(year, 3 * quarter - 2, 1, tzinfo=OSLO)
    end = (
        datetime(year + 1, 1, 1, tzinfo=OSLO)
        if quarter == 4
        else datetime(year, 3 * quarter + 1, 1, tzinfo=OSLO)
    )
    return start, end


def quarter_label(year: int, quarter: int) -> str:
    return f"{year}Q{quarter}"


def quarter_containing(moment: datetime) -> tuple[int, int]:
    """(year, quarter) of an instant, in Oslo time."""
    local = oslo_time(moment)
    return local.year, (local.month - 1) // 3 + 1


register_texts(
    {
        "err_quarter": (
            "ukjent kvartal «{input}» (bruk f.eks. 2026Q3)",
            "unknown quarter '{input}' (use e.g. 2026Q3)",
        ),
        "err_quarter_year": (
            "året i «{input}» må være mellom {low} og {high}",
            "the year in '{input}' must be between {low} and {high}",
        ),
    }
)


# --- service time ---------------------------------------------------------------------------


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=OSLO)


def _in_service(day: date, service_hours: ServiceHours, calendar: WorkCalendar) -> bool:
    """A listed weekday that is no public holiday or closed day of the contract."""
    return day.weekday() in service_hours.weekdays and calendar.holiday_name(day) is None


def service_intervals(
    start: datetime, end: datetime, service_hours: ServiceHours, calendar: WorkCalendar | None
) -> tuple[Interval, ...]:
    """The service time inside ``[start, end)``: all of it for 24/7, else the daily
    windows of the listed weekdays, leaving out public holidays and the contract's
    closed days (see ``ServiceHours``). Each window is placed in Oslo wall-clock time,
    so 08:00–16:00 is eight real hours on the days the clocks change too.

    ``calendar`` may be ``None`` for 24/7 service hours, which need none.
    """
    period = Interval(start, end)
    if service_hours.always:
        return merge([period])
    if calendar is None:
        raise ValueError(f"service hours {service_hours.text} need the contract's calendar")
    windows: list[Interval] = []
    day = period.local_start.date() - timedelta(days=1)
    last = period.local_end.date()
    while day <= last:
        if _in_service(day, service_hours, calendar):
            open_at = datetime.combine(day, service_hours.start, tzinfo=OSLO)
            if service_hours.end is None:
                close_at = _local_midnight(day + timedelta(days=1))
            else:
                close_at = datetime.combine(day, service_hours.end, tzinfo=OSLO)
            windows.append(Interval(open_at, close_at))
        day += timedelta(days=1)
    return intersect(windows, [period])


def period_hours(
    start: datetime, end: datetime, service_hours: ServiceHours, calendar: WorkCalendar
) -> Decimal:
    """D: hours of service time in ``[start, end)`` (RULES 5), on real (UTC) time."""
    return total_hours(service_intervals(start, end, service_hours, calendar))


def closed_service_days(
    start: datetime, end: datetime, service_hours: ServiceHours, calendar: WorkCalendar
) -> list[tuple[date, str]]:
    """Listed weekdays in the period that are not service days (holidays, closed days),
    with their names: what an explanation of weekday service hours must mention."""
    if service_hours.always:
        return []
    period = Interval(start, end)
    out = []
    day = period.local_start.date()
    last = (period.local_end - timedelta(microseconds=1)).date()
    while day <= last:
        name = calendar.holiday_name(day)
        if day.weekday() in service_hours.weekdays and name is not None:
            out.append((day, name))
        day += timedelta(days=1)
    return out
