"""The contract page's "Oppsigelse og sletting" tab shows the columns of the clauses the
contract's template has: with all eight it needed a scrollbar at 1300 px, and a column
of a clause the template lacks read "–" on every row."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.ui.pages.contract import ContractPage


def shown_headers(page: ContractPage) -> list[str]:
    table = page.tables["terminations"]
    model = table.model()
    return [
        model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(model.columnCount())
        if not table.isColumnHidden(c)
    ]


def test_each_template_shows_its_own_termination_columns(qtbot, repos):  # noqa: ANN001
    page = ContractPage(repos, today=date(2026, 12, 2))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    by_template = {c.template: c for c in repos.contracts.all()}

    page.load(by_template["office_center"].id)  # OC 5.4: deletion notice and deletion
    office = shown_headers(page)
    assert "Slettevarsel senest" in office and "Sletting senest" in office
    assert not any("Sodvin" in h for h in office)

    page.load(by_template["sodvin"].id)  # Sodvin 5.3 transfer, 5.4 extension; no deletion
    sodvin = shown_headers(page)
    assert "Forlengelse bes om innen (Sodvin 5.4)" in sodvin
    assert "Overført (Sodvin 5.3)" in sodvin
    assert "Slettevarsel senest" not in sodvin and "Sletting senest" not in sodvin

    for headers in (office, sodvin):
        assert headers[:3] == ["Mottatt", "Fra", "Tjenesten avsluttes"] and headers[-1] == "Brev"
