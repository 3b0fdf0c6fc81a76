"""Import is strict about what it cannot store exactly or that points nowhere (issue 12
item 14), through the real command into a new path: refused with the entry and field
named, and no file left behind. Amounts as floats (12500.5 is a binary fraction, not
kroner and øre), ids outside SQLite's integers, history and letter entries about records
the file does not have. A record the history shows deleted may be named by its entries.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from app.cli import run_command
from app.domain.records import Customer
from app.storage.database import open_database
from app.storage.repositories import Repositories

TODAY = "2026-11-20"


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("strict")
    db = folder / "demo.sqlite"
    assert run_command(["demo", "--db", str(db), "--today", TODAY]) == 0
    with open_database(db, backup=False) as database:  # a record added, then deleted
        repos = Repositories(database)
        gone = repos.customers.add(Customer(name="Borte AS", org_number="914573262"))
        repos.customers.delete(gone.id)
    out = folder / "alt.json"
    assert run_command(["export", "--db", str(db), "--out", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def _import(tmp_path: Path, data: dict, capsys, *extra: str) -> tuple[int, str, Path]:  # noqa: ANN001
    source = tmp_path / "inn.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "ny" / "desk.sqlite"
    target.parent.mkdir(exist_ok=True)  # a database's folder must exist (files.database_folder)
    status = run_command(["import", "--db", str(target), str(source), *extra])
    return status, capsys.readouterr().err, target


def _refused(tmp_path, data, capsys, *words, extra=()) -> None:  # noqa: ANN001
    status, err, target = _import(tmp_path, data, capsys, *extra)
    assert status == 2, err
    for word in words:
        assert word in err, err
    assert not target.exists()  # a refused import into a new path leaves no file
    assert not target.parent.exists() or not list(target.parent.iterdir())


def test_the_export_imports_as_it_is(export, tmp_path, capsys):
    status, err, target = _import(tmp_path, export, capsys)
    assert status == 0 and target.exists(), err


def test_an_amount_as_a_float_is_refused(export, tmp_path, capsys):
    data = copy.deepcopy(export)
    data["tables"]["contracts"][0]["monthly_fee"] = 18500.5
    _refused(tmp_path, data, capsys, "contracts[0]", "monthly_fee", "flyttall")


def test_a_float_inside_a_nested_value_is_refused(export, tmp_path, capsys):
    data = copy.deepcopy(export)
    data["tables"]["contracts"][0]["overrides"] = {"availability_target": 99.5}
    _refused(tmp_path, data, capsys, "overrides.availability_target", "flyttall")


@pytest.mark.parametrize("value", [0, -1, 2**63])
def test_history_and_letter_ids_are_positive_sqlite_integers(export, tmp_path, capsys, value):
    data = copy.deepcopy(export)
    data["history"][0]["id"] = value
    _refused(tmp_path, data, capsys, "history[0]", extra=("--accept-broken-history",))


def test_a_history_entry_about_a_record_not_in_the_file_is_refused(export, tmp_path, capsys):
    data = copy.deepcopy(export)
    data["history"][0]["record_id"] = 99_999
    _refused(tmp_path, data, capsys, "history[0]", "99999", extra=("--accept-broken-history",))


def _letter(**changes) -> dict:
    letter = {
        "id": 1,
        "kind": "complaint_ack",
        "table": "complaints",
        "record_id": 1,
        "contract_id": 1,
        "produced_at": "2026-11-20T10:00:00+01:00",
        "lang": "nb",
        "path": "kvittering.pdf",
        "user": "kari",
    }
    return {**letter, **changes}


def test_a_letter_about_a_record_not_in_the_file_is_refused(export, tmp_path, capsys):
    data = copy.deepcopy(export)
    complaint = data["tables"]["complaints"][0]
    data["letters"] = [_letter(record_id=777, contract_id=complaint["contract_id"])]
    _refused(tmp_path, data, capsys, "letters[0]", "777")
    data["letters"] = [_letter(record_id=complaint["id"], contract_id=complaint["contract_id"])]
    (tmp_path / "ok").mkdir()
    status, err, _target = _import(tmp_path / "ok", data, capsys)
    assert status == 0, err  # the same letter about a record of the file is taken


def test_history_of_a_record_deleted_in_the_file_is_taken(export, tmp_path, capsys):
    deleted = [e for e in export["history"] if e["action"] == "delete"]
    assert deleted and all(
        r["id"] != deleted[0]["record_id"] for r in export["tables"][deleted[0]["table"]]
    )
    status, err, _target = _import(tmp_path, export, capsys)
    assert status == 0, err
