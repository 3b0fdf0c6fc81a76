"""Commands without the GUI: the same domain and storage layers, for scripts and tests.

Each command lives in its own module with ``add_parser(subparsers)``; the module sets
``func`` on its parser, which returns the exit status.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

# command name -> module under app.cli that defines it
COMMANDS: dict[str, str] = {
    "calc": "calc",
    "demo": "data",
    "export": "data",
    "import": "data",
    "deadlines": "reports",
    "letter": "reports",
    "server": "server",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="avtalevakt", description="Avtalevakt commands")
    sub = parser.add_subparsers(dest="command", required=True)
    for module_name in dict.fromkeys(COMMANDS.values()):
        importlib.import_module(f"app.cli.{module_name}").add_parser(sub)
    return parser


def run_command(argv: list[str]) -> int:
    if sys.stdout.encoding and sys.stdout.encoding.lower() not in ("utf-8", "utf8"):
        sys.stdout.reconfigure(encoding="utf-8")  # Windows consoles: JSON is UTF-8
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and not getattr(args, "accepts_extra", False):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        status = int(args.func(args, extra) or 0)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`avtalevakt deadlines | head`): as other Unix tools, stop
        # quietly. Python would otherwise print a traceback when it flushes stdout at exit,
        # so stdout is pointed at the null device (the recipe in Python's signal docs).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141 if os.name == "posix" else 1  # 128 + SIGPIPE, as a shell reports it
    return status
