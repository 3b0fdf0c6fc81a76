"""Records that refer to a record the import refused are told as such, once.

A file with one contract refused (a bad monthly fee) listed, after the contract's own
problem, every service and incident of it as "viser til id 1, som ikke finnes i filen"
(+9 til): as if the contract were missing from the file, and the one thing to fix lost
among follow-on lines. The contract is in the file; the records that refer to it are
now counted in one line right after its own problem, by table.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from app.cli import run_command
from app.storage.codec import SPECS
from app.storage.database import open_database
from app.storage.demo import fill_demo
from app.storage.exchange import ImportFileError, export_data, import_data
from app.storage.repositories import Repositories

from .conftest import TODAY, Clock


@pytest.fixture
def data(tmp_path):
    with open_database(tmp_path / "desk.sqlite") as database:
        fill_demo(Repositories(database, user="tester", clock=Clock()), TODAY)
        return export_data(database)


def _referring(data, table, record_id):
    """How many records of each table refer to ``table`` id ``record_id``."""
    return Counter(
        name
        for name, rows in data["tables"].items()
        for row in rows
        for field, parent in SPECS[name].references.items()
        if parent == table and row.get(field) == record_id
    )


def _refused(data, tmp_path):
    with open_database(tmp_path / "t.sqlite") as database, pytest.raises(ImportFileError) as c:
        import_data(database, data)
    return c.value


def test_records_of_a_refused_contract_are_counted_after_it(data, tmp_path):
    data["tables"]["contracts"][0]["monthly_fee"] = "abc"
    counts = _referring(data, "contracts", 1)
    assert counts["services"] >= 2 and counts["incidents"] >= 2  # (the demo's contract 1)
    n = sum(counts.values())
    refused = _refused(data, tmp_path)
    nb, en = refused.text("nb"), refused.text("en")
    assert "som ikke finnes i filen" not in nb and "which is not in the file" not in en
    assert len(refused.problems) == 2, nb
    assert nb.startswith(
        "Importen ble avvist, ingenting er endret: contracts[0] (id 1): monthly_fee: "
        f"ugyldig tall «abc»; {n} poster i filen viser til contracts[0] (id 1), som selv "
        f"ble avvist (tjenester: {counts['services']}, hendelser: {counts['incidents']}"
    ), nb
    assert (
        f"; {n} records in the file refer to contracts[0] (id 1), which was itself refused "
        f"(services: {counts['services']}, incidents: {counts['incidents']}"
    ) in en, en


def test_one_record_is_said_in_the_singular(data, tmp_path):
    customer = data["tables"]["customers"][0]
    customer["name"] = ""
    assert _referring(data, "customers", customer["id"]) == {"contracts": 1}  # (the demo's)
    refused = _refused(data, tmp_path)
    nb, en = refused.text("nb"), refused.text("en")
    assert "; 1 post i filen viser til customers[0] (id 1), som selv ble avvist (avtaler: 1)" in (
        nb
    ), nb
    assert (
        "; 1 record in the file refers to customers[0] (id 1), which was itself refused "
        "(contracts: 1)"
    ) in en, en


def test_a_reference_to_a_record_not_in_the_file_is_still_said_so(data, tmp_path):
    data["tables"]["contracts"][0]["monthly_fee"] = "abc"
    data["tables"]["incidents"][0]["contract_id"] = 77
    nb = _refused(data, tmp_path).text("nb")
    assert "incidents[0] (id 1).contract_id: viser til id 77, som ikke finnes i filen" in nb


def test_the_command_says_it_in_a_few_lines(data, tmp_path, capsys):
    data["tables"]["contracts"][0]["monthly_fee"] = "abc"
    source = tmp_path / "inn.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run_command(["import", "--db", str(tmp_path / "ny.sqlite"), str(source)]) == 2
    err = capsys.readouterr().err
    assert "som selv ble avvist" in err and "(+" not in err, err
