"""``import`` given an exported template variant (``var1.json``, Contract templates →
Export variant): a user ran ``avtalevakt import var1.json`` and was told "dette er ikke en
eksportfil fra Avtalevakt" about a file the program had made. The refusal now says what
the file is and where it is imported, in the user's language, and nothing changes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.cli import run_command
from app.domain.records import TemplateVariant
from app.storage.database import open_database
from app.storage.repositories import Repositories
from app.storage.template_variants import write_variant

NAME = "Sodvin 2026 med 15 dagers godkjenning"


@pytest.fixture
def variant_file(tmp_path: Path) -> Path:
    with open_database(tmp_path / "desk.sqlite", backup=False) as database:
        repos = Repositories(database)
        variant = repos.variants.add(
            TemplateVariant(name=NAME, base="sodvin", defaults={"approval_working_days": 15})
        )
        return write_variant(variant, tmp_path / "var1.json")


def _import(capsys, *args) -> tuple[int, str, str]:  # noqa: ANN001
    status = run_command(["import", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_variant_file_is_said_to_be_one_with_where_it_is_imported(variant_file, tmp_path, capsys):
    target = tmp_path / "ny.sqlite"
    status, out, err = _import(capsys, "--db", target, variant_file)
    assert status == 2 and out == "" and err.count("\n") == 1, err
    assert err == (
        "Importen ble avvist, ingenting er endret: filen er en eksportert malvariant "
        f"(«{NAME}»), ikke en eksport av alt. En malvariant importeres i programmet med "
        "Avtalemaler → Importer variant … (avtalevakt --page templates åpner siden).\n"
    )
    assert not target.exists()  # a refused import into a new path leaves no file

    status, out, err = _import(capsys, "--db", target, variant_file, "--lang", "en")
    assert status == 2 and out == ""
    assert err == (
        "The import was refused, nothing has changed: the file is an exported template "
        f"variant («{NAME}»), not an export of everything. A template variant is imported "
        "in the program with Contract templates → Import variant… (avtalevakt --page "
        "templates opens that page).\n"
    )
    assert not target.exists()


def test_a_database_with_content_is_left_as_it_was(variant_file, tmp_path, capsys):
    desk = tmp_path / "desk.sqlite"
    before = hashlib.sha256(desk.read_bytes()).hexdigest()
    status, _out, err = _import(capsys, "--db", desk, variant_file, "--replace")
    assert status == 2 and "eksportert malvariant" in err
    assert hashlib.sha256(desk.read_bytes()).hexdigest() == before
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())


def test_a_variant_file_without_a_readable_name_is_still_said_as_one(tmp_path, capsys):
    odd = tmp_path / "var2.json"
    odd.write_text('{"kind": "avtalevakt-template-variant", "version": 1}', encoding="utf-8")
    status, _out, err = _import(capsys, "--db", tmp_path / "ny.sqlite", odd)
    assert status == 2
    assert "filen er en eksportert malvariant, ikke en eksport av alt." in err
    assert "Avtalemaler → Importer variant …" in err
