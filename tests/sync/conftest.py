"""A real PostgreSQL server for the sync tests: one throwaway cluster per test session.

With ``CI=true`` a missing PostgreSQL fails the run (CI installs it); elsewhere the
tests that need it are skipped with the reason.
"""

from __future__ import annotations

import os

import pytest

from . import cluster as pg


@pytest.fixture(autouse=True)
def credential_store(tmp_path, monkeypatch):
    """keyrings.alt's file store in this test's folder (CI has no Secret Service); child
    processes (the commands) find it through the environment."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    import keyring.core

    keyring.core._keyring_backend = None  # chosen again from the environment
    yield
    keyring.core._keyring_backend = None


@pytest.fixture(scope="session")
def pg_cluster():
    reason = pg.unavailable()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI needs PostgreSQL for the sync tests: {reason}", pytrace=False)
        pytest.skip(reason)
    running = pg.Cluster.start()
    yield running
    running.stop()


@pytest.fixture
def server_url(pg_cluster) -> str:
    """The superuser URL of a new, empty database of its own for this test."""
    return pg_cluster.create_database()


@pytest.fixture
def login(server_url) -> str:
    """An initialised server and one invitation's URL (modules may invite otherwise)."""
    from app.sync.server.admin import init_server, invite

    init_server(server_url)
    return invite(server_url, "desk").url


@pytest.fixture
def desks(tmp_path, login):
    """``desks("office")``: a PC's database joined to the server by ``login``; all are
    closed after the test."""
    from .desks import Desk

    made: list = []

    def make(name: str):  # noqa: ANN202
        desk = Desk(tmp_path / name, name, login)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.close()
