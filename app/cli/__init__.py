"""Commands without the GUI: the same domain and storage layers, for scripts and tests.

Each command lives in its own module with ``add_parser(subparsers)``; the module sets
``func`` on its parser, which returns the exit status.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# command name -> module under app.cli that defines it
COMMANDS: dict[str, str] = {
    "calc": "calc",
    "demo": "data",
    "export": "data",
    "import": "data",
    "deadlines": "reports",
    "letter": "reports",
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
    return int(args.func(args, extra) or 0)
