"""The language of the help (``python -m app --help``, ``python -m app CMD --help``).

The help and argparse's own messages are in the user's language like every other text
of the commands: bokmål, or English with ``--lang en`` anywhere on the command line. A
command module writes each help text as ``say("bokmål", "English")``; ``use_language``
(called before the parsers are built) decides which one.

Standard library only: the desktop program's own options use it before its window
paints, when nothing of pydantic or the domain is loaded yet (issue 16).
"""

from __future__ import annotations

import argparse
from typing import Literal

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
