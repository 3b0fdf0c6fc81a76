"""Today and now are Oslo's, whatever the computer's zone (``app.clock``).

On a PC set to UTC, between midnight and 01:00 Oslo time (02:00 in summer),
``date.today()`` is still yesterday: a new form's date fields offered yesterday, and a
new incident's "now" was the UTC clock taken as Oslo wall time. Every reading of the
clock for a day or a wall time now goes through ``app.clock``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app import clock

ROOT = Path(__file__).resolve().parent.parent

#: 00:30 on 3 December 2026 in Oslo, which is still 2 December in UTC.
JUST_AFTER_MIDNIGHT = datetime(2026, 12, 2, 23, 30, tzinfo=UTC)


@pytest.fixture
def after_midnight_in_oslo(monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setattr(clock, "now", lambda: JUST_AFTER_MIDNIGHT.astimezone(clock.OSLO))


def test_the_clock_gives_oslos_day_and_wall_time(after_midnight_in_oslo):  # noqa: ANN001
    assert clock.today() == date(2026, 12, 3)
    assert clock.wall_now() == datetime(2026, 12, 3, 0, 30)


def test_new_date_fields_offer_oslos_today(qtbot, after_midnight_in_oslo):  # noqa: ANN001
    from app.ui.widgets.date_edit import DateEdit, DateTimeEdit

    day, moment = DateEdit(), DateTimeEdit()
    qtbot.addWidget(day)
    qtbot.addWidget(moment)
    assert day.value() == date(2026, 12, 3)
    assert moment.value() == datetime(2026, 12, 3, 0, 0)


def test_no_other_module_reads_the_clock_for_a_day_or_a_wall_time():
    """(An aware instant, ``datetime.now().astimezone()`` or ``datetime.now(tz)``, is the
    same instant in any zone and may be read anywhere.)"""
    naive = re.compile(r"\bdate\.today\(\)|\bdatetime\.now\(\)(?!\.astimezone\(\))")
    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if path.name == "clock.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#")[0]
            if naive.search(code):
                found.append(f"{path.relative_to(ROOT)}:{number}")
    assert found == []
