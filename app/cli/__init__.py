"""Commands without the GUI: the same domain and storage layers, for scripts and tests.

Each command lives in its own module with ``add_parser(subparsers)``; the module sets
``func`` on its parser, which returns the exit status.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable
from typing import Any

from .help_text import language_of, say, use_language

# command name -> module under app.cli that defines it (the order of the help)
COMMANDS: dict[str, str] = {
    "calc": "calc",
    "demo": "data",
    "export": "data",
    "import": "data",
    "deadlines": "reports",
    "letter": "reports",
    "backups": "backups",
    "restore": "backups",
    "verify": "verify",
    "reminders": "reminders",
    "attach": "attachments",
    "attachments": "attachments",
    "attachment": "attachments",
    "server": "server",
    "sync": "sync",
    "conflicts": "sync",
    "record": "records",
}


#: The program's options that take a value (``ui.application``: add_program_options and
#: its hidden ``--today``); a test keeps this list equal to them. Needed to find the
#: command after them without loading Qt: in ``--db calc deadlines``, "calc" is a file.
PROGRAM_VALUE_OPTIONS = frozenset({"--db", "--lang", "--page", "--screenshot", "--today"})


def command_args(argv: list[str]) -> list[str] | None:
    """``argv`` with the command first, or None when it names no command (the program).

    The help's usage line puts the program's options before COMMAND, so
    ``--db FILE deadlines`` and ``--lang en calc --help`` mean what they say: options
    before the command are given to the command, after its own arguments (where a
    command's sub-command, as ``reminders ack``, reads them too). An option the command
    does not take is refused by the command's parser, naming it."""
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--":
            return None
        if token.startswith("-"):
            i += 2 if token in PROGRAM_VALUE_OPTIONS else 1  # ("--db=FILE" is one token)
            continue
        if token not in COMMANDS:
            return None
        before, after = argv[:i], argv[i + 1 :]
        if not before:
            return argv
        # before a "--" of the command's own (calc's pairs), else at the end
        cut = after.index("--") if "--" in after else len(after)
        return [token, *after[:cut], *before, *after[cut:]]
    return None


def build_parser(program_options: Callable[[Any], None] | None = None) -> argparse.ArgumentParser:
    """The commands' parser; with ``program_options`` (which adds the desktop program's
    options to a group) also the help of ``python -m app`` itself."""
    parser = argparse.ArgumentParser(
        prog="avtalevakt",
        description=say(
            "Avtalevakt: frister, tilgjengelighet og kompensasjon for avtalene til en "
            "servicedesk. Uten kommando starter programmet; med en kommando gjøres "
            "jobben uten vindu.",
            "Avtalevakt: deadlines, availability and compensation for a service desk's "
            "contracts. Without a command the program starts; with a command the job is "
            "done without a window.",
        ),
        epilog=say(
            "«avtalevakt KOMMANDO --help» viser valgene til en kommando. "
            "Legg til --lang en for engelsk.",
            "'avtalevakt COMMAND --help' shows the options of a command. "
            "Without --lang en the texts are in bokmål.",
        ),
    )
    if program_options is not None:
        program_options(
            parser.add_argument_group(
                say("programmet (uten kommando)", "the program (without a command)")
            )
        )
    sub = parser.add_subparsers(
        dest="command",
        required=program_options is None,
        title=say("kommandoer", "commands"),
        metavar=say("KOMMANDO", "COMMAND"),
    )
    for module_name in dict.fromkeys(COMMANDS.values()):
        importlib.import_module(f"app.cli.{module_name}").add_parser(sub)
    return parser


def print_help(argv: list[str], program_options: Callable[[Any], None]) -> int:
    """``python -m app --help``: the program's options and every command, in the user's
    language (bokmål; ``--lang en``)."""
    use_language(language_of(argv))
    build_parser(program_options).print_help()
    return 0


def run_command(argv: list[str]) -> int:
    if sys.stdout.encoding and sys.stdout.encoding.lower() not in ("utf-8", "utf8"):
        sys.stdout.reconfigure(encoding="utf-8")  # Windows consoles: JSON is UTF-8
    use_language(language_of(argv))
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and not getattr(args, "accepts_extra", False):
        parser.error(say("ukjente argumenter: ", "unrecognized arguments: ") + " ".join(extra))
    try:
        status = int(args.func(args, extra) or 0)
        sys.stdout.flush()
    except KeyboardInterrupt:
        return interrupted(reads_only=getattr(args, "reads_only", False))
    except BrokenPipeError:
        # The reader went away (`avtalevakt deadlines | head`): as other Unix tools, stop
        # quietly. Python would otherwise print a traceback when it flushes stdout at exit,
        # so stdout is pointed at the null device (the recipe in Python's signal docs).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141 if os.name == "posix" else 1  # 128 + SIGPIPE, as a shell reports it
    except Exception as exc:  # a fault no command foresaw: one line, details in the log
        from .common import fail, internal_error_text

        return fail(internal_error_text(exc, getattr(args, "lang", language_of(argv))))
    return status


def interrupted(*, reads_only: bool = False) -> int:
    """Ctrl-C: one line instead of Python's traceback, and 130 (128 + SIGINT), as a shell
    reports it. "The database is not changed" only where the command opens it read-only
    (``reads_only`` on its parser); a writer's transaction is rolled back, but a command
    may have finished some of its work before the key was pressed, so it says no more
    than that it stopped."""
    if reads_only:
        text = say("Avbrutt. Databasen er ikke endret.", "Interrupted. The database is unchanged.")
    else:
        text = say("Avbrutt.", "Interrupted.")
    print(text, file=sys.stderr)
    return 130
