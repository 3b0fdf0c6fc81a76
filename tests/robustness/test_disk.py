"""A full disk and a read-only database folder: a clear message, and nothing lost.

Both are simulated (the tests may run as root, which ignores file permissions): a full
disk by capping the file's size (``PRAGMA max_page_count``), a read-only file by
``PRAGMA query_only`` (SQLite answers SQLITE_READONLY exactly as for a read-only file),
a read-only folder by refusing to create it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.domain.records import Customer
from app.storage.database import open_database
from app.storage.errors import DatabaseReadOnly, DiskFull
from app.storage.repositories import Repositories
from app.ui.application import make_app
from app.ui.forms.customer_form import CustomerForm
from app.ui.forms.form_dialog import FormDialog
from app.ui.operations import Operations

NAMES = ["Ringerike Regnskap AS", "Hole Bygg og Anlegg AS"]
ORGS = ["914573262", "920864317"]


@pytest.fixture
def filled(tmp_path: Path):  # noqa: ANN201
    database = open_database(tmp_path / "desk.sqlite")
    repos = Repositories(database)
    for name, org in zip(NAMES, ORGS, strict=True):
        repos.customers.add(Customer(name=name, org_number=org))
    yield database, repos
    database.close()


def _intact(path: Path) -> None:
    with open_database(path, backup=False) as again:
        assert again.integrity_problems() == []
        assert [c.name for c in Repositories(again).customers.all()][:2] == NAMES


def _fill_the_disk(database) -> None:  # noqa: ANN001
    conn = database.db.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def test_full_disk_is_reported_and_nothing_is_lost(filled):
    database, repos = filled
    _fill_the_disk(database)
    with pytest.raises(DiskFull) as caught:
        for n in range(200):  # until the capped file is full
            repos.customers.add(Customer(name=f"Kunde {n} AS", org_number=ORGS[0], note="x" * 3900))
    assert "full" in caught.value.text("en") and "full" in caught.value.text("nb")
    assert "Ingenting ble lagret" in caught.value.text("nb")
    database.db.conn.execute("PRAGMA max_page_count = 1073741823")
    names = [c.name for c in repos.customers.all()]
    assert names[:2] == NAMES  # the earlier records are all there
    assert all(name.startswith("Kunde") for name in names[2:])  # each stored one whole
    repos.customers.add(Customer(name="Etter opprydding AS", org_number=ORGS[0]))  # room again
    database.close()
    _intact(database.path)


def test_read_only_file_is_reported_and_nothing_is_lost(filled):
    database, repos = filled
    database.db.conn.execute("PRAGMA query_only = 1")
    with pytest.raises(DatabaseReadOnly) as caught:
        repos.customers.add(Customer(name="Tyrifjord Tannklinikk AS", org_number="931702548"))
    assert "read-only" in caught.value.text("en")
    assert "skrivebeskyttet" in caught.value.text("nb")
    database.close()
    _intact(database.path)


def test_read_only_folder_for_a_new_database(tmp_path, monkeypatch):
    def refuse(path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        raise PermissionError(13, "Permission denied", str(path))

    # the folder exists (a missing one is refused before: files.database_folder), but the
    # file cannot be made in it
    (tmp_path / "locked").mkdir()
    monkeypatch.setattr("app.storage.database.private_file", refuse)
    with pytest.raises(DatabaseReadOnly) as caught:
        open_database(tmp_path / "locked" / "desk.sqlite")
    assert "skrivebeskyttet" in caught.value.text("nb")


@pytest.mark.parametrize("trouble", ["full", "read-only"])
def test_the_form_shows_the_message_and_keeps_what_was_typed(qtbot, filled, monkeypatch, trouble):
    make_app("en")
    database, repos = filled
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *a: shown.append(text))
    )
    form = CustomerForm(repos)
    dialog = FormDialog(form, Operations(repos).save)
    qtbot.addWidget(dialog)
    form.fields.editors["name"].setText("Tyrifjord Tannklinikk AS")
    form.fields.editors["org_number"].setText("931702548")
    assert form.is_valid()
    if trouble == "full":
        _fill_the_disk(database)
        # a big note makes the record larger than the room left
        form.fields.editors["note"].set_value("x" * 3900)
    else:
        database.db.conn.execute("PRAGMA query_only = 1")
    assert dialog.save() is None
    assert shown and ("full" in shown[0] if trouble == "full" else "read-only" in shown[0])
    assert form.fields.editors["name"].value() == "Tyrifjord Tannklinikk AS"  # still there
    make_app("nb")
    database.close()
    _intact(database.path)
