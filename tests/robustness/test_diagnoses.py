"""A full disk, a read-only medium and a removed journal are said as what they are, never
"damaged" (which offers a restore of a healthy file) nor "already open" (issue 12 item 7).

Real file systems, not simulated errors: a small tmpfs of our own, filled to the last
byte, then remounted read-only (which root, too, cannot write to; permission bits would
not stop a test run as root). Mounting needs the right to mount (root in CI's clean
container); where it is refused those two tests say so and are skipped — the journal
test needs no mount. A writer's ``-wal`` is removed from under it for real, and a second
process opens the file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.domain.records import Customer
from app.storage.database import check_file, open_database, open_read_only
from app.storage.errors import DatabaseReadOnly, DiskFull
from app.storage.repositories import Repositories
from app.ui.application import StartUp, claim_database
from app.ui.main_window import MainWindow

REPO_ROOT = Path(__file__).resolve().parents[2]
NAMES = [f"Kunde {n} AS" for n in range(20)]


def _mount(folder: Path, *options: str) -> None:
    subprocess.run(["mount", *options, folder], check=True, capture_output=True, timeout=30)


@pytest.fixture
def small_disk(tmp_path: Path):  # noqa: ANN201
    folder = tmp_path / "disk"
    folder.mkdir()
    # A real full and a real read-only disk need a file system of their own, and mounting
    # one needs root (CI runs as root: they ran there, 0 skipped). Where mounting is
    # refused (no root, a container without the right) they are skipped, saying why:
    # nothing else can fill or write-protect a disk for real.
    try:
        _mount(folder, "-t", "tmpfs", "-o", "size=3m", "tmpfs")
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"no right to mount a file system here ({exc}); needs root")
    try:
        yield folder
    finally:
        with contextlib.suppress(subprocess.SubprocessError):
            _mount(folder, "-o", "remount,rw")
        subprocess.run(["umount", "-l", folder], capture_output=True, timeout=30)


def _desk(path: Path) -> None:
    with open_database(path) as database:
        repos = Repositories(database)
        for name in NAMES:
            repos.customers.add(Customer(name=name, org_number="914573262"))
    with open_database(path):  # a start: a backup exists, so a restore could be offered
        pass


def _names(path: Path) -> list[str]:
    with open_read_only(path) as database:
        return [c.name for c in Repositories(database).customers.all()]


def _fill(folder: Path) -> Path:
    filler = folder / "fyll"
    with contextlib.suppress(OSError), open(filler, "wb") as handle:
        while True:
            handle.write(b"\0" * 65536)
            handle.flush()
    assert shutil.disk_usage(folder).free == 0
    return filler


def _start(qtbot, path: Path, monkeypatch) -> tuple[list[str], list[str], StartUp]:  # noqa: ANN001
    """The program's start on ``path``: what it said, and whether it offered a restore."""
    said: list[str] = []
    offered: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: said.append(text))
    )
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _p, _t, text, *a, **k: offered.append(text) or QMessageBox.No),
    )
    lock = claim_database(path, "nb")
    assert lock is not None and not said, said  # not "already open in Avtalevakt"
    window = MainWindow(persist=False, db_path=path)
    qtbot.addWidget(window)
    start = StartUp(window, path, "nb", interactive=True)
    with qtbot.waitSignal(window.first_painted, timeout=10_000):
        window.show()
    with contextlib.suppress(Exception):
        start.wait()
    lock.unlock()
    window.close()
    return said, offered, start


def test_a_full_disk_is_disk_full_never_damage(small_disk, qtbot, monkeypatch):  # noqa: ANN001
    path = small_disk / "desk.sqlite"
    _desk(path)
    filler = _fill(small_disk)
    with pytest.raises(DiskFull):
        check_file(path)
    with pytest.raises(DiskFull):
        open_database(path)
    said, offered, start = _start(qtbot, path, monkeypatch)
    assert isinstance(start.error, DiskFull)
    assert said and "Disken er full" in said[0] and "er skadet" not in said[0]
    assert not offered  # no restore of a healthy file
    filler.unlink()
    assert _names(path) == NAMES  # nothing lost
    with open_database(path) as database:
        assert database.integrity_problems() == []


def test_a_read_only_medium_is_read_only_and_can_still_be_read(small_disk, qtbot, monkeypatch):  # noqa: ANN001
    path = small_disk / "desk.sqlite"
    _desk(path)
    _mount(small_disk, "-o", "remount,ro")
    with pytest.raises(DatabaseReadOnly):
        open_database(path)
    said, offered, start = _start(qtbot, path, monkeypatch)
    assert isinstance(start.error, DatabaseReadOnly) or said, said
    assert said and "skrivebeskyttet" in said[0], said
    assert "åpen i Avtalevakt" not in said[0] and "er skadet" not in said[0]
    assert not offered
    assert _names(path) == NAMES  # the commands that only read still read it
    out = subprocess.run(
        [sys.executable, "-m", "app", "deadlines", "--db", str(path)],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr


def _other_process(path: Path, *code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *code, str(path)],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )


CHECK = (
    "-c",
    "import sys\n"
    "from app.storage.database import check_file\n"
    "from app.storage.errors import StorageError\n"
    "try:\n    check_file(sys.argv[1])\n"
    "except StorageError as e:\n    print(type(e).__name__, e.text('nb'))\n",
)


def test_a_journal_removed_under_a_writer_is_said_so(tmp_path):
    path = tmp_path / "desk.sqlite"
    _desk(path)
    database = open_database(path, backup=False)  # the writer: a window that has it open
    repos = Repositories(database)
    for name in ("Ny kunde 1 AS", "Ny kunde 2 AS"):
        repos.customers.add(Customer(name=name, org_number="914573262"))
    Path(f"{path}-wal").unlink()  # a clean-up tool, a sync service
    exported = _other_process(
        path, "-m", "app", "export", "--out", str(tmp_path / "x.json"), "--db"
    )
    assert exported.returncode == 2
    assert "Journalfilen" in exported.stderr and "er skadet" not in exported.stderr, exported.stderr
    checked = _other_process(path, *CHECK)  # the program's start check
    assert checked.stdout.startswith("JournalRemoved"), checked.stdout + checked.stderr
    assert "DatabaseDamaged" not in checked.stdout
    database.close()  # the writer still holds the journal: it ends with everything
    assert _names(path) == [*NAMES, "Ny kunde 1 AS", "Ny kunde 2 AS"]
    check_file(path, backup=False)  # and the file is whole
