"""Sodvin 5.4 on the program's surfaces: after the supplier's termination the customer has
a week to ask for a temporary extension. The termination form, the contract page and the
overview show the one answer of ``termination.extension_request`` (the ``calc
sodvin_extension`` calculator's function); Office Center has no such right."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.domain.kinds import Kind
from app.reports.deadlines_report import deadline_list
from app.ui.pages.contract import ContractPage

from .conftest import TODAY, contract_id
from .test_dst_forms import type_into


def new_termination(qtbot, repos, template: str):  # noqa: ANN001, ANN201
    page = ContractPage(repos, today=TODAY)
    qtbot.addWidget(page)
    page.load(contract_id(repos, template))
    page.show_tab("terminations")
    dialog = page.new_record()
    return page, dialog, dialog.form


def test_the_supplier_terminates_and_every_surface_shows_the_customers_week(qtbot, repos):  # noqa: ANN001
    page, dialog, form = new_termination(qtbot, repos, "sodvin")
    type_into(qtbot, form.fields.editors["received"], "19.05.2026")
    type_into(qtbot, form.fields.editors["from_contact"], "Ingrid Haugen")
    view = form.extension_view
    assert not view.isHidden()
    assert view.result is None and "leverandøren" in view.status.text().casefold()
    supplier = form.fields.editors["by_supplier"]
    supplier.setFocus()
    qtbot.keyClick(supplier, Qt.Key.Key_Space)  # "Leverandøren sa opp"
    assert supplier.value() is True
    assert view.value_text("request_by") == "tir. 26.05.2026"  # 19.05 + 7 days
    assert "Sodvin 5.4" in " ".join(view.result.explanation("nb").splitlines())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (stored,) = repos.terminations.for_contract(page.contract.id)
    assert stored.by_supplier

    header = [
        page.terminations_model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(page.terminations_model.columnCount())
    ]
    column = header.index("Forlengelse bes om innen (Sodvin 5.4)")
    assert page.terminations_model.index(0, column).data() == "tir. 26.05.2026"

    listed = [
        d for d in deadline_list(repos, today=TODAY).deadlines if d.kind is Kind.EXTENSION_REQUEST
    ]
    assert [(d.date, d.record) for d in listed] == [
        (date(2026, 5, 26), f"terminations:{stored.id}")
    ]
    assert "7 dager" in listed[0].kind_label("nb") and "Sodvin 5.4" in listed[0].text("nb")


def test_office_center_has_no_extension_right(qtbot, repos):  # noqa: ANN001
    page, dialog, form = new_termination(qtbot, repos, "office_center")
    type_into(qtbot, form.fields.editors["received"], "19.05.2026")
    type_into(qtbot, form.fields.editors["from_contact"], "Ingrid Haugen")
    supplier = form.fields.editors["by_supplier"]
    supplier.setFocus()
    qtbot.keyClick(supplier, Qt.Key.Key_Space)
    assert form.extension_view.isHidden()
