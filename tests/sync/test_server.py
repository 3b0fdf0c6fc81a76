"""The shared server on a real PostgreSQL: init, invitations, push/pull, merge, order."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import uuid
from datetime import datetime

import psycopg
import pytest

from app.sync.connection import ServerError, connect, read_address
from app.sync.server.admin import init_server, invite

SCHEMA = 11


@pytest.fixture
def server(server_url):
    init_server(server_url)
    return server_url


@pytest.fixture
def login(server):
    """A person's URL (with password), made by invite."""
    return invite(server, f"p{uuid.uuid4().hex[:8]}").url


def change(no, uid, action="update", new=None, old=None, table="complaints", **extra):
    return {
        "no": no,
        "table": table,
        "uid": str(uid),
        "action": action,
        "new": new or {},
        "old": old or {},
        "at": "2026-12-01T10:00:00+01:00",
        "user": "kari",
        **extra,
    }


def push(url, pc, changes, schema=SCHEMA):
    with connect(url) as conn:
        return conn.execute(
            "SELECT avtalevakt.push(%s, %s, %s)", [pc, schema, json.dumps(changes)]
        ).fetchone()[0]


def pull(url, pc, after=0, limit=1000, known=10**9):
    with connect(url) as conn:
        return conn.execute(
            "SELECT avtalevakt.pull(%s, %s, %s, %s, %s)", [pc, SCHEMA, after, limit, known]
        ).fetchone()[0]


def record(url, uid, table="complaints"):
    with psycopg.connect(url) as conn:
        return conn.execute(
            "SELECT data, deleted, version FROM avtalevakt.records WHERE tbl = %s AND uid = %s",
            [table, uid],
        ).fetchone()


# --- init and invitations --------------------------------------------------------------


def test_init_is_idempotent_and_migrates_once(server_url):
    first = init_server(server_url)
    # 3: the documents behind attachments (issue 15)
    assert (first.before, first.after) == (0, 3) and len(first.applied) == 3
    again = init_server(server_url)
    assert (again.before, again.after, again.applied) == (3, 3, ())
    with psycopg.connect(server_url) as conn:
        tables = {
            name
            for (name,) in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'avtalevakt'"
            )
        }
        owner = conn.execute(
            "SELECT tableowner FROM pg_tables WHERE schemaname = 'avtalevakt' AND tablename = 'log'"
        ).fetchone()[0]
    assert {"records", "log", "conflicts", "pcs", "meta", "links"} <= tables
    assert {"documents", "document_parts"} <= tables
    assert owner == "avtalevakt_owner"


def test_an_invited_login_may_call_the_functions_but_not_write_the_tables(server, login):
    pc = uuid.uuid4()
    answer = push(login, pc, [change(1, uuid.uuid4(), "insert", {"nature": "feil"})])
    assert answer[0]["seq"] >= 1
    with connect(login) as conn:
        for statement in (
            "DELETE FROM avtalevakt.log",
            "UPDATE avtalevakt.records SET data = '{}'",
            "SELECT * FROM avtalevakt.records",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        assert conn.execute("SELECT count(*) FROM avtalevakt.conflicts").fetchone()[0] == 0


def test_a_wrong_password_is_refused_and_a_new_invitation_replaces_the_old(server):
    first = invite(server, "ola")
    url, password = read_address(first.code)
    assert password and url.startswith("postgresql://ola@")
    with pytest.raises(ServerError) as refused:
        connect(url, password="wrong")
    assert refused.value.code == "auth_failed"
    second = invite(server, "ola")
    assert second.renewed
    with pytest.raises(ServerError):
        connect(first.url)
    connect(second.url).close()


def test_a_login_without_its_password_is_told_where_to_give_it(server, monkeypatch):
    # (found trying README's set-up: "server init URL" without PGPASSWORD said only that
    # the server did not accept the user name or password)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent-avtalevakt-pgpass")
    url, password = read_address(invite(server, "utenpassord").code)
    assert password and password not in url
    with pytest.raises(ServerError) as refused:
        connect(url)
    assert refused.value.code == "no_password"
    assert "PGPASSWORD" in refused.value.text("nb") and "invitasjonen" in refused.value.text("nb")


def test_invite_before_init_says_so(server_url):
    with pytest.raises(ServerError) as refused:
        invite(server_url, "kari")
    assert refused.value.code == "not_initialised"
    assert "server init" in refused.value.text("nb")


def run_app(*args):
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=60
    )


def test_server_commands(server_url):
    done = run_app("server", "init", server_url)
    assert done.returncode == 0, done.stderr
    assert "serverskjema 0 -> 3" in done.stdout  # 3: the documents (issue 15)
    again = run_app("server", "init", server_url, "--lang", "en")
    assert again.returncode == 0 and "already up to date" in again.stdout
    invited = run_app("server", "invite", "kari", "--url", server_url)
    assert invited.returncode == 0, invited.stderr
    code = next(line for line in invited.stdout.splitlines() if line.startswith("avtalevakt-"))
    address, password = read_address(code)
    connect(address, password=password).close()
    bad = run_app("server", "invite", "Kari Nordmann", "--url", server_url)
    assert bad.returncode == 2 and bad.stderr.startswith("NAVN:")  # the metavar the help shows
    assert len(bad.stderr.strip().splitlines()) == 1


def test_an_unreachable_server_is_one_line_and_exit_2(tmp_path):
    url = f"postgresql://postgres@/nowhere?host={tmp_path}&port=5432"
    done = run_app("server", "init", url)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Får ikke kontakt med serveren" in done.stderr
    # a set-up command queues nothing: sync's "Endringene venter" would mislead
    assert "Ingenting er endret" in done.stderr and "venter" not in done.stderr


# --- applying changes -------------------------------------------------------------------


def test_a_change_is_applied_once_even_when_sent_again(server, login):
    pc, uid = uuid.uuid4(), uuid.uuid4()
    batch = [
        change(1, uid, "insert", {"nature": "feil", "extent": "alt"}),
        change(2, uid, new={"extent": "litt"}, old={"extent": "alt"}),
    ]
    first = push(login, pc, batch)
    again = push(login, pc, batch)  # the reply was lost: the PC sends the same again
    assert [a["seq"] for a in again] == [a["seq"] for a in first]
    assert all(a.get("replayed") for a in again)
    assert record(server, uid)[2] == 2  # two versions, not four
    assert len(pull(login, uuid.uuid4())["rows"]) == 2


def test_edits_of_different_fields_both_survive(server, login):
    office, laptop, uid = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    start = {"nature": "feil", "extent": "alt", "status": "open"}
    push(login, office, [change(1, uid, "insert", start)])
    push(login, office, [change(2, uid, new={"status": "accepted"}, old={"status": "open"})])
    answer = push(login, laptop, [change(1, uid, new={"extent": "litt"}, old={"extent": "alt"})])
    assert answer[0]["clean"] and answer[0]["conflicts"] == []
    assert record(server, uid)[0] == {"nature": "feil", "extent": "litt", "status": "accepted"}


def test_the_same_field_keeps_the_servers_value_and_records_the_conflict(server, login):
    office, laptop, uid = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    push(login, office, [change(1, uid, "insert", {"extent": "alt"})])
    push(login, office, [change(2, uid, new={"extent": "kontor"}, old={"extent": "alt"})])
    answer = push(login, laptop, [change(1, uid, new={"extent": "laptop"}, old={"extent": "alt"})])
    (conflict,) = answer[0]["conflicts"]
    assert not answer[0]["clean"]
    assert (conflict["base"], conflict["theirs"], conflict["mine"]) == ("alt", "kontor", "laptop")
    assert conflict["theirs_pc"] == str(office) and conflict["mine_pc"] == str(laptop)
    assert record(server, uid)[0] == {"extent": "kontor"}
    # The laptop edits its own losing value again: the same conflict goes on, not a second.
    more = push(
        login, laptop, [change(2, uid, new={"extent": "laptop2"}, old={"extent": "laptop"})]
    )
    assert more[0]["conflicts"][0]["id"] == conflict["id"]
    assert more[0]["conflicts"][0]["mine"] == "laptop2"
    # Resolved with a normal edit and a resolve change; both reach the log.
    done = push(
        login,
        laptop,
        [
            change(3, uid, new={"extent": "laptop2"}, old={"extent": "kontor"}),
            change(4, uid, "resolve", conflict=conflict["id"]),
        ],
    )
    assert done[1]["conflicts"][0]["resolved_seq"] == done[1]["seq"]
    assert record(server, uid)[0] == {"extent": "laptop2"}


def test_a_delete_that_clashes_with_an_edit_keeps_the_record(server, login):
    office, laptop, uid = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    push(login, office, [change(1, uid, "insert", {"extent": "alt"})])
    push(login, office, [change(2, uid, new={"extent": "kontor"}, old={"extent": "alt"})])
    answer = push(login, laptop, [change(1, uid, "delete", old={"extent": "alt"})])
    assert answer[0]["conflicts"][0]["kind"] == "delete"
    data, deleted, _ = record(server, uid)
    assert (data, deleted) == ({"extent": "kontor"}, False)
    # A delete of what the deleter saw is a tombstone.
    push(login, office, [change(3, uid, "delete", old={"extent": "kontor"})])
    assert record(server, uid)[1] is True


def test_a_delete_conflict_names_who_changed_the_record_not_who_made_it(server, login):
    office, laptop, desk, uid = uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    push(login, office, [change(1, uid, "insert", {"extent": "alt"}, user="kari")])
    push(login, laptop, [change(1, uid, new={"extent": "kontor"}, old={"extent": "alt"},
                                user="ola", at="2026-12-01T11:30:00+01:00")])  # fmt: skip
    answer = push(login, desk, [change(1, uid, "delete", old={"extent": "alt"}, user="per")])
    (conflict,) = answer[0]["conflicts"]
    assert conflict["kind"] == "delete"
    assert (conflict["theirs_pc"], conflict["theirs_user"]) == (str(laptop), "ola")
    assert datetime.fromisoformat(conflict["theirs_at"]) == datetime.fromisoformat(
        "2026-12-01T11:30:00+01:00"
    )
    assert (conflict["mine_pc"], conflict["mine_user"]) == (str(desk), "per")


def test_an_edit_of_a_deleted_record_restores_it(server, login):
    office, laptop, uid = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    push(login, office, [change(1, uid, "insert", {"extent": "alt"})])
    push(login, office, [change(2, uid, "delete", old={"extent": "alt"})])
    answer = push(login, laptop, [change(1, uid, new={"extent": "ny"}, old={"extent": "alt"})])
    assert answer[0]["conflicts"][0]["kind"] == "edit_deleted"
    assert record(server, uid)[:2] == ({"extent": "ny"}, False)


def test_tombstones_go_once_every_pc_has_read_past_them_and_a_late_edit_still_finds_it(
    server, login
):
    office, laptop, uid = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    push(login, office, [change(1, uid, "insert", {"extent": "alt", "note": ""})])
    pull(login, laptop)  # the laptop has read the insert (its position: 0 until it reads on)
    push(login, office, [change(2, uid, "delete", old={"extent": "alt", "note": ""})])

    def purge():
        with connect(login) as conn:
            return conn.execute("SELECT avtalevakt.purge_tombstones()").fetchone()[0]

    assert purge() == 0 and record(server, uid)[1] is True  # the laptop has not seen it
    upto = pull(login, office)["upto"]
    pull(login, laptop, after=upto)  # both have read past the delete
    pull(login, office, after=upto)
    assert purge() == 1 and record(server, uid) is None
    # A late edit (e.g. from a file restored from a backup): the record comes back from
    # its last state in the log, as an edit of a deleted record does, with the conflict.
    answer = push(login, laptop, [change(1, uid, new={"note": "ringt"}, old={"note": ""})])
    assert answer[0]["conflicts"][0]["kind"] == "edit_deleted"
    assert record(server, uid)[:2] == ({"extent": "alt", "note": "ringt"}, False)


def test_a_child_added_to_a_record_deleted_meanwhile_brings_it_back(server, login):
    office, laptop = uuid.uuid4(), uuid.uuid4()
    contract, complaint = uuid.uuid4(), uuid.uuid4()
    push(login, office, [change(1, contract, "insert", {"title": "A"}, table="contracts")])
    push(login, office, [change(2, contract, "delete", old={"title": "A"}, table="contracts")])
    parents = [["contracts", str(contract)]]
    push(login, laptop, [change(1, complaint, "insert", {"nature": "x"}, parents=parents)])
    assert record(server, contract, "contracts")[1] is False
    rows = pull(login, uuid.uuid4())["rows"]
    restore = next(r for r in rows if r["action"] == "restore")
    insert = next(r for r in rows if r["uid"] == str(complaint))
    assert restore["seq"] < insert["seq"]  # the parent comes back before its child
    # And a delete of a record with a live child is a conflict, never a dangling child.
    answer = push(
        login, office, [change(3, contract, "delete", old={"title": "A"}, table="contracts")]
    )
    assert answer[0]["conflicts"][0]["kind"] == "delete"
    assert record(server, contract, "contracts")[1] is False


def test_pull_skips_the_pcs_own_clean_changes_but_moves_past_them(server, login):
    me, other = uuid.uuid4(), uuid.uuid4()
    push(login, me, [change(n, uuid.uuid4(), "insert", {"n": n}) for n in range(1, 6)])
    push(login, other, [change(1, uuid.uuid4(), "insert", {"n": 99})])
    page = pull(login, me, known=5)
    assert [r["pc"] for r in page["rows"]] == [str(other)]
    assert page["upto"] == 6
    # A file restored from a backup that knows only its first 3 changes gets 4 and 5 back.
    restored = pull(login, me, known=3)
    assert [r["change_no"] for r in restored["rows"]] == [4, 5, 1]
    first = pull(login, other, limit=2)
    assert [r["seq"] for r in first["rows"]] == [1, 2] and first["upto"] == 2


def test_pull_sends_what_a_pc_applies_and_not_each_fields_change_again(server, login):
    """A first sync's download was twice its size: every insert's ``changed`` (each field
    again) went along, and no PC ever read it. The log itself keeps it (``last_setter``)."""
    me, other = uuid.uuid4(), uuid.uuid4()
    uid = uuid.uuid4()
    push(login, other, [change(1, uid, "insert", {"title": "Skriver", "note": "æøå"})])
    push(login, other, [change(2, uid, "update", {"note": "ny"}, old={"note": "æøå"})])
    rows = pull(login, me)["rows"]
    assert [r["action"] for r in rows] == ["insert", "update"]
    for row in rows:
        assert set(row) == {
            "seq", "pc", "change_no", "tbl", "uid", "action", "at", "os_user", "login",
            "data", "deleted", "conflicts", "pc_name",
        }  # fmt: skip
    assert rows[1]["data"] == {"title": "Skriver", "note": "ny"}
    with psycopg.connect(server) as conn:
        kept = conn.execute("SELECT changed FROM avtalevakt.log ORDER BY seq").fetchall()
    assert kept == [
        ({"title": [None, "Skriver"], "note": [None, "æøå"]},),
        ({"note": ["æøå", "ny"]},),
    ]


# --- commit order -----------------------------------------------------------------------


def test_a_push_waits_for_the_one_before_so_seq_order_is_commit_order(server, login):
    """Without the lock, B would draw seq 2, commit first, and a reader at position 2
    would never see A's seq 1. With it, B waits until A has committed."""
    a_pc, b_pc = uuid.uuid4(), uuid.uuid4()
    a = connect(login, autocommit=False)
    a.execute(
        "SELECT avtalevakt.push(%s, %s, %s)",
        [a_pc, SCHEMA, json.dumps([change(1, uuid.uuid4(), "insert", {"who": "A"})])],
    )
    b_done = threading.Event()

    def b_push():
        push(login, b_pc, [change(1, uuid.uuid4(), "insert", {"who": "B"})])
        b_done.set()

    thread = threading.Thread(target=b_push)
    thread.start()
    assert not b_done.wait(1.0)  # B is held while A's transaction is open
    assert pull(login, uuid.uuid4())["rows"] == []  # and a reader sees nothing yet
    a.commit()
    a.close()
    thread.join(10)
    rows = pull(login, uuid.uuid4())["rows"]
    assert [(r["data"]["who"], r["seq"]) for r in rows] == [("A", 1), ("B", 2)]


def test_a_reader_never_skips_a_row_under_concurrent_writers(server, login):
    writers, pushes, per_push = 4, 15, 3
    seen: list[int] = []
    stop = threading.Event()
    reader_pc = uuid.uuid4()
    errors: list[BaseException] = []

    def write(index):
        pc = uuid.uuid4()
        try:
            with connect(login) as conn:
                for p in range(pushes):
                    batch = [
                        change(p * per_push + k + 1, uuid.uuid4(), "insert", {"w": index})
                        for k in range(per_push)
                    ]
                    conn.execute(
                        "SELECT avtalevakt.push(%s, %s, %s)", [pc, SCHEMA, json.dumps(batch)]
                    )
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    def read():
        position = 0
        with connect(login) as conn:
            while True:
                final = stop.is_set()
                page = conn.execute(
                    "SELECT avtalevakt.pull(%s, %s, %s, %s, 0)", [reader_pc, SCHEMA, position, 7]
                ).fetchone()[0]
                seen.extend(r["seq"] for r in page["rows"])
                position = page["upto"]
                if final and not page["rows"]:
                    return

    reader = threading.Thread(target=read)
    reader.start()
    threads = [threading.Thread(target=write, args=(i,)) for i in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    stop.set()
    reader.join(60)
    assert errors == []
    with psycopg.connect(server) as conn:
        committed = [s for (s,) in conn.execute("SELECT seq FROM avtalevakt.log ORDER BY seq")]
    assert len(committed) == writers * pushes * per_push
    assert seen == committed  # every row, once, in order: none skipped
