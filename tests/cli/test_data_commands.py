"""``demo``, ``export`` and ``import`` as a user runs them: summaries, one-line errors, exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import run_command

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args):
    status = run_command(list(map(str, args)))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    status, out, err = run(capsys, "demo", "--db", path, "--today", "2026-11-21")
    assert status == 0 and err == ""
    assert out.startswith(f"Demodata lagt inn i {path}: 7 kunder, 7 avtaler")
    return path


def test_demo_refuses_a_database_with_content(demo_db, capsys):
    status, out, err = run(capsys, "demo", "--db", demo_db, "--today", "2026-11-21")
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "har allerede innhold" in err and "--force" in err
    status, _, err = run(capsys, "demo", "--db", demo_db, "--lang", "en")
    assert status == 2 and "already has content" in err
    status, out, _ = run(capsys, "demo", "--db", demo_db, "--force", "--today", "2026-11-21")
    assert status == 0 and "7 kunder" in out


def test_demo_rejects_a_bad_day(tmp_path, capsys):
    status, _, err = run(capsys, "demo", "--db", tmp_path / "x.sqlite", "--today", "2026-02-30")
    assert status == 2 and "--today" in err and err.count("\n") == 1
    assert not (tmp_path / "x.sqlite").exists()


def test_export_import_export(demo_db, tmp_path, capsys):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    status, out, _ = run(
        capsys, "export", "--db", demo_db, "--out", first, "--csv", tmp_path / "csv"
    )
    # every table is counted, the template variants (issue 11) first: none in the demo
    assert status == 0 and out.startswith(f"Eksporterte til {first}: 0 malvarianter, 7 kunder")
    assert "CSV-filer i" in out and (tmp_path / "csv" / "incidents.csv").is_file()
    copy = tmp_path / "copy.sqlite"
    status, out, _ = run(capsys, "import", "--db", copy, first, "--lang", "en")
    assert status == 0 and out.startswith(
        f"Imported {first} into {copy}: 0 template variants, 7 customers"
    )
    assert run(capsys, "export", "--db", copy, "--out", second)[0] == 0
    assert first.read_bytes() == second.read_bytes()

    status, _, err = run(capsys, "import", "--db", copy, first)
    assert status == 2 and "allerede innhold" in err and "--replace" in err
    status, out, _ = run(capsys, "import", "--db", copy, first, "--replace")
    assert status == 0 and "sikkerhetskopien" in out


def test_bad_import_file_is_one_line_and_changes_nothing(demo_db, tmp_path, capsys):
    good = tmp_path / "a.json"
    run(capsys, "export", "--db", demo_db, "--out", good)
    data = json.loads(good.read_text(encoding="utf-8"))
    data["tables"]["complaints"][0]["complained"] = "2026-13-01"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "target.sqlite"
    status, out, err = run(capsys, "import", "--db", target, bad)
    assert status == 2 and out == "" and err.count("\n") == 1
    assert "complaints[0] (id 1): complained: ugyldig dato «2026-13-01»" in err
    status, _, err = run(capsys, "import", "--db", target, bad, "--lang", "en")
    assert "complaints[0] (id 1): complained: invalid date '2026-13-01'" in err
    # issue 12 item 14: a refused import into a new path leaves no file behind (it used
    # to leave an empty database there)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "bad.json", "demo.sqlite"]


def test_export_of_a_missing_database(tmp_path, capsys):
    missing = tmp_path / "none.sqlite"
    status, _, err = run(capsys, "export", "--db", missing, "--out", tmp_path / "x.json")
    assert status == 2 and f"Finner ikke databasen {missing}" in err
    assert not missing.exists()
    status, _, err = run(capsys, "export", "--db", missing)
    assert status == 2 and "--out" in err


def test_import_of_a_missing_file(tmp_path, capsys):
    status, _, err = run(capsys, "import", "--db", tmp_path / "x.sqlite", tmp_path / "nope.json")
    assert status == 2 and "nope.json" in err


def test_damaged_database_names_the_backup(demo_db, tmp_path, capsys):
    run(capsys, "demo", "--db", demo_db, "--force", "--today", "2026-11-21")  # makes a backup
    data = bytearray(demo_db.read_bytes())
    data[4096:8192] = b"\xa5" * 4096
    demo_db.write_bytes(bytes(data))
    status, _, err = run(capsys, "export", "--db", demo_db, "--out", tmp_path / "x.json")
    assert status == 2 and "skadet" in err and "backups" in err


def test_as_a_separate_process(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "app", "demo", "--db", str(tmp_path / "p.sqlite"), "--lang", "en",
         "--today", "2026-11-21"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Demo data added to")
