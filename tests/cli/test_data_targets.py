"""``export`` and ``demo`` with the paths the CLI audit tried (defects 1, 4, 5): one
line in the user's language, never a traceback, no folder made, nothing written."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.cli import run_command


def run(capsys, *args):  # noqa: ANN001, ANN002, ANN201
    status = run_command(list(map(str, args)))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def demo_db(tmp_path, capsys):  # noqa: ANN001, ANN201
    path = tmp_path / "demo.sqlite"
    assert run(capsys, "demo", "--db", path, "--today", "2026-11-21")[0] == 0
    return path


@pytest.mark.parametrize("value", ["", ".", "/"])
def test_export_out_a_folder_or_nothing_is_one_line(demo_db, tmp_path, capsys, monkeypatch, value):  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    before = sorted(tmp_path.iterdir())
    status, out, err = run(capsys, "export", "--db", demo_db, "--out", value)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert ("ingen fil eller mappe oppgitt" if value == "" else "det er en mappe") in err
    assert sorted(tmp_path.iterdir()) == before


def test_export_csv_empty_is_refused_not_the_current_folder(demo_db, tmp_path, capsys, monkeypatch):  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    before = sorted(tmp_path.iterdir())
    status, out, err = run(capsys, "export", "--db", demo_db, "--csv", "", "--lang", "en")
    assert status == 2 and out == ""
    assert err == "--csv: no file or folder given (an empty value). Give a name.\n"
    assert sorted(tmp_path.iterdir()) == before  # no customers.csv … in the current folder


@pytest.mark.parametrize("option", ["--out", "--csv"])
def test_export_into_a_missing_folder_names_it_and_makes_none(demo_db, tmp_path, capsys, option):  # noqa: ANN001
    target = tmp_path / "nope" / "a" / ("x.json" if option == "--out" else "b")
    status, out, err = run(capsys, "export", "--db", demo_db, option, target)
    assert status == 2 and out == ""
    assert err == (
        f"Kan ikke skrive {target}: mappen {tmp_path / 'nope'} finnes ikke. "
        "Lag den først, eller velg et annet sted.\n"
    )
    assert not (tmp_path / "nope").exists()


def test_export_over_an_existing_folder_is_said_in_words(demo_db, tmp_path, capsys):  # noqa: ANN001
    status, out, err = run(capsys, "export", "--db", demo_db, "--out", tmp_path)
    assert status == 2
    assert "Is a directory" not in err and "det er en mappe" in err


def test_demo_with_a_name_too_long_is_said_in_bokmal(tmp_path, capsys):  # noqa: ANN001
    path = tmp_path / ("a" * 300 + ".sqlite")
    status, out, err = run(capsys, "demo", "--db", path)
    assert status == 2 and out == ""
    assert "File name too long" not in err and "Errno" not in err
    assert "navnet eller mappestien er for lang" in err


def test_export_still_writes_where_it_may(demo_db, tmp_path, capsys):  # noqa: ANN001
    assert run(capsys, "export", "--db", demo_db, "--out", tmp_path / "x.json")[0] == 0
    assert run(capsys, "export", "--db", demo_db, "--csv", tmp_path / "ny")[0] == 0
    assert (tmp_path / "ny" / "customers.csv").is_file()
    assert Path(tmp_path / "x.json").stat().st_size > 0


@pytest.mark.parametrize("command", ["demo", "import"])
def test_a_database_in_a_missing_folder_is_refused_not_made(tmp_path, capsys, command):  # noqa: ANN001
    """``demo --db nope/x.sqlite`` made ``nope`` silently (defect 5): the database is a
    file the user names, under the same rule as an export."""
    export = tmp_path / "alt.json"
    if command == "import":
        source = tmp_path / "kilde.sqlite"
        assert run(capsys, "demo", "--db", source)[0] == 0
        assert run(capsys, "export", "--db", source, "--out", export)[0] == 0
    target = tmp_path / "nope" / "x.sqlite"
    args = ["demo", "--db", target] if command == "demo" else ["import", "--db", target, export]
    status, out, err = run(capsys, *args)
    assert status == 2 and out == ""
    assert err == (
        f"Kan ikke skrive {target}: mappen {tmp_path / 'nope'} finnes ikke. "
        "Lag den først, eller velg et annet sted.\n"
    )
    assert not (tmp_path / "nope").exists()


def test_the_default_data_folder_is_still_made(tmp_path, capsys, monkeypatch):  # noqa: ANN001
    data = tmp_path / "data" / "Avtalevakt"
    monkeypatch.setattr("app.storage.paths.default_data_dir", lambda: data)
    monkeypatch.setattr("app.cli.common.default_database_path", lambda: data / "avtalevakt.sqlite")
    status, out, err = run(capsys, "demo")
    assert status == 0, err
    assert (data / "avtalevakt.sqlite").is_file()
    if os.name == "posix":
        assert stat.S_IMODE(data.stat().st_mode) == 0o700


def test_import_into_a_name_too_long_is_said_in_bokmal(demo_db, tmp_path, capsys):  # noqa: ANN001
    export = tmp_path / "alt.json"
    assert run(capsys, "export", "--db", demo_db, "--out", export)[0] == 0
    path = tmp_path / ("a" * 300 + ".sqlite")
    status, out, err = run(capsys, "import", "--db", path, export)
    assert status == 2 and out == ""
    assert "Intern feil" not in err and "Errno" not in err
    assert "navnet eller mappestien er for lang" in err


def test_a_json_export_with_attachments_says_it_cannot_be_read_in_again(demo_db, tmp_path, capsys):  # noqa: ANN001
    document = tmp_path / "avtale.pdf"
    document.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert run(capsys, "attach", "customers", "1", document, "--db", demo_db)[0] == 0
    status, out, err = run(capsys, "export", "--db", demo_db, "--out", tmp_path / "alt.json")
    assert status == 0
    said = out + err
    assert "import tar ikke imot vedlegg uten dokumentene" in said and ".zip" in said
    # and so it is: the .json is refused by import, the .zip is read in
    assert run(capsys, "import", "--db", tmp_path / "a.sqlite", tmp_path / "alt.json")[0] == 2
    assert run(capsys, "export", "--db", demo_db, "--out", tmp_path / "alt.zip")[0] == 0
    assert run(capsys, "import", "--db", tmp_path / "b.sqlite", tmp_path / "alt.zip")[0] == 0
