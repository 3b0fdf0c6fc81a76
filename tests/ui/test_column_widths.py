"""A list's date-time columns show every date and time whole, in both languages.

The incidents page gave "Start" and "Slutt" 17 characters: every row read "tir.
03.11.2026 kl. …", the time of the incident cut off (seen in the README's screenshot).
Date-time columns are now as wide as the widest date-time they can show
(``fmt.week_of_dates``, measured by ``widgets.table.size_columns``).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QStyle

from app.domain.records import Incident
from app.domain.terms import Cause
from app.ui.application import make_app
from app.ui.fmt import week_of_dates
from app.ui.pages.contract import ContractPage
from app.ui.pages.incidents import IncidentsPage
from app.ui.pages.records import ComplaintsPage

from .conftest import contract_id


def _add_a_week_of_late_incidents(repos) -> int:  # noqa: ANN001
    """One incident a day for a week, each from 23:59 (the widest clock), two-digit
    days: every weekday's name is in the list."""
    sodvin = contract_id(repos, "sodvin")
    for offset in range(7):
        day = date(2026, 10, 26) + timedelta(days=offset)
        repos.incidents.add(
            Incident(
                contract_id=sodvin,
                start=f"{day.isoformat()}T23:59",
                end=f"{(day + timedelta(days=1)).isoformat()}T22:58",
                cause=Cause.SUPPLIER,
                description="Tjenesten svarte ikke",
            )
        )
    return sodvin


def _cut_off(view, columns) -> list[str]:  # noqa: ANN001
    """The texts of ``columns`` the view cannot show whole (they would be elided)."""
    model = view.model()
    metrics = view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    cut = []
    for row in range(model.rowCount(QModelIndex())):
        for column in columns:
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if metrics.horizontalAdvance(text) + 2 * margin > view.columnWidth(column):
                cut.append(text)
    return cut


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_incidents_page_shows_start_and_end_whole(qtbot, repos, language):  # noqa: ANN001
    make_app(language)
    _add_a_week_of_late_incidents(repos)
    page = IncidentsPage(repos)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert page.model.rowCount(QModelIndex()) == 7
    first = page.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert first.endswith("23:59") and ("kl." in first) == (language == "nb")
    assert _cut_off(page.table, [0, 1]) == []


def test_the_contract_pages_incidents_tab_shows_them_whole(qtbot, repos):  # noqa: ANN001
    sodvin = _add_a_week_of_late_incidents(repos)
    page = ContractPage(repos)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.load(sodvin)
    page.show()
    table = page.tables["incidents"]
    assert table.model().rowCount(QModelIndex()) == 7
    assert _cut_off(table, [0, 1]) == []


def test_the_samples_are_a_week_in_the_ui_language():
    make_app("nb")
    nb = week_of_dates(with_time=True)
    assert [text.split()[0] for text in nb] == [
        "man.",
        "tir.",
        "ons.",
        "tor.",
        "fre.",
        "lør.",
        "søn.",
    ]
    assert all(text.endswith("kl. 23:59") for text in nb)
    make_app("en")
    assert week_of_dates()[0] == "Mon 26.10.2026"


def test_the_complaints_verdict_column_has_room_for_its_word(qtbot, repos):  # noqa: ANN001
    """A Sodvin complaint's verdict is "ingen fast frist: uten ugrunnet opphold …": the
    column showed "ingen fast fri…"; the words are now whole before the "…"."""
    page = ComplaintsPage(repos)
    qtbot.addWidget(page)
    metrics = page.table.fontMetrics()
    margin = page.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    needed = metrics.horizontalAdvance("ingen fast frist…") + 2 * margin
    assert page.table.model().headerData(4, Qt.Orientation.Horizontal) == "Vurdering"
    assert page.table.columnWidth(4) >= needed
