"""``verify``: check that the database proves itself (``app.storage.verify``).

    python -m app verify [--db PATH] [--json] [--lang nb|en]

Reads only (an older file through a migrated temporary copy). Prints the report, or
with ``--json`` one object (``ok``, ``integrity``, ``chain``, ``replay``). Exit status
0 when everything holds, 1 when something does not (the first broken place is named),
2 when the file cannot be read at all.
"""

from __future__ import annotations

import argparse
import json

from app.cli.common import add_db_and_lang, db_path, error_text, fail, say
from app.domain.explain import Lang
from app.storage.database import open_read_only
from app.storage.verify import verify


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "verify",
        help=say(
            "kontroller filen, historikkens kjede og at tabellene er lik historikken",
            "check the file, the history's chain and that the tables equal the history",
        ),
    )
    add_db_and_lang(parser)
    parser.add_argument("--json", action="store_true", help=say("svar som JSON", "answer as JSON"))
    parser.set_defaults(func=run, reads_only=True)


def run(args: argparse.Namespace, extra: list[str]) -> int:
    lang: Lang = args.lang
    try:
        with open_read_only(db_path(args)) as database:
            report = verify(database)
    except Exception as exc:  # noqa: BLE001 - every known error becomes one line
        return fail(error_text(exc, lang))
    if args.json:
        print(json.dumps(report.to_json(lang), ensure_ascii=False, indent=1))
    else:
        print("\n".join(report.lines(lang)))
    return 0 if report.ok else 1
