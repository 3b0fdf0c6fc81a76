"""The reminders due for a user on a day: the overview's deadlines, the acknowledgements
recorded and the user's lead times, through the one schedule (``domain.reminders``).

The program passes the deadline list its overview has just computed
(``reminders_for``); the ``reminders`` command computes it first (``reminder_list``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from app.domain import reminders as rm
from app.domain.calendar import statutory_calendar
from app.domain.explain import Lang
from app.domain.overview import Deadline
from app.storage import reminders as stored
from app.storage.repositories import Repositories

from . import deadlines_report


def reminders_for(
    repos: Repositories,
    listing: deadlines_report.DeadlineList,
    *,
    lead_times: Mapping[str, rm.LeadTime] | None = None,
    user: str | None = None,
) -> list[rm.Reminder]:
    """The reminders of the deadlines in ``listing`` (for its ``today``), for ``user``
    (default: the repositories' user). Working days are the Norwegian ones (Mon–Fri
    without public holidays): the desk's, whatever a contract's own closed days are."""
    return rm.schedule(
        listing.deadlines,
        today=listing.today,
        user=user or repos.user,
        cal=statutory_calendar(),
        lead_times=lead_times,
        acks=stored.acks(repos),
    )


def reminder_cells(
    repos: Repositories,
    listing: deadlines_report.DeadlineList,
    lang: Lang,
    *,
    user: str | None = None,
) -> Callable[[Deadline], str]:
    """The overview's "Påminnelse" cell of each deadline in ``listing``, as the reminders
    (``app.ui.reminders``) show it: with the user's lead times, or the defaults when
    their file cannot be read (the window says so; here it only decides the texts)."""
    try:
        lead_times = stored.load_lead_times()
    except stored.LeadTimesUnreadable:
        lead_times = {}
    by_key = {r.key: r for r in reminders_for(repos, listing, lead_times=lead_times, user=user)}
    return lambda deadline: rm.cell_text(by_key.get(rm.key_of(deadline)), lang)


def reminder_list(
    repos: Repositories,
    *,
    today: date,
    lead_times: Mapping[str, rm.LeadTime] | None = None,
    user: str | None = None,
) -> list[rm.Reminder]:
    """``reminders_for`` the overview's deadlines of ``today`` (computed here)."""
    listing = deadlines_report.deadline_list(repos, today=today, days=rm.MAX_LEAD_DAYS)
    return reminders_for(repos, listing, lead_times=lead_times, user=user)


def reminder_texts(
    repos: Repositories,
    listing: deadlines_report.DeadlineList,
    lang: Lang,
    *,
    lead_times: Mapping[str, rm.LeadTime] | None = None,
) -> Callable[[Deadline], str]:
    """Each deadline's reminder state as the overview's «Påminnelse» column says it
    ("" without a reminder): for the ``deadlines --csv`` file, as the window's has it."""
    by_key = {r.key: r for r in reminders_for(repos, listing, lead_times=lead_times)}

    def text(deadline: Deadline) -> str:
        found = by_key.get(rm.key_of(deadline))
        return found.state_text(lang, short=True) if found is not None else ""

    return text
