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

from app.domain.causes import cause_phrase
from app.domain.records import Incident
from app.domain.terms import Cause
from app.ui.application import make_app
from app.ui.fmt import week_of_dates
from app.ui.i18n import say
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
    assert [text.split()[0] for text in nb[:7]] == [
        "man.",
        "tir.",
        "ons.",
        "tor.",
        "fre.",
        "lør.",
        "søn.",
    ]
    assert all(text.endswith("kl. 23:59") for text in nb[:7])
    # then the repeated hour's two 02:59, each with its offset
    assert nb[7:] == ("søn. 25.10.2026 kl. 02:59 (+02:00)", "søn. 25.10.2026 kl. 02:59 (+01:00)")
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


def _add_incidents_in_the_repeated_hour(repos, contract: int) -> None:  # noqa: ANN001
    """Incidents in October's repeated hour: their times carry the offset, "søn.
    25.10.2026 kl. 02:59 (+02:00)", the widest a list's date-time can be."""
    for start, end in (
        ("2026-10-25T02:59+02:00", "2026-10-25T02:58+01:00"),
        ("2026-10-25T02:30+01:00", "2026-10-25T02:59+01:00"),
    ):
        repos.incidents.add(
            Incident(
                contract_id=contract,
                start=start,
                end=end,
                cause=Cause.SUPPLIER,
                description="Natt til vintertid",
            )
        )


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_incidents_page_shows_a_time_with_its_offset_whole(demo_window, qtbot, language):  # noqa: ANN001
    """The user met "søn. 25.10.2026 kl. 02:3…" on the incidents page at the window's
    first size (1280×800, on a 1366×768 screen): the columns were as wide as a date-time
    at 23:59, not as one in the repeated hour, which carries "(+01:00)". Now every time is
    whole there, and the other columns keep room to be read."""
    window = demo_window
    repos = window.repos
    _add_incidents_in_the_repeated_hour(repos, repos.contracts.all()[0].id)
    if language != "nb":
        window.set_language(language)
    window.resize(1280, 800)
    page = window.show_page("incidents")
    page.refresh()
    qtbot.waitUntil(lambda: page.table.viewport().width() > 900)
    table = page.table
    texts = [table.model().index(row, 0).data() for row in range(table.model().rowCount())]
    assert any("(+02:00)" in text for text in texts), texts
    assert _cut_off(table, [0, 1, 2]) == []  # start, end and duration
    # the commonest cause, whole in either language ("Fault in the service (suppl…")
    supplier = say(cause_phrase(Cause.SUPPLIER))  # the cause of the incidents added
    assert supplier in [table.model().index(row, 3).data() for row in range(len(texts))]
    assert supplier not in _cut_off(table, [3])
    char = table.fontMetrics().horizontalAdvance("0")
    header = table.horizontalHeader()
    last = table.model().columnCount() - 1
    # nothing beyond the right edge: the description (stretched) gets what is left
    assert header.length() <= table.viewport().width()
    # cause, customer, contract and description: a dozen characters each at least
    for column in range(3, last + 1):
        assert table.columnWidth(column) >= 12 * char, (column, table.columnWidth(column))


def test_the_contract_pages_incidents_tab_shows_a_time_with_its_offset_whole(qtbot, repos):  # noqa: ANN001
    sodvin = contract_id(repos, "sodvin")
    _add_incidents_in_the_repeated_hour(repos, sodvin)
    page = ContractPage(repos)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.load(sodvin)
    page.show()
    table = page.tables["incidents"]
    assert table.model().rowCount(QModelIndex()) == 2
    assert _cut_off(table, [0, 1]) == []


def test_the_english_samples_hold_the_repeated_hours_offset_too():
    make_app("en")
    assert "Sun 25.10.2026 02:59 (+01:00)" in week_of_dates(with_time=True)
    assert all("(" not in text for text in week_of_dates())
