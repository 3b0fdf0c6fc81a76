"""``reminders``: the reminders due on a day, and acknowledging one (issue 15).

    python -m app reminders [--db FILE] [--today DATE] [--json] [--all]
    python -m app reminders ack KIND RECORD [--db FILE] [--today DATE] [--date DATE]
                                             [--snooze-until DATE] [--undo]

The list comes from the same schedule the program's tray and overview use
(``app.domain.reminders``), for the user running the command and with the lead times of
their settings (``reminders.json`` in the data folder). By default only the reminders due
(not acknowledged or snoozed); ``--all`` also those, with their state. ``--json``: one
object per reminder (``date``, ``kind``, ``record``, ``customer``, ``lead_time``,
``starts``, ``days_left``, ``state`` …).

``ack`` records that the user has seen the reminder of deadline KIND on RECORD (as
``reminders`` prints it: ``terminations:3``, ``deliveries:5``, ``contracts:2``, or ``-``
for a maintenance window), in the history; ``--snooze-until`` snoozes it instead,
``--undo`` takes the user's acknowledgements of it back. ``--date`` picks the deadline's
date where the record has two of the kind (an annual invoice and the first one).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from app import clock
from app.cli.common import (
    OptionError,
    add_db_and_lang,
    day_option,
    db_path,
    error_text,
    fail,
    say,
)
from app.domain import reminders as rm
from app.domain.explain import Lang, format_date, phrase, register_texts, render

DATE = "ÅÅÅÅ-MM-DD"


def _date_option(parser: argparse.ArgumentParser, name: str, nb: str, en: str) -> None:
    parser.add_argument(name, default=None, metavar=say(DATE, "YYYY-MM-DD"), help=say(nb, en))


def _common(parser: argparse.ArgumentParser) -> None:
    add_db_and_lang(parser)
    _date_option(
        parser,
        "--today",
        "dagen påminnelsene gjelder (standard: i dag)",
        "the day of the reminders (default: today)",
    )


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "reminders",
        help=say(
            "påminnelsene om frister som er aktuelle i dag, og kvittering av dem",
            "the reminders of deadlines due today, and acknowledging them",
        ),
    )
    _common(parser)
    parser.add_argument("--json", action="store_true", help=say("svar som JSON", "answer as JSON"))
    parser.add_argument(
        "--all",
        action="store_true",
        help=say("også påminnelser som er sett eller utsatt", "also reminders seen or snoozed"),
    )
    parser.set_defaults(func=run_list, reads_only=True)
    actions = parser.add_subparsers(dest="action", metavar="ack")
    ack = actions.add_parser(
        "ack",
        help=say("kvitter for en påminnelse («sett»)", "acknowledge a reminder ('seen')"),
    )
    ack.add_argument(
        "kind",
        metavar=say("ART", "KIND"),
        help=say(
            "fristens art, f.eks. deletion_notice", "the deadline's kind, e.g. deletion_notice"
        ),
    )
    ack.add_argument(
        "record",
        metavar=say("POST", "RECORD"),
        help=say(
            "posten, som reminders viser den (terminations:3, contracts:2, - for vedlikehold)",
            "the record as reminders prints it (terminations:3, contracts:2, - for maintenance)",
        ),
    )
    _common(ack)
    _date_option(
        ack,
        "--date",
        "fristens dato, der posten har flere",
        "the deadline's date, where the record has several",
    )
    _date_option(
        ack, "--snooze-until", "utsett til denne dagen i stedet", "snooze until this day instead"
    )
    ack.add_argument(
        "--undo",
        action="store_true",
        help=say("ta tilbake kvitteringene dine", "take your acknowledgements back"),
    )
    ack.set_defaults(func=run_ack, reads_only=False)


def _day(value: str | None, option: str, lang: Lang) -> date | None:
    """The option's date, within the program's dates (``common.day_option``)."""
    try:
        return day_option(value, option)
    except OptionError as exc:
        raise _BadOption(exc.text(lang)) from None


class _BadOption(Exception):
    pass


def _lead_times(lang: Lang) -> dict[str, rm.LeadTime]:
    from app.storage.reminders import LeadTimesUnreadable, load_lead_times

    try:
        return load_lead_times()
    except LeadTimesUnreadable as exc:
        print(exc.text(lang), file=sys.stderr)
        return {}


def _reminders(repos, today: date, lang: Lang) -> list[rm.Reminder]:  # noqa: ANN001
    from app.reports.reminders_report import reminder_list

    return reminder_list(repos, today=today, lead_times=_lead_times(lang))


def _lead_text(lead: rm.LeadTime, lang: Lang) -> str:
    if lead.days == 0:
        return phrase("cli.reminders.on_the_day", lang)
    code = "cli.reminders.working_days_ahead" if lead.working else "cli.reminders.days_ahead"
    return phrase(code, lang, n=str(lead.days))


def text_lines(r: rm.Reminder, today: date, lang: Lang) -> list[str]:
    """A reminder as three lines: when, what and its state; for whom; what to do."""
    d = r.deadline
    who = " – ".join(part for part in (d.customer, d.contract_label(lang)) if part)
    pad = " " * 17
    return [
        f"{format_date(d.date, lang, weekday=True):<16} {rm.kind_text(d, lang)} "
        f"[{r.key.record or '-'}]  {render(r.when(today), lang)} · {r.state_text(lang)}",
        pad + who,
        pad
        + phrase(
            "cli.reminders.since",
            lang,
            text=d.text(lang),
            starts=format_date(r.starts, lang),
            lead=_lead_text(r.lead, lang),
        ),
    ]


def run_list(args: argparse.Namespace, extra: list[str]) -> int:
    from app.storage.database import open_read_only
    from app.storage.repositories import Repositories

    lang: Lang = args.lang
    try:
        today = _day(args.today, "--today", lang) or clock.today()
        with open_read_only(db_path(args)) as database:
            found = _reminders(Repositories(database), today, lang)
    except _BadOption as exc:
        return fail(str(exc))
    except Exception as exc:  # noqa: BLE001 - every known error becomes one line
        return fail(error_text(exc, lang))
    shown = found if args.all else [r for r in found if r.due]
    if args.json:
        print(json.dumps([r.to_json(today, lang) for r in shown], ensure_ascii=False, indent=1))
        return 0
    if not shown:
        print(phrase("cli.reminders.none", lang))
        return 0
    for r in shown:
        print("\n".join(text_lines(r, today, lang)))
    return 0


def _record(value: str) -> str:
    """A record as the overview names it: ``-`` is none; ``delivery_notices:3`` is
    ``deliveries:3``."""
    if value in ("-", ""):
        return ""
    table, _, number = value.partition(":")
    return f"{'deliveries' if table == 'delivery_notices' else table}:{number}"


def _clock(today: date):  # noqa: ANN202
    """With ``--today``: the acknowledgement is made on that day (at the time it is now)."""
    from datetime import datetime

    from app.domain.periods import OSLO

    return lambda: datetime.combine(today, datetime.now(OSLO).time().replace(tzinfo=None)).replace(
        tzinfo=OSLO
    )


def run_ack(args: argparse.Namespace, extra: list[str]) -> int:
    from app.storage import reminders as stored
    from app.storage.database import open_database
    from app.storage.repositories import Repositories

    lang: Lang = args.lang
    record = _record(args.record)
    try:
        today = _day(args.today, "--today", lang) or clock.today()
        wanted = _day(args.date, "--date", lang)
        until = _day(args.snooze_until, "--snooze-until", lang)
        if until is not None and args.undo:
            raise _BadOption(phrase("cli.reminders.snooze_and_undo", lang))
        if until is not None and until <= today:
            raise _BadOption(phrase("cli.reminders.snooze_past", lang))
        with open_database(db_path(args), backup=False, create=False) as database:
            repos = Repositories(database, clock=_clock(today) if args.today else None)
            matching = [
                r
                for r in _reminders(repos, today, lang)
                if r.key.kind == args.kind
                and r.key.record == record
                and (wanted is None or r.key.date == wanted)
            ]
            if not matching:
                code = "cli.reminders.no_match" + ("_on" if wanted else "")
                return fail(
                    phrase(code, lang, kind=args.kind, record=args.record, date=str(args.date))
                )
            if len(matching) > 1:
                dates = ", ".join(r.key.date.isoformat() for r in matching)
                return fail(phrase("cli.reminders.several", lang, record=args.record, dates=dates))
            (reminder,) = matching
            if args.undo:
                count = stored.unacknowledge(repos, reminder.key)
                print(phrase("cli.reminders.undone", lang, n=str(count)))
                return 0
            made = stored.acknowledge(repos, reminder.key, snoozed_until=until)
            user = repos.user
    except _BadOption as exc:
        return fail(str(exc))
    except Exception as exc:  # noqa: BLE001 - every known error becomes one line
        # the record's field is the user's option (were a check above ever to miss it)
        return fail(error_text(exc, lang).replace("snoozed_until:", "--snooze-until:"))
    what = phrase(
        "cli.reminders.what",
        lang,
        kind=rm.kind_text(reminder.deadline, lang),
        date=format_date(reminder.key.date, lang),
    )
    if until is not None:
        # The day it is due again is the schedule's (rm.silent_until: an action deadline
        # is never snoozed past its own day), which may be earlier than the day asked for.
        real = rm.silent_until(
            rm.Ack(reminder.key, made.user, made.at, made.snoozed_until), reminder.deadline
        )
        if real is not None and real != until:
            why = phrase("rem_snooze_capped", lang, date=reminder.key.date)
            print(
                phrase(
                    "cli.reminders.snoozed_capped",
                    lang,
                    until=format_date(real, lang),
                    asked=format_date(until, lang),
                    why=why,
                    what=what,
                    user=user,
                )
            )
        else:
            print(
                phrase(
                    "cli.reminders.snoozed",
                    lang,
                    until=format_date(until, lang),
                    what=what,
                    user=user,
                )
            )
    else:
        print(phrase("cli.reminders.seen", lang, what=what, user=user))
    return 0


register_texts(
    {
        "cli.reminders.on_the_day": ("på dagen", "on the day"),
        "cli.reminders.working_days_ahead": ("{n} virkedager før", "{n} working days ahead"),
        "cli.reminders.days_ahead": ("{n} dager før", "{n} days ahead"),
        "cli.reminders.since": (
            "{text} Påminnet fra {starts}, {lead}.",
            "{text} Reminded from {starts}, {lead}.",
        ),
        "cli.reminders.none": ("Ingen påminnelser i dag.", "No reminders today."),
        "cli.reminders.snooze_and_undo": (
            "--snooze-until og --undo kan ikke brukes sammen",
            "--snooze-until and --undo cannot be used together",
        ),
        "cli.reminders.snooze_past": (
            "--snooze-until: må være etter i dag",
            "--snooze-until: must be after today",
        ),
        "cli.reminders.no_match": (
            "Ingen påminnelse om {kind} for {record} i dag (se «reminders --all»).",
            "No reminder of {kind} for {record} today (see 'reminders --all').",
        ),
        "cli.reminders.no_match_on": (
            "Ingen påminnelse om {kind} for {record} i dag med frist {date} "
            "(se «reminders --all»).",
            "No reminder of {kind} for {record} today with the deadline {date} "
            "(see 'reminders --all').",
        ),
        "cli.reminders.several": (
            "{record} har flere frister av denne arten ({dates}): velg med --date.",
            "{record} has several deadlines of this kind ({dates}): pick one with --date.",
        ),
        "cli.reminders.undone": (
            "{n} kvittering(er) tatt tilbake; påminnelsen er aktiv igjen.",
            "{n} acknowledgement(s) taken back; the reminder is due again.",
        ),
        "cli.reminders.what": ("{kind}, frist {date}", "{kind}, deadline {date}"),
        "cli.reminders.snoozed": (
            "Utsatt til {until}: {what}, av {user}.",
            "Snoozed until {until}: {what}, by {user}.",
        ),
        "cli.reminders.snoozed_capped": (
            "Utsatt til {until}, ikke {asked}: {why}. {what}, av {user}.",
            "Snoozed until {until}, not {asked}: {why}. {what}, by {user}.",
        ),
        "cli.reminders.seen": ("Sett: {what}, av {user}.", "Seen: {what}, by {user}."),
    }
)
