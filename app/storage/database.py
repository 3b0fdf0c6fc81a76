"""Opening the database file safely: checks first, then a backup, then migrations.

``open_database(path)`` does, in this order:

0. A missing or empty file beside backups of it is not started anew: ``DatabaseLost``
   offers its newest whole backup (issue 12 item 1). A new file is made 0600 (the
   program's own data folder 0700: ``storage.files``).
1. On a read-only connection (nothing can be written): ``PRAGMA integrity_check``
   (a damaged file raises ``DatabaseDamaged`` naming the newest whole backup; a full
   disk, a removed ``-wal`` or an I/O error say so instead, see ``errors.classify``,
   and offer no restore of a healthy file). A file larger
   than ``FULL_CHECK_MAX_BYTES`` gets ``PRAGMA quick_check`` here (every page, record
   and free-list, but not index against table: 0.15 s instead of 2 s on a 60 MB desk)
   and the full check on its own read-only connection in a background thread; if
   that finds damage, every later write is refused with ``DatabaseDamaged``. And the
   applied migrations (a file from a newer program raises ``DatabaseTooNew``; a
   SQLite file that is not ours raises ``NotOurDatabase``). Either way the file is
   left exactly as it was.
2. A backup with SQLite's online backup API into ``backups/`` beside the file, filed
   by the database's identity (``storage.backups``); the newest ten are kept.
3. The read-write connection: WAL, foreign keys on, ``synchronous=FULL`` (a commit that
   returned survives a crash or power cut), a busy timeout; then pending migrations,
   each in its own transaction.

The desktop program runs these as two stages (``app.ui.application``): ``check_file``
(step 1, and step 2 only when a migration is pending) on a worker thread after the
window has painted, then ``connect`` (step 3) on the GUI thread, which owns the
connection; the start backup of an up-to-date file is then taken on the worker with a
connection of its own. ``open_database`` is both stages at once, as before.
``sqlite_utils`` (and the migrations, which need it) are imported only when needed,
so the read-only check can start before they are loaded.

Commands that only read use ``open_read_only`` instead: no migration, write or backup.

Writes go through ``Database.transaction()`` (``BEGIN IMMEDIATE``, so two processes
queue for the write lock instead of failing half-way; nested blocks are savepoints).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from uuid import UUID

from . import targets
from .errors import (
    DatabaseDamaged,
    DatabaseIsAFolder,
    DatabaseLocked,
    DatabaseLost,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
    ExportGivenAsDatabase,
    StorageError,
    classify,
    classify_os_error,
    file_problem,
)
from .files import database_folder, is_folder, private_file, tighten

if TYPE_CHECKING:
    import sqlite_utils

__all__ = [
    "Checked",
    "CheckInterrupted",
    "Database",
    "DatabaseDamaged",
    "DatabaseLocked",
    "DatabaseMissing",
    "DatabaseReadOnly",
    "DatabaseTooNew",
    "DiskFull",
    "NotOurDatabase",
    "StorageError",
    "check_file",
    "connect",
    "open_database",
]

#: Files up to this size get the full integrity check before anything else; larger ones
#: a quick check first and the full one in the background (see the module docstring).
FULL_CHECK_MAX_BYTES = 32 * 2**20
BUSY_TIMEOUT = 5.0  # seconds a writer waits for another one before DatabaseLocked


def _wrap(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """``conn`` as a sqlite-utils database, without sqlite-utils' plugins.

    sqlite-utils runs every plugin installed in the same Python on each connection it
    wraps, and finds them by reading the metadata of every installed distribution at
    the first wrap (13 ms of CPU, 75 ms on a busy disk, on the way to the first deadline
    on screen; issue 16). The program uses none, and a plugin someone installed beside
    it must not change how the contracts' file is read or written.
    """
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)


def _schema() -> Any:
    """The migrations module (it imports sqlite_utils: loaded when first needed)."""
    from . import migrations

    return migrations


class CheckInterrupted(Exception):
    """The read-only check was interrupted (the program is closing): nothing is known."""


class NotOurDatabase(StorageError):
    nb = "{path} er en SQLite-fil, men ikke en Avtalevakt-database. Den er ikke endret."
    en = "{path} is a SQLite file but not an Avtalevakt database. It has not been changed."


# --- connection helpers --------------------------------------------------------------

_NB_ORDER = str.maketrans({"æ": "z\U0010fff0", "ø": "z\U0010fff1", "å": "z\U0010fff2"})


#: Values bound in one ``IN (…)`` list at most (well under SQLite's parameter limit).
IN_LIST_SIZE = 500


def rows_in(conn: sqlite3.Connection, sql: str, values: list[Any]) -> Iterator[tuple]:
    """The rows of ``sql`` for every value of ``values``: ``sql`` has one ``{marks}``
    where the ``IN (…)`` list goes, asked ``IN_LIST_SIZE`` values at a time."""
    for start in range(0, len(values), IN_LIST_SIZE):
        part = values[start : start + IN_LIST_SIZE]
        yield from conn.execute(sql.format(marks=", ".join("?" for _ in part)), part)


def sort_key(text: str) -> str:
    """Norwegian alphabetical order, ignoring case: ... x, y, z, æ, ø, å."""
    return text.casefold().translate(_NB_ORDER)


def _collate_nb(a: str, b: str) -> int:
    ka, kb = sort_key(a), sort_key(b)
    return (ka > kb) - (ka < kb)


def _fold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def _nb_key(value: object) -> object:
    return sort_key(value) if isinstance(value, str) else value


def _prepare(conn: sqlite3.Connection) -> None:
    """Functions the repositories' SQL uses (Unicode-aware case folding and order)."""
    conn.create_function("fold", 1, _fold, deterministic=True)
    conn.create_function("nb_key", 1, _nb_key, deterministic=True)
    conn.create_collation("NB", _collate_nb)


def _read_only(path: Path, timeout: float) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=timeout)
    conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    return conn


def _applied(conn: sqlite3.Connection) -> list[str] | None:
    """Applied migration names of our set, or None when the file has no migrations table."""
    migrations = _schema().migrations
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
        [migrations.migrations_table],
    ).fetchone()
    if not exists:
        return None
    rows = conn.execute(
        f"SELECT name FROM {migrations.migrations_table} WHERE migration_set = ? ORDER BY rowid",
        [migrations.name],
    )
    return [name for (name,) in rows]


def read_identity(conn: sqlite3.Connection) -> UUID | None:
    """The database's own UUID (``meta.database_id``, schema 7 on), or None without one."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'database_id'").fetchone()
        return UUID(row[0]) if row else None
    except (sqlite3.Error, ValueError, TypeError):
        return None


def _integrity_problems(conn: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    pragma = "quick_check" if quick else "integrity_check"
    rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}(20)")]
    return [] if rows == ["ok"] else rows


# --- backups (``storage.backups``; imported when needed: it builds on this module) -----


def _newest_good_backup(path: Path) -> Path | None:
    from .backups import newest_good_backup

    return newest_good_backup(path)


def _damaged(path: Path, problems: list[str]) -> DatabaseDamaged:
    # one line: SQLite's texts may quote schema SQL with its line breaks
    detail = " ".join("; ".join(problems[:3]).split())
    from .exchange import export_kind  # (it builds on this module)

    newest = _newest_good_backup(path)
    kind = export_kind(path)
    if kind is not None:  # one of our exports where the database belongs: said as such
        return ExportGivenAsDatabase(path=path, detail=detail, kind=kind, newest_backup=newest)
    return DatabaseDamaged(path=path, detail=detail, newest_backup=newest)


#: What SQLite raises when it cannot read a file: its errors, and text it cannot decode.
READ_ERRORS = (sqlite3.Error, UnicodeDecodeError)


def _classified(exc: BaseException, path: Path) -> StorageError:
    """``classify``, and damage names the newest whole backup (the restore offer)."""
    error = classify(exc, path)
    return _damaged(path, [str(exc)]) if isinstance(error, DatabaseDamaged) else error


def _lost(path: Path, *, empty: bool) -> StorageError | None:
    """``DatabaseLost`` when backups of a missing or empty file exist, else None."""
    from .backups import list_backups

    if not list_backups(path):
        return None
    return DatabaseLost(path=path, empty=empty, newest_backup=_newest_good_backup(path))


# --- opening ---------------------------------------------------------------------------


def _check_version(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of an open file; raises if it is newer or not ours."""
    schema = _schema()
    MIGRATION_NAMES, SCHEMA_VERSION, migrations = (  # noqa: N806
        schema.MIGRATION_NAMES,
        schema.SCHEMA_VERSION,
        schema.migrations,
    )
    applied = _applied(conn) or []
    (user_version,) = conn.execute("PRAGMA user_version").fetchone()
    unknown = [name for name in applied if name not in MIGRATION_NAMES]
    if unknown or user_version > SCHEMA_VERSION:
        raise DatabaseTooNew(path=path, found=max(len(applied), user_version), known=SCHEMA_VERSION)
    if not applied:
        tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != ?",
            [migrations.migrations_table],
        ).fetchone()[0]
        if tables:
            raise NotOurDatabase(path=path)
    return len(applied)


class Database:
    """An open, checked and migrated database file.

    ``db`` is the sqlite_utils.Database; write through ``transaction()``.
    """

    def __init__(
        self,
        db: sqlite_utils.Database,
        path: Path,
        *,
        last_backup: Path | None,
        backup_error: StorageError | None = None,
        read_only: bool = False,
        file: Path | None = None,
        scratch: Path | None = None,
    ) -> None:
        self.db = db
        self.path = path
        self.last_backup = last_backup
        self.backup_error = backup_error
        #: Opened by ``open_read_only``: nothing can be written through this connection.
        self.read_only = read_only
        #: The file actually open: ``path``, or the migrated copy of an older file.
        self.file = file or path
        # never opened by anything but SQLite while open here (``targets.open_here``)
        self._identity = targets.open_here(self.file)
        #: A private temporary folder (holding that copy), removed at ``close()``.
        self._scratch = scratch
        self._savepoints = itertools.count()
        #: Problems the background full check found (None: not run or still running).
        self.background_problems: list[str] | None = None
        self._checker: threading.Thread | None = None
        # The background check's connection while it runs, and whether ``close()`` has
        # begun (both under the lock: ``close`` stops the check, see there).
        self._check_lock = threading.Lock()
        self._check_conn: sqlite3.Connection | None = None
        self._closing = False
        #: The database this one is a second connection of (``reopen``).
        self._origin: Database | None = None

    def check_in_background(self, *, timeout: float = BUSY_TIMEOUT) -> threading.Thread:
        """Run the full ``integrity_check`` on its own read-only connection in a thread.

        Its result lands in ``background_problems``; damage found makes every later
        write raise ``DatabaseDamaged`` (the file is then never written by us).
        """

        def run() -> None:
            try:
                conn = _read_only(self.path, timeout)
                with self._check_lock:
                    if self._closing:
                        conn.close()
                        return
                    self._check_conn = conn
                try:
                    problems = _integrity_problems(conn)
                finally:
                    with self._check_lock:
                        self._check_conn = None
                    conn.close()
            except sqlite3.Error as exc:
                if self._closing:
                    return  # stopped by close(): no verdict
                problems = (
                    [] if isinstance(classify(exc, self.path), DatabaseLocked) else [str(exc)]
                )
            self.background_problems = problems

        self._checker = threading.Thread(target=run, name="integrity-check", daemon=True)
        self._checker.start()
        return self._checker

    def wait_for_check(self, timeout: float | None = None) -> list[str] | None:
        """The background check's problems once it has finished (None if none was started)."""
        if self._checker is not None:
            self._checker.join(timeout)
        return self.background_problems

    def reopen(self, *, timeout: float = BUSY_TIMEOUT) -> Database:
        """A second connection to this file, already checked and migrated, for another
        thread (a sqlite3 connection belongs to the thread that made it).

        No check, backup or migration is repeated; damage the first connection's
        background check finds refuses this connection's writes too. Close it when done.
        """
        try:
            if self.read_only:
                conn = _query_only(self.file, timeout)
            else:
                conn = sqlite3.connect(str(self.path), timeout=timeout)
                conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA synchronous = FULL")
            _prepare(conn)
        except READ_ERRORS as exc:
            raise _classified(exc, self.path) from exc

        other = Database(
            _wrap(conn),
            self.path,
            last_backup=self.last_backup,
            read_only=self.read_only,
            file=self.file,
        )
        other._origin = self
        return other

    def _refuse_if_damaged(self) -> None:
        if self._origin is not None:
            self._origin._refuse_if_damaged()
        if self.background_problems:
            raise _damaged(self.path, self.background_problems)

    @property
    def identity(self) -> UUID | None:
        """This database's UUID (the same in its backups; a new file gets a new one)."""
        return read_identity(self.db.conn)

    @property
    def schema_version(self) -> int:
        applied = _applied(self.db.conn) or []
        return len(applied)

    def backups(self) -> list[Path]:
        """Backups of this file, newest first."""
        from .backups import list_backups

        return list_backups(self.path)

    def backup(self, *, keep: int | None = None) -> Path:
        """Take a backup now (the program does so at every start)."""
        from .backups import KEEP_BACKUPS, make_backup

        try:
            self.last_backup = make_backup(self.db.conn, self.path, keep=keep or KEEP_BACKUPS)
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc
        except OSError as exc:  # (the reason in words: errors.os_reason)
            raise file_problem(exc, None if exc.filename else self.path) from exc
        return self.last_backup

    def integrity_problems(self) -> list[str]:
        """``PRAGMA integrity_check`` and ``foreign_key_check``: empty when all is well."""
        problems = _integrity_problems(self.db.conn)
        for table, rowid, parent, _ in self.db.conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} {rowid}: missing {parent}")
        return problems

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """All of the block or nothing; nested blocks are savepoints.

        Takes the write lock at the start (``BEGIN IMMEDIATE``) so a second process waits
        its turn (up to the busy timeout, then ``DatabaseLocked``) instead of failing
        in the middle. sqlite3 errors come out as ``StorageError`` subclasses.
        """
        conn = self.db.conn
        if conn.in_transaction:
            name = f"avtalevakt_{next(self._savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO {name}")
                    conn.execute(f"RELEASE {name}")
                raise
            else:
                conn.execute(f"RELEASE {name}")
            return
        self._refuse_if_damaged()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc
        try:
            yield self
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, sqlite3.Error):
                raise classify(exc, self.path) from exc
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise classify(exc, self.path) from exc

    def _rollback(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if self.db.conn.in_transaction:
                self.db.conn.execute("ROLLBACK")

    def close(self) -> None:
        """Close the connection; a background check still running is stopped first.

        (Left running, its read-only connection was the last one to the file: SQLite
        cannot remove the -wal and -shm then, and an empty pair stayed beside the file
        after a quick exit from a large database. Closed last, this read-write
        connection removes them.)"""
        with self._check_lock:
            self._closing = True
        checker = self._checker
        if checker is not None and checker is not threading.current_thread():
            # Interrupted again until it ends: an interrupt that comes before SQLite has
            # begun the check's statement is lost (SQLite clears it with no statement
            # running), and the check would then run to its end.
            deadline = time.monotonic() + 5
            while checker.is_alive() and time.monotonic() < deadline:
                with self._check_lock:
                    if self._check_conn is not None:
                        self._check_conn.interrupt()  # (safe from another thread)
                checker.join(0.05)
        self.db.close()
        targets.closed_here(self._identity)
        self._identity = None
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def read_failure(self, exc: BaseException) -> StorageError | None:
        """What a failure met while reading this file means (issue 12 item 6), or None
        when it is no failure of the file (a bug, a bad argument: raised as it is).

        A page, row or text SQLite cannot read is damage, naming the newest whole
        backup (the restore offer); a full disk, a removed journal, a read-only file or
        a busy one say so instead (``errors.classify``). A row the model rejects is not
        called damage here: a stricter rule of a newer program meets older rows too,
        and ``BadRecord`` names the row and field."""
        if isinstance(exc, StorageError):
            return None
        if isinstance(exc, READ_ERRORS):
            return _classified(exc, self.path)
        return None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        self.close()
        failure = self.read_failure(exc) if exc is not None else None
        if failure is not None:
            raise failure from exc

    def __repr__(self) -> str:
        return f"<Database {self.path} v{self.schema_version}>"


@dataclass
class Checked:
    """What the read-only first stage found (``check_file``); ``connect`` goes on from it."""

    path: Path
    #: Migrations applied in the file (0: a new or empty file).
    version: int
    #: The full integrity check is still to run (in the background, after ``connect``).
    deferred: bool
    #: The backup taken in this stage, or why it failed (see ``check_file``'s ``backup``).
    backup: Path | None = None
    backup_error: StorageError | None = None


def _check_existing(
    path: Path,
    timeout: float,
    backup: bool | Literal["before-migrating"],
    *,
    quick: bool = False,
    on_connect: Callable[[sqlite3.Connection], Any] | None = None,
    on_intact: Callable[[], Any] | None = None,
) -> tuple[int, Path | None, StorageError | None]:
    """Step 1 and 2 on a read-only connection: (version, backup made, backup error)."""
    try:
        conn = _read_only(path, timeout)
    except READ_ERRORS as exc:
        raise _classified(exc, path) from exc
    try:
        if on_connect is not None:
            on_connect(conn)
        try:
            problems = _integrity_problems(conn, quick=quick)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            if isinstance(exc, sqlite3.OperationalError) and "interrupt" in str(exc):
                raise CheckInterrupted(str(exc)) from exc
            error = classify(exc, path)
            if not isinstance(error, DatabaseDamaged):  # locked, read-only, disk: not damage
                raise error from exc
            problems = [str(exc)]
        if problems:
            raise _damaged(path, problems)
        if on_intact is not None:
            on_intact()
        version = _check_version(conn, path)
        behind = version < _schema().SCHEMA_VERSION
        made, failed = None, None
        if version > 0 and (backup is True or (backup == "before-migrating" and behind)):
            from .backups import make_backup

            try:
                made = make_backup(conn, path)
            except (sqlite3.Error, OSError) as exc:
                failed = (
                    classify(exc, path)
                    if isinstance(exc, sqlite3.Error)
                    else StorageError(path=path, detail=str(exc))
                )
                if behind:  # never migrate without a backup
                    raise failed from exc
        return version, made, failed
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        error = classify(exc, path)
        if isinstance(error, DatabaseDamaged):
            error = _damaged(path, [str(exc)])
        raise error from exc
    finally:
        conn.close()


def check_file(
    path: Path | str,
    *,
    backup: bool | Literal["before-migrating"] = True,
    create: bool = True,
    timeout: float = BUSY_TIMEOUT,
    on_connect: Callable[[sqlite3.Connection], Any] | None = None,
    on_intact: Callable[[], Any] | None = None,
) -> Checked:
    """Steps 1 and 2 (see the module docstring): nothing here writes to the file.

    ``backup="before-migrating"`` takes the backup only when a migration is pending
    (the program then takes its start backup after opening, on the worker).
    ``on_connect(conn)`` receives the read-only connection before the check, so another
    thread may ``interrupt()`` a long check (it then raises ``CheckInterrupted``); an
    exception it raises ends the check (the connection is closed). ``on_intact()`` is
    called once the integrity check passed, before the schema version is read (the
    program loads its modules there, with a chance to cancel between them).
    """
    path = Path(path)
    if is_folder(path):
        raise DatabaseIsAFolder(path=path)
    version, made, failed, deferred = 0, None, None, False
    if path.exists():
        size = path.stat().st_size
        if size > 0:
            deferred = size > FULL_CHECK_MAX_BYTES
            version, made, failed = _check_existing(
                path, timeout, backup, quick=deferred, on_connect=on_connect, on_intact=on_intact
            )
        else:  # issue 12 item 1: an empty file beside backups of it is no new database
            lost = _lost(path, empty=True)
            if lost is not None:
                raise lost
    else:
        lost = _lost(path, empty=False)
        if lost is not None:
            raise lost
        if not create:
            raise DatabaseMissing(path=path)
        try:
            database_folder(path)  # the data folder is made, another must exist
            private_file(path)
        except OSError as exc:
            raise classify_os_error(exc, path) from exc
    return Checked(path, version, deferred, made, failed)


def connect(checked: Checked, *, timeout: float = BUSY_TIMEOUT) -> Database:
    """Step 3 for a file ``check_file`` passed: the read-write connection, migrated.

    The connection belongs to the calling thread; other threads use ``reopen()``."""

    path = checked.path
    migrations = _schema().migrations
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if name.exists():
            tighten(name)  # the user's alone (older files were made 0644)
    try:
        conn = sqlite3.connect(str(path), timeout=timeout)
    except READ_ERRORS as exc:
        raise _classified(exc, path) from exc
    try:
        _prepare(conn)
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                raise StorageError(path=path, detail=f"journal_mode is {mode}, not wal")
        conn.execute("PRAGMA synchronous = FULL")
        db = _wrap(conn)
        if migrations.pending(db):
            # One write transaction for all pending migrations: a second process
            # opening the same new file waits, then finds nothing left to do.
            conn.execute("BEGIN IMMEDIATE")
            try:
                _check_version(conn, path)
                migrations.apply(db)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
    except READ_ERRORS as exc:
        conn.close()
        raise _classified(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    database = Database(db, path, last_backup=checked.backup, backup_error=checked.backup_error)
    if checked.deferred:
        database.check_in_background(timeout=timeout)
    return database


def connect_read_only(checked: Checked, *, timeout: float = BUSY_TIMEOUT) -> Database:
    """Step 3 for a file ``check_file(backup=False, create=False)`` passed, for a reader
    (screenshots): a connection that cannot write, nothing migrated or backed up.

    A file of this program's schema is opened at once (the check just ran); an empty
    one is ``DatabaseMissing`` (or ``DatabaseLost``); an older one goes through
    ``open_read_only`` (checked again, read through a migrated temporary copy)."""
    path = checked.path
    if checked.version == 0:
        raise _lost(path, empty=path.is_file()) or DatabaseMissing(path=path)
    if checked.version < _schema().SCHEMA_VERSION:
        return open_read_only(path, timeout=timeout)
    try:
        conn = _query_only(path, timeout)
        _prepare(conn)
        conn.execute("PRAGMA foreign_keys = ON")
    except READ_ERRORS as exc:
        raise _classified(exc, path) from exc
    database = Database(_wrap(conn), path, last_backup=None, read_only=True)
    if checked.deferred:
        database.check_in_background(timeout=timeout)
    return database


def _query_only(path: Path, timeout: float) -> sqlite3.Connection:
    """A connection that cannot write (``PRAGMA query_only``).

    Opened read-write at the file level rather than ``mode=ro``: on a WAL database a
    ``mode=ro`` connection leaves ``-wal`` and ``-shm`` files behind (it may not remove
    them at close), while this one, the last to close, removes them as every writer
    does. In a read-only folder (where those files cannot be made) it falls back to
    ``mode=ro``."""
    conn = sqlite3.connect(str(path), timeout=timeout)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if "unable to open" not in str(exc) and "readonly" not in str(exc):
            raise
    wal = Path(f"{path}-wal")
    if not os.access(path.parent, os.W_OK) and (not wal.exists() or wal.stat().st_size == 0):
        # A folder nobody may write to (a read-only share or medium): a WAL file cannot
        # get its -shm there, so even mode=ro "cannot open" it. With no journal content
        # beside it the file alone is the whole database and nobody can change it while
        # we read (nobody can make a -wal there either): SQLite may read it as immutable.
        conn = sqlite3.connect(
            path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True, timeout=timeout
        )
    else:
        conn = _read_only(path, timeout)
    conn.execute("PRAGMA query_only = ON")
    return conn


def peek(path: Path | str, *, timeout: float = BUSY_TIMEOUT) -> Database:
    """A connection that only reads, opened without any check, for work done *beside*
    ``check_file`` on the same file: the program computes its overview while the file is
    checked (``app.ui.application.StartUp``) and shows it only once the check passed.

    Nothing it finds may reach the user before that. It is opened ``mode=ro``, so it
    can never write, not even the checkpoint a last connection to close does on a WAL
    file (the file stays exactly as the check finds it). Close it when done."""

    path = Path(path)
    try:
        conn = _read_only(path, timeout)
        conn.execute("PRAGMA query_only = ON")
        _prepare(conn)
    except READ_ERRORS as exc:
        raise _classified(exc, path) from exc
    return Database(_wrap(conn), path, last_backup=None, read_only=True)


def open_read_only(path: Path | str, *, timeout: float = BUSY_TIMEOUT) -> Database:
    """Open a database for a command that only reads (export, deadlines, letters' data,
    verify, screenshots): nothing in or beside the file is migrated, written or backed up.

    The file is checked as ``check_file`` does (damage raises ``DatabaseDamaged``, a newer
    or foreign file its error). A file of an older schema is read through a copy in a
    private temporary folder, migrated there and removed at ``close()``; the file itself
    stays as it was (``Database.file`` is the copy). A missing or empty file raises
    ``DatabaseMissing``.
    """

    path = Path(path)
    if is_folder(path):
        raise DatabaseIsAFolder(path=path)
    if not path.is_file() or path.stat().st_size == 0:
        raise _lost(path, empty=path.is_file()) or DatabaseMissing(path=path)
    quick = path.stat().st_size > FULL_CHECK_MAX_BYTES
    try:
        conn = _query_only(path, timeout)
    except READ_ERRORS as exc:  # a schema text it cannot read
        raise _classified(exc, path) from exc
    scratch: Path | None = None
    try:
        try:
            problems = _integrity_problems(conn, quick=quick)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            error = classify(exc, path)
            if not isinstance(error, DatabaseDamaged):
                raise error from exc
            problems = [str(exc)]
        if problems:
            raise _damaged(path, problems)
        version = _check_version(conn, path)
        file = path
        if version < _schema().SCHEMA_VERSION:
            from .backups import copy_database

            scratch = Path(tempfile.mkdtemp(prefix="avtalevakt-"))
            file = scratch / path.name
            copy_database(conn, file)
            conn.close()
            writer = sqlite3.connect(str(file))
            try:
                _prepare(writer)
                writer.execute("BEGIN IMMEDIATE")
                _schema().migrations.apply(_wrap(writer))
                writer.execute("COMMIT")
            finally:
                writer.close()
            conn = _query_only(file, timeout)
        _prepare(conn)
        conn.execute("PRAGMA foreign_keys = ON")
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        conn.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        error = classify(exc, path)
        if isinstance(error, DatabaseDamaged):
            error = _damaged(path, [str(exc)])
        raise error from exc
    except BaseException:
        conn.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        raise
    return Database(
        _wrap(conn),
        path,
        last_backup=None,
        read_only=True,
        file=file,
        scratch=scratch,
    )


def open_database(
    path: Path | str,
    *,
    backup: bool | Literal["before-migrating"] = True,
    create: bool = True,
    timeout: float = BUSY_TIMEOUT,
) -> Database:
    """Open (or create) the database at ``path``: checked, backed up, migrated."""
    checked = check_file(path, backup=backup, create=create, timeout=timeout)
    return connect(checked, timeout=timeout)
