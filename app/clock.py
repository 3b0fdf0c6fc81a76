"""The program's clock: today and now as Oslo has them, whatever the computer's zone.

The domain has no clock (every calculation takes its day and time as arguments); the
program and the commands read the clock here. ``date.today()`` and ``datetime.now()``
give the computer's own zone: on a PC set to UTC (a laptop set up abroad, a fresh
install), between midnight and 01:00 (02:00 in summer) Oslo time ``date.today()`` is
still yesterday, so a delivery notice registered at 00:30 got yesterday's date, and an
incident logged "now" was an hour or two off the Oslo wall time the forms take.

Standard library only: the window reads it before its first paint (issue 16).
``tests/test_clock.py`` checks that no other module reads the clock for a day or a time.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

#: The contracts' time zone (the same zone as ``app.domain.periods.OSLO``).
OSLO = ZoneInfo("Europe/Oslo")


def now() -> datetime:
    """This instant, in Oslo (aware)."""
    return datetime.now(OSLO)


def today() -> date:
    """Today in Oslo."""
    return now().date()


def wall_now() -> datetime:
    """Now as a clock in Oslo shows it, without a zone (the forms' times are Oslo wall
    times; the model makes them aware)."""
    return now().replace(tzinfo=None)
