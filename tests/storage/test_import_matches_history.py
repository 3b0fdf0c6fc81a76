"""An export file whose records differ from its own history is refused (issue: import).

A hand-edited export (a contract's monthly fee, a complaint's date changed in the
file's tables, its history left as it was) imported, and ``verify`` on the new
database then said FEIL. The import now makes the comparison ``verify`` makes
(``verify.compare``) on the file before anything is written, and names the record,
the field and the history entry; a legitimate export, also one from an older
database, still imports.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing

import pytest

from app.cli import run_command
from app.storage import chain
from app.storage.codec import dumps
from app.storage.database import open_database, open_read_only
from app.storage.exchange import ImportFileError, export_data, import_data, import_json
from app.storage.repositories import Repositories
from app.storage.verify import verify

from .conftest import DATA, TODAY, Clock


@pytest.fixture
def export(tmp_path):
    """A demo desk's export file, and the desk."""
    from app.storage.demo import fill_demo

    desk = tmp_path / "desk.sqlite"
    with open_database(desk) as database:
        repos = Repositories(database, user="tester", clock=Clock())
        fill_demo(repos, TODAY)
        saved = repos.contracts.get(1)
        repos.contracts.update(saved.model_copy(update={"title": f"{saved.title} (fornyet)"}))
    out = tmp_path / "all.json"
    assert run_command(["export", "--db", str(desk), "--out", str(out)]) == 0
    return out


def _edit(path, change):
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    edited = path.with_name("edited.json")
    edited.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return edited


def _fee(data):
    data["tables"]["contracts"][0]["monthly_fee"] = "99999.00"


def _complaint_date(data):
    data["tables"]["complaints"][0]["complained"] = "2026-05-29"


def test_an_edited_fee_is_refused_into_a_new_file_naming_the_record(export, tmp_path, capsys):
    edited = _edit(export, _fee)
    target = tmp_path / "new.sqlite"
    capsys.readouterr()
    assert run_command(["import", "--db", str(target), str(edited)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Importen ble avvist, ingenting er endret"), err
    assert 'contracts[0] (id 1).monthly_fee: er "99999.00" i filen' in err, err
    assert "filens egen historikk (oppføring" in err and '"18500.00"' in err, err
    assert "endret etter at den ble eksportert" in err, err
    assert not target.exists()  # nothing of a refused import stays
    assert run_command(["import", "--db", str(target), str(edited), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("The import was refused, nothing has changed"), err
    assert 'contracts[0] (id 1).monthly_fee: is "99999.00" in the file' in err, err
    assert "the file's own history (entry" in err and "changed after it was exported" in err


def test_an_edited_date_is_refused_with_replace_and_the_database_is_untouched(
    export, tmp_path, capsys
):
    edited = _edit(export, _complaint_date)
    target = tmp_path / "kept.sqlite"
    with open_database(target) as database:
        Repositories(database, clock=Clock()).customers.add(
            {"name": "Til erstatning AS", "org_number": "914573262"}
        )
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
    before = target.read_bytes()
    capsys.readouterr()
    assert run_command(["import", "--db", str(target), str(edited), "--replace"]) == 2
    err = capsys.readouterr().err
    assert 'complaints[0] (id 1).complained: er "2026-05-29" i filen' in err, err
    assert target.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_the_window_s_import_refuses_it_too(export, tmp_path):
    edited = _edit(export, _fee)
    with open_database(tmp_path / "t.sqlite") as database:
        with pytest.raises(ImportFileError) as caught:
            import_json(database, edited)
        assert Repositories(database).is_empty()
        assert database.db.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0
    assert "contracts[0] (id 1).monthly_fee" in caught.value.text("nb")


def test_what_the_import_refuses_is_what_verify_finds(export, tmp_path):
    """One comparison: a desk whose table was changed under the program (an SQLite
    tool) fails ``verify``; its export is refused at the same places."""
    desk = export.with_name("desk.sqlite")
    with closing(sqlite3.connect(desk)) as conn, conn:
        conn.execute("UPDATE contracts SET monthly_fee = '99999.00' WHERE id = 1")
        conn.execute("UPDATE complaints SET complained = '2026-05-29' WHERE id = 1")
    with open_read_only(desk) as database:
        found = verify(database).differences
        data = export_data(database)
    assert len(found) == 2
    with open_database(tmp_path / "t.sqlite") as database, pytest.raises(ImportFileError) as c:
        import_data(database, data)
    assert [p.difference for p in c.value.problems] == found


def test_a_legitimate_export_imports_and_verifies(export, tmp_path, capsys):
    target = tmp_path / "new.sqlite"
    assert run_command(["import", "--db", str(target), str(export)]) == 0
    with open_read_only(target) as database:
        assert verify(database).ok


@pytest.mark.parametrize("version", [1, 6, 12])
def test_an_older_database_s_export_imports(tmp_path, version):
    """Records whose history is older than later migrations (fields it does not name)."""
    old = tmp_path / "old.sqlite"
    shutil.copy(DATA / f"schema_v{version}.sqlite", old)
    with open_database(old) as database:
        repos = Repositories(database, user="tester", clock=Clock())
        repos.customers.update(repos.customers.get(1).model_copy(update={"note": "etter"}))
        data = export_data(database)
        expected = verify(database).difference_count
    with open_database(tmp_path / "new.sqlite") as database:
        import_data(database, data)
        assert verify(database).difference_count == expected  # (its records without history)


def _rechain(data):
    """The file's chain made to hold again (as someone who knows ``chain``'s format
    would), so only the comparison can tell."""
    running = chain.GENESIS
    for entry in data["history"]:
        row = {
            **entry,
            "table_name": entry["table"],
            "before": None if entry["before"] is None else dumps(entry["before"]),
            "after": None if entry["after"] is None else dumps(entry["after"]),
        }
        entry["prev_hash"] = running
        entry["hash"] = running = chain.entry_hash(running, row)


def test_an_entry_whose_before_is_not_what_came_before_is_named(export, tmp_path):
    data = json.loads(export.read_text(encoding="utf-8"))
    index, entry = next((i, e) for i, e in enumerate(data["history"]) if e["action"] == "update")
    entry["before"]["title"] = "noe annet enn før"
    _rechain(data)
    with open_database(tmp_path / "t.sqlite") as database, pytest.raises(ImportFileError) as c:
        import_data(database, data)
    text = c.value.text("nb")
    assert f"history[{index}] (id {entry['id']}): «before» stemmer ikke" in text, text
    assert "its 'before' does not match the entries before it" in c.value.text("en")


def test_a_rechained_file_with_a_record_and_its_history_changed_alike_imports(export, tmp_path):
    """What the comparison can see is the file against itself: an edit made to the
    record and its last entry alike, the chain made again, holds (as ``verify`` would)."""
    data = json.loads(export.read_text(encoding="utf-8"))
    _fee(data)
    last = [e for e in data["history"] if e["table"] == "contracts" and e["record_id"] == 1][-1]
    last["after"]["monthly_fee"] = "99999.00"
    _rechain(data)
    with open_database(tmp_path / "t.sqlite") as database:
        import_data(database, data)
        assert verify(database).ok
