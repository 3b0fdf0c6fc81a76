"""Commands that only read never migrate, write or back up the file (issue 12 item 4).

``export``, ``deadlines`` and ``--screenshot --wait`` on an older file (the committed
``schema_v1`` fixture) read it through a migrated temporary copy: the file keeps its
bytes, nothing appears beside it, and what they show equals what the migrated file
shows. ``letter`` writes (its log line) but takes no backup of an up-to-date file.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import run_command
from app.storage.backups import list_backups
from app.storage.database import open_database
from app.storage.demo import fill_demo
from app.storage.errors import DatabaseMissing
from app.storage.repositories import Repositories

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_V1 = REPO_ROOT / "tests" / "storage" / "data" / "schema_v1.sqlite"
TODAY = "2026-11-20"


def _folder(path: Path) -> dict[str, bytes]:
    """Every file in the database's folder (and below), with its bytes."""
    return {
        str(p.relative_to(path.parent)): p.read_bytes()
        for p in sorted(path.parent.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def older(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    path = folder / "gammel.sqlite"
    shutil.copy(SCHEMA_V1, path)
    return path


@pytest.fixture
def migrated(tmp_path: Path) -> Path:
    """The same file, migrated as the program does it (the reference)."""
    path = tmp_path / "migrert.sqlite"
    shutil.copy(SCHEMA_V1, path)
    with open_database(path, backup=False):
        pass
    return path


def test_export_of_an_older_file_leaves_it_as_it_was(older, migrated, tmp_path, capsys):
    before = _folder(older)
    out = tmp_path / "ut.json"
    assert run_command(["export", "--db", str(older), "--out", str(out)]) == 0
    assert _folder(older) == before and not list_backups(older)
    reference = tmp_path / "ref.json"
    assert run_command(["export", "--db", str(migrated), "--out", str(reference)]) == 0
    mine, theirs = json.loads(out.read_text()), json.loads(reference.read_text())
    assert mine["schema_version"] == theirs["schema_version"]
    assert _without_uids(mine["tables"]) == _without_uids(theirs["tables"])


def _without_uids(tables: dict) -> dict:
    """Migration 0007 draws a new uid for every record: two migrations differ only there."""
    return {
        t: [{k: v for k, v in r.items() if k != "uid"} for r in rows] for t, rows in tables.items()
    }


def test_deadlines_read_only_ten_times_push_no_backup_out(older, migrated, capsys):
    before = _folder(older)
    outputs = []
    for _ in range(10):
        assert run_command(["deadlines", "--db", str(older), "--today", TODAY, "--json"]) == 0
        outputs.append(capsys.readouterr().out)
    assert _folder(older) == before and not list_backups(older)
    assert run_command(["deadlines", "--db", str(migrated), "--today", TODAY, "--json"]) == 0
    reference = capsys.readouterr().out
    assert json.loads(reference) and all(out == reference for out in outputs)


def test_deadlines_of_a_current_file_writes_nothing(tmp_path, capsys):
    path = tmp_path / "desk.sqlite"
    with open_database(path, backup=False) as database:
        from datetime import date

        fill_demo(Repositories(database), date(2026, 11, 20))
    before = _folder(path)
    for _ in range(3):
        assert run_command(["deadlines", "--db", str(path), "--today", TODAY]) == 0
    assert _folder(path) == before and not list_backups(path)


def test_deadlines_of_a_missing_file_makes_none(tmp_path, capsys):
    path = tmp_path / "finnes-ikke.sqlite"
    assert run_command(["deadlines", "--db", str(path)]) == 2
    assert "Finner ikke databasen" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_a_letter_takes_no_backup_of_a_current_file(tmp_path, capsys):
    path = tmp_path / "desk.sqlite"
    with open_database(path, backup=False) as database:
        from datetime import date

        repos = Repositories(database)
        fill_demo(repos, date(2026, 11, 20))
        complaint = repos.complaints.all()[0]
    for n in range(3):
        out = tmp_path / f"brev{n}.pdf"
        args = ["letter", "complaint_ack", "--id", str(complaint.id), "--out", str(out)]
        assert run_command([*args, "--db", str(path), "--today", TODAY]) == 0
    assert not list_backups(path)


def test_screenshot_of_an_older_file_reads_only(older, tmp_path):
    from app.ui.application import render_screenshot

    before = _folder(older)
    out = tmp_path / "bilde.png"
    render_screenshot(db_path=older, out=out, page="contracts", wait=True)
    assert out.stat().st_size > 10_000
    assert _folder(older) == before and not list_backups(older)


def test_screenshot_of_a_missing_file_makes_none(tmp_path):
    from app.ui.application import render_screenshot

    path = tmp_path / "ny.sqlite"
    with pytest.raises(DatabaseMissing):
        render_screenshot(db_path=path, out=tmp_path / "x.png", wait=True)
    assert not path.exists()


def test_screenshot_refusal_is_one_line_without_a_traceback(tmp_path):
    path = tmp_path / "ødelagt.sqlite"
    path.write_bytes(b"dette er ingen database" * 100)
    result = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(path), "--screenshot", str(tmp_path / "x.png")]
        + ["--wait"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "PYTHONPATH": str(REPO_ROOT)},
        timeout=120,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "skadet" in lines[0] and "Traceback" not in result.stderr
