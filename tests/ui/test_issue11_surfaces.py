"""Issue 11's examples on the program's own surfaces: the complaints list, the contract
page's tabs and the termination form give the domain's one answer (the reports and the
calculators are in ``tests/reports/test_issue11_examples.py``)."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.records import Channel, Complaint, Termination
from app.ui.forms.termination_form import TerminationForm
from app.ui.pages.contract import ContractPage
from app.ui.pages.records import ComplaintsPage

from .conftest import TODAY, contract_id


def cells(model, row: int) -> list[str]:  # noqa: ANN001
    return [model.index(row, column).data() or "" for column in range(model.columnCount())]


def add_hidden_defect_92_days_after_discovery(repos) -> None:  # noqa: ANN001
    """An Office Center complaint by the 12 months, but 92 days after the defect was
    found: in time, and not "straks"."""
    discovered = date(2026, 4, 1)
    repos.complaints.add(
        Complaint(
            contract_id=contract_id(repos, "office_center"),
            delivered=date(2026, 3, 2),
            discovered=discovered,
            complained=discovered + timedelta(days=92),
            channel=Channel.EMAIL,
            nature="Sikkerhetskopi manglet",
            extent="Alle brukere",
        )
    )


def complaints_list(qtbot, repos, *, rows: int) -> ComplaintsPage:  # noqa: ANN001
    """The complaints page, filled in with its ``rows`` complaints."""
    listing = ComplaintsPage(repos, today=TODAY)
    qtbot.addWidget(listing)
    listing.refresh()
    qtbot.waitUntil(lambda: listing.model.rowCount() == rows)
    return listing


def contract_page(qtbot, repos, template: str) -> ContractPage:  # noqa: ANN001
    page = ContractPage(repos, today=TODAY)
    qtbot.addWidget(page)
    page.load(contract_id(repos, template))
    return page


def test_an_oral_complaint_is_not_in_writing_in_the_list_and_on_the_contract_page(
    qtbot,  # noqa: ANN001
    repos,  # noqa: ANN001
):
    oc = contract_id(repos, "office_center")
    repos.complaints.add(
        Complaint(
            contract_id=oc,
            delivered=date(2026, 3, 2),
            complained=date(2026, 3, 5),
            channel=Channel.ORAL,
            nature="Fillageret mangler",
            extent="Alle brukere",
        )
    )
    listing = complaints_list(qtbot, repos, rows=1)
    row = " | ".join(cells(listing.model, 0))
    assert "ikke skriftlig" in row and "OC 8.3" in row
    assert "I tide" not in row and "i tide" not in row
    page = contract_page(qtbot, repos, "office_center")
    verdict = " | ".join(cells(page.complaints_model, 0))
    assert "ikke skriftlig" in verdict and "i tide" not in verdict


def test_a_hidden_defect_long_after_discovery_is_not_plainly_timely_in_the_list(qtbot, repos):  # noqa: ANN001
    add_hidden_defect_92_days_after_discovery(repos)
    listing = complaints_list(qtbot, repos, rows=1)
    row = " | ".join(cells(listing.model, 0))
    assert "straks" in row and "92 dager" in row
    assert "I tide" not in row.split(" | ")


def test_in_time_but_not_straks_is_amber_and_late_is_red(qtbot, repos):  # noqa: ANN001
    """RULES reading 2: "straks" is a warning, never a verdict. The list, the complaint
    form and the calculator showed a complaint by the limits but after the guideline in
    red, like a late one; now it is amber (``tones.Tone.WARNING``), a late one red."""
    from PySide6.QtCore import Qt

    from app.ui.tones import Tone

    add_hidden_defect_92_days_after_discovery(repos)  # by 12 months, not "straks"
    oc = contract_id(repos, "office_center")
    repos.complaints.add(
        Complaint(
            contract_id=oc,
            delivered=date(2026, 3, 2),
            complained=date(2026, 3, 30),  # a visible defect after 14 days: late
            channel=Channel.EMAIL,
            nature="Feil i oppsett",
            extent="Alle brukere",
        )
    )
    listing = complaints_list(qtbot, repos, rows=2)
    tones = {}
    for row in range(2):
        nature = listing.model.record_at(row).nature
        tones[nature] = listing.model.index(row, 4).data(Qt.ItemDataRole.ForegroundRole)
    assert tones["Sikkerhetskopi manglet"] == Tone.WARNING.colour
    assert tones["Feil i oppsett"] == Tone.BAD.colour

    row = next(i for i in range(2) if listing.model.record_at(i).nature == "Sikkerhetskopi manglet")
    listing.edit_row(row)
    status = listing.last_dialog.form.result_view.status
    assert "straks" in status.text()
    assert Tone.WARNING.value in status.styleSheet() and Tone.BAD.value not in status.styleSheet()
    listing.last_dialog.reject()


def test_a_termination_without_a_recorded_end_on_the_contract_page(qtbot, repos):  # noqa: ANN001
    """OC 12.1: received 01.04.2027, no end recorded -> ends 01.07.2027, deletion notice
    by 26.07.2027 and latest deletion 31.07.2027 (the same as the overview and letters)."""
    oc = contract_id(repos, "office_center")
    repos.terminations.add(
        Termination(contract_id=oc, received=date(2027, 4, 1), from_contact="Kari")
    )
    page = contract_page(qtbot, repos, "office_center")
    row = cells(page.terminations_model, 0)
    assert row[2] == "tor. 01.07.2027"
    assert row[3] == "man. 26.07.2027"
    assert row[4] == "lør. 31.07.2027"


def test_a_sodvin_contract_without_ordinary_start_says_why_on_page_and_form(qtbot, repos):  # noqa: ANN001
    sodvin = contract_id(repos, "sodvin")
    contract = repos.contracts.get(sodvin)
    repos.contracts.update(contract.model_copy(update={"ordinary_start": None}))
    stored = repos.terminations.add(
        Termination(contract_id=sodvin, received=date(2026, 9, 1), from_contact="Kari")
    )
    page = contract_page(qtbot, repos, "sodvin")
    ends = cells(page.terminations_model, 0)[2]
    assert "ukjent" in ends.casefold() and "ordinær drift" in ends
    assert "05.01.2026" not in ends  # never the signing date
    form = TerminationForm(repos)
    qtbot.addWidget(form)
    form.set_value(stored)
    text = form.end_view.status.text()
    assert "ordinær drift" in text and "05.01.2026" not in text
    assert form.end_view.result is None  # no date shown: no fallback to another date
