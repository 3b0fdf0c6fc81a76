"""Sodvin's maintenance windows (Bilag 1), so planned maintenance can be recognised.

Bilag 1: "Standard vedlikeholdsvindu er natt til tredje tirsdag i måneden kl. 00:00 til
06:00" – the night *to* the third Tuesday, i.e. Tuesday 00:00–06:00 Oslo time. "Mindre
vedlikehold ... kan forekomme i generelt perioden 02:00 til 05:00" – any night. The
window may differ per service (its service description), and extraordinary maintenance
must be agreed; the result says so.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import ClassVar

from pydantic import Field

from . import bounds
from .calculators import CalcInput, calculator
from .explain import register_texts, step
from .kinds import Kind
from .periods import OSLO, Interval, Window, oslo_time
from .results import Result

TUESDAY = 1
STANDARD_START = time(0, 0)
STANDARD_END = time(6, 0)
MINOR_START = time(2, 0)
MINOR_END = time(5, 0)
YEARS = bounds.YEARS  # the years the program computes with


def third_tuesday(year: int, month: int) -> date:
    """The third Tuesday of a month."""
    first = date(year, month, 1)
    first_tuesday = first + timedelta(days=(TUESDAY - first.weekday()) % 7)
    return first_tuesday + timedelta(days=14)


def _window(day: date, start: time, end: time) -> Window:
    return Window(
        start=datetime.combine(day, start, tzinfo=OSLO),
        end=datetime.combine(day, end, tzinfo=OSLO),
    )


def standard_window(year: int, month: int) -> Window:
    """Bilag 1: Tuesday 00:00–06:00 of the month's third Tuesday."""
    return _window(third_tuesday(year, month), STANDARD_START, STANDARD_END)


def minor_window(day: date) -> Window:
    """Bilag 1: minor maintenance may happen 02:00–05:00 on any night (``day``'s early hours)."""
    return _window(day, MINOR_START, MINOR_END)


def _contains(window: Window, start: datetime, end: datetime) -> bool:
    outer, inner = window.interval(), Interval(start, end)
    return outer.start <= inner.start and inner.end <= outer.end


def window_containing(moment: datetime) -> Window | None:
    """The standard window that ``moment`` (aware, or naive Oslo) lies in, else None."""
    local = oslo_time(moment)
    window = standard_window(local.year, local.month)
    point = Interval(local, local)
    span = window.interval()
    return window if span.start <= point.start < span.end else None


def inside_window(start: datetime, end: datetime) -> Window | None:
    """The standard window that holds all of ``[start, end)``, else None.

    The GUI offers ``planned_maintenance`` as cause when an incident returns a window.
    """
    window = window_containing(start)
    return window if window is not None and _contains(window, start, end) else None


def inside_minor_window(start: datetime, end: datetime) -> Window | None:
    """The 02:00–05:00 minor-maintenance window holding all of ``[start, end)``, else None."""
    window = minor_window(oslo_time(start).date())
    return window if _contains(window, start, end) else None


class MaintenanceResult(Result):
    year: int
    windows: tuple[Window, ...]


def maintenance_windows(year: int) -> MaintenanceResult:
    """The twelve standard windows of ``year`` (Sodvin Bilag 1)."""
    windows = tuple(standard_window(year, month) for month in range(1, 13))
    steps = [step("mw_rule")]
    steps += [step("mw_window", start=w.start, end=w.end) for w in windows]
    notes = (step("mw_minor"), step("mw_deviation"))
    return MaintenanceResult(year=year, windows=windows, steps=tuple(steps), notes=notes)


register_texts(
    {
        "mw_rule": (
            "Standard vedlikeholdsvindu er natten til tredje tirsdag i måneden, "
            "kl. 00:00–06:00 (Sodvin Bilag 1).",
            "The standard maintenance window is the night to the third Tuesday of the month, "
            "00:00–06:00 (Sodvin Bilag 1).",
        ),
        "mw_window": (
            "{start:wd} kl. {start:%H:%M}–{end:%H:%M}",
            "{start:wd} {start:%H:%M}–{end:%H:%M}",
        ),
        "mw_minor": (
            "Mindre vedlikehold med korte brudd kan i tillegg skje kl. 02:00–05:00 hvilken som "
            "helst natt (Bilag 1).",
            "Minor maintenance with short interruptions may also happen 02:00–05:00 any night "
            "(Bilag 1).",
        ),
        "mw_deviation": (
            "Vinduet kan være et annet for enkelte tjenester (se tjenestebeskrivelsen); avvik "
            "skal varsles med rimelig frist, og ekstraordinært vedlikehold avtales med kunden.",
            "The window may differ for some services (see the service description); deviations "
            "must be announced with reasonable notice, and extraordinary maintenance agreed "
            "with the customer.",
        ),
    }
)


class MaintenanceInput(CalcInput):
    default_template: ClassVar[str] = "sodvin"
    needs: ClassVar[Kind] = Kind.MAINTENANCE  # Bilag 1's standard window

    year: int = Field(ge=YEARS.start, le=YEARS.stop - 1)


@calculator("maintenance_windows", MaintenanceInput)
def _maintenance_windows(data: MaintenanceInput) -> MaintenanceResult:
    data.contract_terms()
    return maintenance_windows(data.year)
