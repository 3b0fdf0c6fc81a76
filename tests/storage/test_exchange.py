"""Export and import: identical round trips; a bad file changes nothing and says why."""

from __future__ import annotations

import copy
import csv
import json
import shutil

import pytest

from app.storage.database import open_database
from app.storage.demo import fill_demo
from app.storage.exchange import (
    DatabaseNotEmpty,
    ImportFileError,
    export_csv,
    export_data,
    export_json,
    import_data,
    import_json,
)
from app.storage.letters import LetterLog
from app.storage.migrations import SCHEMA_VERSION
from app.storage.repositories import Repositories

from .conftest import DATA, TODAY, Clock


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "demo.sqlite"
    with open_database(path) as database:
        repos = Repositories(database, user="tester", clock=Clock())
        fill_demo(repos, TODAY)
        termination = repos.terminations.all()[0]
        LetterLog(database, user="tester", clock=Clock()).add(
            kind="deletion_notice",
            table="terminations",
            record_id=termination.id,
            contract_id=termination.contract_id,
            lang="nb",
            path="C:/Brev/slettevarsel.pdf",
        )
    return path


@pytest.fixture
def demo_export(demo_db, tmp_path):
    out = tmp_path / "demo.json"
    with open_database(demo_db, backup=False) as database:
        export_json(database, out)
    return out


def _snapshot(path):
    with open_database(path, backup=False) as database:
        return export_data(database), database.integrity_problems()


def test_export_import_export_is_identical(demo_export, tmp_path):
    target = tmp_path / "copy.sqlite"
    with open_database(target) as database:
        summary = import_json(database, demo_export)
        assert summary.counts["incidents"] > 10 and summary.counts["history"] > 40
        assert summary.counts["letters"] == 1
        (letter,) = LetterLog(database).all()
        assert letter.path == "C:/Brev/slettevarsel.pdf" and letter.user == "tester"
        again = tmp_path / "again.json"
        export_json(database, again)
    assert again.read_bytes() == demo_export.read_bytes()
    data = json.loads(demo_export.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION and data["format"] == "avtalevakt"
    assert set(data["tables"]) == {
        "template_variants", "customers", "contracts", "services", "incidents", "complaints",
        "delivery_notices", "terminations", "checklist_items", "notes",
        "attachments", "reminder_acks",
    }  # fmt: skip


def test_import_records_its_source(demo_export, tmp_path):
    with open_database(tmp_path / "copy.sqlite") as database:
        import_json(database, demo_export, user="kari")
        row = database.db.conn.execute("SELECT user, source, replaced FROM imports").fetchone()
    assert row == ("kari", str(demo_export), 0)


def test_import_into_a_database_with_content_is_refused(demo_db, demo_export):
    before = _snapshot(demo_db)
    with open_database(demo_db) as database, pytest.raises(DatabaseNotEmpty) as caught:
        import_json(database, demo_export)
    assert "har allerede innhold" in caught.value.text("nb")
    assert _snapshot(demo_db) == before


def test_import_can_replace_everything(demo_db, demo_export, tmp_path):
    other = tmp_path / "other.sqlite"
    with open_database(other) as database:
        Repositories(database, clock=Clock()).customers.add(
            {"name": "Til erstatning AS", "org_number": "914573262"}
        )
    with open_database(other) as database:
        summary = import_json(database, demo_export, replace=True)
        assert summary.replaced
        assert database.integrity_problems() == []
        triggers = {
            name
            for (name,) in database.db.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'history'"
            )
        }
        assert {"history_no_update", "history_no_delete"} <= triggers  # append-only again
        assert len(LetterLog(database).all()) == 1
    assert _snapshot(other) == _snapshot(demo_db)


def _bad(data, change):
    data = copy.deepcopy(data)
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "nb", "en"),
    [
        (
            lambda d: d["tables"]["contracts"][1].update(monthly_fee="mange penger"),
            "contracts[1] (id 2): monthly_fee: ugyldig tall",
            "contracts[1] (id 2): monthly_fee: invalid number",
        ),
        (
            lambda d: d["tables"]["customers"][0].update(org_number="914573263"),
            "customers[0] (id 1): org_number: kontrollsifferet stemmer ikke",
            "customers[0] (id 1): org_number: the check digit is wrong",
        ),
        (
            lambda d: d["tables"]["incidents"][0].update(contract_id=77),
            "incidents[0] (id 1).contract_id: viser til id 77",
            "incidents[0] (id 1).contract_id: refers to id 77, which is not in the file",
        ),
        (
            lambda d: d["tables"]["incidents"][3].pop("cause"),
            "incidents[3] (id 4): cause: mangler",
            "incidents[3] (id 4): cause: is required",
        ),
        (
            lambda d: d["tables"]["notes"].append(dict(d["tables"]["notes"][0])),
            "notes[4] (id 1).id: finnes to ganger",
            "notes[4] (id 1).id: appears twice",
        ),
        (
            lambda d: d["tables"]["services"][0].update(colour="blue"),
            "services[0] (id 1): colour: ukjent felt",
            "services[0] (id 1): colour: unknown field",
        ),
        (
            lambda d: d["tables"].update(invoices=[]),
            "ukjent tabell «invoices»",
            "unknown table 'invoices'",
        ),
        (
            lambda d: d["history"][0].update(action="rewrite"),
            "history[0]: action",
            "history[0]: action",
        ),
        (
            lambda d: d.update(schema_version=SCHEMA_VERSION + 1),
            "nyere versjon",
            "newer version",
        ),
        (lambda d: d.update(format="excel"), "ikke en eksportfil", "not an Avtalevakt export"),
    ],
)
def test_bad_file_changes_nothing_and_names_record_and_field(demo_export, tmp_path, change, nb, en):
    data = _bad(json.loads(demo_export.read_text(encoding="utf-8")), change)
    target = tmp_path / "target.sqlite"
    with open_database(target) as database:
        with pytest.raises(ImportFileError) as caught:
            import_data(database, data)
        assert Repositories(database).is_empty()
        assert database.db.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0
    assert nb in caught.value.text("nb"), caught.value.text("nb")
    assert en in caught.value.text("en"), caught.value.text("en")
    assert caught.value.text("nb").startswith("Importen ble avvist, ingenting er endret")


def test_many_problems_are_listed_together(demo_export, tmp_path):
    data = json.loads(demo_export.read_text(encoding="utf-8"))
    for row in data["tables"]["incidents"]:
        row["cause"] = "gremlins"
    with open_database(tmp_path / "t.sqlite") as database, pytest.raises(ImportFileError) as c:
        import_data(database, data)
    assert len(c.value.problems) == len(data["tables"]["incidents"])
    assert "(+" in c.value.text("en") and "more)" in c.value.text("en")


def test_file_that_is_not_json(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "avtalevakt",\n "tables": [', encoding="utf-8")
    with open_database(tmp_path / "t.sqlite") as database, pytest.raises(ImportFileError) as c:
        import_json(database, bad)
    assert "linje 2" in c.value.text("nb") and "line 2" in c.value.text("en")


def test_older_export_without_new_fields_imports(tmp_path):
    """A file written at schema version 1 (no notice_sent_on/deleted_on) still imports."""
    v1 = tmp_path / "v1.sqlite"
    shutil.copy(DATA / "schema_v1.sqlite", v1)
    with open_database(v1) as database:
        data = export_data(database)
    data["schema_version"] = 1
    del data["letters"]  # no letters log before version 3
    for row in data["tables"]["terminations"]:
        del row["notice_sent_on"], row["deleted_on"]
    with open_database(tmp_path / "new.sqlite") as database:
        import_data(database, data)
        (termination,) = Repositories(database).terminations.all()
    assert termination.deleted_on is None and termination.from_contact == "Ola Kristiansen"


def test_csv_export(demo_db, tmp_path):
    folder = tmp_path / "csv"
    with open_database(demo_db, backup=False) as database:
        counts = export_csv(database, folder)
        contracts = Repositories(database).contracts.all()
    assert counts["contracts"] == len(contracts)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.csv" for t in counts)
    with open(folder / "contracts.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == len(contracts)
    # money always with two decimals and the decimal comma Excel in Norway reads (issue
    # 13 item 12; it was the stored text, "18500.00" or "0", which that Excel takes as text)
    assert rows[0]["monthly_fee"] == f"{contracts[0].monthly_fee:.2f}".replace(".", ",")
    assert json.loads(rows[2]["overrides"]) == contracts[2].overrides
    with open(folder / "history.csv", encoding="utf-8-sig", newline="") as handle:
        history = list(csv.DictReader(handle, delimiter=";"))
    assert history[0]["action"] == "insert" and json.loads(history[0]["after"])["id"] == 1
