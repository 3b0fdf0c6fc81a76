"""The reasons a file cannot be imported or written are said in the user's language
(CLI audit, defect 4): an SQLite database given to import said "'utf-8' codec can't
decode byte 0x89 …", a text file "(… Expecting value)", a damaged ZIP "File is not a zip
file", a damaged database "(database disk image is malformed)", a read-only place
"Filfeil: [Errno 30] Read-only file system"."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from app.cli import run_command
from app.storage.errors import DatabaseDamaged


def run(capsys, *args):  # noqa: ANN001, ANN002, ANN201
    status = run_command(list(map(str, args)))
    out, err = capsys.readouterr()
    return status, out, err


def _sqlite_file(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    return path


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("some.sqlite", None),  # a database
        ("tekst.json", b"hei"),  # text, no JSON object
        ("brev.pdf", b"%PDF-1.4 \x89\xff"),
        ("arkiv.zip", b"PKxx not really"),  # a damaged ZIP
    ],
)
def test_a_file_that_is_no_export_is_said_so(tmp_path, capsys, name, content):  # noqa: ANN001
    path = tmp_path / name
    if content is None:
        _sqlite_file(path)
    else:
        path.write_bytes(content)
    target = tmp_path / "ny.sqlite"
    status, out, err = run(capsys, "import", "--db", target, path)
    assert status == 2 and out == ""
    assert err == (
        f"Importen ble avvist, ingenting er endret: {path} er ikke en eksportfil fra "
        "Avtalevakt (JSON eller ZIP).\n"
    )
    assert not target.exists()
    status, out, err = run(capsys, "import", "--db", target, path, "--lang", "en")
    assert err.endswith(f"{path} is not an Avtalevakt export file (JSON or ZIP).\n")


def test_a_json_syntax_error_is_said_in_words(tmp_path, capsys):  # noqa: ANN001
    path = tmp_path / "x.json"
    path.write_text('{"format": "avtalevakt", "x": 1,}', encoding="utf-8")
    status, out, err = run(capsys, "import", "--db", tmp_path / "ny.sqlite", path)
    assert status == 2
    assert err == (
        "Importen ble avvist, ingenting er endret: ikke gyldig JSON (linje 1, kolonne 33: "
        "her skulle det stått et feltnavn i doble anførselstegn)\n"
    )
    status, out, err = run(capsys, "import", "--db", tmp_path / "ny.sqlite", path, "--lang", "en")
    assert "a field name in double quotes was expected here" in err


def test_a_damaged_database_says_why_in_words():
    damaged = DatabaseDamaged(path="/x.sqlite", detail="database disk image is malformed")
    assert damaged.text("nb").startswith(
        "Databasen /x.sqlite er skadet (innholdet i filen henger ikke sammen)."
    )
    assert "malformed" not in damaged.text("nb")
    assert "(the content of the file does not hold together)" in damaged.text("en")
    # the integrity check's own lines (pages, indexes) keep SQLite's words
    pages = DatabaseDamaged(path="/x.sqlite", detail="Page 5: btree page corrupt")
    assert "(Page 5: btree page corrupt)" in pages.text("nb")


def test_export_csv_to_a_read_only_place_is_said_in_bokmal(tmp_path, capsys, monkeypatch):  # noqa: ANN001
    db = tmp_path / "demo.sqlite"
    assert run(capsys, "demo", "--db", db)[0] == 0
    real_mkdir = Path.mkdir

    def read_only(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if self.name == "ut":
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", read_only)
    status, out, err = run(capsys, "export", "--db", db, "--csv", tmp_path / "ut")
    assert status == 2
    assert err == f"Filfeil i {tmp_path / 'ut'}: filsystemet er skrivebeskyttet.\n"
