"""``record``: add, change and read records without the GUI (scripts, integrations).

    python -m app record add TABLE --db FILE --json '{"field": value, ...}'
    python -m app record update TABLE ID --db FILE --json '{"field": value}'
    python -m app record get TABLE ID --db FILE
    python -m app record list TABLE --db FILE [--json]

TABLE is one of ``customers``, ``contracts``, ``incidents``, ``complaints``,
``delivery_notices``, ``terminations``. Values are JSON in the export's form (dates
``YYYY-MM-DD``, times with their offset, amounts as decimal strings, references as this
file's ids). Each write is validated by the record's model, as the forms are (the same
messages; exit 2, nothing written), and stored through the repositories, so it is in
the history and queued for the shared server like a save in a form. ``add`` and
``update`` print the record as stored.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.common import (
    add_db_and_lang,
    db_path,
    error_text,
    fail,
    record_id,
    say,
    true_as_number,
)
from app.domain.explain import Lang, phrase, register_texts

TABLES = ("customers", "contracts", "incidents", "complaints", "delivery_notices", "terminations")


def _json_option(parser: argparse.ArgumentParser, text: str) -> None:
    parser.add_argument("--json", required=True, dest="data", metavar="JSON", help=text)


def _table(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "table",
        choices=TABLES,
        metavar=say("TABELL", "TABLE"),
        help=say("postens tabell: ", "the record's table: ") + ", ".join(TABLES),
    )


def add_parser(sub: argparse._SubParsersAction) -> None:
    record = sub.add_parser(
        "record", help=say("legg til, endre eller les poster", "add, change or read records")
    )
    # metavars, so that argparse's "must be given" names what the usage line shows
    verbs = record.add_subparsers(
        dest="verb",
        required=True,
        metavar=say("HANDLING", "ACTION"),
        title=say("handlinger", "actions"),
    )
    add = verbs.add_parser("add", help=say("lagre en ny post", "store a new record"))
    _table(add)
    _json_option(add, say("postens felter som JSON", "the record's fields as JSON"))
    update = verbs.add_parser(
        "update", help=say("endre felter i en post", "change fields of a record")
    )
    _table(update)
    update.add_argument("id", type=record_id, metavar="ID")
    _json_option(update, say("feltene som skal endres, som JSON", "the fields to change, as JSON"))
    get = verbs.add_parser("get", help=say("skriv én post som JSON", "print one record as JSON"))
    _table(get)
    get.add_argument("id", type=record_id, metavar="ID")
    listing = verbs.add_parser(
        "list", help=say("vis postene i en tabell", "list the records of a table")
    )
    _table(listing)
    listing.add_argument("--json", action="store_true", help=say("skriv JSON", "print JSON"))
    for parser, func in ((add, run_add), (update, run_update), (get, run_get), (listing, run_list)):
        add_db_and_lang(parser, lang_help=say("språk for meldinger", "language of messages"))
        parser.set_defaults(func=func)


def _parse(text: str, lang: Lang) -> dict[str, Any] | str:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return phrase("cli.records.not_json", lang, error=exc.msg)
    if not isinstance(data, dict):
        return phrase("cli.records.not_object", lang)
    return data


def _no_true_as_number(model: type, data: dict[str, Any]) -> None:
    """JSON ``true`` for a number is refused (pydantic would store it as 1)."""
    problem = true_as_number(model, data)
    if problem is not None:
        raise problem


def _print(record: Any) -> None:
    from app.storage.codec import record_json

    print(json.dumps(record_json(record), ensure_ascii=False))


def _open(args: argparse.Namespace, *, write: bool):
    from app.storage.database import open_database
    from app.storage.repositories import Repositories

    database = open_database(db_path(args), backup=False, create=False)
    return database, Repositories(database).repository(args.table)


def _check_rules(repo: Any, data: dict[str, Any]) -> None:
    """What a contract's rules refuse when a record is entered, as the form refuses it
    (issue 11): a planned deletion OC 5.3 does not allow raises ``DomainError`` naming
    the field. (One already stored, or made so by a later change of the contract's
    terms, is shown everywhere as a problem to correct.)"""
    if repo.spec.table != "terminations":
        return
    from app.domain import termination as tm
    from app.storage.errors import NotFound

    record = repo.model.model_validate(data)
    try:
        contract = repo.repos.contracts.get(record.contract_id)
    except NotFound:
        return  # the write refuses the reference, naming it
    tm.check_termination(record, terms=contract.terms(), ordinary_start=contract.ordinary_start)


def run_add(args: argparse.Namespace, extra: list[str]) -> int:
    lang: Lang = args.lang
    data = _parse(args.data, lang)
    if isinstance(data, str):
        return fail(data)
    try:
        database, repo = _open(args, write=True)
        with database:
            _no_true_as_number(repo.model, data)
            _check_rules(repo, data)
            stored = repo.add(data)
    except Exception as exc:
        return fail(error_text(exc, lang))
    _print(stored)
    return 0


def run_update(args: argparse.Namespace, extra: list[str]) -> int:
    lang: Lang = args.lang
    data = _parse(args.data, lang)
    if isinstance(data, str):
        return fail(data)
    fixed = sorted({"id", "uid", "version"} & set(data))
    if fixed:
        return fail(phrase("cli.records.fixed", lang, field=fixed[0]))
    try:
        database, repo = _open(args, write=True)
        with database:
            _no_true_as_number(repo.model, data)
            current = repo.get(args.id)
            _check_rules(repo, {**current.model_dump(), **data})
            stored = repo.update({**current.model_dump(), **data})
    except Exception as exc:
        return fail(error_text(exc, lang))
    _print(stored)
    return 0


def run_get(args: argparse.Namespace, extra: list[str]) -> int:
    try:
        database, repo = _open(args, write=False)
        with database:
            found = repo.get(args.id)
    except Exception as exc:
        return fail(error_text(exc, args.lang))
    _print(found)
    return 0


def run_list(args: argparse.Namespace, extra: list[str]) -> int:
    from app.storage.codec import record_json

    try:
        database, repo = _open(args, write=False)
        with database:
            found = repo.all()
    except Exception as exc:
        return fail(error_text(exc, args.lang))
    if args.json:
        print(json.dumps([record_json(r) for r in found], ensure_ascii=False))
        return 0
    for record in found:
        data = record_json(record)
        label = next(
            (data[k] for k in ("name", "title", "nature", "cause", "from_contact") if data.get(k)),
            "",
        )
        print(f"{record.id}\t{label}")
    return 0


register_texts(
    {
        "cli.records.not_json": ("--json: ugyldig JSON ({error})", "--json: not JSON ({error})"),
        "cli.records.not_object": (
            "--json: må være et objekt {{…}}",
            "--json: must be an object {{…}}",
        ),
        "cli.records.fixed": ("{field}: kan ikke endres", "{field}: cannot be changed"),
    }
)
