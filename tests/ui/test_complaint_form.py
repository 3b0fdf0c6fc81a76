"""The complaint form follows its contract's template (audit of 03.12.2026): a Sodvin
contract's form showed Office Center's hints (OC 8.1, OC 8.3), where RULES 2 says the
discovery date is recorded and the days since it shown (Sodvin 7.1)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.ui.pages.records import ComplaintsPage

from .conftest import TODAY, contract_id

Key, Mod = Qt.Key, Qt.KeyboardModifier


def retype(qtbot, widget, text: str) -> None:  # noqa: ANN001
    widget.setFocus()
    qtbot.keyClick(widget, Key.Key_A, Mod.ControlModifier)
    qtbot.keyClicks(widget, text)


def new_complaint(qtbot, repos, template: str):  # noqa: ANN001, ANN201
    page = ComplaintsPage(repos, today=TODAY)
    qtbot.addWidget(page)
    dialog = page.new_record(contract_id(repos, template))
    dialog.show()
    return dialog.form


def hint(form, name: str) -> str:  # noqa: ANN001
    label = form.fields.hints[name]
    return label.text() if label.isVisibleTo(form) else ""


def test_a_sodvin_complaint_asks_for_the_discovery_not_office_center_s_limits(qtbot, repos):  # noqa: ANN001
    form = new_complaint(qtbot, repos, "sodvin")
    texts = [hint(form, name) for name in ("discovered", "nature", "extent")]
    assert not any("OC" in text for text in texts), texts
    assert "Sodvin 7.1" in hint(form, "discovered")
    retype(qtbot, form.fields.editors["delivered"], "02.03.2026")
    retype(qtbot, form.fields.editors["complained"], "20.03.2026")
    retype(qtbot, form.fields.editors["nature"], "Fillageret mangler")
    retype(qtbot, form.fields.editors["extent"], "Alle brukere")
    assert form.is_valid()
    # without a discovery date the days since it cannot be shown: asked, not refused
    assert "Oppdaget" in form.warnings.text() and form.warnings.isVisibleTo(form)
    retype(qtbot, form.fields.editors["discovered"], "16.03.2026")
    assert "Oppdaget" not in form.warnings.text()
    assert form.result_view.value_text("days_since_discovery") == "4"


def test_an_office_center_complaint_keeps_its_clauses(qtbot, repos):  # noqa: ANN001
    form = new_complaint(qtbot, repos, "office_center")
    assert hint(form, "discovered").endswith("(OC 8.1)")
    assert hint(form, "nature").startswith("OC 8.3") and hint(form, "extent").startswith("OC 8.3")
    assert form.fields.editors["delivered"].value() == date(2026, 3, 2)
