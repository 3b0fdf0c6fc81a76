"""An incident stored before the end-after-start check compared instants: 02:15 winter
time → 02:45 summer time on 25.10.2026 (the audit saved one; it ends 30 minutes before it
starts). A newer, stricter rule must not make the lists that hold it unreadable: the row
is read, shown with its negative duration, the quarter says in bokmål why it cannot be
computed, and the form refuses to save it until it is corrected."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from app.domain.periods import OSLO
from app.domain.records import Incident
from app.ui.pages.contract import ContractPage
from app.ui.pages.incidents import IncidentsPage

from .conftest import contract_id
from .test_dst_forms import type_into

DAY = date(2026, 12, 3)


def oslo(hour: int, minute: int) -> datetime:
    return datetime(2026, 10, 25, hour, minute, tzinfo=UTC).astimezone(OSLO)


def store_as_the_old_check_let_it(repos) -> int:  # noqa: ANN001
    """Saved as valid (02:15–02:45 summer time), then given the folds the old form saved."""
    sodvin = contract_id(repos, "sodvin")
    saved = repos.incidents.add(
        Incident(
            contract_id=sodvin,
            start=oslo(0, 15),
            end=oslo(0, 45),
            cause="supplier",
            description="Lagret før rettelsen",
        )
    )
    repos.database.db.conn.execute(
        'UPDATE incidents SET start = ?, start_utc = ?, "end" = ?, end_utc = ? WHERE id = ?',
        [
            "2026-10-25T02:15:00+01:00",
            "2026-10-25T01:15:00+00:00",
            "2026-10-25T02:45:00+02:00",
            "2026-10-25T00:45:00+00:00",
            saved.id,
        ],
    )
    return saved.id


def test_the_row_is_read_and_its_duration_is_negative(qtbot, repos):  # noqa: ANN001
    record_id = store_as_the_old_check_let_it(repos)
    stored = repos.incidents.get(record_id)
    assert stored.start.utcoffset().total_seconds() == 3600  # winter time, as stored
    page = IncidentsPage(repos)
    qtbot.addWidget(page)
    model = page.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert model.rowCount() == 1
    assert model.index(0, header.index("Varighet")).data() == "−0:30"


def test_the_quarter_says_why_in_bokmaal(qtbot, repos):  # noqa: ANN001
    store_as_the_old_check_let_it(repos)
    page = ContractPage(repos, today=DAY)
    qtbot.addWidget(page)
    page.load(contract_id(repos, "sodvin"))
    text = page.quarter.text()
    assert text.startswith("Dette kvartalet: ikke beregnet (incidents.")
    assert text.endswith(".end: må være etter start)"), text


def test_its_form_refuses_it_until_corrected(qtbot, repos):  # noqa: ANN001
    store_as_the_old_check_let_it(repos)
    page = IncidentsPage(repos)
    qtbot.addWidget(page)
    dialog = page.edit_row(0)
    form = dialog.form
    assert form.message("end") == "må være etter start"
    assert not dialog.save_button.isEnabled()
    type_into(qtbot, form.fields.editors["end"], "25.10.2026 03:15")  # after the hour
    assert form.message("end") == ""
    assert dialog.save_button.isEnabled()
