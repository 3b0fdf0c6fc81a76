"""What every command shares: the --db/--lang options, one-line errors, exit 2, and the
language of the help (``say``, from ``help_text``, re-exported here).
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from app.domain.bounds import FIRST_DAY, LAST_DAY, MAX_INT
from app.domain.errors import DomainError, describe
from app.domain.explain import Lang, phrase, register_texts
from app.storage.paths import default_data_dir, default_database_path

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


class OptionError(Exception):
    """A bad value of a command-line option; its text names the option as it is typed
    (``--today: …``), as every other rejection names its field."""

    def __init__(self, option: str, code: str, **values: object) -> None:
        super().__init__(f"{option}: {code}")
        self.option, self.code, self.values = option, code, values

    def text(self, lang: Lang = "nb") -> str:
        return f"{self.option}: {phrase(self.code, lang, **self.values)}"


def day_option(value: str | None, option: str) -> date | None:
    """The date an option names (``YYYY-MM-DD``), or None when it was not given.

    Within the dates the program computes with (``domain.bounds``: 1900-2200), the same
    bounds every record and calculator field has: beyond them a deadline list or a
    reminder would add days past year 9999 and fail with Python's OverflowError."""
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise OptionError(option, "cli.bad_date", value=value) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise OptionError(
            option, "err_date_range", input=day.isoformat(), first=FIRST_DAY, last=LAST_DAY
        )
    return day


def record_id(text: str) -> int:
    """An argparse ``type`` for a record's id: a whole number from 1 to ``bounds.MAX_INT``
    (SQLite stops at 2^63, with an OverflowError that is no answer)."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say(f"«{text}» er ikke et helt tall", f"'{text}' is not a whole number")
        ) from None
    if not 1 <= number <= MAX_INT:
        raise argparse.ArgumentTypeError(
            say(f"må være mellom 1 og {MAX_INT}", f"must be from 1 to {MAX_INT}")
        )
    return number


def error_text(exc: BaseException, lang: Lang) -> str:
    """The user's one-line message for an error.

    Storage errors, unavailable letters and the like carry their own ``text(lang)``.
    Anything else is a fault of the program, not of the input: one line naming it and
    the file its traceback was written to (``internal_error_text``), never a traceback
    on the user's screen.
    """
    if isinstance(exc, (ValidationError, DomainError)):
        return describe(exc, lang)
    text = getattr(exc, "text", None)
    if callable(text):
        return text(lang)
    if isinstance(exc, OSError):  # the one wording of an OS error (storage.errors)
        from app.storage.errors import file_problem

        return file_problem(exc).text(lang)
    return internal_error_text(exc, lang)


#: Where a command's unexpected error is described in full (in the data folder, beside
#: the database; the newest last). Decision: a file rather than the screen, so the user
#: meets one calm line, while the traceback a bug report needs is kept.
ERROR_LOG_NAME = "feillogg.txt"
#: The log is cut back to its newest half beyond this size.
ERROR_LOG_LIMIT = 1_000_000


def internal_error_text(exc: BaseException, lang: Lang) -> str:
    """One line for an error no check foresaw, its traceback appended to the error log.

    If the log cannot be written, the traceback goes to stderr instead: the details are
    never lost."""
    detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    detail = detail.splitlines()[-1][:200] if detail else type(exc).__name__
    log = default_data_dir() / ERROR_LOG_NAME
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        old = log.read_text(encoding="utf-8") if log.exists() else ""
        if len(old) > ERROR_LOG_LIMIT:
            old = old[-ERROR_LOG_LIMIT // 2 :]
        entry = (
            f"--- {datetime.now().astimezone().isoformat(timespec='seconds')} "
            f"{' '.join(sys.argv)}\n"
            + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        )
        log.write_text(old + entry, encoding="utf-8")
    except OSError:
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
        return phrase("cli.internal_error", lang, detail=detail)
    return phrase("cli.internal_error", lang, detail=detail) + phrase(
        "cli.internal_error_log", lang, path=str(log)
    )


register_texts(
    {
        "cli.bad_date": (
            "«{value}» er ikke en dato (ÅÅÅÅ-MM-DD)",
            "'{value}' is not a date (YYYY-MM-DD)",
        ),
        "cli.internal_error": (
            "Intern feil i programmet ({detail}).",
            "Internal error in the program ({detail}).",
        ),
        "cli.internal_error_log": (
            " Detaljene er skrevet til {path}; legg ved filen når du melder feilen.",
            " The details are written to {path}; attach the file when you report the error.",
        ),
    }
)


def true_as_number(model: type, data: Any, path: tuple[Any, ...] = ()) -> DomainError | None:
    """A JSON ``true``/``false`` where ``model`` has a number (``"units": true``), as the
    error naming its field, else None.

    Pydantic's lax mode reads a bool as 1 or 0, which is right for no input of a command:
    a script that writes ``true`` for a number has a bug that a silent 1 hides. The check
    is the JSON layer's (``calc`` lines and pairs, ``record`` --json), not the models',
    so forms (whose numbers come from number fields) and stored rows are read as before."""
    if (
        not isinstance(data, dict)
        or not isinstance(model, type)
        or not issubclass(model, BaseModel)
    ):
        return None
    for key, value in data.items():
        field = model.model_fields.get(key) if isinstance(key, str) else None
        if field is None:
            continue
        found = _true_in(field.annotation, value, (*path, key))
        if found is not None:
            return found
    return None


def _true_in(annotation: Any, value: Any, path: tuple[Any, ...]) -> DomainError | None:
    kinds = _kinds(annotation)
    if isinstance(value, bool):
        if bool in kinds or Any in kinds:
            return None
        field = ".".join(map(str, path))
        if int in kinds:
            return DomainError(field, "err_integer", input=json.dumps(value))
        if Decimal in kinds or float in kinds:
            return DomainError(field, "err_number", input=json.dumps(value))
        return None
    for kind in kinds:
        if isinstance(kind, type) and issubclass(kind, BaseModel) and isinstance(value, dict):
            found = true_as_number(kind, value, path)
            if found is not None:
                return found
    items = typing.get_args(annotation)
    if isinstance(value, (list, tuple)) and typing.get_origin(annotation) in (list, tuple):
        inner = items[0] if items else Any
        for index, item in enumerate(value):
            found = _true_in(inner, item, (*path, index))
            if found is not None:
                return found
    return None


def _kinds(annotation: Any) -> set[Any]:
    """The plain types an annotation allows (``int | None`` -> {int, NoneType})."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _kinds(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return set().union(*(_kinds(a) for a in typing.get_args(annotation)))
    return {annotation}
