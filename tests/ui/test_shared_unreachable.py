"""Settings → Delt database with no server to reach: what the page says.

The audit (03.12.2026): «Test tilkoblingen» or «Koble til» against a server that is not
running said «… Endringene venter og sendes neste gang», while the same tab said «Ikke
delt»: nothing waits, since the database is not shared. It must say what the set-up
commands of the CLI say (``server_error.unreachable_setup``): «Ingenting er endret».
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.ui.main_window import MainWindow

from .conftest import TODAY

# A server that cannot be reached: a socket folder that does not exist (no waiting).
NOWHERE = "postgresql://kari@/avtalevakt?host=/nonexistent-avtalevakt"
WAIT = 20_000


@pytest.fixture
def page(qtbot, database, repos):  # noqa: ANN001, ANN201
    window = MainWindow(database=database, repos=repos, today=TODAY, persist=False)
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_settings("shared")
    page = dialog.tabs.currentWidget()
    page.address.setFocus()
    qtbot.keyClicks(page.address, NOWHERE)
    yield page
    if page.job is not None:
        page.job.wait(WAIT)
    dialog.reject()
    window.close()


def test_testing_an_unreachable_server_says_nothing_was_changed(qtbot, page):  # noqa: ANN001
    qtbot.keyClick(page.test_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "kontakt" in page.result.text(), timeout=WAIT)
    text = page.result.text()
    assert text.startswith("Får ikke kontakt med serveren (")
    assert text.endswith("Ingenting er endret.")
    assert "venter" not in text


def test_connecting_to_an_unreachable_server_says_nothing_was_changed(qtbot, page, monkeypatch):  # noqa: ANN001
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    qtbot.keyClick(page.connect_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "kontakt" in page.result.text(), timeout=WAIT)
    text = page.result.text()
    assert text.endswith("Ingenting er endret.")
    assert "venter" not in text
    assert not page.controller.configured  # and indeed: still not shared
