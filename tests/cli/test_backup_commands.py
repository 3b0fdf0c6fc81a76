"""``backups``, ``restore`` and the writers that replace content, as a user runs them
(issue 12 items 3, 8, 12)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import run_command
from app.storage.backups import list_backups
from app.storage.database import open_database
from app.storage.lock import lock_path, try_acquire

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args):
    status = run_command(list(map(str, args)))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def desk(tmp_path, capsys):
    path = tmp_path / "desk.sqlite"
    assert run(capsys, "demo", "--db", path, "--today", "2026-11-21")[0] == 0
    for _ in range(3):  # three starts of the program: three backups
        with open_database(path):
            pass
    return path


def _wreck(path):
    data = bytearray(path.read_bytes())
    for i in range(2048, len(data) - 100, 97):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


def test_backups_lists_time_size_and_state(desk, capsys):
    newest = list_backups(desk)[0]
    _wreck(newest)
    status, out, err = run(capsys, "backups", "--db", desk)
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"Sikkerhetskopier av {desk} (nyeste først):"
    assert "skadet" in lines[1] and newest.name in lines[1]
    assert "hel" in lines[2] and "← restore bruker denne" in lines[2]
    assert " kB" in lines[1]
    status, out, _ = run(capsys, "backups", "--db", desk, "--json")
    listed = json.loads(out)
    assert [b["ok"] for b in listed] == [False, True, True]
    assert listed[1]["restore_would_use"] and listed[0]["problem"] == "damaged"


def test_restore_uses_the_newest_whole_backup(desk, capsys):
    _wreck(list_backups(desk)[0])
    _wreck(desk)
    status, out, err = run(capsys, "export", "--db", desk, "--out", desk.parent / "x.json")
    assert status == 2 and "skadet" in err
    status, out, err = run(capsys, "restore", "--db", desk)
    assert status == 0, err
    assert out.startswith(f"Gjenopprettet {desk} fra ") and "beholdt som" in out
    assert run(capsys, "export", "--db", desk, "--out", desk.parent / "x.json")[0] == 0


def test_restore_refuses_a_backup_of_another_database(desk, tmp_path, capsys):
    other = tmp_path / "annen" / "desk.sqlite"
    other.parent.mkdir()  # (the program makes no folder the user names)
    assert run(capsys, "demo", "--db", other, "--today", "2026-11-21")[0] == 0
    with open_database(other):
        pass
    (foreign,) = list_backups(other)
    before = desk.read_bytes()
    status, _, err = run(capsys, "restore", "--db", desk, "--backup", foreign)
    assert status == 2 and "annen database" in err
    assert desk.read_bytes() == before


def _hold_program_lock(path: Path) -> subprocess.Popen:
    """Another process that has the database open, as the desktop program holds it."""
    code = (
        "import sys, time; from app.ui.instance_lock import acquire; "
        f"lock = acquire({str(path)!r}); print('held', flush=True); time.sleep(60)"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "held"
    return proc


@pytest.mark.parametrize("command", ["import", "restore", "demo"])
def test_writers_that_replace_content_refuse_while_the_program_has_it_open(
    desk, tmp_path, capsys, command
):
    export = tmp_path / "all.json"
    assert run(capsys, "export", "--db", desk, "--out", export)[0] == 0
    before = desk.read_bytes()
    holder = _hold_program_lock(desk)
    try:
        args = {
            "import": ["import", "--db", desk, export, "--replace"],
            "restore": ["restore", "--db", desk],
            "demo": ["demo", "--db", desk, "--force"],
        }[command]
        status, out, err = run(capsys, *args)
        assert status == 2 and out == ""
        assert "er åpen i Avtalevakt (programmet, prosess" in err and "Lukk programmet" in err
        assert desk.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    assert run(capsys, *args)[0] == 0  # and once the program is closed, it goes ahead


def test_read_only_commands_go_ahead_while_the_program_has_it_open(desk, tmp_path, capsys):
    holder = _hold_program_lock(desk)
    try:
        assert run(capsys, "export", "--db", desk, "--out", tmp_path / "x.json")[0] == 0
        assert run(capsys, "deadlines", "--db", desk, "--today", "2026-11-21")[0] == 0
        assert run(capsys, "verify", "--db", desk)[0] == 0
        assert run(capsys, "backups", "--db", desk)[0] == 0
    finally:
        holder.kill()
        holder.wait()


def test_replace_import_refused_when_no_backup_can_be_made(desk, tmp_path, capsys):
    export = tmp_path / "all.json"
    assert run(capsys, "export", "--db", desk, "--out", export)[0] == 0
    shutil.rmtree(desk.parent / "backups")
    (desk.parent / "backups").write_text("not a folder")
    status, out, err = run(capsys, "import", "--db", desk, export, "--replace")
    assert status == 2 and out == ""
    assert "kunne ikke tas en sikkerhetskopi" in err and "ingenting er endret" in err


def test_the_lock_file_goes_with_the_command(desk, tmp_path, capsys):
    assert run(capsys, "demo", "--db", desk, "--force", "--today", "2026-11-21")[0] == 0
    assert not lock_path(desk).exists()
    lock = try_acquire(desk, purpose="test")
    assert lock is not None
    lock.unlock()


@pytest.mark.parametrize("command", ["restore", "demo", "import"])
def test_a_folder_given_as_the_database_is_said_and_no_lock_is_made(tmp_path, capsys, command):
    """``restore --db FOLDER`` said "Det finnes ingen hel sikkerhetskopi av FOLDER" and
    sent the user looking for backups; ``demo`` and ``import`` made FOLDER.lock beside
    the folder for the time they ran. The lock refuses a folder (``storage.lock``), so
    every command that takes it says what the path is, and makes nothing."""
    source = tmp_path / "kilde"
    source.mkdir()
    export = source / "alt.json"
    assert run(capsys, "demo", "--db", source / "s.sqlite", "--today", "2026-11-21")[0] == 0
    assert run(capsys, "export", "--db", source / "s.sqlite", "--out", export)[0] == 0
    folder = tmp_path / "Avtaler"
    folder.mkdir()
    args = {"restore": [], "demo": ["--today", "2026-11-21"], "import": [export]}[command]
    status, out, err = run(capsys, command, "--db", folder, *args)
    assert status == 2 and out == ""
    assert err.strip() == (
        f"{folder} er en mappe, ikke en databasefil. Oppgi filen i den "
        "(for eksempel avtalevakt.sqlite)."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Avtaler", "kilde"]
    assert list(folder.iterdir()) == []


def test_the_lock_is_not_made_for_a_folder(tmp_path):
    from app.storage.errors import DatabaseIsAFolder

    with pytest.raises(DatabaseIsAFolder):
        try_acquire(tmp_path, purpose="test")
    assert not lock_path(tmp_path).exists()
