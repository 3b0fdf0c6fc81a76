"""The working-day calendar (virkedager) every deadline is counted in.

RULES.md section 0: a working day is Monday–Friday that is not a Norwegian public
holiday (``holidays.country_holidays("NO")``). A contract may add extra closed dates
(e.g. 24 and 31 December every year) and may count Saturday as a working day.
The counting itself is done by ``holidays`` (``is_working_day``,
``get_nth_working_day``, ``get_working_days_count``); this module only configures it.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from datetime import MAXYEAR, MINYEAR, date
from functools import lru_cache

import holidays

from .explain import DayName


def _import_norway_alone() -> None:
    """Import ``holidays.countries.norway`` without the package's ``__init__``.

    ``holidays.country_holidays("NO")`` imports ``holidays.countries``, whose
    ``__init__`` imports every country's module (≈ 0.2 s at each start, half of the
    time to the first deadline on screen); Norway's alone takes ≈ 0.01 s, and the
    packaged program carries only Norway's (issue 16). The package is stood in for, for
    the one import, by its bare module (same ``__path__``, ``__init__`` not run);
    ``holidays``' registry then finds ``holidays.countries.norway`` in ``sys.modules``.
    A later ``import holidays.countries`` still runs the real ``__init__``.
    """
    if "holidays.countries.norway" in sys.modules or "holidays.countries" in sys.modules:
        return
    spec = importlib.util.find_spec("holidays.countries")
    if spec is None:
        return
    sys.modules["holidays.countries"] = importlib.util.module_from_spec(spec)
    try:
        importlib.import_module("holidays.countries.norway")
    finally:
        del sys.modules["holidays.countries"]


_import_norway_alone()

# Years for which recurring ("MM-DD") closed days are filled in up front. ``holidays``
# fills in public holidays lazily per year; dates we add ourselves stay in place.
_ANNUAL_YEARS = range(1990, 2101)

_ANNUAL_NAMES = {"12-24": "Julaften", "12-31": "Nyttårsaften"}
EXTRA_CLOSED_NAME = "Avtalt stengt dag"
#: English names of the days we name ourselves, and of the holidays whose name in
#: ``holidays``' English (US) is not the British English of the program's English.
_ENGLISH = {
    "Julaften": "Christmas Eve",
    "Nyttårsaften": "New Year's Eve",
    EXTRA_CLOSED_NAME: "Closed day (contract)",
    "Labor Day": "Labour Day",
}


@lru_cache(maxsize=1)
def _english_holidays() -> holidays.HolidayBase:
    return holidays.country_holidays("NO", language="en_US")


def day_name(day: date, name: str | None) -> DayName | None:
    """``name`` (Norwegian, as the calendar has it) with its English name."""
    if name is None:
        return None
    if isinstance(name, DayName):
        return name
    english = _ENGLISH.get(name)
    if english is None:
        found = _english_holidays().get(day)
        english = _ENGLISH.get(found, found) if found else name
    return DayName(name, english)


class WorkCalendar:
    """Norwegian working days, with a contract's extra closed days and Saturday option.

    Build it through :func:`work_calendar` so each configuration is built once and cached.
    """

    def __init__(
        self,
        *,
        saturday_is_working_day: bool = False,
        extra_closed: Iterable[date] = (),
        annual_closed: Iterable[str] = (),
    ) -> None:
        self.saturday_is_working_day = saturday_is_working_day
        self.extra_closed = tuple(sorted(set(extra_closed)))
        self.annual_closed = tuple(sorted(set(annual_closed)))
        self._public = holidays.country_holidays("NO", language="no")
        self._days = holidays.country_holidays("NO", language="no")
        if saturday_is_working_day:
            self._days.weekend = {6}
        # Recurring closed days are put in per year, at the year's first use (``_fill``):
        # all of ``_ANNUAL_YEARS`` at once made ``holidays`` work out every public holiday
        # of 111 years for each calendar, 15 ms on the way to the first deadline on
        # screen (issue 16). ``holidays`` fills a year's public holidays before a date of
        # it is added, as when they were all put in here.
        self._annual = tuple(
            (*(int(part) for part in mmdd.split("-")), _ANNUAL_NAMES.get(mmdd, EXTRA_CLOSED_NAME))
            for mmdd in self.annual_closed
        )
        self._filled: set[int] = set()
        self._days.update({d: EXTRA_CLOSED_NAME for d in self.extra_closed})
        # Per-year tables, filled on first use from ``holidays``' own answers (below).
        self._years: dict[int, _Year] = {}

    def _fill(self, year: int) -> None:
        """Put in ``year``'s recurring closed days (once; only within ``_ANNUAL_YEARS``)."""
        if year not in self._filled:
            self._filled.add(year)
            if self._annual and year in _ANNUAL_YEARS:
                self._days.update(
                    {date(year, month, day): name for month, day, name in self._annual}
                )

    # --- per-year tables --------------------------------------------------------------
    #
    # The overview counts working days for every delivery notice and termination of
    # every contract; asking ``holidays`` day by day made that take seconds on a large
    # database. Each year is asked once, day by day, through ``holidays``' own
    # ``is_working_day`` and names, and kept as sorted ordinals: counting and moving
    # by working days are then bisections. The answers are the same by construction
    # (tests/domain/test_calendar.py compares them with ``holidays`` on random dates).

    def _year(self, year: int) -> _Year:
        table = self._years.get(year)
        if table is None:
            self._fill(year)
            table = self._years[year] = _Year(self, year)
        return table

    # --- questions -------------------------------------------------------------------

    def is_working_day(self, day: date) -> bool:
        table = self._year(day.year)
        return bool(table.flags[day.toordinal() - table.first])

    def holiday_name(self, day: date) -> DayName | None:
        """The name of a public holiday or contract closed day (Norwegian, with its
        English name for English text), else None."""
        self._fill(day.year)
        return day_name(day, self._days.get(day))

    def public_holiday_name(self, day: date) -> DayName | None:
        return day_name(day, self._public.get(day))

    # --- counting (delegated to holidays) --------------------------------------------

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        return self.add_working_days(day, 1)

    def previous_working_day(self, day: date) -> date:
        """The last working day strictly before ``day``."""
        return self.add_working_days(day, -1)

    def on_or_after(self, day: date) -> date:
        """``day`` itself if it is a working day, else the next one."""
        return self.add_working_days(day, 0)

    def add_working_days(self, day: date, n: int) -> date:
        """Move ``n`` working days from ``day`` (backwards when n < 0); n=0 is ``on_or_after``.

        The same answer as ``holidays``' ``get_nth_working_day``, found in the year tables.
        """
        ordinal, year = day.toordinal(), day.year
        try:
            if n >= 0:
                table = self._year(year)
                index = (
                    bisect_left(table.work, ordinal)
                    if n == 0
                    else bisect_right(table.work, ordinal)
                )
                left = max(n, 1)  # the left-th working day from ``index`` on
                while index + left > len(table.work):
                    left -= len(table.work) - index
                    year += 1
                    table, index = self._year(year), 0
                return date.fromordinal(table.work[index + left - 1])
            table = self._year(year)
            index, left = bisect_left(table.work, ordinal), -n
            while index - left < 0:
                left -= index
                year -= 1
                table = self._year(year)
                index = len(table.work)
            return date.fromordinal(table.work[index - left])
        except _OutOfRange:
            return self._days.get_nth_working_day(day, n)

    def count_working_days(self, start: date, end: date) -> int:
        """Working days in the closed interval [start, end] (0 when end < start)."""
        if end < start:
            return 0
        first, last = start.toordinal(), end.toordinal()
        total = 0
        for year in range(start.year, end.year + 1):
            work = self._year(year).work
            total += bisect_right(work, last) - bisect_left(work, first)
        return total

    def closed_days_between(self, start: date, end: date) -> Iterator[tuple[date, DayName]]:
        """Named closed days (holidays, contract closed days) in [start, end] that would
        otherwise be working days, in order.

        Weekends are not listed, even when a holiday falls on one: explanations name
        the days a reader would not expect to be skipped.
        """
        if end < start:
            return
        first, last = start.toordinal(), end.toordinal()
        for year in range(start.year, end.year + 1):
            closed = self._year(year).closed
            for i in range(bisect_left(closed, (first,)), len(closed)):
                ordinal, name = closed[i]
                if ordinal > last:
                    break
                day = date.fromordinal(ordinal)
                yield day, day_name(day, name)


class _OutOfRange(Exception):
    """A year outside ``date``'s range: left to ``holidays`` (which raises its own error)."""


class _Year:
    """One year of a calendar: a working-day flag per day, the working days and the named
    closed weekdays as sorted ordinals. Built from ``holidays``' answers, day by day."""

    __slots__ = ("first", "flags", "work", "closed")

    def __init__(self, cal: WorkCalendar, year: int) -> None:
        if not MINYEAR < year < MAXYEAR:
            raise _OutOfRange(year)
        days = cal._days
        self.first = date(year, 1, 1).toordinal()
        last = date(year, 12, 31).toordinal()
        self.flags = bytearray(last - self.first + 1)
        self.work: list[int] = []
        self.closed: list[tuple[int, str]] = []
        for ordinal in range(self.first, last + 1):
            day = date.fromordinal(ordinal)
            if days.is_working_day(day):
                self.flags[ordinal - self.first] = 1
                self.work.append(ordinal)
            else:
                name = days.get(day)
                if name is not None and day.weekday() not in days.weekend:
                    self.closed.append((ordinal, name))


@lru_cache(maxsize=256)
def _cached(saturday: bool, extra: tuple[date, ...], annual: tuple[str, ...]) -> WorkCalendar:
    return WorkCalendar(saturday_is_working_day=saturday, extra_closed=extra, annual_closed=annual)


def work_calendar(
    *,
    saturday_is_working_day: bool = False,
    extra_closed: Iterable[date] = (),
    annual_closed: Iterable[str] = (),
) -> WorkCalendar:
    """The cached calendar for this configuration (one object per distinct contract setup)."""
    return _cached(
        saturday_is_working_day,
        tuple(sorted(set(extra_closed))),
        tuple(sorted(set(annual_closed))),
    )


def statutory_calendar() -> WorkCalendar:
    """Mon–Fri minus public holidays: the calendar of gjeldsbrevloven § 5 (payment due dates).

    1 May and 17 May are public holidays in ``holidays`` for Norway, so the statute's
    explicit mention of them needs nothing extra here.
    """
    return work_calendar()
