"""``calc``: every calculator without the GUI (RULES.md section 10).

    python -m app calc NAME --key value ...     one calculation, JSON on stdout
    python -m app calc --batch < cases.jsonl    one JSON object per line in and out

A bad input answers ``{"error": "..."}`` naming the field (exit status 2 in single
mode); batch mode answers every line, in order, and goes on.
"""

from __future__ import annotations

import argparse
import json
import sys
import typing
from datetime import date
from typing import Any, TextIO

from pydantic import ValidationError

from app.cli.common import say
from app.domain import calculators
from app.domain.errors import DomainError, describe
from app.domain.explain import Lang, register_texts, render, step


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "calc",
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
    parser.set_defaults(func=run, accepts_extra=True)


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
        if value[:1] in "[{":
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


def compute(name: str | None, data: dict[str, Any], lang: Lang) -> dict[str, Any]:
    """Answer one calculation as a JSON-ready dict: the result, or ``{"error": ...}``."""
    if not name:
        return {
            "error": render(step("err_cli_no_calc", known=", ".join(calculators.names())), lang)
        }
    if name not in calculators.names():
        text = render(
            step("err_cli_unknown", input=name, known=", ".join(calculators.names())), lang
        )
        return {"error": text}
    try:
        # RULES 10: an input left out that means "today" (sodvin_term's on) is today
        return calculators.get(name)(data, today=date.today()).to_json(lang)
    except (ValidationError, DomainError) as exc:
        return {"error": describe(exc, lang)}


def _emit(obj: dict[str, Any], out: TextIO) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()


def run_batch(lines: TextIO, out: TextIO, lang: Lang) -> int:
    failures = 0
    for line in lines:
        text = line.strip()
        answer: dict[str, Any]
        try:
            data = json.loads(text) if text else None
        except json.JSONDecodeError as exc:
            data = None
            answer = {"error": render(step("err_cli_bad_line", detail=exc.msg), lang)}
        else:
            if not isinstance(data, dict):
                answer = {"error": render(step("err_cli_not_object"), lang)}
                data = None
        if data is not None:
            data = dict(data)
            ident = data.pop("id", None)
            name = data.pop("calc", None) or data.pop("name", None)
            answer = compute(name, data, lang)
            if ident is not None:
                answer = {"id": ident, **answer}
        failures += "error" in answer
        _emit(answer, out)
    return 1 if failures else 0


def run(args: argparse.Namespace, extra: list[str]) -> int:
    lang: Lang = args.lang
    if args.batch:
        if args.name or extra:
            _emit({"error": render(step("err_cli_batch_args"), lang)}, sys.stdout)
            return 2
        return run_batch(sys.stdin, sys.stdout, lang)
    model = calculators.get(args.name).input_model if args.name in calculators.names() else None
    try:
        data = parse_pairs(model, extra) if model else {}
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
        "err_cli_batch_args": (
            "--batch leser alt fra standard inn; oppgi ingen kalkulator eller felter",
            "--batch reads everything from standard input; give no calculator or fields",
        ),
    }
)
