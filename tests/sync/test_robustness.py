"""Lost replies, killed processes and an older program: nothing lost, nothing twice."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from app.storage.migrations import SCHEMA_VERSION
from app.sync import engine
from app.sync.connection import ServerError
from app.sync.engine import Replica
from app.sync.server.admin import init_server, invite

from .desks import Desk, seed, server_state

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def login(server_url) -> str:
    init_server(server_url)
    return invite(server_url, "robust").url


def edit(desk: Desk, uid, **changes):
    current = desk.repos.complaints.find_uid(str(uid))
    return desk.repos.complaints.update(current.model_copy(update=changes))


def log_rows(url: str, pc: str) -> list[tuple]:
    with psycopg.connect(url) as conn:
        return conn.execute(
            "SELECT change_no, uid FROM avtalevakt.log WHERE pc = %s ORDER BY seq", [pc]
        ).fetchall()


def test_a_lost_reply_is_sent_again_and_applied_once(desks, server_url, monkeypatch):
    office, laptop = desks("office"), desks("laptop")
    uid = seed(laptop.repos).uid
    laptop.sync()
    office.sync()
    edit(laptop, uid, note="Ringt kunden")

    def reply_lost(self, results):
        raise ConnectionResetError("the reply was lost on the way")

    monkeypatch.setattr(Replica, "took", reply_lost)
    with pytest.raises(ConnectionResetError):
        laptop.sync()  # the server committed the change, the laptop never heard
    monkeypatch.undo()
    assert laptop.replica.pending() == 1
    assert laptop.sync().pushed == 1  # sent again; the server answers from its log
    assert laptop.replica.pending() == 0
    office.sync()
    rows = log_rows(server_url, laptop.replica.pc)
    assert len(rows) == len({no for no, _ in rows}) == 4  # three inserts and the edit, once
    assert office.by_uid("complaints", uid).note == "Ringt kunden"
    assert office.history_origins().count((laptop.replica.pc, 4)) == 1
    assert office.state() == laptop.state() == server_state(server_url)


def test_an_older_program_refuses_to_sync_and_keeps_its_changes_until_upgraded(
    desks, server_url, monkeypatch
):
    newer, older = desks("newer"), desks("older")
    uid = seed(older.repos).uid
    older.sync()
    newer.sync()
    edit(older, uid, note="skrevet i den gamle versjonen")
    monkeypatch.setattr(engine, "SCHEMA_VERSION", SCHEMA_VERSION + 1)  # an upgraded PC
    edit(newer, uid, extent="skrevet i den nye")
    newer.sync()
    monkeypatch.setattr(engine, "SCHEMA_VERSION", SCHEMA_VERSION)
    with pytest.raises(ServerError) as refused:
        older.sync()
    assert refused.value.code == "client_too_old"
    message = refused.value.text("nb")
    assert f"dataformat {SCHEMA_VERSION}" in message and f"{SCHEMA_VERSION + 1}" in message
    assert "Oppgrader" in message
    assert older.replica.pending() == 1  # kept
    monkeypatch.setattr(engine, "SCHEMA_VERSION", SCHEMA_VERSION + 1)  # now upgraded too
    assert older.sync().pushed == 1
    newer.sync()
    for desk in (older, newer):
        record = desk.by_uid("complaints", uid)
        assert (record.note, record.extent) == (
            "skrevet i den gamle versjonen",
            "skrevet i den nye",
        )


@pytest.mark.parametrize("kills", [5])
def test_sigkill_during_push_and_pull_loses_nothing_and_applies_nothing_twice(
    tmp_path, desks, server_url, login, kills
):
    child = desks("child")
    seed(child.repos)
    child.sync()
    other = desks("other")
    other.sync()
    child.close()
    rnd = random.Random(14)
    committed = 0  # records the child processes reported as committed
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for round_ in range(kills):
        # the other PC adds records, so the child has a log to pull when it is killed
        template = other.repos.complaints.all()[0]
        with other.repos.transaction():
            for n in range(120):
                other.repos.complaints.add(
                    template.model_copy(
                        update={"id": None, "uid": None, "version": 0, "nature": f"A{round_}-{n}"}
                    )
                )
        other.sync()
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.sync_child", str(child.path), login, str(round_)],
            cwd=REPO, env=env, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        first = process.stdout.readline().split()  # "added N": committed here
        assert first[0] == "added", first
        time.sleep(rnd.uniform(0.0, 1.2))  # then killed wherever it is: pushing or pulling
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        assert process.returncode == -signal.SIGKILL
        later = [line.split() for line in process.stdout.read().splitlines()]
        counts = [int(first[1])] + [int(w[1]) for w in later if w and w[0] == "added"]
        committed += counts[-1]  # the child's count is cumulative
    survivor = desks("child")  # the same file, after the last kill
    survivor.sync()
    other.sync()
    survivor.sync()
    local = survivor.state()
    assert local == other.state() == server_state(server_url)
    mine = [c for c in local["complaints"].values() if c["nature"].startswith("Feil ")]
    assert len(mine) >= committed > 0  # every record the child committed reached the server
    with psycopg.connect(server_url) as conn:
        twice = conn.execute(
            "SELECT uid FROM avtalevakt.log WHERE action = 'insert'"
            " GROUP BY uid HAVING count(*) > 1"
        ).fetchall()
        versions = conn.execute(
            "SELECT DISTINCT version FROM avtalevakt.records WHERE tbl = 'complaints'"
        ).fetchall()
    assert twice == [] and versions == [(1,)]
    mine, theirs = survivor.history_origins(), other.history_origins()
    assert len(mine) == len(set(mine)) and len(theirs) == len(set(theirs))  # each change once
    assert set(mine) == set(theirs)  # and in both histories
