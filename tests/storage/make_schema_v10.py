"""Make ``data/schema_v10.sqlite``: the version-1 database migrated to version 10 (with the attachments, before the reminder acknowledgements).

Run from the repository root: ``python -m tests.storage.make_schema_v10``. The file is
committed; recreate it only if ``make_schema_v1`` changes, never after 0014 changes.

Made before 0010 (template variants) was listed before 0011: the committed file is a
database of that time (no template_variants table; 0010 is applied when it is migrated),
and ``MIGRATION_NAMES[...]`` below no longer stops where it did. Keep the file.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import sqlite_utils

from app.storage.database import _prepare
from app.storage.migrations import MIGRATION_NAMES, migrations

from .make_schema_v1 import make as make_v1

TARGET = Path(__file__).resolve().parent / "data" / "schema_v10.sqlite"


def make(target: Path = TARGET) -> Path:
    make_v1(target)
    conn = sqlite3.connect(str(target))
    _prepare(conn)
    migrations.apply(sqlite_utils.Database(conn), stop_before=MIGRATION_NAMES[10])
    conn.execute("VACUUM")
    conn.close()
    return target


if __name__ == "__main__":
    print(make(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET))
