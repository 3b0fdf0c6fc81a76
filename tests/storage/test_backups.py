"""Backups filed by the database's identity; a lost file is not started anew; restore
falls back to the newest whole backup; leftovers of a killed backup are removed (issue 12
items 1, 2, 3, 12, 13)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing

import pytest

from app.storage import backups
from app.storage.backups import (
    KEEP_BACKUPS,
    backups_of,
    checked_backups,
    list_backups,
    newest_good_backup,
    remove_leftovers,
    restore_backup,
    restore_newest,
)
from app.storage.database import open_database, open_read_only
from app.storage.errors import (
    BackupIsTheDatabase,
    DatabaseDamaged,
    DatabaseLost,
    NotABackup,
    WrongDatabase,
)
from app.storage.exchange import BackupFailed, export_data, import_data
from app.storage.repositories import Repositories

from .conftest import Clock, customer


def _desk(path, *names, starts=1):
    """A database with these customers, and ``starts`` backups taken as at program starts."""
    path.parent.mkdir(parents=True, exist_ok=True)  # (the program makes no folder named)
    with open_database(path) as database:
        repos = Repositories(database, user="tester", clock=Clock())
        for name in names:
            repos.customers.add(customer(name=name))
    for _ in range(starts):
        with open_database(path):
            pass
    return path


def _names(path):
    with open_read_only(path) as database:
        return [c.name for c in Repositories(database).customers.all()]


def _wreck(path):
    data = bytearray(path.read_bytes())
    for i in range(2048, len(data) - 100, 97):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


# --- item 1: an empty or missing file beside good backups --------------------------------


@pytest.mark.parametrize("how", ["empty", "missing"])
def test_a_lost_file_beside_backups_is_refused_with_the_restore_offer(tmp_path, how):
    path = _desk(tmp_path / "desk.sqlite", "Ringerike Regnskap AS", starts=KEEP_BACKUPS)
    good = list_backups(path)
    assert len(good) == KEEP_BACKUPS
    if how == "empty":
        path.write_bytes(b"")  # ": > desk.sqlite"
    else:
        path.unlink()
    for _ in range(KEEP_BACKUPS):  # ten starts of the program
        with pytest.raises(DatabaseLost) as caught:
            open_database(path)
    assert caught.value.newest_backup == good[0]
    text = caught.value.text("nb")
    assert ("er tom" if how == "empty" else "finnes ikke") in text and "lages ikke på nytt" in text
    assert "Vil du gjenopprette" in caught.value.restore_question("nb")
    assert list_backups(path) == good  # not one good backup pushed out
    assert (path.exists() and path.stat().st_size == 0) if how == "empty" else not path.exists()
    restore_backup(caught.value.newest_backup, path)
    assert _names(path) == ["Ringerike Regnskap AS"]


def test_an_empty_file_without_backups_is_still_a_new_database(tmp_path):
    path = tmp_path / "ny.sqlite"
    path.write_bytes(b"")
    with open_database(path) as database:
        assert Repositories(database).is_empty()


def _export(database_path, out):
    from app.storage.exchange import export_json

    with open_read_only(database_path) as database:
        export_json(database, out)  # (a .zip: the archive with the documents)
    return out


@pytest.mark.parametrize("kind", ["JSON", "ZIP"])
def test_an_export_given_as_the_database_is_said_to_be_one(tmp_path, kind):
    """``--db export.json``: SQLite's "not a database" was said as "skadet (file is not
    a database)". The user hears what the file is and how to read it in."""
    from app.storage.errors import ExportGivenAsDatabase
    from app.storage.exchange import export_kind

    desk = _desk(tmp_path / "desk.sqlite", "Ringerike Regnskap AS")
    export = _export(desk, tmp_path / f"export.{kind.lower()}")
    before = export.read_bytes()
    for opening in (open_database, open_read_only):
        with pytest.raises(ExportGivenAsDatabase) as caught:
            opening(export)
        assert caught.value.newest_backup is None
        assert caught.value.text("nb") == (
            f"{export} er en eksportfil fra Avtalevakt ({kind}), ikke en database. Den er "
            "ikke endret. Les den inn i en database med «Importer …» på Fil-menyen, eller "
            "med «avtalevakt import»."
        )
        assert "Import…" in caught.value.text("en")
    assert export.read_bytes() == before
    assert export_kind(export) == kind


def test_an_export_over_a_database_offers_its_backup_and_keeps_the_export(tmp_path):
    """A database's name now holding an export (written there by another program, or
    copied): the restore is offered as for damage, and the export is kept beside it."""
    from app.storage.errors import ExportGivenAsDatabase

    path = _desk(tmp_path / "desk.sqlite", "Ringerike Regnskap AS", starts=2)
    shutil.copyfile(_export(path, tmp_path / "export.json"), path)
    export = path.read_bytes()
    with pytest.raises(ExportGivenAsDatabase) as caught:
        open_database(path)
    assert caught.value.newest_backup == newest_good_backup(path) is not None
    question = caught.value.restore_question("nb")
    assert "er en eksportfil fra Avtalevakt (JSON)" in question
    assert (
        f"Nyeste sikkerhetskopi av databasen som lå her: {caught.value.newest_backup}" in question
    )
    assert "Eksportfilen beholdes ved siden av" in question
    kept = restore_backup(caught.value.newest_backup, path)
    assert _names(path) == ["Ringerike Regnskap AS"]
    assert kept is not None and kept.read_bytes() == export


def test_a_json_file_of_another_program_is_damage_as_before(tmp_path):
    from app.storage.errors import ExportGivenAsDatabase
    from app.storage.exchange import export_kind

    path = _desk(tmp_path / "desk.sqlite", "Ringerike Regnskap AS", starts=2)
    path.write_text('{"format": "something else", "tables": {}}')
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(path)
    assert not isinstance(caught.value, ExportGivenAsDatabase)
    assert caught.value.newest_backup is not None  # a wrecked header: restoring is right
    assert export_kind(path) is None and export_kind(tmp_path / "none.json") is None


# --- item 2: files with the same stem, other databases ----------------------------------


def test_files_with_the_same_stem_have_backups_of_their_own(tmp_path):
    sqlite = _desk(tmp_path / "desk.sqlite", "Ringerike Regnskap AS", starts=2)
    db = _desk(tmp_path / "desk.db", "Hole Bygg AS", starts=3)
    assert len(list_backups(sqlite)) == 2 and len(list_backups(db)) == 3
    assert set(list_backups(sqlite)).isdisjoint(list_backups(db))
    _wreck(sqlite)
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(sqlite)
    restore_backup(caught.value.newest_backup, sqlite)
    assert _names(sqlite) == ["Ringerike Regnskap AS"]  # not desk.db's customers
    with pytest.raises(WrongDatabase) as refused:
        restore_backup(list_backups(db)[0], sqlite)
    assert "annen database" in refused.value.text("nb")
    assert _names(sqlite) == ["Ringerike Regnskap AS"]


def test_a_file_replaced_by_another_database_does_not_take_its_backups(tmp_path):
    path = _desk(tmp_path / "desk.sqlite", "Ringerike Regnskap AS", starts=2)
    old = list_backups(path)
    path.unlink()
    _desk(tmp_path / "other.sqlite", "Hole Bygg AS")
    shutil.copy(tmp_path / "other.sqlite", path)  # another database under the old name
    with open_database(path):  # a start: its first backup
        pass
    mine = list_backups(path)
    assert len(mine) == 1 and set(mine).isdisjoint(old)
    assert all(p.exists() for p in old)  # the other database's backups are left alone


def test_backups_of_older_programs_still_count(tmp_path):
    """Names by the stem (desk-STAMP.sqlite), made before identities existed."""
    path = _desk(tmp_path / "desk.sqlite", "Ringerike Regnskap AS", starts=1)
    (made,) = list_backups(path)
    legacy = made.with_name("desk-20260101T000000000000Z.sqlite")
    made.rename(legacy)
    assert list_backups(path) == [legacy]


# --- item 3: no replacing import without a backup ---------------------------------------


def test_a_replacing_import_without_a_backup_is_refused(tmp_path):
    source = _desk(tmp_path / "a" / "source.sqlite", "Hole Bygg AS")
    with open_read_only(source) as database:
        data = export_data(database)
    path = _desk(tmp_path / "b" / "desk.sqlite", "Ringerike Regnskap AS", starts=0)
    folder = path.parent / "backups"
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("a file where the backups folder should be")
    with open_database(path, backup=False) as database:
        with pytest.raises(BackupFailed) as caught:
            import_data(database, data, replace=True)
        assert "sikkerhetskopi" in caught.value.text("nb")
    assert _names(path) == ["Ringerike Regnskap AS"]  # the old content is still there
    folder.unlink()
    with open_database(path, backup=False) as database:
        summary = import_data(database, data, replace=True)
    assert summary.backup is not None and summary.backup.exists()
    assert _names(summary.backup) == ["Ringerike Regnskap AS"]
    assert _names(path) == ["Hole Bygg AS"]


# --- item 12: damaged backups, the listing ---------------------------------------------


def test_restore_falls_back_to_the_newest_whole_backup(tmp_path):
    path = _desk(tmp_path / "desk.sqlite", "Ringerike Regnskap AS", starts=3)
    newest, second, _ = list_backups(path)
    _wreck(newest)
    assert newest_good_backup(path) == second
    statuses = [(c.backup.path, c.status) for c in checked_backups(path)]
    assert statuses[0] == (newest, "damaged") and statuses[1] == (second, None)
    _wreck(path)
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(path)
    assert caught.value.newest_backup == second  # not "there is no backup"
    used, kept = restore_newest(path)
    assert used == second and kept is not None and kept.exists()
    assert _names(path) == ["Ringerike Regnskap AS"]


def test_a_listed_backup_has_time_size_and_identity(tmp_path):
    path = _desk(tmp_path / "desk.sqlite", "Ringerike Regnskap AS", starts=1)
    (backup,) = backups_of(path)
    with open_read_only(path) as database:
        assert backup.identity == database.identity
    assert backup.size == backup.path.stat().st_size > 0
    assert backup.taken.tzinfo is not None


def test_restore_keeps_the_old_file_and_its_journal(tmp_path):
    path = _desk(tmp_path / "desk.sqlite", "Ringerike Regnskap AS", starts=1)
    (backup,) = list_backups(path)
    with open_database(path, backup=False) as database:
        Repositories(database, clock=Clock()).customers.add(customer(name="Etter kopien AS"))
        with closing(sqlite3.connect(path)) as other:  # someone else keeps the -wal alive
            other.execute("SELECT 1").fetchall()
            assert os.path.exists(f"{path}-wal")
    kept = restore_backup(backup, path)
    assert not os.path.exists(f"{path}-wal")  # never replayed into the restored file
    assert _names(path) == ["Ringerike Regnskap AS"]
    assert "Etter kopien AS" in _names(kept)


def test_restore_keeps_no_empty_journal_beside_the_old_file(tmp_path):
    """A read-only look at the file once the program has closed it (the restore's own
    identity check) leaves an empty -wal and its -shm: nothing to keep beside the old
    file, nor to leave beside the restored one."""
    path = _desk(tmp_path / "desk.sqlite", "Ringerike Regnskap AS", starts=1)
    (backup,) = list_backups(path)
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as look:
        look.execute("SELECT count(*) FROM customers").fetchall()
    assert os.path.getsize(f"{path}-wal") == 0 and os.path.exists(f"{path}-shm")
    kept = restore_backup(backup, path)
    assert sorted(p.name for p in tmp_path.glob("desk.sqlite*")) == ["desk.sqlite", kept.name]
    assert _names(kept) == _names(path) == ["Ringerike Regnskap AS"]


# --- item 13: leftovers of a killed backup ----------------------------------------------


def test_leftovers_of_a_killed_backup_or_restore_are_removed(tmp_path):
    path = _desk(tmp_path / "desk.sqlite", "Ringerike Regnskap AS", starts=1)
    folder = path.parent / "backups"
    left = [
        folder / "desk.sqlite-20260101T000000000000Z.sqlite.part",
        path.with_name("desk.sqlite.part"),
    ]
    other = folder / "annen.sqlite-20260101T000000000000Z.sqlite.part"
    for item in [*left, other]:
        item.write_bytes(b"half a copy")
    assert sorted(remove_leftovers(path)) == sorted(left)
    assert not any(p.exists() for p in left) and other.exists()  # another database's: kept
    assert len(list_backups(path)) == 1


def test_backups_are_the_users_alone(tmp_path):
    old = os.umask(0o022)
    try:
        path = _desk(tmp_path / "desk.sqlite", "Ringerike Regnskap AS", starts=1)
    finally:
        os.umask(old)
    (backup,) = list_backups(path)
    assert backup.stat().st_mode & 0o777 == 0o600
    assert (path.parent / "backups").stat().st_mode & 0o777 == 0o700
    assert path.stat().st_mode & 0o777 == 0o600


def test_the_pool_keeps_ten(tmp_path):
    path = _desk(tmp_path / "desk.sqlite", "Ringerike Regnskap AS", starts=KEEP_BACKUPS + 2)
    other = _desk(tmp_path / "desk.db", "Hole Bygg AS", starts=2)
    assert len(list_backups(path)) == KEEP_BACKUPS and len(list_backups(other)) == 2
    assert backups.backup_dir(path) == backups.backup_dir(other)


@pytest.mark.parametrize("kind", ["an export", "an empty file", "a PDF"])
def test_restore_from_a_file_that_is_no_database_is_refused(tmp_path, kind):
    """``restore --backup all.json`` called the export "a damaged database"; an empty
    file passed SQLite's checks (an empty database) and replaced every record."""
    path = _desk(tmp_path / "desk.sqlite", "Ringerike Regnskap AS", starts=0)
    other = tmp_path / "other"
    if kind == "an export":
        with open_read_only(path) as database:
            other.write_text(str(export_data(database)))
    elif kind == "a PDF":
        other.write_bytes(b"%PDF-1.4 brev")
    else:
        other.write_bytes(b"")
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(NotABackup) as refused:
        restore_backup(other, path)
    assert refused.value.text("nb") == (
        f"{other} er ingen sikkerhetskopi: filen er ikke en database. Ingenting er endret."
    )
    assert _names(path) == ["Ringerike Regnskap AS"]
    assert sorted(
        p.name for p in tmp_path.iterdir() if "-wal" not in p.name and "-shm" not in p.name
    ) == [n for n in before if "-wal" not in n and "-shm" not in n]


def test_restore_of_the_database_from_itself_is_refused(tmp_path):
    path = _desk(tmp_path / "desk.sqlite", "Ringerike Regnskap AS", starts=0)
    with pytest.raises(BackupIsTheDatabase):
        restore_backup(path, path)
    assert not list(tmp_path.glob("*before-restore*"))
    assert _names(path) == ["Ringerike Regnskap AS"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_restore_leaves_the_users_folder_as_it_was(tmp_path, monkeypatch):
    """Restoring into a folder of the user's chmod-ed it 0700: a restore into
    ~/Dokumenter, a shared folder or /tmp locked everyone else out of it (seen when
    ``restore --db /tmp/…`` left /tmp 0700). Only the program's own data folder and
    folders it makes are tightened."""
    shared = tmp_path / "delt"
    shared.mkdir()
    os.chmod(shared, 0o755)
    path = _desk(shared / "desk.sqlite", "Ringerike Regnskap AS", starts=1)
    (backup,) = list_backups(path)
    restore_backup(backup, path)
    assert shared.stat().st_mode & 0o777 == 0o755
    made = tmp_path / "ny" / "mappe"
    restore_backup(backup, made / "desk.sqlite")
    assert made.stat().st_mode & 0o777 == 0o700  # made by the program: private
    own = tmp_path / "data"
    own.mkdir()
    os.chmod(own, 0o755)
    monkeypatch.setattr(backups, "default_data_dir", lambda: own)
    restore_backup(backup, own / "avtalevakt.sqlite")
    assert own.stat().st_mode & 0o777 == 0o700  # the program's data folder: tightened
