"""Backups of a database file: taken, listed, checked and restored, by the file's identity.

Backups live in ``backups/`` beside the database, named after the database's whole file
name and the moment (UTC): ``desk.sqlite-20261121T090000123456Z.sqlite``. Each is a
complete, self-contained SQLite file made with the online backup API, written under a
``.part`` name first (a backup killed half-way leaves only a ``.part``, removed at the
next start: ``remove_leftovers``).

**Which backups belong to a database** (its *pool*): those named after its file name
*and* made of the same database, i.e. carrying the same identity (``meta.database_id``,
schema 7 on; see ``migrations.record_identity``). So ``desk.sqlite`` and ``desk.db`` in
one folder never share backups, and a file replaced by another database does not take
over the first one's backups. When the file cannot tell its identity (missing, empty,
damaged), the identity of its newest backup that has one stands for it. Backups from
before identities existed (schema < 7) belong by name; the names of older programs
(``desk-STAMP.sqlite``, by the stem) count too, unless two database files in the folder
share that stem (then nobody can tell whose they are).

The newest ``KEEP_BACKUPS`` of a pool are kept. A restore checks the backup first
(integrity, not from a newer program, same identity) and keeps the file it replaces
beside it, renamed ``NAME.before-restore-STAMP``.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID

from ..domain.explain import phrase, register_texts
from .database import (
    BUSY_TIMEOUT,
    NotOurDatabase,
    _check_version,
    _integrity_problems,
    _read_only,
    read_identity,
)
from .errors import (
    BackupIsTheDatabase,
    DatabaseDamaged,
    DatabaseIsAFolder,
    DatabaseMissing,
    DatabaseTooNew,
    Lang,
    NotABackup,
    StorageError,
    WrongDatabase,
    classify,
)
from .files import private_dir, private_file
from .paths import default_data_dir
from .targets import is_database

KEEP_BACKUPS = 10
_BACKUP_NAME = re.compile(r"^(?P<name>.+)-(?P<stamp>\d{8}T\d{12}Z)\.sqlite$")
_STAMP = "%Y%m%dT%H%M%S%fZ"


def backup_dir(path: Path | str) -> Path:
    return Path(path).parent / "backups"


# --- what a backup is -------------------------------------------------------------------


@dataclass(frozen=True)
class Backup:
    """One backup file, with what can be told about it without reading all of it."""

    path: Path
    taken: datetime  # UTC, from the name
    size: int
    identity: UUID | None  # None: made before identities (schema < 7), or unreadable

    def check(self, expected: UUID | None = None) -> str | None:
        """None when the backup can be restored (whole, ours, not newer, the right
        database); else why not, as a short code: damaged, too_new, not_ours, other."""
        try:
            conn = _read_only(self.path, BUSY_TIMEOUT)
        except sqlite3.Error:
            return "damaged"
        try:
            if _integrity_problems(conn):
                return "damaged"
            _check_version(conn, self.path)
            if expected is not None and self.identity is not None and self.identity != expected:
                return "other"
            return None
        except DatabaseTooNew:
            return "too_new"
        except NotOurDatabase:
            return "not_ours"
        except (sqlite3.Error, UnicodeDecodeError, ValueError):
            return "damaged"
        finally:
            conn.close()


STATUS_TEXTS: dict[str | None, tuple[str, str]] = {
    None: ("hel", "whole"),
    "damaged": ("skadet", "damaged"),
    "too_new": ("fra en nyere versjon", "from a newer version"),
    "not_ours": ("ikke en Avtalevakt-database", "not an Avtalevakt database"),
    "other": ("av en annen database", "of another database"),
}


register_texts({f"backup_status.{status}": texts for status, texts in STATUS_TEXTS.items()})


def status_text(status: str | None, lang: Lang = "nb") -> str:
    return phrase(f"backup_status.{status}", lang)


def _identity_of(path: Path) -> UUID | None:
    try:
        conn = _read_only(path, BUSY_TIMEOUT)
    except sqlite3.Error:
        return None
    try:
        return read_identity(conn)
    except (sqlite3.Error, UnicodeDecodeError):
        return None
    finally:
        conn.close()


def _stem_is_shared(path: Path) -> bool:
    """Another database file in the folder has the same stem (``desk.sqlite``, ``desk.db``)."""
    with contextlib.suppress(OSError):
        for item in path.parent.iterdir():
            if item != path and item.stem == path.stem and item.suffix in (".sqlite", ".db"):
                return True
    return False


def _parsed(name: str) -> tuple[str, datetime] | None:
    """(the database's name, when it was taken, UTC) of a backup's file name; else None."""
    match = _BACKUP_NAME.match(name)
    if not match:
        return None
    return match["name"], datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)


def taken_at(backup: Path | str) -> datetime | None:
    """When the backup file ``backup`` was taken (UTC, from its name); None if its name is
    not a backup's."""
    parsed = _parsed(Path(backup).name)
    return None if parsed is None else parsed[1]


def _named_for(path: Path) -> Iterator[tuple[datetime, Path]]:
    folder = backup_dir(path)
    if not folder.is_dir():
        return
    legacy = not _stem_is_shared(path)
    for item in folder.iterdir():
        parsed = _parsed(item.name)
        if parsed is None or not item.is_file():
            continue
        name, taken = parsed
        if name == path.name or (legacy and name == path.stem):
            yield taken, item


def expected_identity(path: Path, named: list[Backup] | None = None) -> UUID | None:
    """The identity a backup of ``path`` must carry: the file's own, or (when the file
    cannot tell) that of its newest backup with one. None: nothing is known."""
    path = Path(path)
    if path.is_file() and path.stat().st_size > 0:
        found = _identity_of(path)
        if found is not None:
            return found
    for backup in named if named is not None else _all_named(path):
        if backup.identity is not None:
            return backup.identity
    return None


def _all_named(path: Path) -> list[Backup]:
    out = []
    for taken, item in sorted(_named_for(path), reverse=True):
        with contextlib.suppress(OSError):
            out.append(Backup(item, taken, item.stat().st_size, _identity_of(item)))
    return out


def backups_of(path: Path | str) -> list[Backup]:
    """The pool of the database at ``path`` (see the module docstring), newest first."""
    path = Path(path)
    named = _all_named(path)
    expected = expected_identity(path, named)
    return [b for b in named if b.identity is None or expected is None or b.identity == expected]


def list_backups(path: Path | str) -> list[Path]:
    """The files of ``backups_of(path)``, newest first."""
    return [backup.path for backup in backups_of(path)]


@dataclass(frozen=True)
class Checked:
    backup: Backup
    status: str | None  # None: good (see ``Backup.check``)


def checked_backups(path: Path | str) -> list[Checked]:
    """Every backup of the pool with its check (integrity, version, identity), newest first."""
    path = Path(path)
    pool = backups_of(path)
    expected = expected_identity(path, pool)
    return [Checked(backup, backup.check(expected)) for backup in pool]


def newest_good_backup(path: Path | str) -> Path | None:
    """The newest backup of ``path`` that passes its check (older ones when newer are
    damaged), or None."""
    path = Path(path)
    pool = backups_of(path)
    expected = expected_identity(path, pool)
    for backup in pool:
        if backup.check(expected) is None:
            return backup.path
    return None


# --- taking ------------------------------------------------------------------------------


def _write_copy(source: sqlite3.Connection, partial: Path) -> None:
    """The online backup API's consistent copy of ``source`` into ``partial`` (0600)."""
    partial.unlink(missing_ok=True)
    private_file(partial)
    dest = sqlite3.connect(str(partial))
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        dest.commit()
    finally:
        dest.close()
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy, written to ``TARGET.part`` first and renamed into place when
    complete (a copy killed half-way leaves only the ``.part``)."""
    partial = target.with_name(target.name + ".part")
    _write_copy(source, partial)
    os.replace(partial, target)


def _target(path: Path) -> Path:
    folder = private_dir(backup_dir(path))
    moment = datetime.now(UTC)
    newest = [taken for taken, _ in _named_for(path)]
    if newest:  # names sort by time; never go backwards (clock changes) or collide
        moment = max(moment, max(newest) + timedelta(microseconds=1))
    return folder / f"{path.name}-{moment.strftime(_STAMP)}.sqlite"


def make_backup(conn: sqlite3.Connection, path: Path, *, keep: int = KEEP_BACKUPS) -> Path:
    """Back up the open database ``conn`` (of the file ``path``); keep the newest ``keep``
    of its pool (other databases' backups are never removed)."""
    path = Path(path)
    target = _target(path)
    copy_database(conn, target)
    for old in list_backups(path)[keep:]:
        old.unlink(missing_ok=True)
    # issue 15: the documents the backups lack are copied (each once, never all again)
    from .documents import after_backup

    after_backup(conn, path, kept_backups=list_backups(path))
    return target


def remove_leftovers(path: Path | str) -> list[Path]:
    """Remove what a backup or restore killed half-way left (``.part`` files of this
    database); call it while holding the database's lock (``storage.lock``), so no other
    backup of it is being written."""
    path = Path(path)
    removed = []
    candidates = [path.with_name(path.name + ".part")]
    folder = backup_dir(path)
    if folder.is_dir():
        for item in folder.iterdir():
            match = _BACKUP_NAME.match(item.name.removesuffix(".part"))
            if item.name.endswith(".part") and match and match["name"] in (path.name, path.stem):
                candidates.append(item)
    for item in candidates:
        # (a read-only medium refuses even the unlink of a file that is not there: a
        # leftover that cannot be removed is clutter, no reason not to start)
        with contextlib.suppress(OSError):
            if item.is_file():
                item.unlink()
                removed.append(item)
    return removed


# --- restoring ---------------------------------------------------------------------------


def restore_backup(backup_path: Path | str, target_path: Path | str) -> Path | None:
    """Make ``target_path`` a copy of a backup; the file it replaces is kept beside it.

    The backup is checked first: whole, not from a newer program, and of this database
    (the same identity as the file, or as its other backups, when one is known: else
    ``WrongDatabase``). The current file (and its ``-wal``/``-shm``) is kept as
    ``NAME.before-restore-STAMP``; that name is returned (None if there was no file).
    The target is never missing on the way: the copy is complete beside it first.
    Close every connection to the target (and hold its lock) first.
    """
    backup_path, target_path = Path(backup_path), Path(target_path)
    if backup_path.is_dir():
        raise DatabaseIsAFolder(path=backup_path)
    if not backup_path.is_file():
        raise DatabaseMissing(path=backup_path)
    if target_path.exists() and backup_path.samefile(target_path):
        raise BackupIsTheDatabase(path=backup_path)  # (it "restored" a file from itself)
    if not is_database(backup_path):
        # an export or any other file: SQLite would call it damaged ("not a database")
        raise NotABackup(path=backup_path)
    try:
        source = _read_only(backup_path, BUSY_TIMEOUT)
        try:
            problems = _integrity_problems(source)
            if problems:
                raise DatabaseDamaged(path=backup_path, detail="; ".join(problems[:3]))
            _check_version(source, backup_path)
            expected = expected_identity(target_path)
            found = read_identity(source)
            if expected is not None and found is not None and found != expected:
                raise WrongDatabase(path=backup_path, target=target_path)
            # a folder the program makes is 0700; one that exists is the user's and keeps
            # its permissions (it was tightened: a restore into ~/Dokumenter, a shared
            # folder or /tmp made it 0700), except the program's own data folder
            folder = target_path.parent
            private_dir(folder, tighten=folder == default_data_dir())
            stamp = datetime.now(UTC).strftime(_STAMP)
            partial = target_path.with_name(target_path.name + ".part")
            _write_copy(source, partial)  # the long part, beside the untouched file
            kept: Path | None = None
            if target_path.exists():
                kept = target_path.with_name(f"{target_path.name}.before-restore-{stamp}")
                # the journal files go with the old file: left beside the restored one,
                # SQLite would replay the old -wal into it. An empty -wal holds nothing
                # (a read-only look at the file, as the backups' identity check, leaves
                # an empty one and its index behind): both are removed, not kept.
                wal = Path(str(target_path) + "-wal")
                empty = wal.exists() and wal.stat().st_size == 0
                for suffix in ("-wal", "-shm"):
                    old = Path(str(target_path) + suffix)
                    if empty:
                        old.unlink(missing_ok=True)
                    elif old.exists():
                        os.replace(old, Path(str(kept) + suffix))
                try:
                    os.link(target_path, kept)
                except OSError:  # no hard links here (FAT, some network drives): a copy
                    shutil.copy2(target_path, kept)
            os.replace(partial, target_path)  # atomic: the target is never missing
            _sync_folder(target_path.parent)
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise classify(exc, backup_path) from exc
    # issue 15: the documents the restored file refers to, from the backups' store
    from .documents import restore_documents

    restore_documents(target_path)
    return kept


def _sync_folder(folder: Path) -> None:
    """Make the renames durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def restore_newest(target_path: Path | str) -> tuple[Path, Path | None]:
    """Restore the newest good backup (see ``newest_good_backup``): (backup, kept file)."""
    target_path = Path(target_path)
    backup = newest_good_backup(target_path)
    if backup is None:
        raise NoGoodBackup(path=target_path)
    return backup, restore_backup(backup, target_path)


class NoGoodBackup(StorageError):
    nb = "Det finnes ingen hel sikkerhetskopi av {path}."
    en = "There is no whole backup of {path}."
