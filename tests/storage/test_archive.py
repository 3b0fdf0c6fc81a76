"""Export and import with documents (issue 15): a ZIP archive that round-trips every
attachment byte-identical; JSON without the documents is refused on import elsewhere."""

from __future__ import annotations

import json
import os
import zipfile

import pytest

from app.storage.archive import DATA_ENTRY, DOCUMENTS
from app.storage.attachments import Attachments
from app.storage.database import open_database
from app.storage.documents import DocumentStore, documents_path
from app.storage.exchange import ImportFileError, export_json, import_json
from app.storage.repositories import Repositories

from .conftest import Clock, contract, customer


@pytest.fixture
def desk(tmp_path):
    """A database with three attachments (two with the same content) on two records."""
    path = tmp_path / "desk.sqlite"
    files = {"kontrakt.pdf": os.urandom(300_000), "klage.eml": b"From: a@b.no\n\n" + b"x" * 5000}
    with open_database(path) as database:
        repos = Repositories(database, user="tester", clock=Clock())
        c = repos.customers.add(customer())
        k = repos.contracts.add(contract(c.id))
        with Attachments(repos) as attachments:
            for name, content in files.items():
                (tmp_path / name).write_bytes(content)
                attachments.attach_file("contracts", k.id, tmp_path / name)
            attachments.attach_file("customers", c.id, tmp_path / "kontrakt.pdf")
    return path, files


def contents(path) -> dict[tuple[str, int | None, int | None], bytes]:
    with open_database(path, backup=False) as database:
        repos = Repositories(database)
        with Attachments(repos) as attachments:
            return {
                (a.name, a.customer_id, a.contract_id): attachments.read(a.sha256)
                for a in repos.attachments.all()
            }


def test_archive_round_trips_every_attachment_byte_identical(desk, tmp_path):
    path, files = desk
    reported: list[tuple[int, int]] = []
    with open_database(path, backup=False) as database:
        counts = export_json(
            database, tmp_path / "alt.zip", progress=lambda d, t: reported.append((d, t))
        )
    assert counts["attachments"] == 3 and counts["documents"] == 2
    assert reported[-1][0] == reported[-1][1] and reported == sorted(reported)
    with zipfile.ZipFile(tmp_path / "alt.zip") as archive:
        names = sorted(archive.namelist())
        assert names[0] == DATA_ENTRY and len(names) == 3
        data = json.loads(archive.read(DATA_ENTRY))
        assert len(data["tables"]["attachments"]) == 3
        pdf = next(
            i
            for i in archive.infolist()
            if i.filename.startswith(DOCUMENTS) and i.file_size == 300_000
        )
        assert pdf.compress_type == zipfile.ZIP_STORED  # a PDF is stored as it is
    target = tmp_path / "other" / "new.sqlite"
    target.parent.mkdir()
    seen: list[tuple[int, int]] = []
    with open_database(target) as database:
        summary = import_json(
            database, tmp_path / "alt.zip", progress=lambda d, t: seen.append((d, t))
        )
    assert summary.counts["attachments"] == 3
    assert seen and seen == sorted(seen)
    assert contents(target) == contents(path)
    assert set(contents(target).values()) == set(files.values())
    # and out again: the same archive content
    with open_database(target, backup=False) as database:
        export_json(database, tmp_path / "again.zip")
    with zipfile.ZipFile(tmp_path / "alt.zip") as a, zipfile.ZipFile(tmp_path / "again.zip") as b:
        assert {n: a.read(n) for n in a.namelist()} == {n: b.read(n) for n in b.namelist()}


def test_json_without_the_documents_is_refused_where_they_are_missing(desk, tmp_path):
    path, _files = desk
    with open_database(path, backup=False) as database:
        export_json(database, tmp_path / "alt.json")
    target = tmp_path / "new.sqlite"
    with open_database(target) as database:
        with pytest.raises(ImportFileError) as caught:
            import_json(database, tmp_path / "alt.json")
        assert Repositories(database).is_empty()
    assert "2 vedlegg viser til dokumenter som ikke er med i filen" in caught.value.text("nb")
    assert ".zip" in caught.value.text("en")
    # into the same database (its store has the documents) it is taken
    with open_database(path) as database:
        import_json(database, tmp_path / "alt.json", replace=True)
    assert len(contents(path)) == 3


def test_a_damaged_document_in_the_archive_refuses_the_import(desk, tmp_path):
    path, _files = desk
    with open_database(path, backup=False) as database:
        export_json(database, tmp_path / "alt.zip")
    with (
        zipfile.ZipFile(tmp_path / "alt.zip") as src,
        zipfile.ZipFile(tmp_path / "bad.zip", "w") as dst,
    ):
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename.startswith(DOCUMENTS):
                content = content[:-1] + bytes([content[-1] ^ 1])
            dst.writestr(info, content)
    target = tmp_path / "new.sqlite"
    with open_database(target) as database:
        with pytest.raises(ImportFileError) as caught:
            import_json(database, tmp_path / "bad.zip")
        assert Repositories(database).is_empty()
    assert "er skadet" in caught.value.text("nb")
    with DocumentStore(documents_path(target)) as store:
        assert len(store.hashes()) <= 1  # at most the intact one, which nothing refers to


def test_a_cancelled_export_leaves_no_file(desk, tmp_path):
    path, _files = desk

    class Stop(Exception):
        pass

    def cancel(done, total):
        if done > total // 2:
            raise Stop

    with open_database(path, backup=False) as database, pytest.raises(Stop):
        export_json(database, tmp_path / "alt.zip", progress=cancel)
    assert list(tmp_path.glob("alt.zip*")) == []


def test_an_archive_of_a_database_without_attachments(tmp_path):
    path = tmp_path / "empty.sqlite"
    with open_database(path) as database:
        Repositories(database, user="t", clock=Clock()).customers.add(customer())
        counts = export_json(database, tmp_path / "alt.zip")
    assert counts["documents"] == 0 and counts["customers"] == 1
    with open_database(tmp_path / "copy.sqlite") as database:
        assert import_json(database, tmp_path / "alt.zip").counts["customers"] == 1
