"""What every command shares: the --db/--lang options, one-line errors, exit 2, and the
language of the help (``say``).

The help (``python -m app --help``, ``python -m app CMD --help``) and argparse's own
messages are in the user's language like every other text of the commands: bokmål,
or English with ``--lang en`` anywhere on the command line. A command module writes
each help text as ``say("bokmål", "English")``; ``use_language`` (called before the
parsers are built) decides which one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from app.domain.errors import DomainError, describe
from app.domain.explain import Lang
from app.storage.paths import default_database_path

_language: list[Literal["nb", "en"]] = ["nb"]

#: argparse's own texts (``usage:``, section titles, its error messages) in bokmål.
ARGPARSE_NB = {
    "usage: ": "bruk: ",
    "positional arguments": "argumenter",
    "options": "valg",
    "show this help message and exit": "vis denne hjelpen og avslutt",
    "%(prog)s: error: %(message)s\n": "%(prog)s: feil: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "expected one argument": "mangler en verdi",
    "expected at least one argument": "mangler minst én verdi",
    "expected at most one argument": "tar høyst én verdi",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ugyldig valg: %(value)r (velg blant %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ugyldig verdi: %(value)r",
    "the following arguments are required: %s": "disse argumentene må oppgis: %s",
    "unrecognized arguments: %s": "ukjente argumenter: %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydig valg: %(option)s kan bety %(matches)s"
    ),
    "one of the arguments %s is required": "ett av argumentene %s må oppgis",
    "not allowed with argument %s": "kan ikke brukes sammen med %s",
    "can't open '%(filename)s': %(error)s": "kan ikke åpne «%(filename)s»: %(error)s",
}


def use_language(lang: Literal["nb", "en"]) -> None:
    """The language of the help texts and of argparse's messages from now on."""
    _language[0] = lang
    argparse._ = _argparse_text  # type: ignore[attr-defined]  # argparse's gettext hook


def _argparse_text(text: str) -> str:
    return ARGPARSE_NB.get(text, text) if _language[0] == "nb" else text


def language_of(argv: list[str]) -> Literal["nb", "en"]:
    """``--lang en`` (or ``--lang=en``) anywhere in ``argv`` means English; else bokmål."""
    for i, token in enumerate(argv):
        if token == "--lang=en" or (token == "--lang" and argv[i + 1 : i + 2] == ["en"]):
            return "en"
    return "nb"


def say(nb: str, en: str) -> str:
    """A help text in the language of the command line (see ``use_language``)."""
    return nb if _language[0] == "nb" else en


def add_db_and_lang(parser: argparse.ArgumentParser, *, lang_help: str | None = None) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar=say("FIL", "FILE"),
        help=say(
            "databasefilen (standard: den i programmets datamappe)",
            "database file (default: the one in the application data folder)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=["nb", "en"],
        default="nb",
        help=lang_help or say("språk for meldinger og utdata", "language of messages and output"),
    )


def db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_database_path()


def fail(message: str) -> int:
    """Print one line to stderr; commands exit with status 2 on bad input or data."""
    print(message, file=sys.stderr)
    return 2


def error_text(exc: Exception, lang: Lang) -> str:
    """The user's one-line message for a known error; anything else is re-raised.

    Storage errors, unavailable letters and the like carry their own ``text(lang)``.
    """
    if isinstance(exc, (ValidationError, DomainError)):
        return describe(exc, lang)
    text = getattr(exc, "text", None)
    if callable(text):
        return text(lang)
    if isinstance(exc, OSError):
        return f"Filfeil: {exc}" if lang == "nb" else f"File error: {exc}"
    raise exc
