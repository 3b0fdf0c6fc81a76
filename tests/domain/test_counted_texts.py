"""Texts with a number in them read right for one as for many, and a stored
service-hours spec is shown as people read it (issue 13 items 9 and 12)."""

from datetime import date

import pytest

from app.domain import overview as ov
from app.domain.explain import render
from tests.domain.test_availability import OC, quarter
from tests.domain.test_reminders import deadline, one


@pytest.mark.parametrize(
    ("count", "nb", "en"),
    [
        (1, "(1 Sodvin-avtale, Bilag 1)", "(1 Sodvin contract, Bilag 1)"),
        (2, "(2 Sodvin-avtaler, Bilag 1)", "(2 Sodvin contracts, Bilag 1)"),
    ],
)
def test_maintenance_window_counts_its_contracts(count, nb, en):
    (first, *_) = ov.maintenance_deadlines(
        start=date(2027, 1, 1), end=date(2027, 12, 31), contracts=count
    )
    assert nb in render(first.what, "nb")
    assert en in render(first.what, "en")


@pytest.mark.parametrize(
    ("today", "nb", "en"),
    [
        (date(2027, 3, 11), "forfalt i går", "overdue by 1 day"),
        (date(2027, 3, 12), "forfalt for 2 dager siden", "overdue by 2 days"),
    ],
)
def test_an_overdue_reminder_says_how_long_in_words_that_fit(today, nb, en):
    reminder = one([deadline(date(2027, 3, 10))], today)  # an action: due until done
    assert render(reminder.when(today), "nb") == nb
    assert render(reminder.when(today), "en") == en


def test_availability_explains_service_hours_in_the_users_words():
    result = quarter(2027, 1, terms=OC)
    assert "tjenestetid man–fre 08:00–16:00" in result.explanation("nb")
    assert "service hours Mon–Fri 08:00–16:00" in result.explanation("en")
    assert "mon-fri" not in result.explanation("nb") + result.explanation("en")
