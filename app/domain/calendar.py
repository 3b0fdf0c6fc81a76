"""The working-day calendar (virkedager) every deadline is counted in.

RULES.md section 0: a working day is Monday–Friday that is not a Norwegian public
holiday (``holidays.country_holidays("NO")``). A contract may add extra closed dates
(e.g. 24 and 31 December every year) and may count Saturday as a working day.
The counting itself is done by ``holidays`` (``is_working_day``,
``get_nth_working_day``, ``get_working_days_count``); this module only configures it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from functools import lru_cache

import holidays

# Years for which recurring ("MM-DD") closed days are filled in up front. ``holidays``
# fills in public holidays lazily per year; dates we add ourselves stay in place.
_ANNUAL_YEARS = range(1990, 2101)

_ANNUAL_NAMES = {"12-24": "Julaften", "12-31": "Nyttårsaften"}
EXTRA_CLOSED_NAME = "Avtalt stengt dag"


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
        for mmdd in self.annual_closed:
            month, day = (int(part) for part in mmdd.split("-"))
            name = _ANNUAL_NAMES.get(mmdd, EXTRA_CLOSED_NAME)
            self._days.update({date(year, month, day): name for year in _ANNUAL_YEARS})
        self._days.update({d: EXTRA_CLOSED_NAME for d in self.extra_closed})

    # --- questions -------------------------------------------------------------------

    def is_working_day(self, day: date) -> bool:
        return self._days.is_working_day(day)

    def holiday_name(self, day: date) -> str | None:
        """The Norwegian name of a public holiday or contract closed day, else None."""
        return self._days.get(day)

    def is_public_holiday(self, day: date) -> bool:
        return day in self._public

    def public_holiday_name(self, day: date) -> str | None:
        return self._public.get(day)

    def is_weekend(self, day: date) -> bool:
        return day.weekday() in self._days.weekend

    # --- counting (delegated to holidays) --------------------------------------------

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        return self._days.get_nth_working_day(day, 1)

    def previous_working_day(self, day: date) -> date:
        """The last working day strictly before ``day``."""
        return self._days.get_nth_working_day(day, -1)

    def on_or_after(self, day: date) -> date:
        """``day`` itself if it is a working day, else the next one."""
        return self._days.get_nth_working_day(day, 0)

    def add_working_days(self, day: date, n: int) -> date:
        """Move ``n`` working days from ``day`` (backwards when n < 0); n=0 is ``on_or_after``."""
        return self._days.get_nth_working_day(day, n)

    def count_working_days(self, start: date, end: date) -> int:
        """Working days in the closed interval [start, end] (0 when end < start)."""
        if end < start:
            return 0
        return self._days.get_working_days_count(start, end)

    def closed_days_between(self, start: date, end: date) -> Iterator[tuple[date, str]]:
        """Named closed days (holidays, contract closed days) in [start, end] that would
        otherwise be working days, in order.

        Weekends are not listed, even when a holiday falls on one: explanations name
        the days a reader would not expect to be skipped.
        """
        day = start
        while day <= end:
            name = self._days.get(day)
            if name is not None and not self.is_weekend(day) and not self.is_working_day(day):
                yield day, name
            day += timedelta(days=1)


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
