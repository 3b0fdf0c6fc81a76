"""The overview as the program last computed it, kept so the next start can show it at once.

At a start the deadlines reach the screen only after Python has loaded the domain (the
models, ``holidays``, the reports) and computed the overview: most of the start's time
(``bench/RESULTS.md``). But a service desk starts the program on the same file most
days, and usually nothing changed since it last ran. So each time the overview page
shows a freshly computed overview it keeps what its first screen shows (the counts and
the first rows' texts, ``deadlines_report.snapshot``) in the data folder, and computes
the coming days' ahead of them, 20 s later while nobody works in the window (so the morning's
first start finds its day). The next start reads it with nothing but ``sqlite3`` and
``json`` and shows it right after the first paint, while the file is checked and the
overview computed again as before, which then replaces it.

It is never a second computation: every text in it was made by the overview's own
functions, and it is shown only for exactly the inputs it was made from:

- **the day** and **the language** it was made for;
- **the program** (``program_key``: its version and, run from source, the files of the
  ``app`` package, its translations and ``holidays``' version and Norway's rules; a
  packaged build: its executable);
- **the records** (``records_key``): the schema version, the file's identity, the
  history chain's seal and head and its last entry (every change of a record is written
  with its history entry, in the same transaction: ``storage.repositories``), and the
  last id of every table with an ``id`` key (a row added or removed outside the history, as
  ``bench/generate.py`` does, changes it too). A change of a record that bypassed the
  history (a hand edit, which ``verify`` reports) is the one case it can miss; the fresh
  overview replaces it a moment later, in the same start;
- **the reminders' lead times** (the stamp of ``reminders.json``, which the "Påminnelse"
  column's texts depend on; who saw or snoozed a reminder is a record, above).

An entry is stored only when the records' key was the same before and after the
overview was read (a change in between would make it a mix), and the file keeps only
entries of the records' newest key and of today or later. The file is the data
folder's ``overview/<hash of the database's path>.json``, written whole to a temporary
file and renamed over the old one; a file that cannot be read or written is ignored (it
only ever saves time). Each write removes the files of databases no longer there (a
deleted or moved file's customers do not stay behind). Nothing is kept for a database
opened read-only (screenshots).

Why not in the database itself: a table there would raise the schema's version, which
the sharing server treats as the data format (every other PC would have to upgrade
before its next sync, ``sync.server.functions.check_client``) and which export files
carry, for something that is not data.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import sys
import threading
from pathlib import Path
from typing import Any

from .paths import REMINDER_SETTINGS_FILE_NAME, default_data_dir

#: The file's format; a file of another is not read (and is replaced when written).
FORMAT = 1

#: Every table of the file with an ``id`` key: its last id is part of the records' key
#: (``records_key``), read from the file's own schema, so a table added later counts too.
_ID_TABLES = (
    "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) p"
    " WHERE m.type = 'table' AND p.name = 'id' AND p.pk = 1 ORDER BY m.name"
)

_PROGRAM_KEY: str | None = None

# ``store`` reads, merges and replaces the file: one at a time (the page keeps today's
# overview and the coming days' on the worker, which may overlap)
_STORING = threading.Lock()


def program_key() -> str:
    """What identifies the program that computes the overview: a new version, a changed
    source file or another ``holidays`` makes a new key, so an older program's overview
    is never shown by a newer one."""
    global _PROGRAM_KEY
    if _PROGRAM_KEY is None:
        from app import __version__

        parts: list[Any] = [__version__, sys.version]
        if getattr(sys, "frozen", False):
            stat = os.stat(sys.executable)
            parts.append((sys.executable, stat.st_size, stat.st_mtime_ns))
        else:
            import importlib.util

            for folder, dirs, files in os.walk(Path(__file__).resolve().parent.parent):
                dirs[:] = sorted(d for d in dirs if d != "__pycache__")
                for name in sorted(files):
                    if name.endswith(".py"):
                        stat = os.stat(os.path.join(folder, name))
                        parts.append((folder, name, stat.st_size, stat.st_mtime_ns))
            # the translations (the date line's words are Qt's, from them)
            from app.resources import resource_path

            with contextlib.suppress(OSError):
                for file in sorted(resource_path("translations").glob("*.qm")):
                    stat = file.stat()
                    parts.append((file.name, stat.st_size, stat.st_mtime_ns))
            # holidays: its version and Norway's rules (a reinstall gives new times; its
            # other 400 files are not walked at every start)
            spec = importlib.util.find_spec("holidays")
            if spec is not None and spec.origin:
                package = Path(spec.origin).parent
                for name in ("__init__.py", "version.py", "countries/norway.py"):
                    with contextlib.suppress(OSError):
                        stat = os.stat(package / name)
                        parts.append((name, stat.st_size, stat.st_mtime_ns))
        _PROGRAM_KEY = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    return _PROGRAM_KEY


def records_key(conn: sqlite3.Connection) -> str | None:
    """The key of the records in ``conn``'s database as they are now, with the stamp of
    the reminders' lead times (see the module's docstring), or None for a file without
    the history's tables (an older schema, or not ours): nothing is kept or shown for it."""
    try:
        parts: list[Any] = [conn.execute("PRAGMA user_version").fetchone()[0]]
        parts.append(conn.execute("SELECT key, value FROM meta ORDER BY key").fetchall())
        tables = [row[0] for row in conn.execute(_ID_TABLES)]
        if "history" not in tables:
            return None  # an older schema, or not ours
        for table in tables:  # (the history's last entry among them)
            parts.append((table, conn.execute(f'SELECT max(id) FROM "{table}"').fetchone()[0]))
    except sqlite3.Error:
        return None
    parts.append(_stamp(default_data_dir() / REMINDER_SETTINGS_FILE_NAME))
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


def _stamp(file: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(file)
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def records_key_of(path: Path | str) -> str | None:
    """``records_key`` of the file at ``path``, read on a connection that only reads (and
    is closed again); None when it cannot be read."""
    try:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=2.0)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        conn.execute("PRAGMA query_only = ON")
        return records_key(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def file_for(db_path: Path | str, folder: Path | None = None) -> Path:
    """Where the overview of the database at ``db_path`` is kept."""
    name = hashlib.sha256(str(Path(db_path).resolve()).encode()).hexdigest()[:24]
    return (folder or default_data_dir() / "overview") / f"{name}.json"


def _read(file: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    if data.get("program") != program_key() or not isinstance(data.get("entries"), list):
        return None
    return data


def load(
    db_path: Path | str, day: str, lang: str, *, folder: Path | None = None
) -> dict[str, Any] | None:
    """The overview kept for ``day`` (ISO) in ``lang``, if it was made by this program
    from the records as they are now in ``db_path``; else None."""
    data = _read(file_for(db_path, folder))
    if data is None:
        return None
    found = [
        entry
        for entry in data["entries"]
        if isinstance(entry, dict) and entry.get("day") == day and entry.get("lang") == lang
    ]
    if not found:
        return None
    key = records_key_of(db_path)
    if key is None or found[0].get("records") != key:
        return None
    payload = found[0].get("overview")
    return payload if isinstance(payload, dict) else None


def holds(
    db_path: Path | str, day: str, lang: str, records: str, *, folder: Path | None = None
) -> bool:
    """Whether the overview of ``day`` in ``lang`` made by this program from the records
    of key ``records`` is kept already (a start that found it: nothing to write again)."""
    data = _read(file_for(db_path, folder))
    return data is not None and any(
        isinstance(entry, dict)
        and entry.get("day") == day
        and entry.get("lang") == lang
        and entry.get("records") == records
        for entry in data["entries"]
    )


def store(
    db_path: Path | str, entries: list[dict[str, Any]], *, today: str, folder: Path | None = None
) -> bool:
    """Keep ``entries`` (each ``{"day", "lang", "records", "overview"}``, all of one
    records' key) for the database at ``db_path``, replacing any for the same day and
    language; entries of another records' key or of a day before ``today`` go. False
    (and nothing changed) when the file could not be written, or when the records in
    ``db_path`` are no longer those of ``entries`` (a change since they were computed)."""
    if not entries:
        return False
    with _STORING:
        return _store(db_path, entries, today=today, folder=folder)


def _store(
    db_path: Path | str, entries: list[dict[str, Any]], *, today: str, folder: Path | None
) -> bool:
    key = entries[0]["records"]
    if any(entry["records"] != key for entry in entries) or records_key_of(db_path) != key:
        return False  # the records changed since: it would be shown for the wrong ones
    file = file_for(db_path, folder)
    data = _read(file)
    kept = [] if data is None else data["entries"]
    new = {(entry["day"], entry["lang"]) for entry in entries}
    kept = [
        entry
        for entry in kept
        if isinstance(entry, dict)
        and entry.get("records") == key
        and str(entry.get("day", "")) >= today
        and (entry.get("day"), entry.get("lang")) not in new
    ]
    kept.extend(entries)
    kept.sort(key=lambda entry: (entry["day"], entry["lang"]))
    text = json.dumps(
        {
            "format": FORMAT,
            "program": program_key(),
            "database": str(Path(db_path).resolve()),
            "entries": kept,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )
    import tempfile  # (not on the start's way: only ``load`` is)

    try:
        file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".overview-", dir=file.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temporary, file)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError:
        return False
    _forget_orphans(file)
    return True


#: A temporary file of a write that was cut off (the program killed) is removed after this.
_LEFTOVER_SECONDS = 3600


def _forget_orphans(written: Path) -> None:
    """Remove the kept overviews of databases that are no longer there (deleted, moved
    or renamed: their customers' names should not stay behind in the data folder), and
    what a write cut off left. Another database's file is left alone while it exists."""
    import time

    for file in written.parent.iterdir():
        if file == written:
            continue
        with contextlib.suppress(OSError):
            if file.name.startswith(".overview-"):
                if time.time() - file.stat().st_mtime > _LEFTOVER_SECONDS:
                    file.unlink()
                continue
            if file.suffix != ".json":
                continue
            try:
                database = json.loads(file.read_text(encoding="utf-8")).get("database")
            except (ValueError, AttributeError):
                database = None
            if not isinstance(database, str) or not os.path.exists(database):
                file.unlink()
