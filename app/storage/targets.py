"""A file the user chose to write (an export, a letter, a copy) is never a database.

``avtalevakt export --db F --out F`` wrote the JSON export over the database ``F``
itself, and "Lagre en kopi …" of an attachment could be given the database's name: the
contracts were gone, with no backup taken. A file dialog's "replace the file?" does not
say that the file is the program's own.

Refused are (the program has no reason to write over any of them):

- any SQLite database: the program's file, its backups and documents stores, another
  desk's file (the first 16 bytes of every SQLite file are ``SQLite format 3\\0``);
- the files SQLite and the program keep beside a database while it is in use (its
  ``-wal`` journal, ``-shm`` shared memory, ``-journal``, the program's ``.lock``),
  also when they do not exist at the moment: the next open would read them.

A path is compared as the file it leads to (a link to the database is refused too).

``written(target)`` is how the writers of the user's files write (the JSON and ZIP
exports, CSV files, calendar files, PDFs, a saved copy of an attachment, a template
variant's file, a ``--screenshot``'s picture): it refuses a database first, then
writes ``NAME.part`` beside the target, which replaces the target only once it is
complete. On any failure the partial file is removed and the target is as it was; a
full disk or a read-only folder is said as such (``DiskFull``, ``NotWritable``), not as
Python's errno text. (Before, each writer had its own copy of this: the JSON export
left its ``.part`` behind on a full disk, a template variant's file was written in
place, and a PDF that Qt could not write was stored as an empty file.)

Before anything is written, ``check_target`` also refuses a folder given as the file
(``--out .``, ``/``, ``''``: ``IsAFolder``) and a file in a folder that does not exist
(``FolderMissing``, naming the folder: the program makes no folder the user names; only
its own data folder, ``files.database_folder``). ``given_path`` refuses an empty value
where a command takes a path (Python reads "" as the current folder).

``refuse_database_target`` is also called on its own: by the JSON and ZIP exports
before they read the whole database (``written`` checks again when they write), for
the CSV export's files as they are moved into place from their hidden folder, for a
``--screenshot`` before the window is drawn, and by the file dialogs, which then ask
again.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from .errors import DiskFull, StorageError, os_reason

#: The first 16 bytes of every SQLite database file (the file format's header string).
SQLITE_HEADER = b"SQLite format 3\x00"

#: What lives beside a database ``F`` while it is in use: ``F-wal``, ``F-shm``, ...
WORKING_FILE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")


class WouldOverwriteDatabase(StorageError):
    nb = "Skriver ikke til {path}: filen er en database, og den ville gått tapt. Velg et annet filnavn."
    en = "Not writing to {path}: the file is a database, and it would be lost. Choose another file name."


class WouldDisturbDatabase(WouldOverwriteDatabase):
    nb = (
        "Skriver ikke til {path}: filen hører til databasen {database} (SQLite eller "
        "programmet bruker den mens databasen er åpen). Velg et annet filnavn."
    )
    en = (
        "Not writing to {path}: the file belongs to the database {database} (SQLite or "
        "the program uses it while the database is open). Choose another file name."
    )


class NotAFolder(StorageError):
    nb = "{path} er en fil, ikke en mappe. Velg en mappe for filene."
    en = "{path} is a file, not a folder. Choose a folder for the files."


#: The files (device, inode) this process has open as databases through SQLite, with
#: how many ``Database`` objects have each open.
_OPEN_HERE: Counter[tuple[int, int]] = Counter()


def open_here(path: Path | str) -> tuple[int, int] | None:
    """Note that this process holds ``path`` open as a database (``Database``); the
    identity to give ``closed_here`` when it closes (None: the file cannot be looked up).

    ``is_database`` then knows it without opening it: on Linux and macOS closing any
    descriptor of a file ends every POSIX lock the process holds on it, SQLite's
    included, and another process may then delete the live ``-wal`` and ``-shm``."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    identity = (found.st_dev, found.st_ino)
    _OPEN_HERE[identity] += 1
    return identity


def closed_here(identity: tuple[int, int] | None) -> None:
    """A ``Database`` noted by ``open_here`` is closed (its inode may then be reused by
    another file, which must not be taken for a database)."""
    if identity is not None and _OPEN_HERE[identity] > 0:
        _OPEN_HERE[identity] -= 1
        if not _OPEN_HERE[identity]:
            del _OPEN_HERE[identity]


def _held_here(path: Path) -> bool:
    try:
        found = os.stat(path)
    except OSError:
        return False
    return (found.st_dev, found.st_ino) in _OPEN_HERE


def open_database_of(path: Path | str, *, companions: tuple[str, ...] = ()) -> Path | None:
    """The database this process has open (``open_here``) that ``path`` is, or that it
    belongs to: one of its working files (``WORKING_FILE_SUFFIXES``, also when missing),
    a companion named by a suffix in ``companions`` (the documents store's
    ``-documents``) or one of the companion's working files; None for any other file.

    Found from names and ``os.stat`` alone, never by opening a file (``is_database``
    reads a header): a file to be read, not written (an attachment), must be refused
    before it is opened, since closing the descriptor would end this process's locks.
    A link is followed: ``avtale.pdf`` leading to the database is the database."""
    resolved = Path(path)
    with contextlib.suppress(OSError, RuntimeError):
        resolved = resolved.resolve()
    candidates = [resolved]
    name = resolved.name
    for suffix in WORKING_FILE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            candidates.append(resolved.with_name(name))
            break
    for suffix in companions:
        if name.endswith(suffix) and len(name) > len(suffix):
            candidates.append(resolved.with_name(name[: -len(suffix)]))
    return next((c for c in candidates if _held_here(c)), None)


def is_database(path: Path | str) -> bool:
    """Whether ``path`` is an SQLite database file (by its header; False when unreadable).

    Only a regular file is opened: reading a FIFO or a terminal (``--out /dev/stdout``)
    would wait for input; and never a database this process has open (``open_here``)."""
    try:
        found = os.stat(path)
        if not stat.S_ISREG(found.st_mode):
            return False
        if (found.st_dev, found.st_ino) in _OPEN_HERE:
            return True
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:  # missing, a folder, unreadable: nothing of a database to lose
        return False


def database_at(target: Path | str) -> Path | None:
    """The database writing ``target`` would destroy or disturb, or None: ``target``
    itself when it is a SQLite database, else the database whose working file it is."""
    path = Path(target)
    with contextlib.suppress(OSError, RuntimeError):
        path = path.resolve()
    # a working file by its name first: reading "desk.sqlite-shm" to see whether it is
    # a database would end this process's SQLite locks on it (``open_here``)
    for suffix in WORKING_FILE_SUFFIXES:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            base = path.with_name(path.name[: -len(suffix)])
            if is_database(base):
                return base
    if is_database(path):
        return path
    return None


def refuse_database_target(target: Path | str) -> None:
    """Raise ``WouldOverwriteDatabase`` when ``target`` is a database,
    ``WouldDisturbDatabase`` when it is one of a database's working files."""
    database = database_at(target)
    if database is None:
        return
    resolved = Path(target)
    with contextlib.suppress(OSError, RuntimeError):
        resolved = resolved.resolve()
    if database == resolved:  # the database itself (not reopened: ``open_here``)
        raise WouldOverwriteDatabase(path=target)
    raise WouldDisturbDatabase(path=target, database=str(database))


def refuse_folder_target(folder: Path | str) -> None:
    """For a folder the user chose to write files into (``export --csv``): not a
    database (``WouldOverwriteDatabase``), not a file of any other kind, and in a folder
    that exists (``FolderMissing``: the folder named may be new, as a file may)."""
    refuse_database_target(folder)
    folder = Path(folder)
    try:
        if folder.exists() and not folder.is_dir():
            raise NotAFolder(path=folder)
        refuse_missing_folder(folder)
    except OSError as exc:  # a name too long to look up
        raise file_error(exc, folder) from exc


class NoName(StorageError):
    """An empty value where a file or folder belongs (``--out ''``): a path "" is the
    current folder to Python, so ``export --csv ''`` wrote every table there."""

    nb = "{option}: ingen fil eller mappe oppgitt (tom verdi). Oppgi et navn."
    en = "{option}: no file or folder given (an empty value). Give a name."


def given_path(value: str | os.PathLike[str], *, option: str) -> Path:
    """The path the user typed for ``option``; an empty one is refused (``NoName``),
    never read as "." (the current folder)."""
    if not os.fspath(value).strip():
        raise NoName(option=option)
    return Path(value)


class IsAFolder(StorageError):
    """The target of a file is a folder (``--out .``, ``--out /``, ``--out ''``, or an
    existing folder's name): ``with_name`` crashed on "." and "/", an existing folder
    was said as "(Is a directory)"."""

    nb = "Kan ikke skrive {path}: det er en mappe. Oppgi et filnavn, ikke bare mappen."
    en = "Cannot write {path}: it is a folder. Give a file name, not only the folder."


class FolderMissing(StorageError):
    """A file (or folder) the user named goes into a folder that does not exist.

    Decision (CLI audit, defect 5): the program does not make folders the user names.
    ``export --out nope/x.json`` made ``nope`` silently while ``letter --out`` refused;
    a typo in a path should not quietly make folders somewhere, and the GUI's save
    dialogs can only choose folders that exist. So every file the user names, and the
    folder of ``export --csv``, must be in an existing folder; the folder named is the
    outermost one missing (the one to make, or the typo). The program makes only its own
    folders (the data folder, ``backups/``, the documents store)."""

    nb = "Kan ikke skrive {path}: mappen {folder} finnes ikke. Lag den først, eller velg et annet sted."
    en = "Cannot write {path}: the folder {folder} does not exist. Make it first, or choose another place."


def _outermost_missing(folder: Path) -> Path | None:
    """The outermost folder of ``folder``'s path that does not exist (None: it exists)."""
    missing = None
    probe = folder
    while not probe.exists():
        missing = probe
        if probe.parent == probe:
            break
        probe = probe.parent
    if missing is None and not folder.is_dir():
        raise NotAFolder(path=folder)
    if missing is not None and probe.exists() and not probe.is_dir():
        raise NotAFolder(path=probe)  # nope.txt/x.json: a file where a folder belongs
    return missing


def refuse_missing_folder(target: Path | str) -> None:
    """``FolderMissing`` when the folder ``target`` would be written in does not exist
    (``NotAFolder`` when a file stands where one of its folders belongs)."""
    target = Path(target)
    missing = _outermost_missing(Path(os.path.abspath(target)).parent)
    if missing is not None:
        raise FolderMissing(path=target, folder=str(missing))


def check_target(target: Path | str) -> None:
    """Everything that can be said of a file the user named before it is written: not a
    database or one of its working files, not a folder (``IsAFolder``), in a folder that
    exists (``FolderMissing``). ``written`` asks it first; a command asks it before long
    work (the exports read the whole database first)."""
    target = Path(target)
    refuse_database_target(target)
    try:
        if target.name in ("", ".", "..") or target.is_dir():
            raise IsAFolder(path=os.path.abspath(target) if not target.name else target)
        refuse_missing_folder(target)
    except OSError as exc:  # a name too long to look up
        raise file_error(exc, target) from exc


class NotWritable(StorageError):
    nb = "Kan ikke skrive {path}: mappen eller filen er skrivebeskyttet. Velg et annet sted."
    en = "Cannot write {path}: the folder or the file is read-only. Choose another place."


class FolderGone(StorageError):
    nb = "Kan ikke skrive {path}: mappen finnes ikke (lenger). Velg et annet sted."
    en = "Cannot write {path}: the folder does not exist (any more). Choose another place."


class FileTooLarge(StorageError):
    """EFBIG: the file system's largest file (FAT32's 4 GB: a ZIP export with documents
    on a memory stick), or a limit on file size: it was said in the OS's English."""

    nb = (
        "Kunne ikke skrive {path}: filen ble større enn filsystemet tillater (en minnepinne "
        "med FAT32 tar høyst 4 GB per fil). Velg et annet sted. Ingenting er lagret."
    )
    en = (
        "Could not write {path}: the file grew larger than the file system allows (a FAT32 "
        "memory stick takes at most 4 GB per file). Choose another place. Nothing was saved."
    )


class NameTooLong(StorageError):
    nb = "Kan ikke skrive {path}: navnet eller mappestien er for lang. Velg et kortere navn."
    en = "Cannot write {path}: the name or the folder path is too long. Choose a shorter name."


class NotWritten(StorageError):
    nb = "Kunne ikke skrive {path} ({detail}). Ingenting er lagret."
    en = "Could not write {path} ({detail}). Nothing was saved."


class PictureNotWritten(StorageError):
    """Qt's image writer said no (it gives no reason): ``python -m app --screenshot``."""

    nb = (
        "Bildet {path} ble ikke skrevet (finnes mappen, og kan den skrives til?). "
        "Ingenting er lagret."
    )
    en = (
        "The picture {path} was not written (does the folder exist, and can it be "
        "written to?). Nothing was saved."
    )


class FileInUse(StorageError):
    nb = "Kan ikke skrive {path}: filen er åpen i et annet program. Lukk den der og prøv igjen."
    en = "Cannot write {path}: the file is open in another program. Close it there and try again."


#: Windows' "used by another process" (a PDF viewer holding the earlier letter open).
SHARING_VIOLATIONS = (32, 33)


def file_error(exc: OSError, path: Path | str) -> StorageError:
    """The user's message for ``exc``, met while writing the file ``path``."""
    if getattr(exc, "winerror", None) in SHARING_VIOLATIONS:
        return FileInUse(path=path, detail=str(exc))
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(path=path, detail=str(exc))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return NotWritable(path=path, detail=str(exc))
    if exc.errno == errno.ENOENT:
        return FolderGone(path=path, detail=str(exc))
    if exc.errno == errno.EFBIG:
        return FileTooLarge(path=path, detail=str(exc))
    if exc.errno == errno.ENAMETOOLONG:
        return NameTooLong(path=path, detail=str(exc))
    if exc.errno == errno.EISDIR:
        return IsAFolder(path=path, detail=str(exc))
    # the reason in the user's words where it is known, else the OS's own (storage.errors)
    return NotWritten(path=path, detail=os_reason(exc))


@contextlib.contextmanager
def written(target: Path | str, *, make_folder: bool = False) -> Iterator[Path]:
    """Write the user's file ``target``: yields the partial file to write (close it
    before the block ends); once the block is done it replaces ``target`` atomically.
    Refuses a database (``refuse_database_target``) before anything is written. On any
    failure the partial file is removed, ``target`` is untouched, and an ``OSError`` (of
    the block too: its work is writing the file) becomes ``file_error``'s message.

    ``check_target`` comes first: a folder, or a file in a folder that does not exist,
    is refused before anything is written. ``make_folder`` no longer makes folders (see
    ``FolderMissing``: one rule for every file the user names); the keyword is accepted
    until its last caller (``exchange._write_atomically``) stops passing it."""
    del make_folder  # a missing folder is refused (FolderMissing), never made
    target = Path(target)
    check_target(target)
    partial = target.with_name(target.name + ".part")
    try:
        yield partial
        os.replace(partial, target)
    except OSError as exc:
        raise file_error(exc, target) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
