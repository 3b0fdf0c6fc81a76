"""What can go wrong with the database file, as exceptions that can explain themselves.

Every ``StorageError`` has ``text(lang)`` in bokmål (default) or English: one sentence a
service-desk person can act on. ``classify`` turns sqlite3's errors into these.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from ..domain.explain import Lang, phrase, register_texts

#: SQL table -> (bokmål, English) names for messages.
TABLE_NAMES: dict[str, tuple[str, str]] = {
    "template_variants": ("malvarianter", "template variants"),
    "customers": ("kunder", "customers"),
    "contracts": ("avtaler", "contracts"),
    "services": ("tjenester", "services"),
    "incidents": ("hendelser", "incidents"),
    "complaints": ("reklamasjoner", "complaints"),
    "delivery_notices": ("leveransemeldinger", "delivery notices"),
    "terminations": ("oppsigelser", "terminations"),
    "checklist_items": ("sjekklistepunkter", "checklist items"),
    "notes": ("notater", "notes"),
    "history": ("historikkoppføringer", "history entries"),
    "letters": ("brev", "letters"),
    "attachments": ("vedlegg", "attachments"),
    "documents": ("dokumenter", "documents"),
    "reminder_acks": ("kvitterte påminnelser", "acknowledged reminders"),
}


register_texts({f"table.{table}": names for table, names in TABLE_NAMES.items()})
register_texts(
    {
        "storage.the_database": ("databasen", "the database"),
        "storage.no_backup": ("Det finnes ingen sikkerhetskopi.", "There is no backup."),
        "storage.newest_backup": ("Nyeste sikkerhetskopi: {path}", "Newest backup: {path}"),
        "storage.no_whole_backup": (
            "Det finnes ingen annen hel sikkerhetskopi av databasen.",
            "There is no other whole backup of the database.",
        ),
        "storage.newest_whole_backup": (
            "Nyeste hele sikkerhetskopi: {path}",
            "Newest whole backup: {path}",
        ),
        "storage.export_import": (
            "Les den inn i en database med «Importer …» på Fil-menyen, eller med "
            "«avtalevakt import».",
            "Read it into a database with “Import…” on the File menu, or with “avtalevakt import”.",
        ),
        "storage.export_backup": (
            "Nyeste sikkerhetskopi av databasen som lå her: {path}",
            "Newest backup of the database that was here: {path}",
        ),
        "storage.export_restore_question": (
            "{text}\n\nVil du gjenopprette databasen fra den nyeste sikkerhetskopien? "
            "Eksportfilen beholdes ved siden av, med nytt navn.",
            "{text}\n\nRestore the database from the newest backup? "
            "The export file is kept beside it, renamed.",
        ),
        "storage.restore_question": (
            "{text}\n\nVil du gjenopprette fra den nyeste sikkerhetskopien? "
            "Den skadde filen beholdes ved siden av, med nytt navn.",
            "{text}\n\nRestore from the newest backup? "
            "The damaged file is kept beside it, renamed.",
        ),
        "storage.lost_empty": ("er tom (0 byte)", "is empty (0 bytes)"),
        "storage.lost_missing": ("finnes ikke", "does not exist"),
        "storage.restore_whole_question": (
            "{text}\n\nVil du gjenopprette fra den nyeste hele sikkerhetskopien?",
            "{text}\n\nRestore from the newest whole backup?",
        ),
        "storage.restore_whole_question_empty": (
            "{text}\n\nVil du gjenopprette fra den nyeste hele sikkerhetskopien? "
            "Den tomme filen beholdes ved siden av, med nytt navn.",
            "{text}\n\nRestore from the newest whole backup? "
            "The empty file is kept beside it, renamed.",
        ),
        "storage.changed_by": (" av {user}", " by {user}"),
        "storage.changed_at": (" {when}", " at {when}"),
        "storage.stale_deleted": (
            "Kan ikke lagre ({table}, id {id}): posten ble slettet{by} "
            "etter at du åpnet den. Ingenting er lagret.",
            "Cannot save ({table}, id {id}): the record was deleted{by} "
            "after you opened it. Nothing was saved.",
        ),
    }
)


def table_name(table: str, lang: Lang) -> str:
    return phrase(f"table.{table}", lang) if table in TABLE_NAMES else table


def counts_text(counts: dict[str, int], lang: Lang) -> str:
    """ "avtaler: 1, notater: 3" (the names are plural: "1 avtaler" read wrong)."""
    return ", ".join(f"{table_name(t, lang)}: {n}" for t, n in counts.items())


class StorageError(Exception):
    """Base of every storage problem; ``text(lang)`` is the message for the user."""

    nb: ClassVar[str] = "Databasefeil i {path}: {detail}"
    en: ClassVar[str] = "Database error in {path}: {detail}"

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _register(cls)

    @classmethod
    def text_code(cls) -> str:
        """The catalog code of the class's sentence (``nb``/``en`` are registered there)."""
        return f"{cls.__module__}.{cls.__qualname__}"

    def __init__(self, *, path: Path | str | None = None, detail: str = "", **values: Any):
        self.path = Path(path) if path is not None else None
        self.detail = detail
        self.values = values
        super().__init__(self.text("en"))

    def text(self, lang: Lang = "nb") -> str:
        path = str(self.path) if self.path is not None else phrase("storage.the_database", lang)
        values = dict(self.values)
        if "table" in values:
            values["table"] = table_name(values["table"], lang)
        if "counts" in values:  # {table: n}
            values["counts"] = counts_text(values["counts"], lang)
        return phrase(self.text_code(), lang, path=path, detail=self.detail, **values)


def _register(cls: type[StorageError]) -> None:
    """A StorageError's ``nb``/``en`` class texts into the catalog, under its code."""
    register_texts({cls.text_code(): (cls.nb, cls.en)})


_register(StorageError)


class DatabaseTooNew(StorageError):
    nb = (
        "Databasen {path} er laget av en nyere versjon av Avtalevakt (skjemaversjon {found}, "
        "dette programmet kjenner {known}). Den er ikke endret; oppdater programmet for å åpne den."
    )
    en = (
        "The database {path} was made by a newer version of Avtalevakt (schema version {found}, "
        "this program knows {known}). It has not been changed; update the program to open it."
    )


class DatabaseDamaged(StorageError):
    """The file fails ``PRAGMA integrity_check`` or is no SQLite database at all."""

    nb = "Databasen {path} er skadet ({detail}). Den er ikke endret. {offer}"
    en = "The database {path} is damaged ({detail}). It has not been changed. {offer}"

    def __init__(self, *, newest_backup: Path | None = None, **kwargs: Any) -> None:
        self.newest_backup = newest_backup
        if isinstance(kwargs.get("detail"), str):  # SQLite's English said in words
            kwargs["detail"] = SqliteReason(kwargs["detail"])
        super().__init__(**kwargs)

    #: The sentences of the offer (a subclass says them of its own kind of file).
    no_backup_phrase: ClassVar[str] = "storage.no_backup"
    backup_phrase: ClassVar[str] = "storage.newest_backup"
    question_phrase: ClassVar[str] = "storage.restore_question"

    def text(self, lang: Lang = "nb") -> str:
        if self.newest_backup is None:
            offer = phrase(self.no_backup_phrase, lang)
        else:
            offer = phrase(self.backup_phrase, lang, path=str(self.newest_backup))
        self.values["offer"] = offer
        return super().text(lang)

    def restore_question(self, lang: Lang = "nb") -> str:
        """The offer to the user: restore the newest backup (the damaged file is kept)."""
        return phrase(self.question_phrase, lang, text=self.text(lang))


class ExportGivenAsDatabase(DatabaseDamaged):
    """The file is one of the program's own exports (JSON, or the ZIP with the documents)
    where a database belongs (``--db``, opening a file). SQLite says "file is not a
    database", which was said as "skadet (file is not a database)". Now the user hears
    what the file is: with no backup of that path, how to read it in; with one (a
    database was there before), the restore is offered as for damage, and the export is
    kept beside it as ``NAME.before-restore-STAMP`` like any file a restore replaces."""

    nb = (
        "{path} er en eksportfil fra Avtalevakt ({kind}), ikke en database. Den er ikke "
        "endret. {offer}"
    )
    en = (
        "{path} is an Avtalevakt export file ({kind}), not a database. It has not been "
        "changed. {offer}"
    )

    no_backup_phrase = "storage.export_import"
    backup_phrase = "storage.export_backup"
    question_phrase = "storage.export_restore_question"


class DatabaseLost(DatabaseDamaged):
    """The file is missing or empty, but backups of it exist: it is not made anew (that
    would start an empty database beside good backups), and restoring is offered."""

    nb = (
        "Databasen {path} {what}, men det finnes sikkerhetskopier av den. Den lages ikke på "
        "nytt. {offer}"
    )
    en = "The database {path} {what}, but there are backups of it. It is not made anew. {offer}"

    def __init__(self, *, empty: bool = False, **kwargs: Any) -> None:
        self.empty = empty
        super().__init__(**kwargs)

    def text(self, lang: Lang = "nb") -> str:
        self.values["what"] = phrase(
            "storage.lost_empty" if self.empty else "storage.lost_missing", lang
        )
        return super().text(lang)

    def restore_question(self, lang: Lang = "nb") -> str:
        code = "storage.restore_whole_question" + ("_empty" if self.empty else "")
        return phrase(code, lang, text=self.text(lang))


class WrongDatabase(StorageError):
    """A backup (or file) of another database than the one it would replace."""

    nb = (
        "{path} er en sikkerhetskopi av en annen database enn {target} (en annen "
        "database-ID). Den gjenopprettes ikke; ingenting er endret."
    )
    en = (
        "{path} is a backup of another database than {target} (another database id). It "
        "is not restored; nothing has changed."
    )


class NotABackup(StorageError):
    """A file given as a backup that is no database at all (an export, a PDF …)."""

    nb = "{path} er ingen sikkerhetskopi: filen er ikke en database. Ingenting er endret."
    en = "{path} is no backup: the file is not a database. Nothing has changed."


class BackupIsTheDatabase(StorageError):
    """The file given as the backup is the database it would replace."""

    nb = "{path} er selve databasen, ikke en sikkerhetskopi av den. Ingenting er endret."
    en = "{path} is the database itself, not a backup of it. Nothing has changed."


class DiskIOError(StorageError):
    """The disk could not read or write (SQLITE_IOERR): not damage of the file."""

    nb = (
        "Disken kunne ikke lese eller skrive {path} ({detail}). Filen er ikke nødvendigvis "
        "skadet: sjekk disken eller nettverksstasjonen og prøv igjen. Ingenting ble lagret."
    )
    en = (
        "The disk could not read or write {path} ({detail}). The file is not necessarily "
        "damaged: check the disk or network drive and try again. Nothing was saved."
    )


class JournalRemoved(StorageError):
    """The ``-wal`` file was removed while a program had the database open."""

    nb = (
        "Journalfilen til databasen ({path}-wal) ble fjernet mens databasen var åpen "
        "(av et annet program, en opprydding eller en synkroniseringstjeneste). Filen er "
        "ikke skadet. Lukk alle Avtalevakt-vinduer og kommandoer på denne databasen og "
        "start på nytt; ikke slett filer ved siden av databasen."
    )
    en = (
        "The database's journal file ({path}-wal) was removed while the database was open "
        "(by another program, a clean-up or a sync service). The file is not damaged. Close "
        "every Avtalevakt window and command on this database and start again; do not "
        "delete the files beside the database."
    )


class DatabaseInUse(StorageError):
    """The program (or a command that replaces content) has the file open (``lock``)."""

    nb = (
        "Databasen {path} er åpen i Avtalevakt ({who}). Lukk programmet først, eller bruk "
        "vinduet som er åpent. Ingenting er endret."
    )
    en = (
        "The database {path} is open in Avtalevakt ({who}). Close the program first, or "
        "use the window that is open. Nothing has been changed."
    )

    def __init__(self, *, holder: Any = None, **kwargs: Any) -> None:
        self.holder = holder  # a ``lock.Holder``, or None when unknown
        super().__init__(**kwargs)

    def text(self, lang: Lang = "nb") -> str:
        self.values["who"] = self.holder.text(lang) if self.holder is not None else "?"
        return super().text(lang)


class DatabaseLocked(StorageError):
    nb = (
        "Databasen {path} er opptatt: et annet program eller vindu skriver til den. "
        "Vent litt og prøv igjen, eller lukk det andre Avtalevakt-vinduet."
    )
    en = (
        "The database {path} is busy: another program or window is writing to it. "
        "Wait a moment and try again, or close the other Avtalevakt window."
    )


class DatabaseReadOnly(StorageError):
    nb = "Kan ikke skrive til databasen {path}: filen eller mappen er skrivebeskyttet."
    en = "Cannot write to the database {path}: the file or its folder is read-only."


class DiskFull(StorageError):
    nb = "Disken er full: kan ikke skrive til {path}. Ingenting ble lagret; frigjør plass og prøv igjen."
    en = "The disk is full: cannot write to {path}. Nothing was saved; free some space and try again."


class DatabaseMissing(StorageError):
    nb = "Finner ikke databasen {path}."
    en = "The database {path} does not exist."


class DatabaseIsAFolder(DatabaseMissing):
    """``--db`` (or a backup) names a folder: it said "Finner ikke databasen"."""

    nb = "{path} er en mappe, ikke en databasefil. Oppgi filen i den (for eksempel avtalevakt.sqlite)."
    en = "{path} is a folder, not a database file. Give the file in it (for example avtalevakt.sqlite)."


class BackupMissing(DatabaseMissing):
    """A backup given by name (``restore --backup``) that is not there: it said "Finner
    ikke databasen", of a file that was never meant to be the database."""

    nb = "Finner ikke sikkerhetskopien {path}. Ingenting er endret."
    en = "The backup {path} does not exist. Nothing has changed."


class BackupDamaged(DatabaseDamaged):
    """A backup given by name that fails its integrity check. The offer is of the
    database's newest *whole* backup (``newest_backup``), or that there is none; it
    said "Databasen … er skadet … Det finnes ingen sikkerhetskopi" with whole ones there."""

    nb = "Sikkerhetskopien {path} er skadet ({detail}) og gjenopprettes ikke. Databasen er ikke endret. {offer}"
    en = "The backup {path} is damaged ({detail}) and is not restored. The database has not been changed. {offer}"

    no_backup_phrase = "storage.no_whole_backup"
    backup_phrase = "storage.newest_whole_backup"


class NotFound(StorageError, KeyError):
    """No record with that id (also a ``KeyError``)."""

    nb = "Finnes ikke: {table}, id {id}."
    en = "Not found: {table}, id {id}."

    def __str__(self) -> str:  # KeyError would show the repr
        return self.text("en")


class ReferenceMissing(StorageError):
    """A record points to a customer, contract or service that does not exist."""

    nb = "{table}: {field} viser til id {value}, som ikke finnes."
    en = "{table}: {field} refers to id {value}, which does not exist."


class InUse(StorageError):
    """A record other records point to cannot be deleted (nothing is deleted in cascade)."""

    nb = (
        "Kan ikke slette ({table}, id {id}): andre poster viser til den ({counts}). Den kan "
        "slettes når ingen poster viser til den lenger."
    )
    en = (
        "Cannot delete ({table}, id {id}): other records refer to it ({counts}). It can be "
        "deleted once no record refers to it."
    )

    def counts_text(self, lang: Lang = "nb") -> str:
        return counts_text(self.values["counts"], lang)


class StaleRecord(StorageError):
    """A save (or delete) that started from another version than the stored one.

    ``yours`` is the record as the caller wanted to store it (its ``version`` the one it
    started from), ``stored`` the record as it is now (None when it was deleted
    meanwhile); ``changed_by`` and ``changed_at`` come from the last history entry of
    the record when there is one. Nothing was written.
    """

    nb = (
        "Kan ikke lagre ({table}, id {id}): posten ble endret{by} etter at du åpnet den "
        "(du startet fra versjon {yours_version}, lagret er versjon {stored_version}). "
        "Ingenting er lagret."
    )
    en = (
        "Cannot save ({table}, id {id}): the record was changed{by} after you opened it "
        "(you started from version {yours_version}, the stored one is version "
        "{stored_version}). Nothing was saved."
    )

    def __init__(
        self,
        *,
        table: str,
        yours: Any,
        stored: Any,
        changed_by: str = "",
        changed_at: Any = None,
        **kwargs: Any,
    ) -> None:
        self.table = table
        self.yours = yours
        self.stored = stored
        self.changed_by = changed_by
        self.changed_at = changed_at
        super().__init__(
            table=table,
            id=getattr(yours, "id", None),
            yours_version=getattr(yours, "version", "?"),
            stored_version=getattr(stored, "version", None),
            **kwargs,
        )

    def text(self, lang: Lang = "nb") -> str:
        by = ""
        if self.changed_by:
            by = phrase("storage.changed_by", lang, user=self.changed_by)
        if self.changed_at is not None:
            when = self.changed_at.strftime("%d.%m.%Y %H:%M")
            by += phrase("storage.changed_at", lang, when=when)
        self.values["by"] = by
        if self.stored is None:
            what = table_name(self.table, lang)
            return phrase(
                "storage.stale_deleted", lang, table=what, id=str(self.values["id"]), by=by
            )
        return super().text(lang)


class BadRecord(StorageError):
    """A stored row (or a row of an import file) that its model rejects."""

    nb = "{where}: {detail}"
    en = "{where}: {detail}"


class ImportRefused(StorageError):
    nb = "Importen ble avvist, ingenting er endret: {detail}"
    en = "The import was refused, nothing has changed: {detail}"


#: Below this much free space, a failing write or shared-memory map is a full disk.
LOW_SPACE = 2**20
#: SQLite's extended code for a read that found fewer bytes than the file should have.
SQLITE_IOERR_SHORT_READ = getattr(sqlite3, "SQLITE_IOERR_SHORT_READ", 522)
#: A -wal file shorter than its header holds no frame.
WAL_HEADER = 32


def _io_diagnosis(exc: sqlite3.Error, path: Path | str | None) -> StorageError:
    """What an SQLITE_IOERR means here: a full disk, a removed journal, or the disk."""
    import shutil

    if path is not None:
        path = Path(path)
        with contextlib.suppress(OSError):
            if shutil.disk_usage(path.parent).free < LOW_SPACE:
                return DiskFull(path=path, detail=str(exc))
        shm, wal = Path(f"{path}-shm"), Path(f"{path}-wal")
        if shm.exists() and not wal.exists():
            return JournalRemoved(path=path, detail=str(exc))
        # the -shm index names frames the -wal no longer has: the journal was removed
        # under a writer (and a reader since made a new, empty one)
        code = getattr(exc, "sqlite_errorcode", None)
        if code == SQLITE_IOERR_SHORT_READ and shm.exists():
            with contextlib.suppress(OSError):
                if wal.stat().st_size < WAL_HEADER:
                    return JournalRemoved(path=path, detail=str(exc))
    return DiskIOError(path=path, detail=str(exc))


def _not_writable(path: Path | str | None) -> bool:
    """The file exists but it or its folder may not be written (``access``: also a
    read-only file system, which no permission bit shows and root cannot write either)."""
    import os

    if path is None:
        return False
    path = Path(path)
    try:
        return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    except OSError:
        return False


def classify(exc: BaseException, path: Path | str | None) -> StorageError:
    """The StorageError for a sqlite3 error (falls back to the generic one).

    Damage is what SQLite calls corrupt or not a database (and text it cannot decode);
    an I/O error is a full disk, a removed journal or the disk itself, never damage (no
    restore is offered for a healthy file)."""
    if isinstance(exc, UnicodeDecodeError):  # bytes of the schema or a name destroyed
        return DatabaseDamaged(path=path, detail=str(exc))
    message = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == sqlite3.SQLITE_IOERR or "disk i/o error" in message:
        return _io_diagnosis(exc, path)
    if (
        primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
        or "locked" in message
        or "busy" in message
    ):
        return DatabaseLocked(path=path, detail=str(exc))
    if primary == sqlite3.SQLITE_READONLY or "readonly" in message or "read-only" in message:
        return DatabaseReadOnly(path=path, detail=str(exc))
    if (primary == sqlite3.SQLITE_CANTOPEN or "unable to open" in message) and _not_writable(path):
        # a WAL file needs its -shm and -wal beside it: in a folder nobody may write to
        # (a read-only share or medium) SQLite "cannot open" a file that is whole
        return DatabaseReadOnly(path=path, detail=str(exc))
    if primary == sqlite3.SQLITE_FULL or "disk is full" in message:
        return DiskFull(path=path, detail=str(exc))
    if (
        primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
        or "malformed" in message
        or "not a database" in message
        or "could not decode to utf-8" in message  # a flipped byte inside a stored text
    ):
        return DatabaseDamaged(path=path, detail=str(exc))
    return StorageError(path=path, detail=str(exc))


def classify_os_error(exc: OSError, path: Path | str | None) -> StorageError:
    """The StorageError for a file system error while making or writing the database."""
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DatabaseReadOnly(path=path, detail=os_reason(exc))
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(path=path, detail=os_reason(exc))
    return FileProblem(path=path, detail=os_reason(exc))


# --- the operating system's errors in the user's words ---------------------------------
#
# The one place where an OSError is worded for the user (defect 4 of the CLI audit:
# "Filfeil: [Errno 36] File name too long", "Kunne ikke skrive … (Is a directory)",
# "[Errno 30] Read-only file system" stood in Norwegian sentences). ``os_reason(exc)``
# is a value for a catalog sentence's ``{detail}``: it is told in that sentence's
# language when the sentence is rendered. An errno not listed keeps the OS's own text
# (better an English reason than none).

_ERRNO_CODES: dict[int, str] = {
    errno.ENOENT: "os.ENOENT",
    errno.EACCES: "os.EACCES",
    errno.EPERM: "os.EACCES",
    errno.EROFS: "os.EROFS",
    errno.EISDIR: "os.EISDIR",
    errno.ENOTDIR: "os.ENOTDIR",
    errno.ENAMETOOLONG: "os.ENAMETOOLONG",
    errno.ENOSPC: "os.ENOSPC",
    getattr(errno, "EDQUOT", errno.ENOSPC): "os.ENOSPC",
    errno.EEXIST: "os.EEXIST",
    errno.EFBIG: "os.EFBIG",
    errno.EIO: "os.EIO",
    errno.EBUSY: "os.EBUSY",
    errno.ETXTBSY: "os.EBUSY",
    errno.EMFILE: "os.EMFILE",
    errno.ENFILE: "os.EMFILE",
    errno.ELOOP: "os.ELOOP",
    errno.ENOTEMPTY: "os.ENOTEMPTY",
    errno.EXDEV: "os.EXDEV",
    errno.EINVAL: "os.EINVAL",
}

register_texts(
    {
        "os.ENOENT": ("filen eller mappen finnes ikke", "the file or folder does not exist"),
        "os.EACCES": ("ingen tilgang", "permission denied"),
        "os.EROFS": ("filsystemet er skrivebeskyttet", "the file system is read-only"),
        "os.EISDIR": ("det er en mappe, ikke en fil", "it is a folder, not a file"),
        "os.ENOTDIR": (
            "en del av stien er en fil, ikke en mappe",
            "a part of the path is a file, not a folder",
        ),
        "os.ENAMETOOLONG": (
            "navnet eller mappestien er for lang",
            "the name or the folder path is too long",
        ),
        "os.ENOSPC": ("disken er full", "the disk is full"),
        "os.EEXIST": ("finnes fra før", "already exists"),
        "os.EFBIG": (
            "filen ble større enn filsystemet tillater",
            "the file grew larger than the file system allows",
        ),
        "os.EIO": ("lese- eller skrivefeil på disken", "the disk could not read or write"),
        "os.EBUSY": ("filen er i bruk", "the file is in use"),
        "os.EMFILE": ("for mange åpne filer", "too many open files"),
        "os.ELOOP": ("for mange lenker i stien", "too many links in the path"),
        "os.ENOTEMPTY": ("mappen er ikke tom", "the folder is not empty"),
        "os.EXDEV": (
            "kan ikke flyttes mellom to disker",
            "cannot be moved between two disks",
        ),
        "os.EINVAL": (
            "navnet er ugyldig på denne disken",
            "the name is not valid on this disk",
        ),
    }
)


@dataclass(frozen=True)
class OsReason:
    """Why the operating system refused, in the words of the sentence it is part of."""

    exc: OSError

    def text(self, lang: Lang = "nb") -> str:
        code = _ERRNO_CODES.get(self.exc.errno) if self.exc.errno is not None else None
        if code is not None:
            return phrase(code, lang)
        return self.exc.strerror or str(self.exc)  # unknown: the OS's own words

    def __str__(self) -> str:
        return self.text("en")


#: SQLite's words for a damaged file (lower case, as they begin) -> the catalog code
_SQLITE_MESSAGES = {
    "database disk image is malformed": "sqlite.malformed",
    "file is not a database": "sqlite.not_a_database",
    "could not decode to utf-8": "sqlite.text",
    "'utf-8' codec can't decode": "sqlite.text",
}

register_texts(
    {
        "sqlite.malformed": (
            "innholdet i filen henger ikke sammen",
            "the content of the file does not hold together",
        ),
        "sqlite.not_a_database": (
            "filen er ikke en SQLite-database",
            "the file is not an SQLite database",
        ),
        "sqlite.text": (
            "en tekst i filen kan ikke leses",
            "a text in the file cannot be read",
        ),
    }
)


@dataclass(frozen=True)
class SqliteReason:
    """SQLite's reason for calling a file damaged, in the sentence's language; what is
    not listed (the integrity check's lines: pages, indexes) keeps SQLite's words."""

    msg: str

    def text(self, lang: Lang = "nb") -> str:
        lowered = self.msg.lower()
        for start, code in _SQLITE_MESSAGES.items():
            if lowered.startswith(start):
                return phrase(code, lang)
        return self.msg

    def __str__(self) -> str:
        return self.msg


def os_reason(exc: OSError) -> OsReason:
    """``exc``'s reason for a sentence's ``{detail}`` (told in the sentence's language)."""
    return OsReason(exc)


class FileProblem(StorageError):
    """A file the program could not read or write, with the reason in the user's words
    (``os_reason``); the generic ``StorageError`` said "Databasefeil" of any file."""

    nb = "Filfeil i {path}: {detail}."
    en = "File error in {path}: {detail}."


def file_problem(exc: OSError, path: Path | str | None = None) -> StorageError:
    """The message for an OSError met on ``path`` (default: the file the OS named)."""
    if path is None and exc.filename is not None:
        path = os.fsdecode(exc.filename)
    return FileProblem(path=path, detail=os_reason(exc))
