"""Switching the language keeps what the user set on the pages; only the words change.

The audit (03.12.2026, demo database): the overview filtered to Type = Betalingsfrist
came back as «All kinds» in English and «Alle typer» after switching back; the
customers page filtered by «Hole» came back with an empty filter.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.kinds import Kind
from app.ui.main_window import MainWindow


@pytest.fixture
def window(demo_window):  # noqa: ANN001, ANN201
    return demo_window


def selected(page):  # noqa: ANN001, ANN201
    """The record (the overview: the deadline) of the page's selected row."""
    found = page.model.record_at(page.table.currentIndex().row())
    return found[1] if isinstance(found, tuple) else found.id


def loaded_overview(window: MainWindow):  # noqa: ANN201
    page = window.page("overview")
    assert page.wait_until_loaded()
    return page


def choose(qtbot, combo, text: str) -> None:  # noqa: ANN001
    """Pick an entry of a combo box as a user does: focus it and type its first letters."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)


def test_the_overview_keeps_its_kind_customer_and_selected_deadline(qtbot, window):  # noqa: ANN001
    page = loaded_overview(window)
    choose(qtbot, page.kind_filter, "Betalingsfrist")
    assert page.kind_filter.currentData() == Kind.PAYMENT_DUE
    customer = page.customer_filter.itemText(2)
    choose(qtbot, page.customer_filter, customer)
    assert page.customer_filter.currentText() == customer
    rows = page.model.rowCount()
    if rows > 1:  # the second deadline shown, selected with the keyboard
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    chosen = selected(page)

    window.set_language("en")
    page = loaded_overview(window)
    assert page.kind_filter.currentData() == Kind.PAYMENT_DUE
    assert page.kind_filter.currentText() == "Payment due"  # the words did change
    assert page.customer_filter.currentText() == customer
    assert page.model.rowCount() == rows
    assert selected(page) == chosen

    window.set_language("nb")
    page = loaded_overview(window)
    assert page.kind_filter.currentText() == "Betalingsfrist"
    assert page.customer_filter.currentText() == customer
    assert selected(page) == chosen


def test_the_customers_page_keeps_its_filter_and_selected_row(qtbot, window):  # noqa: ANN001
    page = window.go_to("customers") or window.page("customers")
    page.focus_filter()
    qtbot.keyClicks(page.filter, "Hole")
    assert page.model.rowCount() == 1
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    chosen = selected(page)
    assert chosen is not None

    window.set_language("en")
    page = window.page("customers")
    assert window.current_page_name() == "customers"
    assert page.filter.text() == "Hole"
    assert page.model.rowCount() == 1
    assert selected(page) == chosen


def test_a_records_page_keeps_its_filter_though_it_waits_for_typing_to_pause(qtbot, window):  # noqa: ANN001
    page = window.page("complaints")
    window.go_to("complaints")
    page.focus_filter()
    qtbot.keyClicks(page.filter, "Hole")
    qtbot.waitUntil(lambda: page.model.filter_text == "Hole")
    shown = page.model.rowCount()

    window.set_language("en")
    page = window.page("complaints")
    assert page.filter.text() == "Hole"
    assert page.model.rowCount() == shown
