"""Files and folders the program writes are the user's alone (issue 12 item 11).

On POSIX systems: files 0600 (read and write for the owner only), folders the program
makes 0700. SQLite gives a database's ``-wal`` and ``-shm`` the permissions of the
database file itself, so a private database has private journals. The program also
sets its umask to 077 at start (``app.__main__``), which covers every other file it
writes (exports, PDFs, calendars, temporary files); these helpers make the storage
layer's files private even when it is used as a library.

On Windows the permissions of a file come from the folder's access list: the data
folder (``%APPDATA%\\Avtalevakt``) lies in the user's profile, which only the user (and
administrators) can read. Nothing is changed there.

Folders the user chose (where ``--db`` or an export points) are never changed; only
the ones the program made or owns (the data folder, ``backups/``).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

POSIX = os.name == "posix"
FILE_MODE = 0o600
DIR_MODE = 0o700
UMASK = 0o077


def private_dir(path: Path | str, *, tighten: bool = True) -> Path:
    """Make the folder (and missing parents) 0700; an existing one is tightened only
    with ``tighten`` (for the program's own folders, not the user's)."""
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if POSIX:
        for folder in [*missing, *([path] if tighten and not missing else [])]:
            with contextlib.suppress(OSError):
                os.chmod(folder, DIR_MODE)
    return path


def database_folder(db_path: Path | str) -> None:
    """The folder a database is about to be made in: the program's own data folder is
    made (0700) when missing; any other folder must exist (``targets.FolderMissing``).

    Decision (CLI audit, defect 5): ``demo --db nope/x.sqlite`` made ``nope`` silently,
    where ``letter --out nope/x.pdf`` refused; a typo in ``--db`` made a new, empty
    database in a new folder. One rule for every file the user names
    (``targets.refuse_missing_folder``); the data folder is the program's, not named."""
    from .paths import default_data_dir
    from .targets import refuse_missing_folder

    folder = Path(os.path.abspath(db_path)).parent
    if folder == Path(os.path.abspath(default_data_dir())):
        private_dir(folder)
        return
    refuse_missing_folder(db_path)


def is_folder(path: Path | str) -> bool:
    """``Path.is_dir``, with a name the OS cannot even look up (too long, a loop of
    links) said in words (``errors.file_problem``) instead of escaping as an OSError:
    ``demo --db`` with a 300-character name said "Filfeil: [Errno 36] File name too long"."""
    from .errors import file_problem

    try:
        return Path(path).is_dir()
    except OSError as exc:
        raise file_problem(exc, path) from exc


def private_file(path: Path | str) -> Path:
    """Create the file empty with 0600 if it does not exist; tighten it if it does."""
    path = Path(path)
    if POSIX:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        except FileExistsError:
            with contextlib.suppress(OSError):
                os.chmod(path, FILE_MODE)
        else:
            os.close(fd)
    else:
        path.touch(exist_ok=True)
    return path


def tighten(path: Path | str) -> None:
    """0600 on an existing file (a database opened for writing, its journals)."""
    if POSIX:
        with contextlib.suppress(OSError):
            os.chmod(path, FILE_MODE)


def private_umask() -> None:
    """Everything this process creates from now on is the user's alone (POSIX)."""
    if POSIX:
        os.umask(UMASK)
