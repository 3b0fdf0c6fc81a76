"""``sync`` and ``conflicts``: sharing a database file through the PostgreSQL server.

    python -m app sync --db FILE [--server URL] [--json]
    python -m app conflicts --db FILE [--json]

``sync`` runs one round (push the queued changes, pull the others'). The server's URL
is remembered for the database after its first use (without the password, which goes
to the OS credential store when the URL carries one). ``--json`` prints ``{"pushed": N,
"pulled": N, "conflicts": N}``. Exit 0 on success; 2 with one line when the server
cannot be reached or refuses (nothing is lost: the changes stay queued).
"""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.common import add_db_and_lang, db_path, error_text, fail, say
from app.domain.explain import Lang, phrase, register_texts


def add_parser(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser(
        "sync",
        help=say(
            "én synkroniseringsrunde med den delte serveren",
            "one sync round with the shared server",
        ),
    )
    add_db_and_lang(sync, lang_help=say("språk for meldinger", "language of messages"))
    sync.add_argument(
        "--server",
        default=None,
        metavar="URL",
        help=say(
            "PostgreSQL-adressen (huskes etter første bruk)",
            "PostgreSQL URL (remembered after first use)",
        ),
    )
    sync.add_argument(
        "--json",
        action="store_true",
        help=say(
            'skriv {"pushed", "pulled", "conflicts"}', 'print {"pushed", "pulled", "conflicts"}'
        ),
    )
    sync.set_defaults(func=run_sync)
    conflicts = sub.add_parser(
        "conflicts", help=say("uløste konflikter mellom PC-er", "open conflicts between PCs")
    )
    add_db_and_lang(conflicts, lang_help=say("språk for listen", "language of the listing"))
    conflicts.add_argument("--json", action="store_true", help=say("skriv JSON", "print JSON"))
    conflicts.set_defaults(func=run_conflicts)


def run_sync(args: argparse.Namespace, extra: list[str]) -> int:
    from app.storage.database import open_database
    from app.storage.repositories import Repositories
    from app.sync.connection import ServerError, split_url, store_password
    from app.sync.engine import Replica, SyncError, sync_round

    lang: Lang = args.lang
    try:
        with open_database(db_path(args), backup=False, create=False) as database:
            repos = Repositories(database)
            url = args.server or Replica(repos).server_url()
            if not url:
                return fail(phrase("cli.sync.no_server", lang))
            result = sync_round(repos, url)
            clean, password = split_url(url)
            if password and not store_password(clean, password):
                print(phrase("cli.sync.password_not_kept", lang), file=sys.stderr)
    except ServerError as exc:
        return fail(exc.text(lang))
    except SyncError as exc:
        return fail(phrase("cli.sync.stopped", lang, error=str(exc)))
    except Exception as exc:
        return fail(error_text(exc, lang))
    if args.json:
        print(json.dumps(result.as_json()))
    else:
        print(
            phrase(
                "cli.sync.done",
                lang,
                pushed=str(result.pushed),
                pulled=str(result.pulled),
                conflicts=str(result.conflicts),
            )
        )
    return 0


def run_conflicts(args: argparse.Namespace, extra: list[str]) -> int:
    from app.storage.database import open_database
    from app.storage.repositories import Repositories
    from app.sync.conflicts import open_conflicts

    lang: Lang = args.lang
    try:
        with open_database(db_path(args), backup=False, create=False) as database:
            found = open_conflicts(Repositories(database))
    except Exception as exc:
        return fail(error_text(exc, lang))
    if args.json:
        print(json.dumps([c.as_json() for c in found], ensure_ascii=False))
        return 0
    if not found:
        print(phrase("cli.sync.no_conflicts", lang))
    for conflict in found:
        print(conflict.describe(lang))
    return 0


register_texts(
    {
        "cli.sync.no_server": (
            "Ingen server: oppgi --server URL (huskes for denne databasen etterpå).",
            "No server: give --server URL (remembered for this database afterwards).",
        ),
        "cli.sync.password_not_kept": (
            "Merk: passordet kunne ikke lagres (ingen passordlager på denne maskinen);"
            " neste gang trengs det i URL-en, PGPASSWORD eller ~/.pgpass.",
            "Note: the password could not be kept (no credential store here);"
            " next time give it in the URL, PGPASSWORD or ~/.pgpass.",
        ),
        "cli.sync.stopped": ("Synkronisering avbrutt: {error}", "Sync stopped: {error}"),
        "cli.sync.done": (
            "Synkronisert: {pushed} sendt, {pulled} hentet, {conflicts} åpne konflikter.",
            "Synchronised: {pushed} sent, {pulled} received, {conflicts} open conflicts.",
        ),
        "cli.sync.no_conflicts": ("Ingen åpne konflikter.", "No open conflicts."),
    }
)
