"""A contract's ``overrides`` (and a variant's ``defaults``) in JSON: ``true``/``false``
or a float where a term is a whole number.

A user's import file had ``"approval_working_days": true`` and was imported: Python's
bool is an int, so the contract got one working day to approve, silently. ``8.0`` was
kept as the float 8.0 (and the next import of the export refused it as an amount: "må
være et tall i anførselstegn"), ``8.5`` was told the same amount's advice. The record
models now refuse all three, naming the record, the field and the term, so the import,
``record add``/``update`` and the forms refuse them alike; nothing is written.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest

from app.cli import run_command
from app.domain.records import TemplateVariant
from app.storage.database import open_database
from app.storage.repositories import Repositories

TODAY = "2026-11-20"


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("kinds")
    db = folder / "demo.sqlite"
    assert run_command(["demo", "--db", str(db), "--today", TODAY]) == 0
    with open_database(db, backup=False) as database:
        Repositories(database).variants.add(
            TemplateVariant(name="Sodvin 15", base="sodvin", defaults={"approval_working_days": 15})
        )
    out = folder / "alt.json"
    assert run_command(["export", "--db", str(db), "--out", str(out)]) == 0
    return db, json.loads(out.read_text(encoding="utf-8"))


def _import(tmp_path: Path, data: dict, capsys, *extra: str) -> tuple[int, str, Path]:  # noqa: ANN001
    source = tmp_path / "inn.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "ny.sqlite"
    status = run_command(["import", "--db", str(target), str(source), *extra])
    return status, capsys.readouterr().err, target


def _with_override(data: dict, value) -> dict:  # noqa: ANN001
    data = copy.deepcopy(data)
    data["tables"]["contracts"][0]["overrides"] = {"approval_working_days": value}
    return data


WHERE = "contracts[0] (id 1): overrides.approval_working_days"


@pytest.mark.parametrize(
    ("value", "nb", "en"),
    [
        (True, "må være et helt tall, ikke «true»", "must be a whole number, not 'true'"),
        (False, "må være et helt tall, ikke «false»", "must be a whole number, not 'false'"),
        (
            8.0,
            "må være et helt tall uten desimaler: 8, ikke 8.0",
            "must be a whole number without decimals: 8, not 8.0",
        ),
        (8.5, "må være et helt tall, ikke «8.5»", "must be a whole number, not '8.5'"),
    ],
)
def test_the_import_refuses_it_naming_the_contract_and_term(
    exported, tmp_path, capsys, value, nb, en
):
    data = _with_override(exported[1], value)
    status, err, target = _import(tmp_path, data, capsys)
    assert status == 2, err
    assert err.startswith(f"Importen ble avvist, ingenting er endret: {WHERE}: {nb}"), err
    assert not target.exists()  # nothing imported: no file at the new path
    status, err, target = _import(tmp_path, data, capsys, "--lang", "en")
    assert status == 2
    assert err.startswith(f"The import was refused, nothing has changed: {WHERE}: {en}"), err
    assert not target.exists()


def test_a_variants_defaults_in_the_file_are_held_to_it_too(exported, tmp_path, capsys):
    data = copy.deepcopy(exported[1])
    (variant,) = data["tables"]["template_variants"]
    variant["defaults"] = {"approval_working_days": True}
    status, err, target = _import(tmp_path, data, capsys)
    assert status == 2
    assert (
        "template_variants[0] (id 1): defaults.approval_working_days: må være et helt tall, "
        in (err)
    )
    assert not target.exists()


def test_the_exported_whole_numbers_still_import(exported, tmp_path, capsys):
    # the term saved by the program, so the file's history says it too (a file edited
    # to have it is refused: its records must match its history)
    db = tmp_path / "demo.sqlite"
    shutil.copy(exported[0], db)
    with open_database(db, backup=False) as database:
        repos = Repositories(database)
        saved = repos.contracts.get(1)
        repos.contracts.update(saved.model_copy(update={"overrides": {"approval_working_days": 8}}))
    out = tmp_path / "alt.json"
    assert run_command(["export", "--db", str(db), "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["tables"]["contracts"][0]["overrides"] == {"approval_working_days": 8}
    status, err, target = _import(tmp_path, data, capsys)
    assert status == 0, err
    with open_database(target, backup=False) as database:
        contract = Repositories(database).contracts.get(1)
    assert contract.overrides == {"approval_working_days": 8}


def _record(capsys, *args) -> tuple[int, str, str]:  # noqa: ANN001
    status = run_command(list(map(str, args)))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("value", ["true", "false", "8.0", "8.5"])
def test_record_update_and_add_refuse_it(exported, tmp_path, capsys, value):
    db = tmp_path / "desk.sqlite"
    db.write_bytes(exported[0].read_bytes())
    with open_database(db, backup=False) as database:
        before = Repositories(database).contracts.get(1)
    overrides = json.dumps({"overrides": {"approval_working_days": json.loads(value)}})
    status, out, err = _record(
        capsys, "record", "update", "contracts", 1, "--db", db, "--json", overrides
    )
    assert status == 2 and out == "", out
    assert err.startswith("overrides.approval_working_days: må være et helt tall"), err
    status, _, err = _record(
        capsys, "record", "update", "contracts", 1, "--db", db, "--json", overrides, "--lang", "en"
    )
    assert err.startswith("overrides.approval_working_days: must be a whole number"), err
    new = dict(json.loads(json.dumps(exported[1]["tables"]["contracts"][0])))
    for local in ("id", "uid", "version"):
        new.pop(local)
    new["overrides"] = {"approval_working_days": json.loads(value)}
    status, out, err = _record(
        capsys, "record", "add", "contracts", "--db", db, "--json", json.dumps(new)
    )
    assert status == 2 and out == "" and "overrides.approval_working_days" in err
    with open_database(db, backup=False) as database:
        repos = Repositories(database)
        assert repos.contracts.get(1) == before  # nothing written
        assert len(repos.contracts.all()) == len(exported[1]["tables"]["contracts"])


def test_a_row_stored_before_stays_readable_and_its_export_is_told_what_to_fix(
    exported, tmp_path, capsys
):
    """A database an earlier version let ``true`` into is read as it is (its contract
    computes with 1 day, as it did); an export of it is refused by the import, naming
    the contract and term to correct."""
    db = tmp_path / "desk.sqlite"
    db.write_bytes(exported[0].read_bytes())
    with open_database(db, backup=False) as database:  # as an earlier version stored it
        database.db.conn.execute(
            "UPDATE contracts SET overrides = ? WHERE id = 1", ['{"approval_working_days":true}']
        )
        database.db.conn.commit()
    status, out, err = _record(capsys, "record", "get", "contracts", 1, "--db", db)
    assert status == 0, err
    assert json.loads(out)["overrides"] == {"approval_working_days": True}
    with open_database(db, backup=False) as database:
        assert Repositories(database).contracts.get(1).terms().approval_working_days == 1
    assert _record(capsys, "deadlines", "--db", db)[0] == 0
    out_file = tmp_path / "ut.json"
    assert _record(capsys, "export", "--db", db, "--out", out_file)[0] == 0
    status, err, target = _import(
        tmp_path, json.loads(out_file.read_text(encoding="utf-8")), capsys
    )
    assert status == 2 and f"{WHERE}: må være et helt tall, ikke «true»" in err
    assert not target.exists()
