"""Time in Oslo: service hours, periods (quarters), and interval merge and clip.

All local times are ``Europe/Oslo``; durations are computed on UTC instants, so a
quarter containing the spring DST change is one hour shorter (RULES.md section 0).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from .errors import invalid
from .explain import register_texts

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
        if self.always:
            return "24/7"
        names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        days = ",".join(names[d] for d in sorted(self.weekdays))
        end = "24:00" if self.end is None else self.end.strftime("%H:%M")
        return f"{days} {self.start.strftime('%H:%M')}-{end}"


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
    rejected; one that occurs twice (autumn) is read as the first, summer-time one.
    """
    if value.tzinfo is not None:
        return value.astimezone(OSLO)
    aware = value.replace(tzinfo=OSLO, fold=0)
    if aware.astimezone(UTC).astimezone(OSLO).replace(tzinfo=None) != value:
        raise invalid(
            "err_no_such_time",
            "does not exist in Oslo time",
            input=value.isoformat(timespec="minutes"),
        )
    return aware


register_texts(
    {
        "err_no_such_time": (
            "{input} finnes ikke i norsk tid (klokken stilles frem ved overgang til sommertid)",
            "{input} does not exist in Oslo time (clocks go forward for summer time)",
        ),
    }
)
