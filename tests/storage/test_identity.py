"""Identities and versions (issue 12 item 9, and what issue 14's sharing builds on).

Every database file has a UUID of its own and Avtalevakt's ``application_id``; every
record a ``uid`` that never changes and a ``version`` counting its writes; a save that
started from an older version than the stored one is refused with both.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from uuid import UUID

import pytest

from app.storage.database import open_database
from app.storage.errors import StaleRecord, StorageError
from app.storage.exchange import export_data, import_data
from app.storage.migrations import APPLICATION_ID, LOG_TABLES, RECORD_TABLES
from app.storage.repositories import Repositories

from .conftest import DATA, Clock, contract, customer


def _identity(path):
    with closing(sqlite3.connect(path)) as conn:
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        (value,) = conn.execute("SELECT value FROM meta WHERE key = 'database_id'").fetchone()
    return app_id, UUID(value)


def test_a_new_database_has_an_identity_of_its_own(tmp_path):
    for name in ("a.sqlite", "b.sqlite"):
        with open_database(tmp_path / name):
            pass
    (app_a, id_a), (app_b, id_b) = (
        _identity(tmp_path / "a.sqlite"),
        _identity(tmp_path / "b.sqlite"),
    )
    assert app_a == app_b == APPLICATION_ID
    assert id_a != id_b and id_a.version == 4


def test_database_identity_is_readable_from_the_open_database(database):
    assert database.identity == _identity(database.path)[1]


def test_migrated_file_gets_uids_versions_and_an_identity(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "schema_v6.sqlite", path)
    with open_database(path) as database:
        conn = database.db.conn
        for table in (*RECORD_TABLES, *LOG_TABLES):
            rows = conn.execute(f"SELECT uid FROM {table}").fetchall()
            uids = [UUID(uid) for (uid,) in rows]
            assert len(set(uids)) == len(uids), table
            assert all(u.version == 4 for u in uids)
        for table in RECORD_TABLES:
            assert {v for (v,) in conn.execute(f"SELECT version FROM {table}")} <= {1}
        contract_row = Repositories(database).contracts.get(1)
        assert contract_row.version == 1 and contract_row.uid is not None
    assert _identity(path)[0] == APPLICATION_ID


def test_every_write_counts_the_version_and_keeps_the_uid(repos):
    c = repos.customers.add(customer())
    assert c.version == 1 and isinstance(c.uid, UUID)
    renamed = repos.customers.update(c.model_copy(update={"name": "Nytt navn AS"}))
    assert renamed.version == 2 and renamed.uid == c.uid
    again = repos.customers.update(renamed.model_copy(update={"address": "Torget 1"}))
    assert again.version == 3 and again.uid == c.uid
    # the history records each version
    versions = [e.after["version"] for e in repos.history("customers", c.id)]
    assert versions == [1, 2, 3]


def test_saving_without_a_change_writes_nothing(repos):
    c = repos.customers.add(customer())
    same = repos.customers.update(c)
    assert same.version == 1
    assert len(repos.history("customers", c.id)) == 1


def test_a_stale_save_is_refused_with_both_versions(repos):
    """Two windows open the same customer; the second save must not undo the first."""
    c = repos.customers.add(customer())
    first_window = c.model_copy(update={"address": "Første vindu 1"})
    second_window = c.model_copy(update={"note": "Andre vindu"})
    saved = repos.customers.update(first_window)
    with pytest.raises(StaleRecord) as caught:
        repos.customers.update(second_window)
    error = caught.value
    assert error.yours == second_window and error.yours.version == 1
    assert error.stored == saved and error.stored.version == 2
    assert error.changed_by == "tester" and error.changed_at is not None
    assert "versjon 1" in error.text("nb") and "versjon 2" in error.text("nb")
    assert "Nothing was saved" in error.text("en")
    stored = repos.customers.get(c.id)
    assert stored == saved  # the first window's change is still there, nothing else
    assert len(repos.history("customers", c.id)) == 2


def test_a_save_of_a_record_deleted_meanwhile_is_refused(repos):
    c = repos.customers.add(customer())
    repos.customers.delete(c.id)
    with pytest.raises(StaleRecord) as caught:
        repos.customers.update(c.model_copy(update={"note": "for sent"}))
    assert caught.value.stored is None
    assert "slettet" in caught.value.text("nb")


def test_a_delete_of_a_record_changed_meanwhile_is_refused(repos):
    c = repos.customers.add(customer())
    repos.customers.update(c.model_copy(update={"note": "endret"}))
    with pytest.raises(StaleRecord):
        repos.customers.delete(c.id, version=c.version)
    assert repos.customers.get(c.id).note == "endret"


def test_an_update_must_say_which_version_it_started_from(repos):
    c = repos.customers.add(customer())
    with pytest.raises(ValueError, match="version"):
        repos.customers.update(customer(id=c.id, name="Uten versjon AS"))


def test_the_uid_of_a_record_never_changes(repos):
    c = repos.customers.add(customer())
    other = repos.customers.add(customer(name="Annen AS"))
    with pytest.raises(ValueError, match="uid"):
        repos.customers.update(c.model_copy(update={"uid": other.uid}))
    with pytest.raises(StorageError, match="uid never changes"), repos.transaction():
        repos.database.db.conn.execute(
            "UPDATE customers SET uid = ? WHERE id = ?", [str(other.uid), c.id]
        )


def test_a_given_uid_is_kept_and_duplicates_refused(repos):
    c = repos.customers.add(customer())
    again = customer(name="Fra en annen PC AS").model_copy(update={"uid": c.uid})
    with pytest.raises(StorageError):
        repos.customers.add(again)


def test_export_and_import_carry_uids_and_versions(repos, tmp_path):
    c = repos.customers.add(customer())
    c = repos.customers.update(c.model_copy(update={"note": "v2"}))
    k = repos.contracts.add(contract(c.id))
    data = export_data(repos.database)
    assert data["tables"]["customers"][0]["uid"] == str(c.uid)
    assert data["tables"]["customers"][0]["version"] == 2
    assert data["history"][0]["uid"]
    with open_database(tmp_path / "copy.sqlite") as other:
        import_data(other, data)
        copied = Repositories(other, clock=Clock())
        assert copied.customers.get(c.id) == c
        assert copied.contracts.get(k.id).uid == k.uid
        assert other.identity != repos.database.identity  # the file's own identity stays


def test_import_of_a_file_without_uids_gives_new_ones(repos, tmp_path):
    c = repos.customers.add(customer())
    data = export_data(repos.database)
    for row in data["tables"]["customers"]:
        del row["uid"], row["version"]
    for entry in data["history"]:  # a file from before schema 7: no uids, no chain
        del entry["uid"], entry["prev_hash"], entry["hash"]
        for change in (entry["before"], entry["after"]):  # nor in the records it wrote
            if change is not None:
                del change["uid"], change["version"]
    with open_database(tmp_path / "copy.sqlite") as other:
        import_data(other, data)
        got = Repositories(other).customers.get(c.id)
        assert got.uid is not None and got.uid != c.uid and got.version == 1
