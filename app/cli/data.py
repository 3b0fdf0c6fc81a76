"""``demo``, ``export`` and ``import``: the database without the GUI.

    python -m app demo   [--db PATH] [--today YYYY-MM-DD] [--force]
    python -m app export [--db PATH] (--out FILE.json | --out FILE.zip | --csv DIR)
    python -m app import [--db PATH] FILE.json|FILE.zip [--replace]

``--out FILE.zip`` also carries the attachments' documents (``storage.archive``).

``--db`` defaults to the database in the user's application data folder. An error is
one line on stderr (bokmål, or English with ``--lang en``) and exit status 2; success
prints a short summary.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from pydantic import ValidationError

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
from app.domain.errors import describe
from app.domain.explain import Lang, phrase, register_texts
from app.storage.backups import remove_leftovers
from app.storage.database import open_database, open_read_only
from app.storage.demo import fill_demo
from app.storage.documents import documents_path
from app.storage.errors import ImportRefused, file_problem, table_name
from app.storage.exchange import (
    BrokenHistory,
    DatabaseNotEmpty,
    check_import,
    export_csv,
    export_json,
    import_data,
    read_import_file,
)
from app.storage.import_file import refuse_not_an_export, worded
from app.storage.lock import acquire, lock_path
from app.storage.repositories import REPOSITORY_TABLES, Repositories
from app.storage.targets import check_target, given_path, refuse_folder_target


def _common(parser: argparse.ArgumentParser) -> None:
    add_db_and_lang(parser)


def add_parser(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser(
        "demo",
        help=say("fyll en tom database med demodata", "fill an empty database with demo data"),
    )
    _common(demo)
    demo.add_argument(
        "--today",
        type=str,
        default=None,
        metavar=say("ÅÅÅÅ-MM-DD", "YYYY-MM-DD"),
        help=say(
            "dagen dataene lages for (standard: i dag)", "the day the data is for (default: today)"
        ),
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help=say(
            "legg demodata i en database med innhold", "add the demo data to a non-empty database"
        ),
    )
    demo.set_defaults(func=run_demo)

    export = sub.add_parser(
        "export",
        help=say(
            "skriv alt til en JSON-fil, eller en CSV-fil per tabell (leser bare)",
            "write everything to a JSON file, or one CSV file per table (reads only)",
        ),
    )
    _common(export)
    export.add_argument(
        "--out",
        type=str,  # not Path: "" would become "." (given_path refuses it)
        default=None,
        metavar=say("FIL.json|FIL.zip", "FILE.json|FILE.zip"),
        help=say(
            "filen som skrives: JSON, eller .zip med vedleggenes dokumenter",
            "the file to write: JSON, or .zip with the attachments' documents",
        ),
    )
    export.add_argument(
        "--csv",
        type=str,  # not Path: "" would become "." (given_path refuses it)
        default=None,
        metavar=say("MAPPE", "DIR"),
        help=say("mappe for én CSV-fil per tabell", "folder for one CSV file per table"),
    )
    export.set_defaults(func=run_export, reads_only=True)

    imp = sub.add_parser(
        "import",
        help=say(
            "les en eksportfil inn i en tom database (eller erstatt alt)",
            "read an export file into an empty database (or replace everything)",
        ),
    )
    _common(imp)
    imp.add_argument(
        "file",
        type=Path,
        metavar=say("FIL", "FILE"),
        help=say("JSON- eller .zip-fil laget av export", "JSON or .zip file made by export"),
    )
    imp.add_argument(
        "--replace",
        action="store_true",
        help=say(
            "erstatt alt innhold (en sikkerhetskopi tas først)",
            "replace all content (a backup is taken first)",
        ),
    )
    imp.add_argument(
        "--accept-broken-history",
        action="store_true",
        help=say(
            "ta inn en fil selv om historikkens kjede er brutt (oppføringene regnes da som "
            "fra før kjeden)",
            "import a file even if its history's chain is broken (its entries then count "
            "as from before the chain)",
        ),
    )
    imp.set_defaults(func=run_import)


def _error_text(exc: Exception, lang: Lang) -> str:
    if isinstance(exc, DatabaseNotEmpty):
        return exc.text(lang) + phrase("cli.data.use_replace", lang)
    if isinstance(exc, OSError):  # the reason in the user's words (storage.errors.os_reason)
        return file_problem(exc).text(lang)
    return error_text(exc, lang)


def _counts_text(counts: dict[str, int], lang: Lang) -> str:
    parts = []
    for name, n in counts.items():
        table = REPOSITORY_TABLES.get(name, name)
        parts.append(f"{n} {table_name(table, lang)}")
    return ", ".join(parts)


def run_demo(args: argparse.Namespace, extra: list[str]) -> int:
    lang: Lang = args.lang
    try:
        today = day_option(args.today, "--today") or clock.today()
    except OptionError as exc:
        return fail(exc.text(lang))
    path = db_path(args)
    existed, documents_existed = _exists(path), _exists(documents_path(path))
    try:
        with acquire(path, purpose="demo"):
            try:
                with open_database(path) as database:
                    repos = Repositories(database)
                    if not repos.is_empty() and not args.force:
                        return fail(phrase("cli.data.not_empty", lang, path=str(path)))
                    summary = fill_demo(repos, today)
            except BaseException as exc:
                if not existed:  # a refused or interrupted demo leaves no empty file
                    _forget_new_database(path, documents_existed=documents_existed)
                if isinstance(exc, ValidationError):
                    # The demo's records lie around --today (signed two years before,
                    # ends after it): near the program's first or last day some fall
                    # outside. The user gave only --today, so the message is about it.
                    raise OptionError(
                        "--today",
                        "cli.data.demo_out_of_range",
                        day=today,
                        problem=describe(exc, lang),
                    ) from None
                raise
    except Exception as exc:
        return fail(_error_text(exc, lang))
    done = _counts_text(summary.counts, lang)
    print(phrase("cli.data.demo_added", lang, path=str(path), done=done))
    return 0


def run_export(args: argparse.Namespace, extra: list[str]) -> int:
    lang: Lang = args.lang
    if args.out is None and args.csv is None:
        return fail(phrase("cli.data.give_out", lang))
    path = db_path(args)
    lines = []
    try:
        # the targets are checked before the whole database is read (storage.targets)
        out = csv = None
        if args.out is not None:
            out = given_path(args.out, option="--out")
            check_target(out)
        if args.csv is not None:
            csv = given_path(args.csv, option="--csv")
            refuse_folder_target(csv)
        with open_read_only(path) as database:
            if out is not None:
                counts = export_json(database, out)
                lines.append(
                    phrase(
                        "cli.data.exported",
                        lang,
                        path=str(out),
                        done=_counts_text(counts, lang),
                    )
                )
                if counts.get("attachments") and "documents" not in counts:  # issue 15
                    lines.append(phrase("cli.data.no_documents", lang))
            if csv is not None:
                counts = export_csv(database, csv, lang=lang)
                lines.append(
                    phrase("cli.data.csv", lang, path=str(csv), done=_counts_text(counts, lang))
                )
    except Exception as exc:
        return fail(_error_text(exc, lang))
    print("\n".join(lines))
    return 0


def _exists(path: Path) -> bool:
    """Whether ``path`` is there; False where it cannot even be looked up (a name too
    long: the database's own open then says what is wrong with it, in words)."""
    try:
        return path.exists()
    except OSError:
        return False


def _forget_new_database(path: Path, *, documents_existed: bool) -> None:
    """Remove what a failed (or Ctrl-C'd) command made of a database at a new path: the
    file, its journals and lock, and its documents' store (a .zip import had begun to
    fill it) unless that was there before."""
    for name in (path, f"{path}-wal", f"{path}-shm", lock_path(path)):
        Path(name).unlink(missing_ok=True)
    if not documents_existed:
        documents = documents_path(path)
        for name in ("", "-wal", "-shm", "-journal"):
            _remove(Path(f"{documents}{name}"))


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def run_import(args: argparse.Namespace, extra: list[str]) -> int:
    lang: Lang = args.lang
    path = db_path(args)
    if not args.file.is_file():
        return fail(phrase("cli.data.file_not_found", lang, path=str(args.file)))
    # The whole file is checked before the database is even opened: a refused import
    # into a new path leaves no file behind.
    try:
        refuse_not_an_export(args.file)  # a database, a PDF …: said in words
        try:
            data = read_import_file(args.file)
        except ImportRefused as exc:
            raise worded(exc) from exc
        checked = check_import(data)
        if not checked.chain.ok and not args.accept_broken_history:
            raise BrokenHistory(found=checked.chain)
    except Exception as exc:
        return fail(_error_text(exc, lang))
    existed, documents_existed = _exists(path), _exists(documents_path(path))
    try:
        with acquire(path, purpose="import"):
            remove_leftovers(path)
            try:
                with open_database(path, backup="before-migrating") as database:
                    summary = import_data(
                        database,
                        data,
                        checked=checked,
                        replace=args.replace,
                        source=str(args.file),
                        accept_broken_history=args.accept_broken_history,
                    )
            except BaseException:
                if not existed:  # nothing of a failed import into a new path stays
                    _forget_new_database(path, documents_existed=documents_existed)
                raise
    except Exception as exc:
        return fail(_error_text(exc, lang))
    done = _counts_text(summary.counts, lang)
    text = phrase("cli.data.imported", lang, file=str(args.file), path=str(path), done=done)
    if summary.backup is not None:
        text += phrase("cli.data.previous_in_backup", lang, backup=str(summary.backup))
    print(text)
    return 0


register_texts(
    {
        "cli.data.use_replace": (
            " Bruk --replace for å erstatte alt.",
            " Use --replace to replace it all.",
        ),
        "cli.data.demo_out_of_range": (
            "demodata for {day:date} får datoer utenfor det programmet regner med; "
            "velg en dag lenger fra grensene ({problem})",
            "demo data for {day:date} gets dates outside what the program computes with; "
            "choose a day further from the limits ({problem})",
        ),
        "cli.data.not_empty": (
            "Databasen {path} har allerede innhold; demodata legges bare i en tom "
            "database (eller bruk --force).",
            "The database {path} already has content; demo data only goes into "
            "an empty database (or use --force).",
        ),
        "cli.data.demo_added": (
            "Demodata lagt inn i {path}: {done}.",
            "Demo data added to {path}: {done}.",
        ),
        "cli.data.give_out": (
            "Oppgi --out FIL.json eller --csv MAPPE.",
            "Give --out FILE.json or --csv DIR.",
        ),
        "cli.data.exported": ("Eksporterte til {path}: {done}.", "Exported to {path}: {done}."),
        "cli.data.no_documents": (
            "Dokumentene til vedleggene er ikke med i en .json-fil, og import tar "
            "ikke imot vedlegg uten dokumentene sine: eksporter til en .zip-fil for en "
            "fil som kan leses inn igjen.",
            "The attachments' documents are not in a .json file, and import does not "
            "take attachments without their documents: export to a .zip file for a "
            "file that can be read in again.",
        ),
        "cli.data.csv": ("CSV-filer i {path}: {done}.", "CSV files in {path}: {done}."),
        "cli.data.file_not_found": ("Finner ikke filen {path}.", "File not found: {path}."),
        "cli.data.imported": (
            "Importerte {file} til {path}: {done}.",
            "Imported {file} into {path}: {done}.",
        ),
        "cli.data.previous_in_backup": (
            " Tidligere innhold er i sikkerhetskopien {backup}.",
            " The previous content is in the backup {backup}.",
        ),
    }
)
