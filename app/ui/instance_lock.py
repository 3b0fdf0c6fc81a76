"""One running program per database file: a ``QLockFile`` beside it (``desk.sqlite.lock``).

The choice (issue 7): a second instance on the same file **refuses to start**, with a
message that names the file and says it is already open (bokmål or English), and
leaves the file alone. SQLite would keep the file consistent with two writers (WAL,
``BEGIN IMMEDIATE``), but two windows on one desk show each other's changes only on
refresh, so the same complaint or termination would be edited twice from stale
screens; a read-only second window would need a read-only mode in every page. A
clear refusal is simple and safe. A lock left by a crashed program is taken over:
``QLockFile`` sees that the process that wrote it is gone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from .i18n import Lang

MESSAGES = {
    "nb": (
        "Databasen {path} er allerede åpen i Avtalevakt (program-ID {pid} på {host}).\n\n"
        "Bruk vinduet som er åpent, eller lukk det og start på nytt. Ingenting er endret."
    ),
    "en": (
        "The database {path} is already open in Avtalevakt (process {pid} on {host}).\n\n"
        "Use the window that is open, or close it and start again. Nothing has been changed."
    ),
}


def lock_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def acquire(db_path: Path | str) -> QLockFile | None:
    """The lock of ``db_path`` for this process, or None when another program holds it.

    Keep the returned object for as long as the database is open (unlock at exit).
    """
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
    if lock.tryLock(0):
        return lock
    return None


def refusal(db_path: Path | str, lang: Lang = "nb") -> str:
    """Why a second instance does not start, naming the file and who holds it."""
    holder = QLockFile(str(lock_path(db_path)))
    info = holder.getLockInfo()  # PySide6: (pid, host, application), or a bool when unreadable
    pid, host = (info[0], info[1]) if isinstance(info, tuple) and len(info) >= 2 else ("?", "?")
    return MESSAGES[lang].format(path=db_path, pid=pid, host=host)
