"""The program's connections run no sqlite-utils plugin (issue 16): finding them reads
every installed distribution's metadata at the first connection, on the way to the
first deadline on screen, and a plugin installed beside the program must not change how
the contracts' file is read or written."""

from __future__ import annotations

import pytest
from sqlite_utils import hookimpl
from sqlite_utils.plugins import pm

from app.storage.database import check_file, connect, connect_read_only, open_database, peek
from app.storage.repositories import Repositories

from .conftest import customer


class _Plugin:
    """Records every connection sqlite-utils hands to its plugins."""

    seen: list = []

    @staticmethod
    @hookimpl
    def prepare_connection(conn):
        _Plugin.seen.append(conn)


@pytest.fixture
def plugin():
    _Plugin.seen = []
    pm.register(_Plugin, name="lean-test-plugin")
    try:
        yield _Plugin
    finally:
        pm.unregister(name="lean-test-plugin")


def test_the_plugin_runs_on_a_plain_sqlite_utils_connection(plugin, tmp_path):
    """(The test's plugin is one sqlite-utils would run.)"""
    import sqlite3

    import sqlite_utils

    sqlite_utils.Database(sqlite3.connect(tmp_path / "plain.sqlite"))
    assert len(plugin.seen) == 1


def test_no_plugin_runs_on_the_programs_connections(plugin, tmp_path):
    path = tmp_path / "a.sqlite"
    with open_database(path, backup=False) as database:
        Repositories(database).customers.add(customer())
    with peek(path) as database:
        assert Repositories(database).customers.count_all() == 1
    checked = check_file(path, backup=False)
    database = connect(checked)
    database.close()
    database = connect_read_only(check_file(path, backup=False, create=False))
    database.close()
    assert plugin.seen == []
