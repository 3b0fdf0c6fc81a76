"""``backups`` and ``restore``: the backups of a database, and going back to one.

    python -m app backups [--db PATH] [--json] [--lang nb|en]
    python -m app restore [--db PATH] [--backup FILE] [--lang nb|en]

``backups`` lists the database's own backups (``storage.backups``: filed by its
identity), newest first, each with its time, size and whether it can be restored
(whole, of this database, not from a newer program); it only reads. ``restore`` puts
the newest whole backup in place (or the one given), keeping the current file beside
it as ``NAME.before-restore-STAMP``; it refuses while the program has the database
open. Errors: one line on stderr, exit status 2.
"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from pathlib import Path

from app.cli.common import add_db_and_lang, db_path, error_text, fail, say
from app.domain.explain import Lang, format_decimal, phrase, register_texts
from app.storage import backups as store
from app.storage.errors import (
    BackupDamaged,
    BackupMissing,
    DatabaseDamaged,
    DatabaseIsAFolder,
    DatabaseMissing,
)
from app.storage.lock import acquire


def add_parser(sub: argparse._SubParsersAction) -> None:
    listing = sub.add_parser(
        "backups",
        help=say(
            "vis sikkerhetskopiene av databasen, og om de er hele (leser bare)",
            "list the database's backups, and whether they are whole (reads only)",
        ),
    )
    add_db_and_lang(listing)
    listing.add_argument("--json", action="store_true", help=say("svar som JSON", "answer as JSON"))
    listing.set_defaults(func=run_backups, reads_only=True)

    restore = sub.add_parser(
        "restore",
        help=say(
            "gjenopprett databasen fra den nyeste hele sikkerhetskopien (eller en valgt)",
            "restore the database from its newest whole backup (or a chosen one)",
        ),
    )
    add_db_and_lang(restore)
    restore.add_argument(
        "--backup",
        type=Path,
        default=None,
        metavar=say("FIL", "FILE"),
        help=say(
            "sikkerhetskopien som skal brukes (standard: den nyeste hele)",
            "the backup to use (default: the newest whole one)",
        ),
    )
    restore.set_defaults(func=run_restore)


def _local(backup: store.Backup) -> str:
    return backup.taken.astimezone().strftime("%d.%m.%Y %H:%M:%S")


def _size(size: int, lang: Lang) -> str:
    return format_decimal(Decimal(size) / 1024, 0, lang) + " kB"


def run_backups(args: argparse.Namespace, extra: list[str]) -> int:
    lang: Lang = args.lang
    path = db_path(args)
    try:
        found = store.checked_backups(path)
    except Exception as exc:  # noqa: BLE001 - every known error becomes one line
        return fail(error_text(exc, lang))
    chosen = next((c.backup.path for c in found if c.status is None), None)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "path": str(c.backup.path),
                        "taken": c.backup.taken.isoformat(),
                        "size": c.backup.size,
                        "database_id": str(c.backup.identity) if c.backup.identity else None,
                        "ok": c.status is None,
                        "problem": c.status,
                        "restore_would_use": c.backup.path == chosen,
                    }
                    for c in found
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    if not found:
        print(phrase("cli.backups.none", lang, path=str(path)))
        return 0
    print(phrase("cli.backups.of", lang, path=str(path)))
    for c in found:
        mark = ""
        if c.backup.path == chosen:
            mark = phrase("cli.backups.chosen", lang)
        print(
            f"  {_local(c.backup)}  {_size(c.backup.size, lang):>10}  "
            f"{store.status_text(c.status, lang):<12}  {c.backup.path.name}{mark}"
        )
    if chosen is None:
        print(phrase("cli.backups.none_whole", lang))
    return 0


def run_restore(args: argparse.Namespace, extra: list[str]) -> int:
    lang: Lang = args.lang
    path = db_path(args)
    try:
        with acquire(path, purpose="restore"):
            store.remove_leftovers(path)
            if args.backup is not None:
                backup, kept = args.backup, _restore_chosen(args.backup, path)
            else:
                backup, kept = store.restore_newest(path)
    except Exception as exc:  # noqa: BLE001 - every known error becomes one line
        return fail(error_text(exc, lang))
    text = phrase("cli.backups.restored", lang, path=str(path), backup=str(backup))
    if kept is not None:
        text += phrase("cli.backups.kept", lang, kept=str(kept))
    print(text)
    return 0


def _restore_chosen(backup: Path, path: Path) -> Path | None:
    """``restore --backup FILE``: storage's errors about FILE said as about a backup.

    ``restore_backup`` checks the backup with the checks a database is opened with, so
    a missing or damaged one was "Finner ikke databasen …" or "Databasen … er skadet …
    Det finnes ingen sikkerhetskopi" (while whole ones were listed by ``backups``)."""
    try:
        return store.restore_backup(backup, path)
    except DatabaseIsAFolder:
        raise
    except DatabaseMissing as exc:
        if exc.path != backup:
            raise
        raise BackupMissing(path=backup) from None
    except DatabaseDamaged as exc:
        if exc.path != backup or type(exc) is not DatabaseDamaged:
            raise
        whole = next(
            (
                c.backup.path
                for c in store.checked_backups(path)
                if c.status is None and c.backup.path.resolve() != backup.resolve()
            ),
            None,
        )
        raise BackupDamaged(path=backup, detail=exc.detail, newest_backup=whole) from None


register_texts(
    {
        "cli.backups.none": ("Ingen sikkerhetskopier av {path}.", "No backups of {path}."),
        "cli.backups.of": (
            "Sikkerhetskopier av {path} (nyeste først):",
            "Backups of {path} (newest first):",
        ),
        "cli.backups.chosen": ("  ← restore bruker denne", "  ← restore uses this one"),
        "cli.backups.none_whole": (
            "Ingen av dem er hel: ingenting kan gjenopprettes.",
            "None of them is whole: nothing can be restored.",
        ),
        "cli.backups.restored": (
            "Gjenopprettet {path} fra {backup}.",
            "Restored {path} from {backup}.",
        ),
        "cli.backups.kept": (
            " Den forrige filen er beholdt som {kept}.",
            " The previous file is kept as {kept}.",
        ),
    }
)
