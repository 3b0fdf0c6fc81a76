"""Attachments and the documents store (issue 15): content-addressed, deduplicated, at
most 50 MB, in a file of their own; the history names who attached or removed what, with
the hash; backups copy a new document once; restore puts the documents back."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.domain.attachments import MAX_BYTES
from app.storage import documents
from app.storage.attachments import Attachments, EmptyFile, NoAttachments, NotAccepted
from app.storage.backups import list_backups, restore_backup
from app.storage.database import open_database
from app.storage.documents import (
    DocumentChanged,
    DocumentDamaged,
    DocumentStore,
    DocumentTooLarge,
    documents_path,
)
from app.storage.errors import InUse, NotFound
from app.storage.repositories import Repositories

from .conftest import Clock, contract, customer


@pytest.fixture
def desk(repos):
    c = repos.customers.add(customer())
    k = repos.contracts.add(contract(c.id))
    with Attachments(repos) as attachments:
        yield repos, attachments, c, k


def write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def test_attach_lists_and_reads_back_byte_identical(desk, tmp_path):
    repos, attachments, c, k = desk
    content = os.urandom(3 * documents.CHUNK + 17)  # several chunks, a ragged end
    done = attachments.attach_file("contracts", k.id, write(tmp_path / "Avtale.PDF", content))
    a = done.attachment
    assert done.stored.new
    assert (a.name, a.media_type, a.size) == ("Avtale.PDF", "application/pdf", len(content))
    assert a.sha256 == hashlib.sha256(content).hexdigest()
    assert (a.added_by, a.contract_id, a.owner) == ("tester", k.id, ("contracts", k.id))
    assert attachments.for_record("contracts", k.id) == [a]
    assert attachments.for_record("customers", c.id) == []
    assert attachments.read(a.sha256) == content
    out = attachments.save_copy(a.sha256, tmp_path / "copy.pdf")
    assert out.read_bytes() == content


def test_the_same_content_is_stored_once(desk, tmp_path):
    repos, attachments, c, k = desk
    first = attachments.attach_file("contracts", k.id, write(tmp_path / "a.pdf", b"%PDF-1 x"))
    again = attachments.attach_file("customers", c.id, write(tmp_path / "b.pdf", b"%PDF-1 x"))
    assert first.stored.new and not again.stored.new
    assert first.attachment.sha256 == again.attachment.sha256
    count = attachments.store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert count == 1 and attachments.count() == 2


def test_history_records_who_attached_and_removed_what_with_the_hash(desk, tmp_path):
    repos, attachments, c, k = desk
    a = attachments.attach_file("contracts", k.id, write(tmp_path / "e.eml", b"From: x\n\nhi"))
    attachments.remove(a.attachment)
    history = repos.history("attachments", a.attachment.id)
    assert [h.action for h in history] == ["insert", "delete"]
    assert all(h.user == "tester" for h in history)
    assert history[0].after["sha256"] == history[1].before["sha256"] == a.attachment.sha256
    assert history[0].after["name"] == "e.eml"
    assert attachments.for_record("contracts", k.id) == []


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("setup.exe", b"MZ", NotAccepted),
        ("script.ps1", b"x", NotAccepted),
        ("tom.pdf", b"", EmptyFile),
    ],
)
def test_files_refused_with_a_message(desk, tmp_path, name, content, error):
    repos, attachments, c, k = desk
    with pytest.raises(error) as caught:
        attachments.attach_file("contracts", k.id, write(tmp_path / name, content))
    assert name in caught.value.text("nb")
    assert attachments.count() == 0


def test_more_than_50_mb_is_refused_before_it_is_read(desk, tmp_path):
    repos, attachments, c, k = desk
    big = tmp_path / "stor.pdf"
    with open(big, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: nothing is written or read
    with pytest.raises(DocumentTooLarge) as caught:
        attachments.attach_file("contracts", k.id, big)
    assert caught.value.text("nb") == (
        "stor.pdf er for stor (50 MB): et vedlegg kan være høyst 50 MB."
    )
    assert documents.size_text(7 * 2**20 + 600_000, "en") == "7.6 MB"
    assert documents.size_text(73 * 2**20 + 600_000) == "74 MB"
    assert not documents_path(repos.database.path).exists() or attachments.store.hashes() == set()


def test_exactly_50_mb_is_taken(desk, tmp_path):
    repos, attachments, c, k = desk
    big = tmp_path / "akkurat.pdf"
    with open(big, "wb") as handle:
        handle.truncate(MAX_BYTES)
    done = attachments.attach_file("contracts", k.id, big)
    assert done.attachment.size == MAX_BYTES
    assert done.attachment.sha256 == hashlib.sha256(b"\0" * MAX_BYTES).hexdigest()


def test_only_the_six_kinds_of_record_take_attachments_and_the_record_must_exist(desk, tmp_path):
    repos, attachments, c, k = desk
    f = write(tmp_path / "a.pdf", b"%PDF")
    with pytest.raises(NoAttachments):
        attachments.attach_file("services", 1, f)
    with pytest.raises(NotFound):
        attachments.attach_file("complaints", 99, f)
    assert attachments.count() == 0


def test_a_record_with_attachments_is_not_deleted_in_cascade(desk, tmp_path):
    repos, attachments, c, k = desk
    attachments.attach_file("customers", c.id, write(tmp_path / "a.pdf", b"%PDF"))
    k2 = repos.contracts.get(k.id)
    repos.contracts.delete(k2.id)
    with pytest.raises(InUse) as caught:
        repos.customers.delete(c.id)
    assert "(vedlegg: 1)" in caught.value.text("nb")


def test_a_file_changed_while_read_is_refused(desk, tmp_path, monkeypatch):
    repos, attachments, c, k = desk
    f = write(tmp_path / "a.pdf", b"one" * 1000)
    real = documents._hash_file

    def hash_then_change(path, progress, total):
        found = real(path, progress, total)
        path.write_bytes(b"two" * 1000)
        return found

    monkeypatch.setattr(documents, "_hash_file", hash_then_change)
    with pytest.raises(DocumentChanged):
        attachments.attach_file("contracts", k.id, f)
    assert attachments.store.hashes() == set() and attachments.count() == 0


def test_a_damaged_document_is_never_handed_out(desk, tmp_path):
    repos, attachments, c, k = desk
    a = attachments.attach_file("contracts", k.id, write(tmp_path / "a.pdf", b"%PDF" * 100))
    attachments.store.conn.execute(
        "UPDATE documents SET content = ? WHERE sha256 = ?", [b"%PDX" * 100, a.attachment.sha256]
    )
    with pytest.raises(DocumentDamaged):
        attachments.read(a.attachment.sha256)
    with pytest.raises(DocumentDamaged):
        attachments.save_copy(a.attachment.sha256, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists() and not (tmp_path / "out.pdf.part").exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_documents_files_are_the_users_alone(desk, tmp_path):
    repos, attachments, c, k = desk
    attachments.attach_file("contracts", k.id, write(tmp_path / "a.pdf", b"%PDF"))
    repos.database.backup()
    for path in (
        documents_path(repos.database.path),
        documents.backup_store_path(repos.database.path),
    ):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


# --- backups and restore -------------------------------------------------------------


def backup_documents(path: Path) -> set[str]:
    with DocumentStore(documents.backup_store_path(path), create=False) as kept:
        return kept.hashes()


def test_a_backup_copies_a_new_document_once_never_all_again(desk, tmp_path, monkeypatch):
    repos, attachments, c, k = desk
    path = repos.database.path
    first = attachments.attach_file("contracts", k.id, write(tmp_path / "a.pdf", b"A" * 5000))
    repos.database.backup()
    assert backup_documents(path) == {first.attachment.sha256}
    copied: list[tuple[int, int]] = []
    real = DocumentStore.copy_from

    def spy(self, other, hashes):
        result = real(self, other, hashes)
        copied.append(result)
        return result

    monkeypatch.setattr(DocumentStore, "copy_from", spy)
    repos.database.backup()  # nothing new: nothing copied
    second = attachments.attach_file("customers", c.id, write(tmp_path / "b.png", b"B" * 700))
    repos.database.backup()
    assert copied == [(0, 0), (1, 700)]
    assert backup_documents(path) == {first.attachment.sha256, second.attachment.sha256}


def test_removed_documents_leave_the_store_and_later_the_backups(desk, tmp_path):
    repos, attachments, c, k = desk
    path = repos.database.path
    a = attachments.attach_file("contracts", k.id, write(tmp_path / "a.pdf", b"A" * 50))
    repos.database.backup()
    attachments.remove(a.attachment)
    assert attachments.store.has(a.attachment.sha256)  # until the next backup has it
    repos.database.backup(keep=1)  # the one backup left no longer refers to it
    assert not attachments.store.has(a.attachment.sha256)
    assert backup_documents(path) == set()


def test_backup_and_restore_round_trip_byte_identical(tmp_path):
    path = tmp_path / "desk.sqlite"
    content = {name: os.urandom(n) for name, n in (("a.pdf", 40_000), ("b.eml", 2_000))}
    with open_database(path) as database:
        repos = Repositories(database, user="tester", clock=Clock())
        c = repos.customers.add(customer())
        with Attachments(repos) as attachments:
            for name, data in content.items():
                attachments.attach_file("customers", c.id, write(tmp_path / name, data))
        database.backup()
    # the documents store is lost (or damaged) and the database with it
    documents_path(path).unlink()
    path.write_bytes(b"")
    restore_backup(list_backups(path)[0], path)
    with open_database(path) as database:
        repos = Repositories(database, user="tester", clock=Clock())
        with Attachments(repos) as attachments:
            found = {a.name: attachments.read(a.sha256) for a in repos.attachments.all()}
    assert found == content


def test_restore_rebuilds_a_damaged_documents_store(tmp_path):
    path = tmp_path / "desk.sqlite"
    with open_database(path) as database:
        repos = Repositories(database, user="tester", clock=Clock())
        c = repos.customers.add(customer())
        with Attachments(repos) as attachments:
            done = attachments.attach_file(
                "customers", c.id, write(tmp_path / "a.pdf", b"%PDF" * 9)
            )
        database.backup()
    documents_path(path).write_bytes(b"this is no SQLite file" * 200)
    restore_backup(list_backups(path)[0], path)
    assert list(tmp_path.glob("desk.sqlite-documents.damaged-*"))
    with DocumentStore(documents_path(path)) as store:
        assert store.read(done.attachment.sha256) == b"%PDF" * 9


def test_a_backup_of_a_database_without_documents_makes_no_store(database):
    database.backup()
    assert not documents_path(database.path).exists()
    assert not documents.backup_store_path(database.path).exists()


def test_opening_the_program_never_touches_the_documents_store(tmp_path):
    path = tmp_path / "desk.sqlite"
    with open_database(path) as database:
        repos = Repositories(database, user="tester", clock=Clock())
        c = repos.customers.add(customer())
        with Attachments(repos) as attachments:
            attachments.attach_file("customers", c.id, write(tmp_path / "a.pdf", b"%PDF"))
    store = documents_path(path)
    before = store.stat().st_mtime_ns
    with open_database(path, backup=False) as database:
        assert database.integrity_problems() == []
    assert store.stat().st_mtime_ns == before
    with sqlite3.connect(store) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (1,)
