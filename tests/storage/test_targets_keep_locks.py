"""Asking whether a chosen file is the open database, or one of its working files,
does not open it: closing a descriptor of it would end this process's SQLite locks
(POSIX), and another process could then delete the live ``-wal`` and ``-shm``."""

from __future__ import annotations

import os

import pytest

from app.storage.database import open_database
from app.storage.targets import (
    WouldDisturbDatabase,
    WouldOverwriteDatabase,
    refuse_database_target,
)

from ..posix_locks import linux_only, locked_inodes

pytestmark = linux_only


def test_the_open_database_and_its_working_files_are_refused_without_being_opened(tmp_path):  # noqa: ANN001
    path = tmp_path / "desk.sqlite"
    with open_database(path) as database:
        database.db.execute("SELECT count(*) FROM sqlite_master").fetchall()
        inodes = {os.stat(path).st_ino, os.stat(f"{path}-shm").st_ino}
        assert inodes <= locked_inodes()
        with pytest.raises(WouldOverwriteDatabase):
            refuse_database_target(path)
        for working in ("-shm", "-wal"):
            with pytest.raises(WouldDisturbDatabase):
                refuse_database_target(f"{path}{working}")
        assert inodes <= locked_inodes()  # SQLite still holds its locks


def test_a_database_this_process_has_not_open_is_still_found_by_its_header(tmp_path):  # noqa: ANN001
    other = tmp_path / "other.sqlite"
    with open_database(other):
        pass
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(other.read_bytes())
    with pytest.raises(WouldOverwriteDatabase):
        refuse_database_target(copy)
    plain = tmp_path / "plain.json"
    plain.write_text("{}", encoding="utf-8")
    refuse_database_target(plain)  # not a database: nothing said


def test_importing_the_open_database_or_its_shm_is_refused_without_opening_it(tmp_path):  # noqa: ANN001
    from app.storage.exchange import import_json
    from app.storage.import_file import NotAnExport

    path = tmp_path / "desk.sqlite"
    with open_database(path) as database:
        database.db.execute("SELECT count(*) FROM sqlite_master").fetchall()
        inodes = {os.stat(path).st_ino, os.stat(f"{path}-shm").st_ino}
        for given in (path, f"{path}-shm"):
            with pytest.raises(NotAnExport):
                import_json(database, given)
        assert inodes <= locked_inodes()


def test_a_closed_database_is_forgotten_so_its_inode_may_become_another_file(tmp_path):  # noqa: ANN001
    # an import refused into a new path removes the file it made; the next file may get
    # its inode, and was taken for a database ("er ikke en eksportfil" for a .zip)
    from app.storage import targets

    path = tmp_path / "new.sqlite"
    with open_database(path) as database:
        identity = (os.stat(path).st_dev, os.stat(path).st_ino)
        assert identity in targets._OPEN_HERE
        with open_database(path) as again:  # a second connection, as the workers make
            assert targets._OPEN_HERE[identity] == 2
        assert again is not database and targets._OPEN_HERE[identity] == 1
    assert identity not in targets._OPEN_HERE
