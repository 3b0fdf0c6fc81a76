"""Opening an overview row of the maintenance windows (no single contract).

The audit (03.12.2026): a «Vedlikeholdsvindu» row did nothing on a double click, Enter
or «Åpne …», and said nothing (``OverviewPage.open_row`` returned for a row without a
contract). It now opens the maintenance windows calculator at the row's year, and the
status bar says why that is what opens.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.kinds import Kind


@pytest.fixture
def window(demo_window):  # noqa: ANN001, ANN201
    return demo_window


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
