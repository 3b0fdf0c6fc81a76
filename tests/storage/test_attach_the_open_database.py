"""Attaching the database that is open, or one of its working files, is refused before
the file is opened (audit 03.12.2026, item 3).

``check_file`` opened every file to see that it could be read — ``desk.sqlite`` and its
``-wal``/``-shm`` too, before refusing them by kind. On Linux and macOS closing any
descriptor of a file ends every POSIX lock this process holds on it, SQLite's included
(``storage.targets.open_here``): another process could then take the database for
unused and delete the live ``-wal`` and ``-shm``, and saved changes were lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.storage.attachments import (
    AttachDatabaseFile,
    Attachments,
    AttachOpenDatabase,
    check_file,
)
from app.storage.database import open_database
from app.storage.repositories import Repositories

from ..posix_locks import linux_only, locked_inodes


def opened_by_python(monkeypatch) -> list[Path]:  # noqa: ANN001
    """The files Python's ``open`` is asked for from now on (SQLite's own opens are not)."""
    seen: list[Path] = []
    real_open = open

    def spying(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if isinstance(file, (str, os.PathLike)):
            seen.append(Path(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spying)
    return seen


WORKING = ("-wal", "-shm", "-journal", ".lock", "-documents", "-documents-wal")


def test_the_open_database_is_refused_by_name_in_both_languages(tmp_path, monkeypatch):  # noqa: ANN001
    path = tmp_path / "desk.sqlite"
    with open_database(path) as database:
        database.db.execute("SELECT count(*) FROM sqlite_master").fetchall()
        opened = opened_by_python(monkeypatch)
        with pytest.raises(AttachOpenDatabase) as caught:
            check_file(path)
        assert opened == []
    assert caught.value.text("nb") == (
        f"{path} legges ikke ved: det er databasen som er åpen i programmet. Å lese den "
        "mens den er i bruk kan oppheve låsene SQLite verner den med, og lagrede endringer "
        "kan gå tapt. Vil du ta vare på databasen, ta en sikkerhetskopi."
    )
    assert caught.value.text("en") == (
        f"{path} is not attached: it is the database open in the program. Reading it "
        "while it is in use can undo the locks SQLite protects it with, and saved changes "
        "could be lost. To keep a copy of the database, take a backup."
    )


@pytest.mark.parametrize("suffix", WORKING)
def test_its_working_files_and_documents_store_are_refused_unopened(tmp_path, monkeypatch, suffix):  # noqa: ANN001
    path = tmp_path / "desk.sqlite"
    with open_database(path) as database:
        database.db.execute("SELECT count(*) FROM sqlite_master").fetchall()
        given = tmp_path / f"desk.sqlite{suffix}"
        if not given.exists():
            given.write_bytes(b"x")
        opened = opened_by_python(monkeypatch)
        with pytest.raises(AttachDatabaseFile) as caught:
            check_file(given)
        assert opened == []
    assert caught.value.text("nb").startswith(
        f"{given} legges ikke ved: filen hører til databasen {path}, som er åpen i programmet"
    )
    assert caught.value.text("en").startswith(
        f"{given} is not attached: the file belongs to the database {path}, which is open "
        "in the program"
    )


def test_a_link_to_the_open_database_is_refused_too(tmp_path, monkeypatch):  # noqa: ANN001
    path = tmp_path / "desk.sqlite"
    link = tmp_path / "avtale.pdf"  # a name of a kind that is taken
    link.symlink_to(path.name)
    with open_database(path):
        opened = opened_by_python(monkeypatch)
        with pytest.raises(AttachOpenDatabase):
            check_file(link)
        assert opened == []


def test_a_database_not_open_here_is_refused_by_kind_as_before(tmp_path):  # noqa: ANN001
    from app.storage.attachments import NotAccepted

    other = tmp_path / "annen.sqlite"
    with open_database(other):
        pass
    with pytest.raises(NotAccepted):
        check_file(other)


@linux_only
def test_attaching_the_database_keeps_sqlite_s_locks(tmp_path):  # noqa: ANN001
    from app.domain.records import Customer

    path = tmp_path / "desk.sqlite"
    with open_database(path) as database:
        repos = Repositories(database)
        customer = repos.customers.add(
            Customer(name="Hole Bygg og Anlegg AS", org_number="920864317")
        )
        database.db.execute("SELECT count(*) FROM sqlite_master").fetchall()
        inodes = {os.stat(path).st_ino, os.stat(f"{path}-shm").st_ino}
        assert inodes <= locked_inodes()
        with Attachments(repos) as attachments:
            for given in (path, Path(f"{path}-shm"), Path(f"{path}-wal")):
                with pytest.raises(AttachOpenDatabase):
                    attachments.attach_file("customers", customer.id, given)
        assert inodes <= locked_inodes()  # SQLite still holds its locks
        assert Attachments(repos).for_record("customers", customer.id) == []
