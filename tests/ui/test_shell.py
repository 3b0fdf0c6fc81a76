"""The shell: pages listed once in the registry, one save operation that announces the
tables it changed, and pages that refresh only for what they show."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.records import Incident
from app.domain.terms import Cause
from app.ui.application import PAGES
from app.ui.main_window import NAVIGATION, MainWindow
from app.ui.operations import Changes
from app.ui.pages import registry

from .conftest import TODAY, contract_id

ROOT = Path(__file__).resolve().parents[2]


def test_the_registry_is_the_one_list_of_pages(qtbot, database, repos):  # noqa: ANN001
    assert list(PAGES) == registry.names()
    assert list(NAVIGATION) == [p.name for p in registry.PAGES if p.navigation]
    window = MainWindow(database=database, repos=repos, today=TODAY, persist=False)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [registry.spec(n).title() for n in NAVIGATION]
    assert titles[0] == "Oversikt"  # translated where shown
    for name in registry.names():
        page = window.page(name)
        assert isinstance(page, registry.PageWidget), name


def test_main_window_and_pages_ask_nothing_with_hasattr() -> None:
    for path in [ROOT / "app/ui/main_window.py", ROOT / "app/ui/pages/base.py"]:
        tree = ast.parse(path.read_text())
        calls = [
            n
            for n in ast.walk(tree)
            if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "hasattr"
        ]
        assert not calls, path


def test_a_save_refreshes_only_the_pages_that_show_its_table(qtbot, database, repos):  # noqa: ANN001
    window = MainWindow(database=database, repos=repos, today=TODAY, persist=False)
    qtbot.addWidget(window)
    seen: list[Changes] = []
    window.operations.changed.connect(seen.append)
    for name in ("customers", "deliveries", "incidents"):
        window.show_page(name)
    refreshed: list[str] = []
    for name in ("customers", "deliveries", "incidents"):
        page = window.pages[name]
        original = page.refresh
        page.refresh = lambda n=name, f=original: (refreshed.append(n), f())[1]
    stored = window.operations.save(
        Incident(
            contract_id=contract_id(repos, "sodvin"),
            start=date(2026, 5, 4).isoformat() + "T08:00",
            end=date(2026, 5, 4).isoformat() + "T09:30",
            cause=Cause.SUPPLIER,
            description="Disk full",
        )
    )
    assert stored.id is not None
    assert seen[-1].tables == {"incidents", "history"}
    assert refreshed == ["incidents"]  # in view: at once; customers, deliveries: untouched
    assert window.pages["incidents"].model.total == 1
    assert "Lagret" in window.statusBar().currentMessage()


def test_a_page_not_in_view_refreshes_when_shown(qtbot, database, repos):  # noqa: ANN001
    window = MainWindow(database=database, repos=repos, today=TODAY, persist=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page("incidents")
    window.show_page("customers")
    window.operations.save(
        Incident(
            contract_id=contract_id(repos, "office_center"),
            start="2026-05-04T08:00",
            cause=Cause.SUPPLIER,
            description="Nede",
        )
    )
    assert "incidents" in window.stale
    assert window.pages["incidents"].model.total == 0  # not yet: it is not in view
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "incidents"
    assert window.pages["incidents"].model.total == 1
