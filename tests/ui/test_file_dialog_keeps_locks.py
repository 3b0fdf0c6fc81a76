"""A file dialog that lists the database's folder leaves SQLite's locks in place.

Qt's own icon provider opened ``desk.sqlite-shm`` (and the database) to guess their
types; on Linux closing any descriptor of a file drops this process's POSIX locks on
it, SQLite's included, and another process then deleted the live ``-wal`` and ``-shm``
(an audit lost saved changes that way). ``files.SafeFileDialog`` lists by name only.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QFileSystemModel

from app.storage.database import open_database
from app.ui import files

from ..posix_locks import linux_only, locked_inodes

pytestmark = linux_only


def test_listing_the_database_folder_keeps_sqlite_s_locks(qtbot, tmp_path):  # noqa: ANN001
    path = tmp_path / "desk.sqlite"
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with open_database(path) as database:
        database.db.execute("SELECT count(*) FROM sqlite_master").fetchall()
        inodes = {os.stat(path).st_ino, os.stat(f"{path}-shm").st_ino}
        assert inodes <= locked_inodes()  # SQLite holds its read locks (WAL)
        dialog = files._dialog(None, "Legg ved", str(tmp_path), "Alle filer (*)")
        qtbot.addWidget(dialog)
        model = dialog.findChild(QFileSystemModel)
        with qtbot.waitSignal(model.directoryLoaded, timeout=10_000):
            dialog.show()
        # let the dialog ask every row for its icon and type, as it paints them
        root = model.index(str(tmp_path))
        for row in range(model.rowCount(root)):
            for column in range(model.columnCount(root)):
                model.data(model.index(row, column, root))
                model.data(model.index(row, column, root), 1)  # DecorationRole
        qtbot.wait(300)
        assert model.rowCount(root) >= 3  # the database, its -wal and -shm were listed
        assert inodes <= locked_inodes()
        dialog.close()
