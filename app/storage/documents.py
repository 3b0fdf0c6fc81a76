"""The documents store: the bytes of every attached document, in a SQLite file of its own.

``DESK.sqlite`` has its documents in ``DESK.sqlite-documents`` beside it (issue 15): the
main database and the backup taken at every start stay small however many documents
there are, and the program opens as fast with 10 000 documents as without (this file is
never opened, let alone checked, while the program starts). Each document is stored
once, under its SHA-256 (``documents.sha256``), however many records it is attached to;
every read checks the bytes against that hash, so a damaged document is never handed
out as if it were the one attached.

The attachments themselves are records of the main database (``attachments``, with
their history); this file only answers "the bytes of hash H". A document no attachment
refers to any more is removed at the next backup (``after_backup``), after the backup
has kept it for the backups that still refer to it.

**Backups**: ``backups/DESK.sqlite-documents`` is one store that grows: each backup of
the database copies the documents it does not have yet, so a backup after adding one
document copies only that document, never all of them; documents no kept backup and
not the database refer to are pruned from it. **Restore** puts back, from there, every
document the restored database refers to and the store lacks.

Files are the user's alone: 0600 (the folder beside them is the database's, 0700 by
the data-safety conventions). Connections belong to one thread: open a store where it
is used and close it (``with DocumentStore(path) as store``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from app.domain.attachments import MAX_BYTES
from app.domain.explain import format_value, phrase, register_texts

from .errors import StorageError, classify, file_problem
from .files import private_dir, private_file
from .targets import written

SUFFIX = "-documents"
CHUNK = 1 << 20  # bytes read and written at a time (and between progress reports)
BUSY_TIMEOUT = 5.0
Progress = Callable[[int, int], None]

_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS documents (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size >= 0),
        content BLOB NOT NULL,
        added TEXT NOT NULL
    )""",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "INSERT OR IGNORE INTO meta (key, value) VALUES ('format', 'avtalevakt-documents 1')",
]


def documents_path(database_path: Path | str) -> Path:
    """The documents store of the database at ``database_path``."""
    return Path(str(database_path) + SUFFIX)


def backup_store_path(database_path: Path | str) -> Path:
    """The store the backups of the database at ``database_path`` share."""
    from .backups import backup_dir

    path = Path(database_path)
    return backup_dir(path) / (path.name + SUFFIX)


class DocumentTooLarge(StorageError):
    nb = "{name} er for stor ({size}): et vedlegg kan være høyst {limit}."
    en = "{name} is too large ({size}): an attachment may be at most {limit}."


class DocumentMissing(StorageError):
    nb = "Dokumentet {sha256} finnes ikke i dokumentlageret {path}."
    en = "The document {sha256} is not in the documents store {path}."


class StoreMissing(StorageError):
    nb = "Dokumentlageret {path} finnes ikke (det hører til databasen ved siden av)."
    en = "The documents store {path} does not exist (it belongs to the database beside it)."


class DocumentDamaged(StorageError):
    nb = (
        "Dokumentet {sha256} i {path} er skadet (innholdet stemmer ikke med "
        "kontrollsummen). Gjenopprett fra en sikkerhetskopi."
    )
    en = (
        "The document {sha256} in {path} is damaged (its content does not match its "
        "checksum). Restore it from a backup."
    )


class DocumentChanged(StorageError):
    nb = "{name} ble endret mens den ble lest. Ingenting er lagt ved; prøv igjen."
    en = "{name} changed while it was being read. Nothing was attached; try again."


def size_text(size: int, lang: str = "nb") -> str:
    """A size as Windows Explorer counts it (1 kB = 1 024 bytes): 812 byte, 48 kB, 7,5 MB."""
    if size < 1024:
        return phrase("documents.bytes", lang, size=str(size))
    for unit, factor in (("kB", 2**10), ("MB", 2**20), ("GB", 2**30)):
        value = size / factor
        if value < 1023.5 or unit == "GB":
            text = f"{value:.1f}" if value < 9.95 else f"{value:.0f}"
            text = text.removesuffix(".0")
            return format_value(Decimal(text), "num", lang) + f" {unit}"
    raise AssertionError


register_texts({"documents.bytes": ("{size} byte", "{size} bytes")})


def _private_file(path: Path) -> None:
    """The file (created if missing) and a folder made for it are the user's alone."""
    private_dir(path.parent, tighten=False)
    private_file(path)


@dataclass(frozen=True)
class Stored:
    sha256: str
    size: int
    new: bool  # False: the same content was in the store already


class DocumentStore:
    """One documents store (a SQLite file), opened on first use in the calling thread."""

    def __init__(self, path: Path | str, *, create: bool = True) -> None:
        self.path = Path(path)
        self.create = create
        self._conn: sqlite3.Connection | None = None

    @classmethod
    def beside(cls, database_path: Path | str, **kwargs: bool) -> DocumentStore:
        return cls(documents_path(database_path), **kwargs)

    # --- the connection -----------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = self._connect()
        return self._conn

    def _connect(self) -> sqlite3.Connection:
        if not self.path.exists():
            if not self.create:
                raise StoreMissing(path=self.path)
            _private_file(self.path)
        try:
            conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            if not conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'"
            ).fetchone():
                conn.execute("BEGIN IMMEDIATE")
                for sql in _SCHEMA:
                    conn.execute(sql)
                conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc
        return conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> DocumentStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc
        try:
            yield conn
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise classify(exc, self.path) from exc

    # --- reading ------------------------------------------------------------------------

    def has(self, sha256: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        return row is not None

    def hashes(self) -> set[str]:
        return {sha for (sha,) in self.conn.execute("SELECT sha256 FROM documents")}

    def size_of(self, sha256: str) -> int:
        row = self.conn.execute("SELECT size FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        if row is None:
            raise DocumentMissing(path=self.path, sha256=sha256)
        return row[0]

    def _rowid(self, sha256: str) -> int:
        row = self.conn.execute("SELECT id FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        if row is None:
            raise DocumentMissing(path=self.path, sha256=sha256)
        return row[0]

    def chunks(self, sha256: str) -> Iterator[bytes]:
        """The document's bytes, ``CHUNK`` at a time (incremental blob I/O: a 50 MB
        document is never in memory at once). The last chunk is only given once the hash
        was checked: a damaged document raises ``DocumentDamaged`` instead."""
        rowid = self._rowid(sha256)
        digest = hashlib.sha256()
        try:
            with self.conn.blobopen("documents", "content", rowid, readonly=True) as blob:
                held: bytes | None = None
                while True:
                    part = blob.read(CHUNK)
                    if not part:
                        break
                    digest.update(part)
                    if held is not None:
                        yield held
                    held = part
        except sqlite3.Error as exc:
            raise classify(exc, self.path) from exc
        if digest.hexdigest() != sha256:
            raise DocumentDamaged(path=self.path, sha256=sha256)
        if held is not None:
            yield held

    def read(self, sha256: str) -> bytes:
        """The whole document (checked against its hash)."""
        return b"".join(self.chunks(sha256))

    def write_to(self, sha256: str, handle: BinaryIO, *, progress: Progress | None = None) -> int:
        """Copy the document into an open file; returns the bytes written."""
        total, done = self.size_of(sha256), 0
        for part in self.chunks(sha256):
            handle.write(part)
            done += len(part)
            if progress is not None:
                progress(done, total)
        return done

    def save_as(self, sha256: str, target: Path | str, *, progress: Progress | None = None) -> Path:
        """Write the document to ``target`` (through a temporary name: never half a file;
        never over a database: ``storage.targets``)."""
        target = Path(target)
        with written(target) as partial, open(partial, "wb") as handle:
            self.write_to(sha256, handle, progress=progress)
            handle.flush()
            os.fsync(handle.fileno())
        return target

    # --- writing ------------------------------------------------------------------------

    def put(self, content: bytes, *, name: str = "") -> Stored:
        """Store bytes (once per content); refuses more than ``MAX_BYTES``."""
        if len(content) > MAX_BYTES:
            raise too_large(name or "dokumentet", len(content))
        sha = hashlib.sha256(content).hexdigest()
        with self._transaction() as conn:
            if self.has(sha):
                return Stored(sha, len(content), False)
            conn.execute(
                "INSERT INTO documents (sha256, size, content, added) VALUES (?, ?, ?, ?)",
                [sha, len(content), content, _now()],
            )
        return Stored(sha, len(content), True)

    def put_file(
        self,
        source: Path | str,
        *,
        progress: Progress | None = None,
        name: str | None = None,
    ) -> Stored:
        """Store a file's content, read ``CHUNK`` by ``CHUNK`` (never all of it in memory).

        The file is read twice: once for its hash (a document already stored is not
        written again), once into the store, checking that the second read gives the
        same hash (a file changed in between is refused, nothing stored). ``progress(done,
        total)`` over both reads; it may raise to cancel (nothing is then stored)."""
        source = Path(source)
        label = name or source.name
        try:
            size = source.stat().st_size
        except OSError as exc:  # the file to store, not the database: said in words
            raise file_problem(exc, source) from exc
        if size > MAX_BYTES:
            raise too_large(label, size)
        total = 2 * size or 1
        sha = _hash_file(source, progress, total)
        if self.has(sha):
            if progress is not None:
                progress(total, total)
            return Stored(sha, size, False)

        def reported(done: int, _size: int) -> None:
            if progress is not None:
                progress(size + done, total)

        try:
            with open(source, "rb") as handle:
                return self.put_stream(handle, size, expected=sha, progress=reported)
        except DocumentDamaged:
            raise DocumentChanged(path=source, name=label) from None
        except OSError as exc:
            raise file_problem(exc, source) from exc

    def put_stream(
        self,
        handle: BinaryIO,
        size: int,
        *,
        expected: str,
        progress: Progress | None = None,
    ) -> Stored:
        """Store ``size`` bytes read from ``handle`` that must hash to ``expected``
        (an archive's entry, a file hashed before): written ``CHUNK`` by ``CHUNK`` into
        the blob in one transaction, rolled back (``DocumentDamaged``) if the bytes are
        not what their hash says."""
        if size > MAX_BYTES:
            raise too_large(expected, size)
        with self._transaction() as conn:
            if self.has(expected):  # another writer stored it meanwhile
                return Stored(expected, size, False)
            cursor = conn.execute(
                "INSERT INTO documents (sha256, size, content, added)"
                " VALUES (?, ?, zeroblob(?), ?)",
                [expected, size, size, _now()],
            )
            digest = hashlib.sha256()
            written = 0
            with conn.blobopen("documents", "content", cursor.lastrowid) as blob:
                while written < size:
                    part = handle.read(min(CHUNK, size - written))
                    if not part:
                        break
                    blob.write(part)
                    digest.update(part)
                    written += len(part)
                    if progress is not None:
                        progress(written, size)
            if handle.read(1) or written != size or digest.hexdigest() != expected:
                raise DocumentDamaged(path=self.path, sha256=expected)
        return Stored(expected, size, True)

    def copy_from(self, other: DocumentStore, hashes: Iterable[str]) -> tuple[int, int]:
        """Copy the documents ``hashes`` this store lacks from ``other`` (each checked
        against its hash on the way); (documents, bytes) copied."""
        count = copied = 0
        for sha in sorted(set(hashes)):
            if self.has(sha) or not other.has(sha):
                continue
            size = other.size_of(sha)
            self.put_stream(_Chunks(other.chunks(sha)), size, expected=sha)
            count += 1
            copied += size
        return count, copied

    def remove_except(self, keep: set[str]) -> int:
        """Remove every document whose hash is not in ``keep``; how many went."""
        gone = [sha for sha in self.hashes() if sha not in keep]
        if gone:
            with self._transaction() as conn:
                conn.executemany("DELETE FROM documents WHERE sha256 = ?", [(s,) for s in gone])
        return len(gone)


class _Chunks:
    """An iterator of byte chunks read as a file (``put_stream`` reads ``read(n)``)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._held = b""

    def read(self, n: int = -1) -> bytes:
        while n < 0 or len(self._held) < n:
            part = next(self._chunks, None)
            if part is None:
                break
            self._held += part
        if n < 0:
            out, self._held = self._held, b""
        else:
            out, self._held = self._held[:n], self._held[n:]
        return out


def too_large(name: str, size: int) -> DocumentTooLarge:
    return DocumentTooLarge(name=name, size=size_text(size), limit=size_text(MAX_BYTES))


def _hash_file(path: Path, progress: Progress | None, total: int) -> str:
    digest = hashlib.sha256()
    done = 0
    try:
        with open(path, "rb") as handle:
            while part := handle.read(CHUNK):
                digest.update(part)
                done += len(part)
                if progress is not None:
                    progress(done, total)
    except OSError as exc:
        raise file_problem(exc, path) from exc
    return digest.hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- what the main database refers to ----------------------------------------------------


def referenced(conn: sqlite3.Connection) -> set[str] | None:
    """The hashes the attachments of an open main database refer to; None for a file
    from before the attachments (schema 0014), which has none."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachments'"
    ).fetchone()
    if not exists:
        return None
    return {sha for (sha,) in conn.execute("SELECT DISTINCT sha256 FROM attachments")}


def _referenced_by_file(path: Path) -> set[str] | None:
    """``referenced`` of a database file (a backup): an empty set for one from before
    the attachments, None when it cannot be read."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return referenced(conn) or set()
    except sqlite3.Error:
        return None
    finally:
        conn.close()


# --- backups and restore (called by ``database.make_backup`` / ``restore_backup``) -------


@dataclass(frozen=True)
class BackupReport:
    copied: int  # documents copied into the backups' store
    copied_bytes: int
    pruned: int  # documents no kept backup refers to, removed from it
    swept: int  # documents no attachment refers to, removed from the store


def after_backup(
    conn: sqlite3.Connection, database_path: Path, *, kept_backups: Iterable[Path]
) -> BackupReport | None:
    """After a backup of the database ``conn`` (the file ``database_path``): copy the
    documents the backups' store lacks into it, prune from it what no kept backup and
    not the database refer to, and remove from the live store what no attachment refers
    to. None when the database has no documents store (nothing to do)."""
    live_path = documents_path(database_path)
    wanted = referenced(conn)
    if wanted is None or not live_path.exists():
        return None
    with DocumentStore(live_path) as live, DocumentStore(backup_store_path(database_path)) as kept:
        # two reads of the hash indexes, then only what is new (10 000 documents: one
        # set difference, not 20 000 lookups)
        copied, copied_bytes = kept.copy_from(live, live.hashes() - kept.hashes())
        keep = set(wanted)
        for backup in kept_backups:
            found = _referenced_by_file(Path(backup))
            if found is None:  # unreadable backup: prune nothing it might need
                keep = None
                break
            keep |= found
        pruned = kept.remove_except(keep) if keep is not None else 0
        swept = live.remove_except(wanted)
    return BackupReport(copied, copied_bytes, pruned, swept)


def restore_documents(database_path: Path | str) -> tuple[int, list[str]]:
    """After a restore of the database file: put back, from the backups' store, every
    document its attachments refer to that the store lacks. (documents put back, hashes
    still missing). A damaged store is kept aside (``.damaged-STAMP``) and rebuilt."""
    database_path = Path(database_path)
    wanted = _referenced_by_file(database_path) or set()
    if not wanted:
        return 0, []
    live_path = documents_path(database_path)
    try:
        with DocumentStore(live_path) as probe:
            problems = [r[0] for r in probe.conn.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise sqlite3.DatabaseError("; ".join(problems[:3]))
    except (sqlite3.DatabaseError, StorageError):
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        for suffix in ("", "-wal", "-shm"):
            old = Path(str(live_path) + suffix)
            if old.exists():
                os.replace(old, Path(f"{live_path}.damaged-{stamp}{suffix}"))
    backup = backup_store_path(database_path)
    with DocumentStore(live_path) as live:
        missing = {sha for sha in wanted if not live.has(sha)}
        put_back = 0
        if missing and backup.exists():
            with DocumentStore(backup, create=False) as kept:
                put_back, _ = live.copy_from(kept, missing)
        still = sorted(sha for sha in wanted if not live.has(sha))
    return put_back, still
