"""Make ``data/schema_v12.sqlite``: the version-1 database migrated to version 12 (with the reminder acknowledgements; before the index of open incidents).

Run from the repository root: ``python -m tests.storage.make_schema_v12``. The file is
committed; recreate it only if ``make_schema_v1`` changes, never after 0015 changes.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import sqlite_utils

from app.storage.database import _prepare
from app.storage.migrations import migrations

from .make_schema_v1 import make as make_v1

TARGET = Path(__file__).resolve().parent / "data" / "schema_v12.sqlite"


def make(target: Path = TARGET) -> Path:
    make_v1(target)
    conn = sqlite3.connect(str(target))
    _prepare(conn)
    migrations.apply(sqlite_utils.Database(conn), stop_before="0022_open_incidents_index")
    conn.execute("VACUUM")
    conn.close()
    return target


if __name__ == "__main__":
    print(make(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET))
