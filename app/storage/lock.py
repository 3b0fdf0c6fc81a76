"""Who has a database open: one lock file beside it (``desk.sqlite.lock``), held with an
operating-system lock for as long as the program (or a command that replaces content)
has the file open.

The desktop program holds it from start to exit, so a second window on the same file
refuses to start (issue 7) and ``import``, ``demo`` and ``restore`` refuse while the
program has the file open (issue 12 item 8: an import under an open window was silently
reverted by the window's next save). Read-only commands take no lock.

The lock is the kernel's (``flock`` on POSIX, ``msvcrt.locking`` on a byte far past the
text on Windows), not the file's existence: it ends with the process, however that
ends, so a crashed program never leaves a stale lock. The file (0600) holds who took it
(JSON: program or command, process id, host, user, since), for the message. It is
removed when released; a taker that locked a file removed meanwhile sees that the path
no longer names the file it holds and tries again (the usual lock-file protocol).

A folder the lock file cannot be made in is no "already open": ``LockUnavailable`` says
what the file system said (read-only, full), for the caller to report as such.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..domain.explain import phrase, register_texts
from .errors import DatabaseInUse, DatabaseIsAFolder, Lang, StorageError, classify_os_error
from .files import database_folder, is_folder
from .users import computer_name, os_user  # (no domain: asked before the first paint)

#: The byte Windows locks (far past the JSON text, which other processes must read).
_WINDOWS_BYTE = 2**30


def lock_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


class LockUnavailable(StorageError):
    """The lock file cannot be made or opened (read-only folder, full disk …); says what
    the file system said, as that error (``cause``) says it."""

    def __init__(self, *, cause: StorageError | None = None, **kwargs: Any) -> None:
        self.cause = cause
        super().__init__(**kwargs)

    def text(self, lang: Lang = "nb") -> str:
        return self.cause.text(lang) if self.cause is not None else super().text(lang)


@dataclass
class Holder:
    """Who holds (or last held) the lock, as written in the file."""

    purpose: str  # "program", or the command ("import", "restore" …)
    pid: int | None
    host: str
    user: str
    since: str

    def text(self, lang: Lang = "nb") -> str:
        if self.purpose == "program":
            what = phrase("lock.program", lang)
        else:
            what = phrase("lock.command", lang, command=self.purpose)
        return phrase(
            "lock.holder",
            lang,
            what=what,
            pid=str(self.pid or "?"),
            host=self.host or "?",
            user=self.user or "?",
        )


register_texts(
    {
        "lock.program": ("programmet", "the program"),
        "lock.command": ("kommandoen {command}", "the command {command}"),
        "lock.holder": (
            "{what}, prosess {pid} på {host}, bruker {user}",
            "{what}, process {pid} on {host}, user {user}",
        ),
    }
)


def read_holder(db_path: Path | str) -> Holder | None:
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8").strip() or "{}")
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return Holder(
        purpose=str(data.get("purpose", "")),
        pid=data.get("pid") if isinstance(data.get("pid"), int) else None,
        host=str(data.get("host", "")),
        user=str(data.get("user", "")),
        since=str(data.get("since", "")),
    )


class DatabaseLock:
    """A held lock; ``unlock()`` (or the end of the process) frees it."""

    def __init__(self, db_path: Path, fd: int, purpose: str) -> None:
        self.db_path = db_path
        self.purpose = purpose
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def unlock(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):  # Windows: not while another process has it open
            lock_path(self.db_path).unlink()
        with contextlib.suppress(OSError):
            _unlock(fd)
        with contextlib.suppress(OSError):
            os.close(fd)

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.unlock()

    def __del__(self) -> None:  # a forgotten lock is freed with the object
        self.unlock()


def _try_lock(fd: int) -> bool:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _WINDOWS_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _WINDOWS_BYTE, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _still_named(fd: int, path: Path) -> bool:
    """The path still names the file this descriptor has open (POSIX; on Windows an open
    file cannot be removed, so it always does)."""
    if os.name == "nt":
        return True
    try:
        mine, named = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (named.st_dev, named.st_ino)


def try_acquire(db_path: Path | str, *, purpose: str = "program") -> DatabaseLock | None:
    """The lock of ``db_path`` for this process, or None when someone else holds it.

    Raises ``LockUnavailable`` when the lock file cannot be made at all (read-only
    folder, full disk): that is no sign that the database is open elsewhere; and
    ``DatabaseIsAFolder`` when ``db_path`` is a folder (``--db`` given the folder the
    file is in): no ``FOLDER.lock`` is made beside it, and the user hears what the path
    is, not that a backup or the database is missing.
    """
    db_path = Path(db_path)
    if is_folder(db_path):
        raise DatabaseIsAFolder(path=db_path)
    path = lock_path(db_path)
    for _attempt in range(20):
        try:
            database_folder(db_path)  # only the data folder is made (storage.files)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            cause = classify_os_error(exc, db_path)
            raise LockUnavailable(path=db_path, detail=str(exc), cause=cause) from exc
        try:
            if not _try_lock(fd):
                os.close(fd)
                return None
        except OSError as exc:
            os.close(fd)
            cause = classify_os_error(exc, db_path)
            raise LockUnavailable(path=db_path, detail=str(exc), cause=cause) from exc
        if _still_named(fd, path):
            break
        os.close(fd)  # the holder before us removed the file meanwhile: again
    else:
        raise LockUnavailable(path=db_path, detail="the lock file keeps changing")
    info: dict[str, Any] = {
        "purpose": purpose,
        "pid": os.getpid(),
        "host": computer_name(),
        "user": os_user(),
        "since": datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    with contextlib.suppress(OSError):  # who holds it is for messages only (a full disk)
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, (json.dumps(info) + "\n").encode("utf-8"))
    return DatabaseLock(db_path, fd, purpose)


def acquire(db_path: Path | str, *, purpose: str) -> DatabaseLock:
    """The lock, or ``DatabaseInUse`` naming who has the file open."""
    lock = try_acquire(db_path, purpose=purpose)
    if lock is None:
        raise DatabaseInUse(path=Path(db_path), holder=read_holder(db_path))
    return lock
