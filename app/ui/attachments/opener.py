"""Opening an attached document with the system's viewer: a read-only temporary copy.

The document is written (from the store, checked against its hash) to a folder of its
own under ``opened/`` in the program's data folder (0700; the program writes only to
its data folder and to files the user chooses), made read-only (0400), and handed to
the desktop (``QDesktopServices.openUrl``): a viewer can show it but not change the
document kept. Copies older than a day are removed the next time one is opened (a
viewer may still have today's open).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import time
import uuid
from pathlib import Path

from app.domain.attachments import safe_name

KEEP_SECONDS = 24 * 3600


def opened_dir() -> Path:
    from app.storage.paths import default_data_dir

    return default_data_dir() / "opened"


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700)
    return path


def clean_old(root: Path | None = None, *, now: float | None = None) -> int:
    """Remove copies older than ``KEEP_SECONDS``; how many folders went."""
    root = root or opened_dir()
    if not root.is_dir():
        return 0
    now = time.time() if now is None else now
    gone = 0
    for folder in root.iterdir():
        try:
            if now - folder.stat().st_mtime < KEEP_SECONDS:
                continue
            for item in folder.rglob("*"):  # read-only files: writable again to remove them
                with contextlib.suppress(OSError):
                    os.chmod(item, stat.S_IWUSR | stat.S_IRUSR | stat.S_IXUSR)
            with contextlib.suppress(OSError):
                os.chmod(folder, 0o700)
            shutil.rmtree(folder, ignore_errors=True)
            gone += 1
        except OSError:
            continue
    return gone


def temporary_copy(attachments, sha256: str, name: str, *, progress=None) -> Path:  # noqa: ANN001
    """Write the document to a new read-only file named as attached; its path."""
    root = _private_dir(opened_dir())
    clean_old(root)
    folder = _private_dir(root / uuid.uuid4().hex[:12])
    target = folder / safe_name(name)
    attachments.save_copy(sha256, target, progress=progress)
    os.chmod(target, stat.S_IRUSR)
    return target
