"""``deadlines`` and ``letter``: the overview and the letters without the GUI.

    python -m app deadlines [--db PATH] [--today DATE] [--days N] [--json] [--ics FILE] [--csv FILE]
    python -m app letter KIND --id ID --out FILE.pdf [--db PATH] [--lang nb|en] [--today DATE]

``deadlines`` prints the grouped list with its summary line ("3 forfalt, 0 i dag, 5 neste
7 dager"), or with ``--json`` a JSON array of objects (``date``, ``kind``, ``contract``,
``customer``, ``record``, ``text``, ``group`` …). ``--ics`` and ``--csv`` also write the
same deadlines to a calendar or spreadsheet file. ``letter`` writes the PDF and records
on the letters log that it was produced. Errors: one line on stderr, exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from app import clock
from app.cli.common import (
    OptionError,
    add_db_and_lang,
    day_option,
    db_path,
    error_text,
    fail,
    record_id,
    say,
)
from app.domain.bounds import LAST_DAY
from app.domain.explain import Lang, phrase, register_texts
from app.storage.database import open_database, open_read_only
from app.storage.repositories import Repositories

KINDS = [
    "delivery_notice",
    "rejection_receipt",
    "complaint_ack",
    "deletion_notice",
    "termination_confirmation",
]


def _common(parser: argparse.ArgumentParser) -> None:
    add_db_and_lang(parser)
    parser.add_argument(
        "--today",
        type=str,
        default=None,
        metavar=say("ÅÅÅÅ-MM-DD", "YYYY-MM-DD"),
        help=say(
            "dagen fristene regnes fra (standard: i dag)", "the day to count from (default: today)"
        ),
    )


def add_parser(sub: argparse._SubParsersAction) -> None:
    deadlines = sub.add_parser(
        "deadlines",
        help=say(
            "vis fristene til alle avtaler (leser bare)",
            "list the deadlines of every contract (reads only)",
        ),
    )
    _common(deadlines)
    deadlines.add_argument(
        "--days",
        type=int,
        default=60,
        metavar=say("DAGER", "DAYS"),
        help=say("hvor mange dager fram (standard 60)", "how many days ahead (default 60)"),
    )
    deadlines.add_argument(
        "--json",
        action="store_true",
        help=say("en JSON-liste på standard ut", "JSON array on stdout"),
    )
    deadlines.add_argument(
        "--ics",
        type=Path,
        default=None,
        metavar=say("FIL.ics", "FILE.ics"),
        help=say("skriv også en kalenderfil (Outlook)", "also write a calendar file (Outlook)"),
    )
    deadlines.add_argument(
        "--csv",
        type=Path,
        default=None,
        metavar=say("FIL.csv", "FILE.csv"),
        help=say("skriv også en CSV-fil (Excel)", "also write a CSV file (Excel)"),
    )
    deadlines.set_defaults(func=run_deadlines, reads_only=True)

    letter = sub.add_parser(
        "letter",
        help=say("skriv et brev om en post som PDF", "write a letter about a record as PDF"),
    )
    letter.add_argument(
        "kind",
        choices=KINDS,
        metavar=say("BREV", "LETTER"),
        help=say("hvilket brev: ", "which letter: ") + ", ".join(KINDS),
    )
    _common(letter)
    letter.add_argument(
        "--id",
        type=record_id,
        required=True,
        metavar="ID",
        help=say("id-en til posten brevet gjelder", "id of the record the letter is about"),
    )
    letter.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=say("FIL.pdf", "FILE.pdf"),
        help=say("PDF-filen som skrives", "PDF file to write"),
    )
    letter.add_argument(
        "--sender",
        default=None,
        metavar=say("AVSENDER", "SENDER"),
        help=say(
            "avsender (standard: avtalens leverandør)", "sender (default: the contract's supplier)"
        ),
    )
    letter.add_argument(
        "--sender-address",
        default="",
        metavar=say("ADRESSE", "ADDRESS"),
        help=say("avsenderens adresse (linjer med \\n)", "sender's address (lines with \\n)"),
    )
    letter.add_argument(
        "--signer",
        default="",
        metavar=say("NAVN", "NAME"),
        help=say("navnet til den som signerer", "name of the person who signs"),
    )
    letter.add_argument(
        "--place",
        default="",
        metavar=say("STED", "PLACE"),
        help=say("sted for datolinjen, f.eks. Hønefoss", "place for the date line, e.g. Hønefoss"),
    )
    letter.set_defaults(func=run_letter)


def _today(args: argparse.Namespace) -> date:
    """``--today``, within the program's dates (OptionError naming it), or today."""
    # the CLI is where "today" comes from; the domain takes it
    return day_option(args.today, "--today") or clock.today()


def _days(days: int, today: date) -> int:
    """``--days``: 0 or more, and no further than the last day the program computes
    with (``domain.bounds.LAST_DAY``): the list ends on today + days."""
    if days < 0:
        raise OptionError("--days", "cli.reports.bad_days")
    most = (LAST_DAY - today).days
    if days > most:
        raise OptionError("--days", "cli.reports.too_many_days", most=most, last=LAST_DAY)
    return days


def run_deadlines(args: argparse.Namespace, extra: list[str]) -> int:
    from app.reports import deadlines_report as report

    lang: Lang = args.lang
    try:
        today = _today(args)
        days = _days(args.days, today)
    except OptionError as exc:
        return fail(exc.text(lang))
    path = db_path(args)
    try:
        # reads only (issue 12 item 4): no migration, write or backup; an older file is
        # read through a migrated temporary copy
        with open_read_only(path) as database:
            repos = Repositories(database)
            listing = report.deadline_list(repos, today=today, days=days)
            if args.csv is not None:  # the window's «Påminnelse» column, as it has it
                from app.cli.reminders import _lead_times
                from app.reports.reminders_report import reminder_texts

                reminder = reminder_texts(repos, listing, lang, lead_times=_lead_times(lang))
        if args.ics is not None:
            from app.reports.calendar_export import write_ics

            count = write_ics(listing.deadlines, args.ics, lang=lang)
            print(
                phrase("cli.reports.ics_written", lang, n=str(count), path=str(args.ics)),
                file=sys.stderr,
            )
        if args.csv is not None:
            from app.reports.csv_export import write_csv

            # the same columns, headers and texts as the overview's CSV (one truth)
            rows = report.csv_rows(listing, lang, reminder=reminder)
            write_csv(rows, report.csv_header(lang), args.csv, lang=lang)
    except Exception as exc:  # noqa: BLE001 - every known error becomes one line
        return fail(error_text(exc, lang))
    if args.json:
        print(json.dumps(report.to_json(listing, lang), ensure_ascii=False, indent=1))
    else:
        print("\n".join(report.text_lines(listing, lang)))
    return 0


def run_letter(args: argparse.Namespace, extra: list[str]) -> int:
    from app.reports.letters import Sender, letter_name
    from app.reports.produce import produce_letter

    lang: Lang = args.lang
    try:
        today = _today(args)
    except OptionError as exc:
        return fail(exc.text(lang))
    path = db_path(args)
    try:
        # a writer (the letters log and the PDF as the record's document, issue 15), but
        # one line of log is no reason for a backup at every letter, which pushed the
        # older backups out (issue 12 item 4); an older file is migrated only after its
        # backup, as every writer does
        with open_database(path, backup="before-migrating", create=False) as database:
            repos = Repositories(database)
            sender = None
            if args.sender or args.signer or args.place or args.sender_address:
                sender = Sender(
                    name=args.sender or "",
                    address=args.sender_address.replace("\\n", "\n"),
                    person=args.signer,
                    place=args.place,
                )
            data, entry = produce_letter(
                repos, args.kind, args.id, args.out, today=today, lang=lang, sender=sender
            )
    except Exception as exc:  # noqa: BLE001 - every known error becomes one line
        return fail(error_text(exc, lang))
    name = letter_name(data.kind, lang)
    print(
        phrase("cli.reports.letter_written", lang, name=name, path=str(args.out), id=str(entry.id))
    )
    for problem in data.problem_texts(lang):  # e.g. a deletion notice sent too late
        print(phrase("cli.reports.note", lang, problem=problem), file=sys.stderr)
    return 0


register_texts(
    {
        "cli.reports.bad_days": ("må være 0 eller mer", "must be 0 or more"),
        "cli.reports.too_many_days": (
            "høyst {most} fra denne dagen (programmet regner med datoer til {last:date})",
            "at most {most} from this day (the program computes with dates up to {last:date})",
        ),
        "cli.reports.ics_written": (
            "{n} frister skrevet til {path}",
            "{n} deadlines written to {path}",
        ),
        "cli.reports.letter_written": (
            "{name} skrevet til {path} (logget som brev {id})",
            "{name} written to {path} (logged as letter {id})",
        ),
        "cli.reports.note": ("Merk: {problem}", "Note: {problem}"),
    }
)
