"""What every command shares: the --db/--lang options, one-line errors, exit 2, and the
language of the help (``say``, from ``help_text``, re-exported here).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pydantic import ValidationError

from app.domain.errors import DomainError, describe
from app.domain.explain import Lang, phrase, register_texts
from app.storage.paths import default_database_path

# the language of the help, kept where the desktop program can use it without pydantic
from .help_text import ARGPARSE_NB, language_of, say, use_language  # noqa: F401


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
        return phrase("cli.file_error", lang, error=str(exc))
    raise exc


register_texts({"cli.file_error": ("Filfeil: {error}", "File error: {error}")})
