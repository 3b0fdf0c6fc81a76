"""``sync``, ``conflicts`` and ``record``: the scripting interface, as separate processes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.sync.server.admin import init_server, invite


def app(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def login(server_url) -> str:
    init_server(server_url)
    return invite(server_url, "script").url


def test_record_commands_validate_as_the_forms_and_queue_the_change(tmp_path):
    db = str(tmp_path / "desk.sqlite")
    assert app("demo", "--db", db).returncode == 0
    bad = app(
        "record", "add", "complaints", "--db", db, "--json",
        '{"contract_id": 1, "delivered": "2026-11-01", "complained": "2026-10-01",'
        ' "channel": "email", "nature": "Treg", "extent": "Alle"}',
    )  # fmt: skip
    assert bad.returncode == 2
    assert bad.stderr.strip() == "complained: kan ikke være før delivered"
    added = app(
        "record", "add", "complaints", "--db", db, "--json",
        '{"contract_id": 1, "delivered": "2026-11-01", "complained": "2026-11-03",'
        ' "channel": "email", "nature": "Treg", "extent": "Alle"}',
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    record = json.loads(added.stdout)
    changed = app(
        "record", "update", "complaints", str(record["id"]), "--db", db, "--json",
        '{"status": "accepted"}',
    )  # fmt: skip
    assert json.loads(changed.stdout)["status"] == "accepted"
    got = json.loads(app("record", "get", "complaints", str(record["id"]), "--db", db).stdout)
    assert got["version"] == 2 and got["uid"] == record["uid"]
    listed = json.loads(app("record", "list", "complaints", "--db", db, "--json").stdout)
    assert record["uid"] in {r["uid"] for r in listed}
    import sqlite3

    with sqlite3.connect(db) as conn:
        history = conn.execute(
            "SELECT action FROM history WHERE table_name = 'complaints' AND record_id = ?",
            [record["id"]],
        ).fetchall()
        queued = conn.execute(
            "SELECT action, new FROM outbox WHERE uid = ? ORDER BY change_no", [record["uid"]]
        ).fetchall()
    assert [h[0] for h in history] == ["insert", "update"]
    assert [q[0] for q in queued] == ["insert", "update"]
    assert json.loads(queued[1][1]) == {"status": "accepted"}
    missing = app("record", "update", "complaints", "999", "--db", db, "--json", "{}")
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1


def test_sync_remembers_the_server_and_reports_json(tmp_path, login, server_url):
    laptop, office = str(tmp_path / "laptop.sqlite"), str(tmp_path / "office.sqlite")
    assert app("demo", "--db", laptop).returncode == 0
    app("record", "list", "customers", "--db", office)  # creates nothing: no file yet
    first = app("sync", "--db", laptop, "--server", login, "--json")
    assert first.returncode == 0, first.stderr
    pushed = json.loads(first.stdout)
    assert pushed["pushed"] > 0 and pushed["conflicts"] == 0
    again = app("sync", "--db", laptop, "--json")  # the URL was remembered
    assert json.loads(again.stdout) == {"pushed": 0, "pulled": 0, "conflicts": 0}
    import sqlite3

    with sqlite3.connect(laptop) as conn:
        remembered = conn.execute("SELECT value FROM sync_state WHERE key = 'url'").fetchone()[0]
    assert "@" in remembered and ":" not in remembered.split("@")[0].split("//")[1]  # no password
    # a new, empty office PC gets everything
    from app.storage.database import open_database

    open_database(office).close()
    got = app("sync", "--db", office, "--server", login, "--json")
    assert json.loads(got.stdout)["pulled"] == pushed["pushed"]
    assert app("conflicts", "--db", office).stdout.strip() == "Ingen åpne konflikter."
    # the PC's name set in the program's settings is the name a command syncs under too
    with sqlite3.connect(laptop) as conn:
        conn.execute("INSERT INTO sync_state (key, value) VALUES ('pc_name', 'BÆRBAR-PC')")
    assert app("sync", "--db", laptop).returncode == 0
    import psycopg

    with psycopg.connect(server_url) as pg:
        names = {row[0] for row in pg.execute("SELECT name FROM avtalevakt.pcs")}
    assert "BÆRBAR-PC" in names and len(names) == 2


def test_an_unreachable_server_exits_2_and_keeps_the_changes_queued(tmp_path):
    db = str(tmp_path / "desk.sqlite")
    app("demo", "--db", db)
    url = f"postgresql://kari@/nowhere?host={tmp_path}&port=5432"
    done = app("sync", "--db", db, "--server", url, "--json")
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Endringene venter" in done.stderr
    import sqlite3

    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] > 0


def test_conflicts_are_listed_on_both_pcs(tmp_path, login):
    a, b = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite")
    app("demo", "--db", a)
    app("sync", "--db", a, "--server", login)
    from app.storage.database import open_database

    open_database(b).close()
    app("sync", "--db", b, "--server", login)
    uid = json.loads(app("record", "get", "complaints", "1", "--db", a).stdout)["uid"]
    b_id = next(
        r["id"]
        for r in json.loads(app("record", "list", "complaints", "--db", b, "--json").stdout)
        if r["uid"] == uid
    )
    app("record", "update", "complaints", "1", "--db", a, "--json", '{"extent": "fra A"}')
    app("record", "update", "complaints", str(b_id), "--db", b, "--json", '{"extent": "fra B"}')
    app("sync", "--db", a)
    assert json.loads(app("sync", "--db", b, "--json").stdout)["conflicts"] == 1
    app("sync", "--db", a)
    for db in (a, b):
        (conflict,) = json.loads(app("conflicts", "--db", db, "--json").stdout)
        assert (conflict["field"], conflict["server_value"], conflict["other_value"]) == (
            "extent", "fra A", "fra B",
        )  # fmt: skip
    text = app("conflicts", "--db", a, "--lang", "en").stdout
    assert "extent" in text and "'fra A'" in text and "'fra B'" in text
