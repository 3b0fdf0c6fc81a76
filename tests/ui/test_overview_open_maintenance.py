"""Opening an overview row of the maintenance windows (no single contract).

The audit (03.12.2026): a «Vedlikeholdsvindu» row did nothing on a double click, Enter
or «Åpne …», and said nothing (``OverviewPage.open_row`` returned for a row without a
contract). It now opens the maintenance windows calculator at the row's year, and the
status bar says why that is what opens.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.domain.kinds import Kind
from app.storage.database import open_database
from app.storage.demo import fill_demo
from app.storage.repositories import Repositories
from app.ui.main_window import MainWindow

DEMO_TODAY = date(2026, 12, 3)


@pytest.fixture
def window(qtbot, tmp_path):  # noqa: ANN001, ANN201
    database = open_database(tmp_path / "demo.sqlite", backup=False)
    repos = Repositories(database)
    fill_demo(repos, DEMO_TODAY)
    window = MainWindow(database=database, repos=repos, today=DEMO_TODAY, persist=False)
    qtbot.addWidget(window)
    window.show()
    yield window
    from app.ui import application

    application.finish_jobs()
    database.close()


def test_enter_on_a_maintenance_row_opens_the_calculator_at_its_year(qtbot, window):  # noqa: ANN001
    page = window.page("overview")
    assert page.wait_until_loaded()
    rows = [i for i, (_g, item) in enumerate(page.model.rows) if item.kind == Kind.MAINTENANCE]
    assert rows, "the demo has maintenance windows in the overview"
    deadline = page.model.rows[rows[0]][1]
    page.table.setFocus()
    page.table.selectRow(rows[0])
    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    assert window.current_page_name() == "calculators"
    calculators = window.page("calculators")
    panel = calculators.stack.currentWidget()
    assert panel is calculators.panel("maintenance_windows")
    assert panel.fields.data()["year"] == deadline.date.year
    message = window.statusBar().currentMessage()
    assert "Vedlikeholdsvinduene" in message and str(deadline.date.year) in message
