"""Attachments, their documents and reminder acknowledgements between PCs (issue 15
item 5 and 2, after issue 14): real SQLite files and documents stores, a real
PostgreSQL server."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import psycopg
import pytest

from app.domain import reminders as rm
from app.storage import reminders as stored_reminders
from app.storage.attachments import Attachments
from app.storage.documents import DocumentStore, documents_path
from app.sync import documents as sync_documents

from .desks import Desk, seed


def attach(desk: Desk, table: str, record_id: int, path):
    with Attachments(desk.repos) as attachments:
        return attachments.attach_file(table, record_id, path).attachment


def read(desk: Desk, sha256: str) -> bytes:
    with Attachments(desk.repos) as attachments:
        return attachments.read(sha256)


def server_documents(url: str) -> dict[str, tuple[int, int]]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT sha256, size, parts FROM avtalevakt.documents").fetchall()
        (loose,) = conn.execute(
            "SELECT count(*) FROM avtalevakt.document_parts p WHERE NOT EXISTS"
            " (SELECT 1 FROM avtalevakt.documents d WHERE d.sha256 = p.sha256)"
        ).fetchone()
    assert loose == 0  # no half-sent document left behind
    return {sha: (size, parts) for sha, size, parts in rows}


def test_an_attachment_reaches_the_other_pc_with_its_document(desks, server_url, tmp_path):
    office, laptop = desks("office"), desks("laptop")
    complaint = seed(office.repos)
    content = b"From: kari@ringerike.no\r\nSubject: Skriveren\r\n\r\nSvarer ikke.\r\n" * 40
    (tmp_path / "klage.eml").write_bytes(content)
    made = attach(office, "complaints", complaint.id, tmp_path / "klage.eml")
    office.sync()
    assert laptop.sync().pulled == 4
    here = laptop.by_uid("complaints", complaint.uid)
    with Attachments(laptop.repos) as attachments:
        (listed,) = attachments.for_record("complaints", here.id)
    assert (listed.name, listed.sha256, listed.added_by) == ("klage.eml", made.sha256, "office")
    assert read(laptop, made.sha256) == content  # byte-identical, checked against its hash
    assert server_documents(server_url) == {made.sha256: (len(content), 1)}
    # removed on the laptop: gone on the office PC too, with its history entry there
    with Attachments(laptop.repos) as attachments:
        attachments.remove(listed)
    laptop.sync()
    office.sync()
    with Attachments(office.repos) as attachments:
        assert attachments.for_record("complaints", complaint.id) == []
    entries = office.repos.history("attachments", made.id)
    assert [e.action for e in entries] == ["insert", "delete"]
    assert entries[1].before["sha256"] == made.sha256


def test_a_large_document_goes_in_parts_byte_identical_and_once(desks, server_url, tmp_path):
    office, laptop = desks("office"), desks("laptop")
    complaint = seed(office.repos)
    content = os.urandom(3 * sync_documents.PART + 12345)  # four parts
    (tmp_path / "logg.pdf").write_bytes(content)
    made = attach(office, "complaints", complaint.id, tmp_path / "logg.pdf")
    office.sync()
    laptop.sync()
    assert read(laptop, made.sha256) == content
    # attached again on the laptop, to the contract: the server has it, nothing is sent
    contract = laptop.repos.contracts.all()[0]
    (tmp_path / "igjen.pdf").write_bytes(content)
    attach(laptop, "contracts", contract.id, tmp_path / "igjen.pdf")
    laptop.sync()
    office.sync()
    assert server_documents(server_url) == {made.sha256: (len(content), 4)}
    with Attachments(office.repos) as attachments:
        assert len(attachments.with_hash(made.sha256)) == 2
    assert hashlib.sha256(read(office, made.sha256)).hexdigest() == made.sha256


def test_attachments_shared_before_the_documents_get_them(desks, server_url, tmp_path, monkeypatch):
    """A desk that shared attachments with a program (or a server) from before the
    documents: the first round that has them sends and fetches every missing one."""
    office, laptop = desks("office"), desks("laptop")
    complaint = seed(office.repos)
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.7 a" * 500)
    made = attach(office, "complaints", complaint.id, tmp_path / "a.pdf")
    monkeypatch.setattr(sync_documents, "supported", lambda hello: False)
    office.sync()
    laptop.sync()
    assert not DocumentStore.beside(laptop.path).has(made.sha256)
    assert server_documents(server_url) == {}
    monkeypatch.undo()
    office.sync()  # nothing queued: the first round with documents compares them all
    assert set(server_documents(server_url)) == {made.sha256}
    laptop.sync()
    assert read(laptop, made.sha256) == b"%PDF-1.7 a" * 500
    assert laptop.replica.get(sync_documents.WANTED) == "0"


def test_a_document_the_server_lacks_is_asked_for_until_it_comes(desks, server_url, tmp_path):
    office, laptop = desks("office"), desks("laptop")
    complaint = seed(office.repos)
    (tmp_path / "b.png").write_bytes(b"\x89PNG" + os.urandom(5000))
    made = attach(office, "complaints", complaint.id, tmp_path / "b.png")
    office.sync()
    with psycopg.connect(server_url) as conn:  # as if sent by a program without documents
        conn.execute("DELETE FROM avtalevakt.document_parts")
        conn.execute("DELETE FROM avtalevakt.documents")
    laptop.sync()
    assert laptop.replica.get(sync_documents.WANTED) == "1"
    assert not DocumentStore.beside(laptop.path).has(made.sha256)
    office.replica.put(sync_documents.CHECKED, "0")  # the office PC compares again
    office.sync()
    laptop.sync()  # nothing new in the log, but a document was missing: asked again
    assert read(laptop, made.sha256) == (tmp_path / "b.png").read_bytes()
    assert laptop.replica.get(sync_documents.WANTED) == "0"


def test_the_server_lists_a_document_only_whole_and_as_its_hash_says(login, server_url):
    sha = hashlib.sha256(b"the real content").hexdigest()
    pc = "6f1c3a52-8a35-4e0e-9a57-1d1a4f2b9c10"
    with psycopg.connect(login, autocommit=True) as pg:
        pg.execute("SELECT avtalevakt.put_document_part(%s, 0, %s)", [sha, b"something else"])
        (answer,) = pg.execute(
            "SELECT avtalevakt.finish_document(%s, %s, 14, 1)", [pc, sha]
        ).fetchone()
        assert answer == "damaged"
        assert sync_documents.known(pg, [sha]) == {}
        pg.execute("SELECT avtalevakt.put_document_part(%s, 0, %s)", [sha, b"the real "])
        (answer,) = pg.execute(
            "SELECT avtalevakt.finish_document(%s, %s, 16, 2)", [pc, sha]
        ).fetchone()
        assert answer == "damaged"  # a part missing
        pg.execute("SELECT avtalevakt.put_document_part(%s, 0, %s)", [sha, b"the real "])
        pg.execute("SELECT avtalevakt.put_document_part(%s, 1, %s)", [sha, b"content"])
        (answer,) = pg.execute(
            "SELECT avtalevakt.finish_document(%s, %s, 16, 2)", [pc, sha]
        ).fetchone()
        assert answer == "stored"
        assert sync_documents.known(pg, [sha, "0" * 64]) == {sha: (16, 2)}
        # a listed document is never written again
        pg.execute("SELECT avtalevakt.put_document_part(%s, 1, %s)", [sha, b"CONTENT"])
        (part,) = pg.execute("SELECT avtalevakt.get_document_part(%s, 1)", [sha]).fetchone()
        assert bytes(part) == b"content"
        with pytest.raises(psycopg.Error):
            pg.execute("SELECT avtalevakt.put_document_part('not a hash', 0, '\\x00')")
        # the users' role reads no table of documents directly
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            pg.execute("SELECT count(*) FROM avtalevakt.document_parts")
    assert server_documents(server_url) == {sha: (16, 2)}


def test_a_round_with_nothing_to_do_leaves_the_documents_alone(desks, tmp_path, monkeypatch):
    office = desks("office")
    complaint = seed(office.repos)
    (tmp_path / "c.pdf").write_bytes(b"%PDF c" * 100)
    attach(office, "complaints", complaint.id, tmp_path / "c.pdf")
    office.sync()
    asked: list[object] = []
    monkeypatch.setattr(sync_documents, "known", lambda *a: asked.append(a) or {})
    monkeypatch.setattr(
        sync_documents, "DocumentStore", lambda *a, **k: pytest.fail("store opened")
    )
    assert office.sync().pushed == 0
    assert asked == []
    assert documents_path(office.path).exists()


def test_acknowledgements_reach_the_other_pc_and_stay_per_user(desks, tmp_path):
    """A reminder seen on the office PC by kari: on the laptop, ola is still reminded and
    sees kari's; snoozed by ola there, kari's PC shows it. Both in the history."""
    from app.domain.kinds import Kind

    office, laptop = desks("office"), desks("laptop")
    office.repos.user, laptop.repos.user = "kari", "ola"
    termination = _a_termination(office)
    office.sync()
    laptop.sync()
    key_here = rm.ReminderKey(Kind.DELETION_NOTICE.value, f"terminations:{termination.id}",
                              date(2026, 11, 18))  # fmt: skip
    stored_reminders.acknowledge(office.repos, key_here)
    office.sync()
    laptop.sync()
    there = laptop.by_uid("terminations", termination.uid)
    key_there = key_here._replace(record=f"terminations:{there.id}")
    (ack,) = stored_reminders.acks(laptop.repos)
    assert (ack.key, ack.user) == (key_there, "kari")
    (row,) = laptop.repos.reminder_acks.all()
    assert laptop.repos.history("reminder_acks", row.id)[0].user == "kari"
    stored_reminders.acknowledge(laptop.repos, key_there, snoozed_until=date(2026, 11, 30))
    laptop.sync()
    office.sync()
    users = {(a.user, a.snoozed_until) for a in stored_reminders.acks(office.repos)}
    assert users == {("kari", None), ("ola", date(2026, 11, 30))}
    assert all(a.key == key_here for a in stored_reminders.acks(office.repos))
    # kari takes hers back on the office PC: on the laptop only ola's is left
    assert stored_reminders.unacknowledge(office.repos, key_here) == 1
    office.sync()
    laptop.sync()
    assert [a.user for a in stored_reminders.acks(laptop.repos)] == ["ola"]


def _a_termination(desk: Desk):
    from app.domain.records import Termination

    complaint = seed(desk.repos)
    return desk.repos.terminations.add(
        Termination(
            contract_id=complaint.contract_id,
            received=date(2026, 10, 1),
            from_contact="Kari Nilsen",
            effective_end=date(2026, 11, 25),
        )
    )


def test_a_database_moved_without_its_documents_file_gets_them_back(desks, tmp_path):
    office, laptop = desks("office"), desks("laptop")
    complaint = seed(office.repos)
    (tmp_path / "d.pdf").write_bytes(b"%PDF d" * 300)
    made = attach(office, "complaints", complaint.id, tmp_path / "d.pdf")
    office.sync()
    laptop.sync()
    store = documents_path(laptop.path)
    for suffix in ("", "-wal", "-shm"):  # copied elsewhere without it
        Path(str(store) + suffix).unlink(missing_ok=True)
    laptop.sync()  # nothing new in the log
    assert read(laptop, made.sha256) == b"%PDF d" * 300
