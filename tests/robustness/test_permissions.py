"""What the program writes is the user's alone (issue 12 item 11): under the usual umask
(022, which makes files 0644 and folders 0755) the database, its journals, lock and
backups, and every export, PDF, calendar and screenshot are 0600, the folders the program
makes 0700. Real processes (``python -m app``), as a user starts them. POSIX only: on
Windows the profile folder's access list keeps the data folder the user's (README).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=cwd,
        env={
            **os.environ,
            "PYTHONPATH": str(REPO_ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(cwd / "data"),
            "XDG_CONFIG_HOME": str(cwd / "config"),
        },
        preexec_fn=lambda: os.umask(0o022),  # the usual umask, whatever the test run's
        capture_output=True,
        text=True,
        timeout=300,
    )


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_everything_the_program_writes_is_private(tmp_path):
    db = tmp_path / "desk.sqlite"
    assert _run("demo", "--db", str(db), "--today", "2026-11-20", cwd=tmp_path).returncode == 0
    out = tmp_path / "ut"
    out.mkdir(mode=0o755)
    complaint = "1"
    steps = [
        ("export", "--db", str(db), "--out", str(out / "alt.json")),
        ("export", "--db", str(db), "--csv", str(out / "csv")),
        ("deadlines", "--db", str(db), "--today", "2026-11-20", "--ics", str(out / "f.ics")),
        ("deadlines", "--db", str(db), "--today", "2026-11-20", "--csv", str(out / "f.csv")),
        (
            "letter",
            "complaint_ack",
            "--id",
            complaint,
            "--db",
            str(db),
            "--out",
            str(out / "b.pdf"),
        ),
        ("--db", str(db), "--screenshot", str(out / "bilde.png"), "--wait"),
        ("import", "--db", str(db), str(out / "alt.json"), "--replace"),  # backs up first
    ]
    for args in steps:
        done = _run(*args, cwd=tmp_path)
        assert done.returncode == 0, (args, done.stderr)
    with __import__("sqlite3").connect(db) as conn:  # a writer: -wal and -shm exist now
        conn.execute("PRAGMA journal_mode").fetchone()
    written = [
        out / "alt.json",
        out / "f.ics",
        out / "f.csv",
        out / "b.pdf",
        out / "bilde.png",
        *sorted((out / "csv").glob("*.csv")),
        db,
        *sorted((tmp_path / "backups").iterdir()),
    ]
    assert len(written) > 10
    loose = {str(p.relative_to(tmp_path)): oct(_mode(p)) for p in written if _mode(p) & 0o077}
    assert loose == {}, loose
    assert _mode(out / "csv") == 0o700  # a folder the program made
    assert _mode(tmp_path / "backups") == 0o700
    assert _mode(out) == 0o755  # the user's own folder is left as it was
