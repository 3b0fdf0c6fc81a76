"""Schema migrations: from an empty file, and from a stored database of every earlier version."""

from __future__ import annotations

import re
import shutil
import sqlite3
from contextlib import closing
from datetime import date

import pytest
import sqlite_utils

from app.storage.database import NotOurDatabase, open_database
from app.storage.errors import DatabaseTooNew
from app.storage.migrations import MIGRATION_NAMES, SCHEMA_VERSION, migrations
from app.storage.repositories import Repositories

from .conftest import DATA, Clock
from .make_schema_v1 import make

# Every schema version before the current one has a committed database.
EARLIER = {
    1: DATA / "schema_v1.sqlite",
    2: DATA / "schema_v2.sqlite",
    3: DATA / "schema_v3.sqlite",
    4: DATA / "schema_v4.sqlite",
    5: DATA / "schema_v5.sqlite",
    6: DATA / "schema_v6.sqlite",
    7: DATA / "schema_v7.sqlite",
    8: DATA / "schema_v8.sqlite",
    9: DATA / "schema_v9.sqlite",
    10: DATA / "schema_v10.sqlite",
    11: DATA / "schema_v11.sqlite",
    12: DATA / "schema_v12.sqlite",
}


def test_names_are_numbered_in_order():
    """Numbers rise strictly in the listed order (the order they apply in). They may
    skip: each stream has numbers reserved (PROTOCOL.md), and one may land before a
    lower reserved number has been used."""
    assert len(set(MIGRATION_NAMES)) == len(MIGRATION_NAMES) == SCHEMA_VERSION
    numbers = []
    for name in MIGRATION_NAMES:
        assert re.fullmatch(r"\d{4}_[a-z0-9_]+", name), name
        numbers.append(int(name[:4]))
    assert numbers == sorted(set(numbers)) and numbers[0] == 1


def test_every_earlier_version_has_a_stored_database():
    assert set(EARLIER) == set(range(1, SCHEMA_VERSION))
    for path in EARLIER.values():
        # small files (from schema 7 every table has a uid index: a page each)
        assert path.is_file() and path.stat().st_size < 128_000


def test_empty_file_gets_the_whole_schema(db_path):
    with open_database(db_path) as database:
        assert database.schema_version == SCHEMA_VERSION
        applied = [m.name for m in migrations.applied(database.db)]
        assert applied == MIGRATION_NAMES
        assert database.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert database.integrity_problems() == []
        assert database.last_backup is None  # nothing to back up in a new file
    with open_database(db_path) as again:  # opening again changes nothing
        assert [m.name for m in migrations.applied(again.db)] == MIGRATION_NAMES


def test_zero_byte_file_is_treated_as_new(db_path):
    db_path.touch()
    with open_database(db_path) as database:
        assert database.schema_version == SCHEMA_VERSION


@pytest.mark.parametrize("version", sorted(EARLIER))
def test_earlier_version_is_migrated_with_its_records(tmp_path, version):
    path = tmp_path / "old.sqlite"
    shutil.copy(EARLIER[version], path)
    with open_database(path) as database:
        assert database.schema_version == SCHEMA_VERSION
        assert database.integrity_problems() == []
        # the backup was taken before migrating: it still has the old version
        assert database.last_backup is not None
        with closing(sqlite3.connect(database.last_backup)) as old:
            assert old.execute("PRAGMA user_version").fetchone()[0] == version
        repos = Repositories(database, user="tester", clock=Clock())
        (termination,) = repos.terminations.all()
        assert termination.notice_sent_on is None and termination.deleted_on is None
        assert termination.transfer_done == {"users": date(2026, 2, 1)}
        contract = repos.contracts.get(1)
        assert contract.terms().approval_working_days == 8
        assert str(contract.monthly_fee) == "14200.00"
        (incident,) = repos.incidents.for_contract(1)
        assert incident.start.isoformat() == "2026-02-10T08:15:00+01:00"
        assert len(repos.history("customers", 1)) == 1
        # and the new columns work
        done = repos.terminations.update(
            termination.model_copy(update={"notice_sent_on": date(2026, 5, 22)})
        )
        assert repos.terminations.get(done.id).notice_sent_on == date(2026, 5, 22)


def test_committed_v1_matches_its_script(tmp_path):
    """The committed file is what the script makes (same schema, same rows)."""
    fresh = make(tmp_path / "v1.sqlite")

    def dump(path):
        with closing(sqlite3.connect(path)) as conn:
            lines = [line for line in conn.iterdump() if "_sqlite_migrations" not in line]
            applied = conn.execute("SELECT name FROM _sqlite_migrations").fetchall()
        return lines, applied

    assert dump(fresh) == dump(EARLIER[1])


def test_database_from_a_newer_program_is_refused_and_untouched(db_path):
    with open_database(db_path):
        pass
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('avtalevakt', '0099_from_the_future', 'x')"
        )
    wal = db_path.parent / (db_path.name + "-wal")
    assert not wal.exists()  # closed cleanly: everything is in the main file
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(db_path)
    assert db_path.read_bytes() == before
    assert not wal.exists() or wal.stat().st_size == 0
    assert not (db_path.parent / "backups").exists()
    assert "nyere versjon" in caught.value.text("nb")
    assert "newer version" in caught.value.text("en")
    assert str(SCHEMA_VERSION) in caught.value.text("en")


def test_user_version_from_the_future_is_refused(db_path):
    with open_database(db_path):
        pass
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(DatabaseTooNew):
        open_database(db_path)


def test_someone_elses_sqlite_file_is_refused(db_path):
    other = sqlite_utils.Database(db_path)
    other["photos"].insert({"id": 1, "title": "ferie"})
    other.close()
    before = db_path.read_bytes()
    with pytest.raises(NotOurDatabase) as caught:
        open_database(db_path)
    assert db_path.read_bytes() == before
    assert "ikke en Avtalevakt-database" in caught.value.text("nb")


def test_failed_migration_leaves_the_old_version(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    shutil.copy(EARLIER[1], path)

    def broken(db):
        db.execute("ALTER TABLE terminations ADD COLUMN half_done TEXT")
        raise RuntimeError("disk said no")

    with sqlite_utils.Database(path) as probe:
        (second,) = [m for m in migrations.pending(probe) if m.name == MIGRATION_NAMES[1]]
    monkeypatch.setattr(second, "fn", broken)
    with pytest.raises(RuntimeError):
        open_database(path)
    monkeypatch.undo()
    with closing(sqlite3.connect(path)) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(terminations)")]
        assert "half_done" not in columns and "notice_sent_on" not in columns
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    with open_database(path) as database:  # and a later start migrates it properly
        assert database.schema_version == SCHEMA_VERSION
