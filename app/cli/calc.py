"""``calc``: every calculator without the GUI (RULES.md section 10).

    python -m app calc NAME --key value ...     one calculation, JSON on stdout
    python -m app calc --batch < cases.jsonl    one JSON object per line in and out
    python -m app calc NAME --contract ID [--db FILE] ...   with a stored contract's terms

``--contract ID`` computes with the terms the contract stores (its template or variant
and its overrides, closed days included), read from the database (``--db``, default the
program's own), so any date the program shows for that contract comes out the same here;
in ``--batch`` a line's ``"contract": ID`` does the same, from the database ``--db``
names. ``--db`` alone makes the database's template variants known (``--terms`` may then
name one). The database is only read.

A bad input answers ``{"error": "..."}`` naming the field (exit status 2 in single
mode); batch mode answers every line, in order, and goes on.
"""

from __future__ import annotations

import argparse
import json
import sys
import typing
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from app import clock
from app.cli.common import record_id, say, true_as_number
from app.domain import calculators
from app.domain.bounds import MAX_INT, bad_text
from app.domain.errors import DomainError, describe
from app.domain.explain import Lang, register_texts, render, step


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "calc",
        add_help=False,  # its own -h (``_CalcHelp``): with NAME, the calculator's keys
        help=say("kjør en kalkulator (svar i JSON)", "run a calculator (JSON out)"),
        description=say(
            "Kjør en kalkulator: calc NAVN --nøkkel verdi ...  eller  calc --batch < saker.jsonl",
            "Run a calculator: calc NAME --key value ...  or  calc --batch < cases.jsonl",
        ),
    )
    parser.add_argument(
        "name",
        nargs="?",
        metavar=say("NAVN", "NAME"),
        help=say("kalkulator: ", "calculator: ") + ", ".join(calculators.names()),
    )
    parser.add_argument(
        "--batch",
        action="store_true",
        help=say(
            "les ett JSON-objekt per linje fra standard inn",
            "read one JSON object per line from standard input",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=["nb", "en"],
        default="nb",
        help=say("språk for forklaringer og feil", "language of steps and errors"),
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar=say("FIL", "FILE"),
        help=say(
            "les avtaler og malvarianter fra denne databasen (bare lesing)",
            "read contracts and template variants from this database (read only)",
        ),
    )
    parser.add_argument(
        "--contract",
        type=record_id,
        default=None,
        metavar="ID",
        help=say(
            "regn med vilkårene til avtalen med denne id-en (mal, variant og avvik)",
            "compute with the terms of the contract with this id (template, variant, overrides)",
        ),
    )
    parser.add_argument(
        "-h",
        "--help",
        action=_CalcHelp,
        nargs=0,
        help=say(
            "vis denne hjelpen (med NAVN: kalkulatorens nøkler) og avslutt",
            "show this help (with NAME: the calculator's keys) and exit",
        ),
    )
    parser.set_defaults(func=run, accepts_extra=True, reads_only=True)


class _CalcHelp(argparse.Action):
    """``calc --help``, and after it, for ``calc NAME --help``, the keys NAME takes: the
    calculator's input model's fields (a key's name, its kind, required or from the
    contract's terms when left out)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: Any, *_args: Any) -> None:
        parser.print_help()
        name = getattr(namespace, "name", None)
        if name in calculators.names():
            print()
            print(calculator_keys(name))
        parser.exit()


def _kind_word(annotation: Any) -> str:
    """What a key takes, in words (``date | None`` → DATO, ``tuple[date, ...]`` → LISTE)."""
    import types
    import typing
    from datetime import date, datetime
    from decimal import Decimal

    kinds = [a for a in typing.get_args(annotation) if a is not type(None)] or [annotation]
    if typing.get_origin(annotation) not in (typing.Union, types.UnionType, None):
        kinds = [annotation]
    kind = kinds[0]
    if typing.get_origin(kind) in (list, tuple):
        return say("LISTE (JSON, eller med komma)", "LIST (JSON, or with commas)")
    words = {
        datetime: ("TIDSPUNKT", "DATETIME"),
        date: ("DATO", "DATE"),
        bool: ("true|false", "true|false"),
        int: ("HELTALL", "INTEGER"),
        Decimal: ("TALL", "NUMBER"),
        str: ("TEKST", "TEXT"),
    }
    for known, (nb, en) in words.items():
        if isinstance(kind, type) and issubclass(kind, known):
            return say(nb, en)
    return say("VERDI", "VALUE")


def calculator_keys(name: str) -> str:
    """The keys of calculator ``name``, one a line, as ``calc NAME --help`` shows them."""
    model = calculators.get(name).input_model
    lines = [say(f"nøkler for {name}:", f"keys of {name}:")]
    for field, info in model.model_fields.items():
        if field == "terms":
            continue
        key = "--" + field.replace("_", "-")
        if info.is_required():
            note = say("må oppgis", "required")
        elif field in model.from_terms:
            note = say("standard: avtalevilkårene", "default: the contract's terms")
        else:
            note = say("valgfri", "optional")
        lines.append(f"  {key} {_kind_word(info.annotation)}  ({note})")
    lines.append(
        "  --terms "
        + say("MAL eller JSON", "TEMPLATE or JSON")
        + "  ("
        + say(f"standard: {model.default_template}", f"default: {model.default_template}")
        + ")"
    )
    return "\n".join(lines)


class Contracts:
    """The stored contracts' terms, for ``--contract`` (and a batch line's ``contract``),
    read from a database opened read-only; opening it installs its template variants."""

    def __init__(self, path: Path | None) -> None:
        from app.storage.database import open_read_only
        from app.storage.repositories import Repositories

        from .common import db_path

        self.path = path if path is not None else db_path(argparse.Namespace(db=None))
        self.database = open_read_only(self.path)
        self.repos = Repositories(self.database)

    def terms(self, contract_id: Any, lang: Lang) -> dict[str, Any]:
        """The contract's terms as ``calc`` takes them; DomainError ``contract`` if none."""
        if (
            isinstance(contract_id, bool)
            or not isinstance(contract_id, int)
            or not 1 <= contract_id <= MAX_INT  # (SQLite: OverflowError beyond 2^63)
        ):
            raise DomainError("contract", "err_cli_contract_id", input=_shown(contract_id))
        try:
            contract = self.repos.contracts.get(contract_id)
        except KeyError:
            raise DomainError(
                "contract", "err_cli_no_contract", id=contract_id, db=str(self.path)
            ) from None
        return {"template": contract.template, "overrides": dict(contract.overrides)}

    def close(self) -> None:
        self.database.close()


def with_contract(
    data: dict[str, Any], contract_id: Any, contracts: Contracts | None, lang: Lang
) -> dict[str, Any]:
    """``data`` with the stored contract's terms (an explicit ``terms`` is refused beside
    it: two answers to one question)."""
    if contract_id is None:
        return data
    if contracts is None:
        # only a batch line gets here (a single calculation's --contract opens the
        # database, its default one if no --db), and --contract is refused with --batch:
        # what works is --db beside --batch. (Decision: a batch does not open the
        # program's own database unasked, as a line would otherwise read a file the
        # command line never named.)
        raise DomainError("contract", "err_cli_contract_no_db")
    if "terms" in data:
        raise DomainError("terms", "err_cli_terms_and_contract")
    return {**data, "terms": contracts.terms(contract_id, lang)}


def _is_sequence_field(model: type, key: str) -> bool:
    field = model.model_fields.get(key)
    if field is None:
        return False
    origin = typing.get_origin(field.annotation)
    return origin in (list, tuple)


def parse_pairs(model: type, extra: list[str]) -> dict[str, Any]:
    """``--some-key value`` pairs into a dict; JSON values for lists and objects."""
    data: dict[str, Any] = {}
    i = 0
    while i < len(extra):
        token = extra[i]
        if not token.startswith("--"):
            raise DomainError(token, "err_cli_token")
        key, eq, inline = token[2:].partition("=")
        key = key.replace("-", "_")
        if eq:
            value, i = inline, i + 1
        elif i + 1 < len(extra) and not extra[i + 1].startswith("--"):
            value, i = extra[i + 1], i + 2
        else:
            raise DomainError(key, "err_cli_value")
        parsed: Any = value
        if not value.strip():  # ("" is in any string: it would be taken for JSON)
            raise DomainError(key, "err_cli_empty")
        if value[:1] in ("[", "{"):
            try:
                parsed = json.loads(value)
            except json.JSONDecodeError:
                raise DomainError(key, "err_cli_json") from None
        elif _is_sequence_field(model, key):
            parsed = [part.strip() for part in value.split(",") if part.strip()]
        if key in data:
            raise DomainError(key, "err_cli_twice")
        data[key] = parsed
    return data


def compute(name: Any, data: dict[str, Any], lang: Lang) -> dict[str, Any]:
    """Answer one calculation as a JSON-ready dict: the result, or ``{"error": ...}``.

    Never raises: an input no check foresaw still gets one answer, an ``internal`` error
    that says what happened (issue 12 item 5: a traceback ended the whole batch)."""
    known = calculators.names()
    if not name:
        return {"error": render(step("err_cli_no_calc", known=", ".join(known)), lang)}
    if not isinstance(name, str) or name not in known:
        text = render(step("err_cli_unknown", input=_shown(name), known=", ".join(known)), lang)
        return {"error": text}
    found = bad_text(data)
    if found is not None:  # pydantic cannot even read such text
        path, char = found
        problem = DomainError(".".join(map(str, path)), "err_bad_character", char=char)
        return {"error": problem.text(lang)}
    huge = _huge(data)
    if huge is not None:
        return {"error": DomainError(".".join(map(str, huge)), "err_cli_exponent").text(lang)}
    wrong = true_as_number(calculators.get(name).input_model, data)
    if wrong is not None:  # JSON true for a number: pydantic would read it as 1
        return {"error": wrong.text(lang)}
    try:
        # RULES 10: an input left out that means "today" (sodvin_term's on) is today
        return calculators.get(name)(data, today=clock.today()).to_json(lang)
    except (ValidationError, DomainError) as exc:
        return {"error": describe(exc, lang)}
    except (ArithmeticError, ValueError, OverflowError, RecursionError) as exc:
        # a value no input check knew to refuse: still one answer, naming the calculator
        return {
            "error": render(
                step("err_cli_internal", calc=name, detail=f"{type(exc).__name__}: {exc}"[:200]),
                lang,
            )
        }


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= 60 else text[:57] + "…"


#: An integer in a batch line with more digits than this is refused (Python itself stops
#: at 4 300 digits, with an error that is no answer).
MAX_DIGITS = 40


class _LineError(ValueError):
    def __init__(self, code: str, **values: Any) -> None:
        self.code, self.values = code, values
        super().__init__(code)


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _LineError("err_cli_digits", limit=MAX_DIGITS)
    return int(text)


def _decimal(text: str) -> Decimal:
    """A JSON number with a fraction or exponent, exactly (never a binary float)."""
    if len(text) > MAX_DIGITS + 10:
        raise _LineError("err_cli_digits", limit=MAX_DIGITS)
    return Decimal(text)


def _huge(value: Any, path: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
    """The path of a number beyond 1e±30 in the line's data (1e999999 would otherwise
    become a million-digit integer in an integer field before any check sees it)."""
    if isinstance(value, Decimal):
        return path if value and not -30 <= value.adjusted() <= 30 else None
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    for key, item in items:
        found = _huge(item, (*path, key))
        if found is not None:
            return found
    return None


def _no_constant(text: str) -> Any:
    raise _LineError("err_cli_constant", input=text)


def parse_line(text: str) -> Any:
    """One batch line as JSON: decimals exact (``Decimal``, never binary floats), no
    NaN or Infinity, no integer longer than ``MAX_DIGITS``."""
    return json.loads(text, parse_float=_decimal, parse_int=_int, parse_constant=_no_constant)


def _plain(value: Any) -> Any:
    """What ``json.dumps`` cannot write (a Decimal echoed as an ``id``) as JSON values."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return str(value)


def _emit(obj: dict[str, Any], out: TextIO) -> None:
    try:
        text = json.dumps(obj, ensure_ascii=False, default=_plain)
        text.encode("utf-8")
    except (UnicodeEncodeError, ValueError, RecursionError):
        # a lone surrogate (\ud800) cannot be written as UTF-8: escaped, as JSON allows
        text = json.dumps(obj, ensure_ascii=True, default=_plain)
    out.write(text + "\n")
    out.flush()


def answer_line(raw: bytes | str, lang: Lang, contracts: Contracts | None = None) -> dict[str, Any]:
    """The answer to one line of a batch (bytes as read from standard input)."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            return {"error": render(step("err_cli_not_utf8"), lang)}
    text = raw.strip().removeprefix("\ufeff").strip()  # a byte-order mark (Windows editors)
    try:
        data = parse_line(text) if text else None
    except json.JSONDecodeError as exc:
        return {"error": render(step("err_cli_bad_line", detail=exc.msg), lang)}
    except _LineError as exc:
        return {"error": render(step(exc.code, **exc.values), lang)}
    except RecursionError:
        return {"error": render(step("err_cli_nested"), lang)}
    except ValueError as exc:
        return {"error": render(step("err_cli_bad_line", detail=str(exc)[:100]), lang)}
    if not isinstance(data, dict):
        return {"error": render(step("err_cli_not_object"), lang)}
    data = dict(data)
    ident = data.pop("id", None)
    name = data.pop("calc", None) or data.pop("name", None)
    try:
        data = with_contract(data, data.pop("contract", None), contracts, lang)
    except DomainError as exc:
        answer = {"error": exc.text(lang)}
    else:
        answer = compute(name, data, lang)
    return answer if ident is None else {"id": ident, **answer}


def run_batch(
    lines: Iterable[bytes | str], out: TextIO, lang: Lang, contracts: Contracts | None = None
) -> int:
    """Every line gets exactly one answer line, in order; 1 if any failed, else 0."""
    failures = 0
    for line in lines:
        answer = answer_line(line, lang, contracts)
        failures += "error" in answer
        _emit(answer, out)
    return 1 if failures else 0


def run(args: argparse.Namespace, extra: list[str]) -> int:
    lang: Lang = args.lang
    contracts: Contracts | None = None
    if args.db is not None or args.contract is not None:
        from .common import error_text

        try:
            contracts = Contracts(args.db)
        except Exception as exc:  # a missing, damaged or foreign file: one answer
            _emit({"error": f"--db: {error_text(exc, lang)}"}, sys.stdout)
            return 2
    try:
        return _run(args, extra, lang, contracts)
    finally:
        if contracts is not None:
            contracts.close()


def _run(
    args: argparse.Namespace, extra: list[str], lang: Lang, contracts: Contracts | None
) -> int:
    if args.batch:
        if args.name or extra or args.contract is not None:
            _emit({"error": render(step("err_cli_batch_args"), lang)}, sys.stdout)
            return 2
        return run_batch(sys.stdin.buffer, sys.stdout, lang, contracts)
    model = calculators.get(args.name).input_model if args.name in calculators.names() else None
    try:
        data = parse_pairs(model, extra) if model else {}
        data = with_contract(data, args.contract, contracts, lang)
    except DomainError as exc:
        _emit({"error": exc.text(lang)}, sys.stdout)
        return 2
    answer = compute(args.name, data, lang)
    _emit(answer, sys.stdout)
    return 2 if "error" in answer else 0


register_texts(
    {
        "err_cli_token": ("forventet --nøkkel verdi", "expected --key value"),
        "err_cli_value": ("mangler verdi", "has no value"),
        "err_cli_empty": ("verdien er tom", "the value is empty"),
        "err_cli_json": ("ugyldig JSON", "invalid JSON"),
        "err_cli_twice": ("oppgitt to ganger", "given twice"),
        "err_cli_no_calc": (
            "calc: oppgi en kalkulator ({known})",
            "calc: name a calculator ({known})",
        ),
        "err_cli_unknown": (
            "calc: ukjent kalkulator «{input}» (kjente: {known})",
            "calc: unknown calculator '{input}' (known: {known})",
        ),
        "err_cli_bad_line": (
            "linjen er ikke gyldig JSON: {detail}",
            "the line is not valid JSON: {detail}",
        ),
        "err_cli_not_object": ("linjen må være et JSON-objekt", "the line must be a JSON object"),
        "err_cli_not_utf8": ("linjen er ikke gyldig UTF-8", "the line is not valid UTF-8"),
        "err_cli_digits": (
            "et tall i linjen har for mange sifre (høyst {limit})",
            "a number in the line has too many digits (at most {limit})",
        ),
        "err_cli_constant": (
            "{input} er ikke et tall (bruk en desimaltekst)",
            "{input} is not a number (use a decimal string)",
        ),
        "err_cli_nested": ("linjen er for dypt nestet", "the line is nested too deeply"),
        "err_cli_exponent": (
            "tallet er utenfor det programmet regner med (høyst 30 sifre foran eller bak kommaet)",
            "the number is outside what the program computes with (at most 30 digits either side of the point)",
        ),
        "err_cli_internal": (
            "calc {calc}: uventet feil, ingenting er regnet ut ({detail}); meld gjerne fra",
            "calc {calc}: unexpected error, nothing was computed ({detail}); please report it",
        ),
        "err_cli_batch_args": (
            '--batch leser alt fra standard inn; oppgi ingen kalkulator, felter eller --contract (bruk "contract" i linjen)',
            '--batch reads everything from standard input; give no calculator, fields or --contract (use "contract" in the line)',
        ),
        "err_cli_no_contract": (
            "ingen avtale med id {id} i {db}",
            "no contract with id {id} in {db}",
        ),
        "err_cli_contract_id": (
            "må være en avtales id (et heltall), fikk «{input}»",
            "must be a contract's id (a whole number), got '{input}'",
        ),
        "err_cli_contract_no_db": (
            "en avtale leses fra en database: kjør calc --batch med --db FIL",
            "a contract is read from a database: run calc --batch with --db FILE",
        ),
        "err_cli_terms_and_contract": (
            "oppgi enten terms eller avtalen, ikke begge",
            "give either terms or the contract, not both",
        ),
    }
)
