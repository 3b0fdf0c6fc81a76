"""The history proves itself: a hash chain, and the tables equal its replay (issue 12).

``verify`` must find an edited history row, a deleted one, an edited table row and two
entries swapped, and name the entry each time. The tampering is done as someone with
the file and an SQLite tool would: the append-only triggers dropped, the rows changed.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing

import pytest

from app.cli import run_command
from app.storage import chain
from app.storage.database import open_database, open_read_only
from app.storage.exchange import BrokenHistory, export_data, import_data
from app.storage.repositories import Repositories
from app.storage.verify import check_chain, verify

from .conftest import DATA, Clock, contract, customer


@pytest.fixture
def desk(tmp_path):
    """A small desk: two customers, a contract, a few changes and a delete."""
    path = tmp_path / "desk.sqlite"
    with open_database(path) as database:
        repos = Repositories(database, user="tester", clock=Clock())
        a = repos.customers.add(customer())
        b = repos.customers.add(customer(name="Hole Bygg AS"))
        k = repos.contracts.add(contract(a.id))
        repos.contracts.update(k.model_copy(update={"title": "Azure drift 2"}))
        a = repos.customers.update(a.model_copy(update={"note": "Viktig kunde"}))
        repos.customers.delete(b.id)
        repos.customers.update(a.model_copy(update={"address": "Torget 1"}))
    return path


def _tamper(path, *statements):
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("DROP TRIGGER IF EXISTS history_no_update")
        conn.execute("DROP TRIGGER IF EXISTS history_no_delete")
        conn.execute("DROP TRIGGER IF EXISTS history_uid_fixed")
        for sql in statements:
            conn.execute(sql)


def _report(path):
    with open_read_only(path) as database:
        return verify(database)


def test_a_fresh_history_is_one_unbroken_chain(desk):
    report = _report(desk)
    assert report.ok, report.lines("en")
    assert report.chain.entries == report.chain.chained == 7 and report.chain.unchained == 0
    with closing(sqlite3.connect(desk)) as conn:
        rows = conn.execute("SELECT id, prev_hash, hash FROM history ORDER BY id").fetchall()
        head = conn.execute("SELECT value FROM meta WHERE key = 'history_head'").fetchone()[0]
    assert rows[0][1] == chain.GENESIS
    for (_, _, before), (_, prev, _) in zip(rows, rows[1:], strict=False):
        assert prev == before
    assert head == f"{rows[-1][0]}:{rows[-1][2]}" and report.chain.head == rows[-1][2]


def test_an_edited_history_row_is_named(desk):
    _tamper(desk, "UPDATE history SET user = 'noen andre' WHERE id = 3")
    report = _report(desk)
    assert not report.ok
    found = report.chain.first_break
    assert found.entry_id == 3 and found.code == "content"
    assert "oppføring 3" in found.text("nb") and "entry 3" in found.text("en")


def test_an_edited_change_inside_an_entry_is_named(desk):
    _tamper(
        desk,
        "UPDATE history SET after = json_set(after, '$.title', 'Noe annet') WHERE id = 4",
    )
    found = _report(desk).chain.first_break
    assert (found.entry_id, found.code) == (4, "content")


def test_a_deleted_history_row_is_named(desk):
    _tamper(desk, "DELETE FROM history WHERE id = 4")
    report = _report(desk)
    found = report.chain.first_break
    assert (found.entry_id, found.code) == (5, "link")
    assert "id 4–4" in found.text("nb")
    # and the replay sees that contract's last change is gone
    assert any(d.table == "contracts" and d.code == "field" for d in report.differences)


def test_a_deleted_last_row_is_found(desk):
    _tamper(desk, "DELETE FROM history WHERE id = (SELECT max(id) FROM history)")
    report = _report(desk)
    assert report.chain.first_break.code == "head"
    assert "7" in report.chain.first_break.text("en")


def test_an_edited_table_row_is_named_with_its_entry(desk):
    with closing(sqlite3.connect(desk)) as conn, conn:
        conn.execute("UPDATE contracts SET title = 'Endret i tabellen' WHERE id = 1")
    report = _report(desk)
    assert report.chain.ok  # the history itself is intact
    (difference,) = report.differences
    assert (difference.table, difference.record_id, difference.field) == ("contracts", 1, "title")
    assert difference.entry_id == 4
    assert "Endret i tabellen" in difference.text("nb") and "oppføring 4" in difference.text("nb")
    assert not report.ok
    # one difference reads as one (not "in 1 places")
    assert "The tables differ from the history in 1 place:" in report.lines("en")
    assert "Tabellene avviker fra historikken på 1 punkt:" in report.lines("nb")


def test_a_table_row_without_history_and_a_missing_one_are_named(desk):
    with closing(sqlite3.connect(desk)) as conn, conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(
            "INSERT INTO customers (id, name, org_number, uid) VALUES "
            "(9, 'Smuglet inn AS', '914573262', '0b0e4d0a-0000-4000-8000-000000000009')"
        )
        conn.execute("DELETE FROM contracts WHERE id = 1")
    codes = {(d.table, d.record_id, d.code) for d in _report(desk).differences}
    assert codes == {("customers", 9, "no_history"), ("contracts", 1, "missing")}


def test_two_swapped_entries_are_named(desk):
    columns = "uid, at, user, action, table_name, record_id, before, after, prev_hash, hash"
    _tamper(
        desk,
        "CREATE TEMP TABLE swap AS SELECT * FROM history WHERE id IN (5, 6)",
        "UPDATE history SET uid = 'x' || uid WHERE id IN (5, 6)",  # (unique while swapping)
        *(
            f"UPDATE history SET ({columns}) = (SELECT {columns} FROM swap WHERE id = {other})"
            f" WHERE id = {this}"
            for this, other in ((5, 6), (6, 5))
        ),
    )
    found = _report(desk).chain.first_break
    assert found.entry_id == 5 and found.code in ("link", "content")


def test_verify_command_names_the_break_and_exits_1(desk, capsys):
    assert run_command(["verify", "--db", str(desk)]) == 0
    out = capsys.readouterr().out
    assert "Historikken er uendret: 7 oppføringer" in out and out.rstrip().endswith("OK")
    _tamper(desk, "UPDATE history SET at = '2020-01-01T00:00:00+01:00' WHERE id = 2")
    assert run_command(["verify", "--db", str(desk), "--json", "--lang", "en"]) == 1
    answer = json.loads(capsys.readouterr().out)
    assert answer["ok"] is False and answer["chain"]["first_break"]["entry"] == 2
    assert "entry 2" in answer["chain"]["first_break"]["text"]


def test_verify_reads_only(desk, capsys):
    before = desk.read_bytes()
    run_command(["verify", "--db", str(desk)])
    assert desk.read_bytes() == before
    assert not (desk.parent / "backups").exists()
    assert sorted(p.name for p in desk.parent.iterdir()) == ["desk.sqlite"]


def test_an_older_database_gets_the_chain_with_its_entries_unchained(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "schema_v6.sqlite", path)
    with open_database(path) as database:
        repos = Repositories(database, user="tester", clock=Clock())
        old = repos.database.db.conn.execute("SELECT count(*) FROM history").fetchone()[0]
        assert old > 0
        report = check_chain(database)
        assert report.ok and report.unchained == old and report.chained == 0
        c = repos.customers.get(1)
        repos.customers.update(c.model_copy(update={"note": "etter migreringen"}))
        report = verify(database)
        assert report.chain.ok, report.lines("en")
        assert (report.chain.unchained, report.chain.chained) == (old, 1)
        # the stored v1 database was written by a script, its records but the customer
        # without history: the replay says so, and nothing else
        assert {(d.code, d.table) for d in report.differences} == {
            ("no_history", table)
            for table in ("contracts", "services", "incidents", "complaints")
            + ("delivery_notices", "terminations", "checklist_items", "notes")
        }
    # an unchained entry changed after the migration shows
    _tamper(path, "UPDATE history SET user = 'noen' WHERE id = 1")
    assert _report(path).chain.first_break.code == "seal"


def test_unchained_entries_are_sealed_at_the_migration(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "schema_v6.sqlite", path)
    with open_database(path):
        pass
    _tamper(path, "UPDATE history SET user = 'noen' WHERE id = 1")
    # nothing written since the migration: the seal in meta still catches it
    assert _report(path).chain.first_break.code == "seal"


def test_export_carries_the_hashes_and_import_keeps_the_chain(desk, tmp_path):
    with open_read_only(desk) as database:
        data = export_data(database)
    assert all(len(entry["hash"]) == 64 for entry in data["history"])
    with open_database(tmp_path / "copy.sqlite") as other:
        import_data(other, data)
        repos = Repositories(other, clock=Clock())
        repos.customers.update(repos.customers.get(1).model_copy(update={"note": "ny"}))
        report = verify(other)
        assert report.ok and report.chain.chained == 8


def test_import_of_a_broken_chain_is_refused_unless_accepted(desk, tmp_path):
    with open_read_only(desk) as database:
        data = export_data(database)
    data["history"][2]["user"] = "noen andre"
    target = tmp_path / "copy.sqlite"
    with open_database(target) as other:
        with pytest.raises(BrokenHistory) as caught:
            import_data(other, data)
        assert "oppføring 3" in caught.value.text("nb") and "--accept-broken-history" in (
            caught.value.text("en")
        )
        assert Repositories(other).is_empty()
        import_data(other, data, accept_broken_history=True)
        report = verify(other)
        assert report.ok and report.chain.unchained == 7 and report.chain.chained == 0
        (flag,) = other.db.conn.execute("SELECT broken_history FROM imports").fetchone()
        assert flag == 1


def test_import_command_refuses_a_broken_chain(desk, tmp_path, capsys):
    out = tmp_path / "all.json"
    assert run_command(["export", "--db", str(desk), "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    del data["history"][3]
    out.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    target = tmp_path / "new.sqlite"
    assert run_command(["import", "--db", str(target), str(out)]) == 2
    assert "historikken i filen er brutt" in capsys.readouterr().err
    assert run_command(["import", "--db", str(target), str(out), "--accept-broken-history"]) == 0
