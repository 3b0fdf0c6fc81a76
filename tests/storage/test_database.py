"""Opening, PRAGMAs, transactions, backups, damaged files and the error messages."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from app.storage.backups import KEEP_BACKUPS, list_backups, restore_backup
from app.storage.database import (
    DatabaseDamaged,
    DatabaseLocked,
    DiskFull,
    StorageError,
    open_database,
)
from app.storage.errors import (
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseTooNew,
    classify,
)
from app.storage.repositories import Repositories

from .conftest import Clock, customer


def _pragma(database, name):
    return database.db.execute(f"PRAGMA {name}").fetchone()[0]


def test_pragmas(database):
    assert _pragma(database, "journal_mode") == "wal"
    assert _pragma(database, "foreign_keys") == 1
    assert _pragma(database, "busy_timeout") == 5000
    assert _pragma(database, "synchronous") == 2  # FULL


def test_refuses_a_missing_folder_but_makes_the_data_folder(tmp_path, monkeypatch):
    """A folder the user names is not made (a typo made a new, empty database somewhere:
    CLI audit, defect 5); the program's own data folder is (files.database_folder)."""
    from app.storage.targets import FolderMissing

    path = tmp_path / "a" / "b" / "avtalevakt.sqlite"
    with pytest.raises(FolderMissing) as caught:
        open_database(path)
    assert f"mappen {tmp_path / 'a'} finnes ikke" in caught.value.text("nb")
    assert not (tmp_path / "a").exists()
    data = tmp_path / "data" / "Avtalevakt"
    monkeypatch.setattr("app.storage.paths.default_data_dir", lambda: data)
    with open_database(data / "avtalevakt.sqlite") as database:
        assert database.path.is_file()


def test_missing_file_without_create(tmp_path):
    path = tmp_path / "none.sqlite"
    with pytest.raises(DatabaseMissing):
        open_database(path, create=False)
    assert not path.exists()


def test_transaction_is_all_or_nothing(repos, database):
    with pytest.raises(RuntimeError), database.transaction():
        repos.customers.add(customer())
        repos.customers.add(customer(name="Hole Bygg AS"))
        raise RuntimeError("stop")
    assert repos.customers.all() == []
    assert repos.all_history() == []


def test_nested_transaction_is_a_savepoint(repos, database):
    with database.transaction():
        repos.customers.add(customer())
        with pytest.raises(RuntimeError), database.transaction():
            repos.customers.add(customer(name="Hole Bygg AS"))
            raise RuntimeError("inner")
    assert [c.name for c in repos.customers.all()] == ["Ringerike Regnskap AS"]


def test_backup_at_every_start_keeps_the_newest_ten(db_path):
    with open_database(db_path) as database:
        Repositories(database, clock=Clock()).customers.add(customer())
    made = []
    for _ in range(KEEP_BACKUPS + 3):
        with open_database(db_path) as database:
            made.append(database.last_backup)
            assert database.backups()[0] == database.last_backup
    backups = list_backups(db_path)
    assert len(backups) == KEEP_BACKUPS
    assert backups == list(reversed(made[-KEEP_BACKUPS:]))
    for backup in backups:  # each is a complete, self-contained database
        assert not backup.with_name(backup.name + "-wal").exists()
        with closing(sqlite3.connect(backup)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT name FROM customers").fetchall() == [
                ("Ringerike Regnskap AS",)
            ]


def test_no_backup_when_asked_not_to(db_path):
    with open_database(db_path) as database:
        Repositories(database, clock=Clock()).customers.add(customer())
    with open_database(db_path, backup=False) as database:
        assert database.last_backup is None
    assert list_backups(db_path) == []


def _damage(path):
    """Overwrite the middle of the file (table pages) with garbage."""
    data = bytearray(path.read_bytes())
    for i in range(2048, len(data) - 100, 97):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


def _make_with_backup(db_path):
    with open_database(db_path) as database:
        repos = Repositories(database, clock=Clock())
        for n in range(40):
            repos.customers.add(customer(name=f"Kunde {n} AS", note="x" * 300))
    with open_database(db_path) as database:  # a start: backup of the 40 customers
        backup = database.last_backup
    return backup


def test_damaged_file_is_reported_untouched_and_the_backup_offered(db_path):
    backup = _make_with_backup(db_path)
    _damage(db_path)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(db_path)
    assert db_path.read_bytes() == before
    assert caught.value.newest_backup == backup
    assert "skadet" in caught.value.text("nb") and str(backup) in caught.value.text("nb")
    assert "damaged" in caught.value.text("en")
    assert list_backups(db_path) == [backup]  # no backup of a damaged file

    kept = restore_backup(caught.value.newest_backup, db_path)
    assert kept is not None and kept.read_bytes() == before  # never deleted
    with open_database(db_path) as database:
        assert database.integrity_problems() == []
        assert len(Repositories(database).customers.all()) == 40


def test_file_that_is_no_database_is_damaged(db_path):
    db_path.write_bytes(b"This is a Word document, really. " * 200)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(db_path)
    assert caught.value.newest_backup is None
    assert "ingen sikkerhetskopi" in caught.value.text("nb")
    assert db_path.read_bytes() == before


def test_restore_refuses_a_damaged_backup(tmp_path, db_path):
    """(A database with damaged pages: a file of no database at all is ``NotABackup``,
    tests/storage/test_backups.py.)"""
    bad = tmp_path / "bad.sqlite"
    _make_with_backup(bad)
    _damage(bad)
    with pytest.raises(DatabaseDamaged):
        restore_backup(bad, db_path)
    assert not db_path.exists()


def test_restore_into_a_new_place(tmp_path, db_path):
    backup = _make_with_backup(db_path)
    target = tmp_path / "elsewhere" / "copy.sqlite"
    assert restore_backup(backup, target) is None
    with open_database(target) as database:
        assert len(Repositories(database).customers.all()) == 40


def test_locked_database_gives_a_clear_message(db_path):
    with open_database(db_path):
        pass
    with open_database(db_path, timeout=0.2) as mine, closing(sqlite3.connect(db_path)) as other:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        repos = Repositories(mine, clock=Clock())
        with pytest.raises(DatabaseLocked) as caught:
            repos.customers.add(customer())
        other.rollback()
        assert repos.customers.all() == []  # nothing half-written
        repos.customers.add(customer())  # and works once the lock is gone
    nb, en = caught.value.text("nb"), caught.value.text("en")
    assert "opptatt" in nb and str(db_path) in nb
    assert "busy" in en and "another program" in en


def test_disk_full_is_reported_and_nothing_is_written(repos, database):
    repos.customers.add(customer())
    pages = _pragma(database, "page_count")
    database.db.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(DiskFull) as caught, database.transaction():
        for n in range(200):
            repos.customers.add(customer(name=f"Kunde {n}", note="y" * 3000))
    assert "full" in caught.value.text("nb") and "full" in caught.value.text("en")
    assert len(repos.customers.all()) == 1


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("database is locked", DatabaseLocked),
        ("attempt to write a readonly database", DatabaseReadOnly),
        ("database or disk is full", DiskFull),
        ("database disk image is malformed", DatabaseDamaged),
        ("file is not a database", DatabaseDamaged),
        ("no such table: x", StorageError),
    ],
)
def test_classify(message, kind):
    error = classify(sqlite3.OperationalError(message), "x.sqlite")
    assert type(error) is kind
    assert error.text("nb") and error.text("en") and error.text("nb") != error.text("en")


def test_every_error_speaks_both_languages():
    for error in (
        DatabaseTooNew(path="a", found=3, known=2),
        DatabaseDamaged(path="a", detail="x"),
        DatabaseLocked(path="a"),
        DatabaseReadOnly(path="a"),
        DiskFull(path="a"),
        DatabaseMissing(path="a"),
    ):
        assert error.text() == error.text("nb")
        assert error.text("nb") != error.text("en")
        assert "{" not in error.text("nb") + error.text("en")


def test_a_folder_is_no_database_and_is_said_so(tmp_path):
    from app.storage.database import check_file, open_read_only
    from app.storage.errors import DatabaseIsAFolder

    for open_it in (check_file, open_read_only, lambda p: restore_backup(p, tmp_path / "x.sqlite")):
        with pytest.raises(DatabaseIsAFolder) as refused:
            open_it(tmp_path)
        assert refused.value.text("nb").startswith(f"{tmp_path} er en mappe, ikke en databasefil.")
    assert list(tmp_path.iterdir()) == []
