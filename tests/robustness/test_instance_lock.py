"""A second instance on the same database refuses with a clear message (QLockFile)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app.storage.database import open_database
from app.ui import instance_lock
from app.ui.application import claim_database

ROOT = Path(__file__).resolve().parents[2]


def test_the_second_instance_is_refused_and_the_file_untouched(tmp_path, monkeypatch):
    db = tmp_path / "desk.sqlite"
    open_database(db).close()
    before = db.read_bytes()
    first = claim_database(db, "nb", interactive=False)
    assert first is not None and instance_lock.lock_path(db).exists()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    # another process: the real second instance (python -m app) is refused the same way
    code = (
        "import sys; from app.ui.instance_lock import acquire; "
        f"sys.exit(0 if acquire({str(db)!r}) is None else 1)"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env).returncode == 0
    assert claim_database(db, "nb") is None  # a second claim in this process too
    assert shown and str(db) in shown[0] and "allerede åpen" in shown[0]
    assert "already open" in instance_lock.refusal(db, "en")
    assert db.read_bytes() == before
    first.unlock()
    again = claim_database(db, "nb", interactive=False)  # free once the first one closed
    assert again is not None
    again.unlock()


def test_a_lock_left_by_a_crashed_program_is_taken_over(tmp_path):
    db = tmp_path / "desk.sqlite"
    code = (
        "import os; from app.ui.instance_lock import acquire; "
        f"lock = acquire({str(db)!r}); assert lock is not None; os._exit(0)"  # no unlock
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True)
    assert instance_lock.lock_path(db).exists()  # left behind by the "crash"
    lock = instance_lock.acquire(db)
    assert lock is not None
    lock.unlock()
