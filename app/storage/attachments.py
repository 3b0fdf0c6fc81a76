"""Attaching documents to records, listing and removing them (issue 15).

The one place that puts a document in the documents store *and* its attachment record
in the database: the bytes first (content-addressed, so storing them again is
harmless), then the record through its repository (validated, versioned, its history
entry naming the file and its SHA-256, in one transaction). A crash in between leaves
at most a document nothing refers to, which the next backup removes; never an
attachment without its document. Removing is deleting the record (with its history
entry); the bytes go at the next backup, once the backups have them.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.attachments import (
    MAX_BYTES,
    OWNER_FIELDS,
    Attachment,
    Source,
    accepted_extensions,
    media_type_of,
    safe_name,
)
from app.domain.explain import Lang, phrase, register_texts

from .documents import DocumentStore, Stored, too_large
from .errors import NotFound, StorageError, os_reason
from .repositories import Repositories

Progress = Callable[[int, int], None]

#: The record types that take attachments, by repository attribute or table.
OWNER_TABLES = tuple(OWNER_FIELDS)
_ALIASES = {"deliveries": "delivery_notices"}


register_texts(
    {
        "attachments.kinds": (
            "PDF, bilder, e-post (.eml, .msg), Office-filer og tekst",
            "PDF, image, e-mail (.eml, .msg), Office and text",
        )
    }
)


class NotAccepted(StorageError):
    nb = "{name} kan ikke legges ved: bare {allowed} tas imot."
    en = "{name} cannot be attached: only {allowed} files are taken."

    def text(self, lang: Lang = "nb") -> str:
        self.values["allowed"] = phrase("attachments.kinds", lang)
        return super().text(lang)


class EmptyFile(StorageError):
    nb = "{name} er tom (0 byte) og legges ikke ved."
    en = "{name} is empty (0 bytes) and is not attached."


class NoAttachments(StorageError):
    nb = "{table} har ikke vedlegg (bare kunder, avtaler, reklamasjoner, leveransemeldinger, oppsigelser og hendelser)."
    en = "{table} take no attachments (only customers, contracts, complaints, delivery notices, terminations and incidents)."


class AttachMissing(StorageError):
    nb = "Finner ikke filen som skulle legges ved: {path}. Ingenting er lagt ved."
    en = "The file to attach does not exist: {path}. Nothing was attached."


class AttachIsAFolder(StorageError):
    nb = "{path} er en mappe, ikke en fil. Bare filer kan legges ved."
    en = "{path} is a folder, not a file. Only files can be attached."


class AttachUnreadable(StorageError):
    nb = "Kan ikke lese filen som skulle legges ved, {path}: {detail}. Ingenting er lagt ved."
    en = "Cannot read the file to attach, {path}: {detail}. Nothing was attached."


class AttachOpenDatabase(StorageError):
    """The database that is open (``check_file``): reading it would end this process's
    SQLite locks on it (``targets.open_database_of``)."""

    nb = (
        "{path} legges ikke ved: det er databasen som er åpen i programmet. Å lese den "
        "mens den er i bruk kan oppheve låsene SQLite verner den med, og lagrede endringer "
        "kan gå tapt. Vil du ta vare på databasen, ta en sikkerhetskopi."
    )
    en = (
        "{path} is not attached: it is the database open in the program. Reading it "
        "while it is in use can undo the locks SQLite protects it with, and saved changes "
        "could be lost. To keep a copy of the database, take a backup."
    )


class AttachDatabaseFile(AttachOpenDatabase):
    """One of the open database's working files, or its documents store."""

    nb = (
        "{path} legges ikke ved: filen hører til databasen {database}, som er åpen i "
        "programmet (SQLite eller programmet bruker den mens databasen er åpen). Å lese "
        "den nå kan oppheve låsene SQLite verner databasen med, og lagrede endringer kan "
        "gå tapt."
    )
    en = (
        "{path} is not attached: the file belongs to the database {database}, which is "
        "open in the program (SQLite or the program uses it while the database is open). "
        "Reading it now can undo the locks SQLite protects the database with, and saved "
        "changes could be lost."
    )


def refuse_open_database(path: Path) -> None:
    """``AttachOpenDatabase`` for the database this process has open (also through a
    link), ``AttachDatabaseFile`` for its ``-wal``, ``-shm``, ``-journal``, ``.lock`` or
    documents store; decided without opening the file (``targets.open_database_of``)."""
    from .documents import SUFFIX
    from .targets import open_database_of

    database = open_database_of(path, companions=(SUFFIX,))
    if database is None:
        return
    resolved = path
    with contextlib.suppress(OSError, RuntimeError):
        resolved = path.resolve()
    if database == resolved:
        raise AttachOpenDatabase(path=path)
    raise AttachDatabaseFile(path=path, database=str(database))


def owner_table(name: str) -> str:
    """The SQL table of a record type that takes attachments (``deliveries`` is
    ``delivery_notices``); ``NoAttachments`` for any other."""
    table = _ALIASES.get(name, name)
    if table not in OWNER_FIELDS:
        raise NoAttachments(table=name)
    return table


def check_file(path: Path | str) -> tuple[str, int]:
    """(media type, size) of a file that may be attached, or the refusal naming why
    (the open database or one of its files first, without opening it)."""
    path = Path(path)
    # the open database and its working files before anything opens them (their
    # descriptor closed would end this process's SQLite locks: ``targets.open_here``)
    refuse_open_database(path)
    # the file to attach, not the database: "Databasefeil i …: finnes ikke / not found"
    # (both languages at once) and "[Errno 21] Is a directory" were said (CLI audit, 3)
    try:
        if path.is_dir():
            raise AttachIsAFolder(path=path)
        size = path.stat().st_size
        with open(path, "rb"):  # readable (a file without read permission stats fine)
            pass
    except FileNotFoundError:
        raise AttachMissing(path=path) from None
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise AttachIsAFolder(path=path) from None
        raise AttachUnreadable(path=path, detail=os_reason(exc)) from exc
    media_type = media_type_of(path.name)  # (after: a folder "Dokumenter" is a folder)
    if media_type is None:
        raise NotAccepted(name=path.name, allowed=", ".join(accepted_extensions()))
    if size > MAX_BYTES:
        raise too_large(path.name, size)
    if size == 0:
        raise EmptyFile(name=path.name)
    return media_type, size


@dataclass(frozen=True)
class Attached:
    attachment: Attachment
    stored: Stored  # ``stored.new`` False: the same document was attached before


class Attachments:
    """The attachments of one open database and its documents store."""

    def __init__(self, repos: Repositories, store: DocumentStore | None = None) -> None:
        self.repos = repos
        self.store = store or DocumentStore.beside(repos.database.path)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Attachments:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading ------------------------------------------------------------------------

    def for_record(self, table: str, record_id: int) -> list[Attachment]:
        """A record's attachments, oldest first."""
        table = owner_table(table)
        repo = self.repos.attachments
        return repo._select(f"{OWNER_FIELDS[table]} = ?", [record_id])

    def with_hash(self, sha256: str) -> list[Attachment]:
        return self.repos.attachments._select("sha256 = ?", [sha256.lower()])

    def count(self) -> int:
        return self.repos.attachments.count_all()

    # --- writing ------------------------------------------------------------------------

    def _owner(self, table: str, record_id: int) -> dict[str, Any]:
        table = owner_table(table)
        self.repos.repository(table).get(record_id)  # NotFound names the record
        return {OWNER_FIELDS[table]: record_id}

    def attach_file(
        self,
        table: str,
        record_id: int,
        path: Path | str,
        *,
        progress: Progress | None = None,
        note: str = "",
    ) -> Attached:
        """Attach the file at ``path`` to the record; refusals name the file and why."""
        path = Path(path)
        media_type, _size = check_file(path)
        owner = self._owner(table, record_id)
        stored = self.store.put_file(path, progress=progress)
        return self._record(owner, safe_name(path.name), media_type, stored, Source.FILE, note)

    def attach_bytes(
        self,
        table: str,
        record_id: int,
        content: bytes,
        *,
        name: str,
        source: Source = Source.FILE,
        note: str = "",
    ) -> Attached:
        """Attach bytes under a file name (a letter the program made, a dropped e-mail)."""
        media_type = media_type_of(name)
        if media_type is None:
            raise NotAccepted(name=name, allowed=", ".join(accepted_extensions()))
        if not content:
            raise EmptyFile(name=name)
        owner = self._owner(table, record_id)
        stored = self.store.put(content, name=name)
        return self._record(owner, safe_name(name), media_type, stored, source, note)

    def _record(
        self,
        owner: dict[str, Any],
        name: str,
        media_type: str,
        stored: Stored,
        source: Source,
        note: str,
    ) -> Attached:
        attachment = Attachment(
            **owner,
            name=name,
            media_type=media_type,
            size=stored.size,
            sha256=stored.sha256,
            added=self.repos.clock(),
            added_by=self.repos.user,
            source=source,
            note=note,
        )
        return Attached(self.repos.attachments.add(attachment), stored)

    def remove(self, attachment: Attachment) -> None:
        """Remove an attachment (its history entry keeps name and hash); refused when it
        changed since it was read (``StaleRecord``)."""
        if attachment.id is None:
            raise NotFound(table="attachments", id=0)
        self.repos.attachments.delete(attachment.id, version=attachment.version)

    # --- the bytes ----------------------------------------------------------------------

    def save_copy(
        self, sha256: str, target: Path | str, *, progress: Progress | None = None
    ) -> Path:
        """Write the document to ``target`` (checked against its hash)."""
        return self.store.save_as(sha256.lower(), target, progress=progress)

    def read(self, sha256: str) -> bytes:
        return self.store.read(sha256.lower())
