"""A damaged database is never written to; the user is offered the newest backup."""

import pytest
from PySide6.QtWidgets import QMessageBox

from app.storage.errors import DatabaseDamaged
from app.ui import application

from .conftest import damaged_with_backup


def test_accepting_the_offer_restores_the_newest_backup(qapp, tmp_path, monkeypatch):
    path = damaged_with_backup(tmp_path)
    asked = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: None)
    database, repos = application.open_storage(path, "nb")
    try:
        assert "gjenopprette" in asked[0] and "skadet" in asked[0]
        assert len(repos.contracts.all()) >= 5
        assert list(tmp_path.glob("kunder.sqlite.before-restore-*"))  # damaged file kept
    finally:
        database.close()


def test_declining_leaves_the_damaged_file_untouched(qapp, tmp_path, monkeypatch):
    path = damaged_with_backup(tmp_path)
    before = path.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    with pytest.raises(DatabaseDamaged):
        application.open_storage(path, "nb")
    assert path.read_bytes() == before
