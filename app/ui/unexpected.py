"""An error no check foresaw (a bug), met by the window: said in one calm message and
written in full to the error log, as the commands do (``cli.common.internal_error_text``).

Without this, Python's error in a slot or an event handler went to the terminal only,
which a service-desk user never sees: the window went on as if nothing had happened, or
waited for a step that had failed. The program goes on after the message (a save is one
transaction: what was saved is in the database, a save that failed left it as it was).

Each distinct error (its kind, text and the line it came from) is logged and said once
per run: an error in a table's paint comes again at every repaint, and a box at each
would lock the window. While one message is open, others are only logged.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

_seen: set[tuple[str, str, str]] = set()
_showing = False


def install() -> None:
    """Route unexpected errors of the window's run to ``report`` (``run_gui``)."""
    sys.excepthook = _hook


def _hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    report(error.with_traceback(tb))


def _where(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""


def report(error: BaseException, parent: Any = None, *, goes_on: bool = True) -> str | None:
    """Log ``error`` and say it, once per run; returns the error's line (None: said
    before). ``goes_on``: the message adds that the program goes on (not for a start
    that ends because of it)."""
    global _showing
    key = (type(error).__name__, str(error)[:200], _where(error))
    if key in _seen:
        return None
    _seen.add(key)
    try:
        from app.cli.common import internal_error_text

        from .i18n import lang

        text = internal_error_text(error, lang())
    except Exception:  # noqa: BLE001 - never an error about the error
        traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
        return None
    if _showing or QApplication.instance() is None:
        return text
    _showing = True
    shown = text
    if goes_on:
        shown += "\n\n" + QCoreApplication.translate(
            "Application",
            "The program goes on. What was saved is in the database; a save that "
            "failed changed nothing.",
        )
    try:
        QMessageBox.critical(
            parent or QApplication.activeWindow(),
            QCoreApplication.translate("Application", "Avtalevakt"),
            shown,
        )
    finally:
        _showing = False
    return text
