"""A real PostgreSQL server for the sync tests: one throwaway cluster per test session.

With ``CI=true`` a missing PostgreSQL fails the run (CI installs it); elsewhere the
tests that need it are skipped with the reason.
"""

from __future__ import annotations

import os

import pytest

from . import cluster as pg


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
