"""A PC's first round in bulk (issue 14: 270 000 records in under a minute).

Records new to a PC are stored together (``Replica._new_here``, ``Repository.add_fetched``)
and a chunk of nothing but new inserts is written by set on the server (``push_new``).
Both must give exactly what the one-by-one path gives, stay transactional, and apply a
change sent again nothing twice.
"""

from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest

from app.storage import repositories
from app.storage.verify import verify
from app.sync import engine
from app.sync.engine import Replica

from ..storage.conftest import contract, customer, incident, service
from ..storage.test_repositories import _samples
from .desks import Desk, seed, server_state


def fill(desk: Desk, *, edits: bool = True) -> None:
    """Every kind of record, several of a kind; with ``edits`` one edited and one deleted
    (a push of nothing but new records goes by set on the server: ``push_new``)."""
    repos = desk.repos
    seed(repos)
    for n in range(3):
        c = repos.customers.add(customer(name=f"Kunde {n} AS"))
        k = repos.contracts.add(contract(c.id, title=f"Avtale {n}"))
        s = repos.services.add(service(k.id))
        for name, record in _samples(k.id, c.id, s.id).items():
            getattr(repos, name).add(record)
        for m in range(4):
            start = incident(k.id).start + timedelta(days=m)
            repos.incidents.add(incident(k.id, service_id=s.id, start=start, end=None))
    if not edits:
        return
    first = repos.incidents.all()[0]
    repos.incidents.update(first.model_copy(update={"description": "Endret før deling"}))
    repos.notes.delete(repos.notes.all()[0].id)


def history_rows(desk: Desk) -> list[tuple]:
    """The history without what is random per entry (its uid, hence its hashes)."""
    return desk.database.db.conn.execute(
        "SELECT id, at, user, action, table_name, record_id, before, after, origin_pc,"
        " origin_change FROM history ORDER BY id"
    ).fetchall()


def table_rows(desk: Desk) -> dict[str, list[tuple]]:
    from app.storage.codec import SPECS

    conn = desk.database.db.conn
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in SPECS}


def test_a_pc_joined_in_bulk_equals_one_joined_record_by_record(desks, server_url, monkeypatch):
    office = desks("office")
    fill(office)
    office.sync()
    assert verify(office.database).ok
    bulk = desks("bulk")
    bulk.sync()
    with monkeypatch.context() as m:  # the one-by-one path: no row counts as new
        m.setattr(Replica, "_new_here", lambda self, rows: set())
        single = desks("single")
        single.sync()
    assert table_rows(bulk) == table_rows(single)  # same records, same local ids
    assert history_rows(bulk) == history_rows(single)
    live = sum(len(rows) for rows in table_rows(bulk).values())
    # every record's insert once, the incident's edit, the deleted note's insert and delete
    assert len(history_rows(bulk)) == live + 3
    for desk in (bulk, single):
        report = verify(desk.database)
        assert report.ok, report.lines("en")
    assert bulk.state() == office.state() == server_state(server_url)


def test_a_record_the_pc_has_still_merges(desks):
    """Only records new here go in bulk: an edit of one this PC has merges field by field."""
    office, laptop = desks("office"), desks("laptop")
    uid = seed(office.repos).uid
    office.sync()
    laptop.sync()
    mine = laptop.by_uid("complaints", uid)
    laptop.repos.complaints.update(mine.model_copy(update={"note": "Laptopens notat"}))
    theirs = office.by_uid("complaints", uid)
    office.repos.complaints.update(theirs.model_copy(update={"extent": "Bare resepsjonen"}))
    office.repos.complaints.add(theirs.model_copy(update={"id": None, "uid": None, "version": 0}))
    office.sync()
    laptop.sync()
    office.sync()
    for desk in (office, laptop):
        merged = desk.by_uid("complaints", uid)
        assert (merged.note, merged.extent) == ("Laptopens notat", "Bare resepsjonen")
        assert len(desk.repos.complaints.all()) == 2
        assert verify(desk.database).ok


def test_a_first_round_that_fails_midway_leaves_the_pc_as_before(desks, monkeypatch):
    office = desks("office")
    fill(office)
    office.sync()
    laptop = desks("laptop")
    before = (table_rows(laptop), history_rows(laptop), laptop.replica.position)
    real = repositories.Repository.add_fetched
    calls = []

    def fail_at_incidents(self, records):
        calls.append(self.spec.table)
        if self.spec.table == "incidents":
            raise OSError("the PC was switched off")
        return real(self, records)

    monkeypatch.setattr(engine, "PULL_PAGE", 10_000)  # the whole log is one page
    monkeypatch.setattr(repositories.Repository, "add_fetched", fail_at_incidents)
    with pytest.raises(OSError):
        laptop.sync()
    assert "customers" in calls and "incidents" in calls  # it failed after storing some
    assert (table_rows(laptop), history_rows(laptop), laptop.replica.position) == before
    monkeypatch.undo()
    laptop.sync()
    assert laptop.state() == office.state()
    assert verify(laptop.database).ok


def test_a_lost_reply_to_the_first_push_applies_nothing_twice(desks, server_url, monkeypatch):
    office = desks("office")
    fill(office, edits=False)

    def reply_lost(self, results):
        raise ConnectionResetError("the reply was lost on the way")

    with monkeypatch.context() as m:
        m.setattr(Replica, "took", reply_lost)
        with pytest.raises(ConnectionResetError):
            office.sync()  # the server committed every insert, the office never heard
    sent = office.sync().pushed  # sent again: answered from the log
    assert sent > 0 and office.replica.pending() == 0
    with psycopg.connect(server_url) as conn:
        numbers = [
            no
            for (no,) in conn.execute(
                "SELECT change_no FROM avtalevakt.log WHERE pc = %s", [office.replica.pc]
            )
        ]
        (records,) = conn.execute("SELECT count(*) FROM avtalevakt.records").fetchone()
    assert len(numbers) == len(set(numbers)) == sent == records  # each insert once
    laptop = desks("laptop")
    laptop.sync()
    assert laptop.state() == office.state() == server_state(server_url)


def test_the_server_writes_a_chunk_of_new_records_as_one_by_one(pg_cluster, tmp_path):
    """push_new's rows are apply_change's rows (a server whose push_new declines every
    chunk goes one by one)."""
    from app.sync.server.admin import init_server, invite

    logs = []
    for way in ("bulk", "single"):
        url = pg_cluster.create_database(way)
        init_server(url)
        if way == "single":
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(
                    "CREATE OR REPLACE FUNCTION avtalevakt.push_new(p_pc uuid, p_changes jsonb)"
                    " RETURNS jsonb LANGUAGE sql AS 'SELECT NULL::jsonb'"
                )
        desk = Desk(tmp_path / way, "office", invite(url, "desk").url)
        fill(desk, edits=False)
        desk.database.db.conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'database_id'",
            ["7b0c1c8e-0000-4000-8000-000000000001"],
        )  # the same PC id on both servers (its uids differ: compared by position)
        desk.sync()
        desk.close()
        with psycopg.connect(url) as conn:
            logs.append(
                conn.execute(
                    "SELECT seq, change_no, tbl, action, version, os_user, changed, data,"
                    " deleted, conflicts, clean FROM avtalevakt.log ORDER BY seq"
                ).fetchall()
            )
            links = conn.execute("SELECT count(*) FROM avtalevakt.links").fetchone()
            logs[-1].append(links)
    bulk, single = logs
    assert len(bulk) == len(single) > 20
    assert [row[:6] for row in bulk[:-1]] == [row[:6] for row in single[:-1]]
    assert bulk[-1] == single[-1]  # as many links


def test_the_push_sends_the_queues_stored_text_as_the_server_keeps_it(desks, server_url):
    """push_text puts the outbox's JSON into the request as it is stored: what the server
    keeps is every record as the PC has it, odd characters included."""
    office = desks("office")
    fill(office)
    # (no \x01 since a name takes no control character: domain.text; a zero-width space)
    odd = 'Sitat "inni", skråstrek \\ og \\n, \u2028 æøå ÆØÅ € 😀 \u200b slutt'
    k = office.repos.contracts.all()[0]
    assert office.repos.contracts.update(k.model_copy(update={"title": odd})).title == odd
    office.sync()
    assert office.replica.pending() == 0
    assert server_state(server_url) == office.state()
    assert server_state(server_url)["contracts"][str(k.uid)]["title"] == odd
    laptop = desks("laptop")
    laptop.sync()
    assert laptop.by_uid("contracts", k.uid).title == odd
    assert verify(laptop.database).ok


def test_a_first_round_has_a_larger_page_cache_and_gives_it_back(desks, monkeypatch):
    """The first round (join or download) writes with a 64 MB page cache; after it, and
    after a round that failed, the connection has its own again; later rounds keep it."""
    office = desks("office")
    fill(office)
    conn = office.database.db.conn
    (own,) = conn.execute("PRAGMA cache_size").fetchone()
    seen = []
    real = Replica.join

    def join(self):
        seen.append(conn.execute("PRAGMA cache_size").fetchone()[0])
        return real(self)

    monkeypatch.setattr(Replica, "join", join)
    office.sync()
    assert seen == [-engine.FIRST_ROUND_CACHE_KIB]
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == own

    laptop = desks("laptop")
    lconn = laptop.database.db.conn
    real_pulled = Replica.pulled

    def fail(self, rows, upto):
        seen.append(lconn.execute("PRAGMA cache_size").fetchone()[0])
        raise OSError("the PC was switched off")

    monkeypatch.setattr(Replica, "pulled", fail)
    with pytest.raises(OSError):
        laptop.sync()
    assert seen[-1] == -engine.FIRST_ROUND_CACHE_KIB
    assert lconn.execute("PRAGMA cache_size").fetchone()[0] == own
    monkeypatch.setattr(Replica, "pulled", real_pulled)
    laptop.sync()
    assert laptop.state() == office.state()

    def later(self, rows, upto):
        seen.append(lconn.execute("PRAGMA cache_size").fetchone()[0])
        return real_pulled(self, rows, upto)

    monkeypatch.setattr(Replica, "pulled", later)
    office.repos.contracts.update(
        office.repos.contracts.all()[0].model_copy(update={"title": "Endret"})
    )
    office.sync()
    laptop.sync()
    assert seen[-1] == own  # a later round: the connection's own cache
