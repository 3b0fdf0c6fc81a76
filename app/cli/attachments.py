"""``attach``, ``attachments``, ``attachment``: documents on records without the GUI (issue 15).

    python -m app attach TABLE ID FILE [--db FILE] [--note TEXT] [--json]
    python -m app attachments TABLE ID [--db FILE] [--json]
    python -m app attachment SHA256 --out FILE [--db FILE]

TABLE is ``customers``, ``contracts``, ``complaints``, ``delivery_notices`` (or
``deliveries``), ``terminations`` or ``incidents``. ``attach`` stores the file in the
documents store (once per content) and its attachment record, in the history with the
user and the hash. ``attachments`` lists a record's attachments (name, sha256, size,
added, by); ``attachment`` writes the document with that hash to ``--out`` (checked
against its hash). Errors: one line on stderr, exit status 2.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from app.cli.common import add_db_and_lang, db_path, error_text, fail, record_id, say
from app.domain.attachments import Attachment
from app.domain.explain import Lang, phrase, register_texts
from app.storage.errors import table_name

TABLES = [
    "customers",
    "contracts",
    "complaints",
    "delivery_notices",
    "deliveries",
    "terminations",
    "incidents",
]


def add_parser(sub: argparse._SubParsersAction) -> None:
    attach = sub.add_parser(
        "attach", help=say("legg ved en fil til en post", "attach a file to a record")
    )
    attach.add_argument(
        "table",
        choices=TABLES,
        metavar=say("TABELL", "TABLE"),
        help=say("postens art: " + ", ".join(TABLES), "the record's kind: " + ", ".join(TABLES)),
    )
    attach.add_argument(
        "id", type=record_id, metavar="ID", help=say("postens id", "the record's id")
    )
    attach.add_argument(
        "file",
        type=Path,
        metavar=say("FIL", "FILE"),
        help=say("filen som legges ved", "the file to attach"),
    )
    add_db_and_lang(attach)
    attach.add_argument(
        "--note",
        default="",
        metavar=say("MERKNAD", "NOTE"),
        help=say("en merknad til vedlegget", "a note on the attachment"),
    )
    attach.add_argument("--json", action="store_true", help=say("svar som JSON", "answer as JSON"))
    attach.set_defaults(func=run_attach)

    listing = sub.add_parser(
        "attachments",
        help=say("vedleggene til en post (leser bare)", "a record's attachments (reads only)"),
    )
    listing.add_argument(
        "table",
        choices=TABLES,
        metavar=say("TABELL", "TABLE"),
        help=say("postens art", "the record's kind"),
    )
    listing.add_argument(
        "id", type=record_id, metavar="ID", help=say("postens id", "the record's id")
    )
    add_db_and_lang(listing)
    listing.add_argument("--json", action="store_true", help=say("svar som JSON", "answer as JSON"))
    listing.set_defaults(func=run_list, reads_only=True)

    one = sub.add_parser(
        "attachment",
        help=say("skriv et vedlagt dokument til en fil", "write an attached document to a file"),
    )
    one.add_argument(
        "sha256", metavar="SHA256", help=say("dokumentets SHA-256", "the document's SHA-256")
    )
    add_db_and_lang(one)
    one.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=say("FIL", "FILE"),
        help=say("filen som skrives", "the file to write"),
    )
    one.set_defaults(func=run_extract, reads_only=True)


def attachment_json(a: Attachment) -> dict:
    table, record_id = a.owner
    return {
        "id": a.id,
        "uid": str(a.uid),
        "table": table,
        "record": record_id,
        "name": a.name,
        "media_type": a.media_type,
        "size": a.size,
        "sha256": a.sha256,
        "added": a.added.isoformat(),
        "by": a.added_by,
        "source": a.source.value,
        "note": a.note,
    }


def run_attach(args: argparse.Namespace, extra: list[str]) -> int:
    from app.storage.attachments import Attachments
    from app.storage.database import open_database
    from app.storage.documents import size_text
    from app.storage.repositories import Repositories

    lang: Lang = args.lang
    try:
        with (
            open_database(db_path(args), backup=False, create=False) as database,
            Attachments(Repositories(database)) as attachments,
        ):
            done = attachments.attach_file(args.table, args.id, args.file, note=args.note)
    except Exception as exc:  # noqa: BLE001 - every known error becomes one line
        return fail(error_text(exc, lang))
    a = done.attachment
    if args.json:
        print(
            json.dumps(
                {**attachment_json(a), "new_document": done.stored.new},
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    table, record_id = a.owner
    where = f"({table_name(table, lang)}, id {record_id})"
    same = "" if done.stored.new else phrase("cli.attachments.same", lang)
    print(
        phrase(
            "cli.attachments.added",
            lang,
            where=where,
            name=a.name,
            size=size_text(a.size, lang),
            sha256=a.sha256,
            same=same,
        )
    )
    return 0


def run_list(args: argparse.Namespace, extra: list[str]) -> int:
    from app.storage.attachments import Attachments
    from app.storage.database import open_read_only
    from app.storage.documents import DocumentStore, size_text
    from app.storage.repositories import Repositories

    lang: Lang = args.lang
    try:
        with open_read_only(db_path(args)) as database:
            repos = Repositories(database)
            repos.repository(_table(args.table)).get(args.id)  # NotFound names the record
            found = Attachments(
                repos, DocumentStore.beside(database.path, create=False)
            ).for_record(args.table, args.id)
    except Exception as exc:  # noqa: BLE001 - every known error becomes one line
        return fail(error_text(exc, lang))
    if args.json:
        print(json.dumps([attachment_json(a) for a in found], ensure_ascii=False, indent=1))
        return 0
    if not found:
        print(phrase("cli.attachments.none", lang))
        return 0
    for a in found:
        print(
            f"{a.name}\t{size_text(a.size, lang)}\t{a.added:%Y-%m-%d %H:%M}\t{a.added_by}\t{a.sha256}"
        )
    return 0


def _table(name: str) -> str:
    return "delivery_notices" if name == "deliveries" else name


def run_extract(args: argparse.Namespace, extra: list[str]) -> int:
    from app.storage.attachments import Attachments
    from app.storage.database import open_read_only
    from app.storage.documents import DocumentStore
    from app.storage.repositories import Repositories

    lang: Lang = args.lang
    sha = args.sha256.strip().lower()
    if not re.fullmatch(r"[0-9a-f]{64}", sha):
        return fail(phrase("cli.attachments.bad_sha", lang))
    try:
        with open_read_only(db_path(args)) as database:
            store = DocumentStore.beside(database.path, create=False)
            with Attachments(Repositories(database), store) as attachments:
                if not attachments.with_hash(sha):
                    return fail(phrase("cli.attachments.no_document", lang, sha=sha))
                attachments.save_copy(sha, args.out)
    except Exception as exc:  # noqa: BLE001 - every known error becomes one line
        return fail(error_text(exc, lang))
    print(phrase("cli.attachments.written", lang, path=str(args.out)))
    return 0


register_texts(
    {
        "cli.attachments.same": (
            " (samme innhold var lagret fra før)",
            " (the same content was stored already)",
        ),
        "cli.attachments.added": (
            "Lagt ved {where}: {name} ({size}, sha256 {sha256}){same}.",
            "Attached to {where}: {name} ({size}, sha256 {sha256}){same}.",
        ),
        "cli.attachments.none": ("Ingen vedlegg.", "No attachments."),
        "cli.attachments.bad_sha": (
            "SHA256: 64 heksadesimale tegn (som «attachments» viser)",
            "SHA256: 64 hexadecimal digits (as 'attachments' prints)",
        ),
        "cli.attachments.no_document": (
            "Ingen vedlegg har dokumentet {sha}.",
            "No attachment has the document {sha}.",
        ),
        "cli.attachments.written": ("Skrevet til {path}.", "Written to {path}."),
    }
)
