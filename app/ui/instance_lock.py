"""One running program per database file: the lock beside it (``desk.sqlite.lock``).

The choice (issue 7): a second instance on the same file **refuses to start**, with a
message that names the file and says it is already open (bokmål or English), and
leaves the file alone. SQLite would keep the file consistent with two writers (WAL,
``BEGIN IMMEDIATE``), but two windows on one desk show each other's changes only on
refresh, so the same complaint or termination would be edited twice from stale
screens; a read-only second window would need a read-only mode in every page. A
clear refusal is simple and safe.

The lock itself is ``app.storage.lock`` (an operating-system lock, freed with the
process, so a crashed program's lock is never stale), the same one the commands that
replace content (``import``, ``demo``, ``restore``) take: they refuse while the
program has the file open (issue 12 item 8).
"""

from __future__ import annotations

from pathlib import Path

from app.domain.explain import phrase, register_texts
from app.storage.lock import DatabaseLock, lock_path, read_holder, try_acquire

from .i18n import Lang

__all__ = ["acquire", "lock_path", "refusal"]

register_texts(
    {
        "instance_lock.refusal": (
            "Databasen {path} er allerede åpen i Avtalevakt ({who}).\n\n"
            "Bruk vinduet som er åpent, eller lukk det og start på nytt. Ingenting er endret.",
            "The database {path} is already open in Avtalevakt ({who}).\n\n"
            "Use the window that is open, or close it and start again. Nothing has been changed.",
        )
    }
)


def acquire(db_path: Path | str) -> DatabaseLock | None:
    """The lock of ``db_path`` for this program, or None when another one holds it.

    Keep the returned object for as long as the database is open (``unlock()`` at exit).
    Raises ``LockUnavailable`` when no lock file can be made (a read-only folder, a
    full disk): the caller reports that, not "already open".
    """
    return try_acquire(db_path, purpose="program")


def refusal(db_path: Path | str, lang: Lang = "nb") -> str:
    """Why a second instance does not start, naming the file and who holds it."""
    holder = read_holder(db_path)
    who = holder.text(lang) if holder is not None else "?"
    return phrase("instance_lock.refusal", lang, path=str(db_path), who=who)
