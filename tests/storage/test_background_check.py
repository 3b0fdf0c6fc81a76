"""The full integrity check of a large file runs in the background after the open; closing
the database stops it. Left running, its read-only connection was the last one to the
file: SQLite cannot remove the -wal and -shm then, and an empty pair stayed beside the
database after a quick exit from a large file (seen on the benchmark's 94 MB one)."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from app.storage import database as db_module
from app.storage.database import open_database
from app.storage.repositories import Repositories

from .conftest import Clock, customer

_real_problems = db_module._integrity_problems


@pytest.fixture
def every_file_large(monkeypatch):  # noqa: ANN001, ANN201
    """Every file is checked quickly at the open and fully in the background."""
    monkeypatch.setattr(db_module, "FULL_CHECK_MAX_BYTES", 0)


def _desk(path: Path) -> Path:
    with open_database(path, backup=False) as database:
        Repositories(database, clock=Clock()).customers.add(customer(name="Ringerike Regnskap AS"))
    return path


def test_the_full_check_in_the_background_gives_its_verdict(tmp_path, every_file_large):  # noqa: ANN001
    path = _desk(tmp_path / "desk.sqlite")
    with open_database(path, backup=False) as database:
        assert database.wait_for_check(30) == []  # whole


def test_closing_stops_a_check_still_running_and_leaves_no_journal(
    tmp_path,  # noqa: ANN001
    every_file_large,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
):
    path = _desk(tmp_path / "desk.sqlite")
    running = threading.Event()
    connections: list[sqlite3.Connection] = []

    def endless(conn: sqlite3.Connection, *, quick: bool = False) -> list[str]:
        if quick:  # the open's own quick check
            return _real_problems(conn, quick=True)
        connections.append(conn)
        running.set()
        time.sleep(0.2)  # the close comes before the statement has begun (seen in CI)
        conn.execute(  # as long as a large file's full check, until interrupted
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"
        ).fetchall()
        return []

    monkeypatch.setattr(db_module, "_integrity_problems", endless)
    database = open_database(path, backup=False)
    checker = database._checker
    try:
        assert running.wait(10)
        assert Path(f"{path}-wal").exists()  # (the read-only connection keeps them)
        database.close()
        assert not checker.is_alive()  # stopped, not left reading the file
        assert database.background_problems is None  # stopped: no verdict, no damage
        assert sorted(p.name for p in tmp_path.iterdir()) == ["desk.sqlite"]
    finally:
        for conn in connections:  # (the code before never stopped it)
            with contextlib.suppress(sqlite3.ProgrammingError):  # closed: it was stopped
                conn.interrupt()
        checker.join(10)
