"""Where the database lives by default: the user's application data folder.

Plain Python, so the CLI needs no Qt. The folders are those Qt's
``QStandardPaths.AppDataLocation`` gives an application named "Avtalevakt" without an
organisation name (the GUI may use Qt's own answer; the two agree):

- Windows: ``%APPDATA%\\Avtalevakt`` (the roaming profile)
- macOS: ``~/Library/Application Support/Avtalevakt``
- elsewhere: ``$XDG_DATA_HOME/Avtalevakt``, or ``~/.local/share/Avtalevakt``

(platformdirs would do the same but is not a dependency.)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "Avtalevakt"
DATABASE_FILE_NAME = "avtalevakt.sqlite"
#: The reminders' lead times (``storage.reminders``); the kept overview's key has its stamp.
REMINDER_SETTINGS_FILE_NAME = "reminders.json"


def default_data_dir() -> Path:
    """The application data folder (not created here; ``open_database`` creates it)."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA")
        root = Path(base) if base else Path.home() / "AppData" / "Roaming"
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME")
        # The XDG spec says a relative value is invalid and must be ignored.
        root = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return root / APP_DIR_NAME


def default_database_path() -> Path:
    return default_data_dir() / DATABASE_FILE_NAME
