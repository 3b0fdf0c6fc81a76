"""The termination form follows its contract's template and judges what it records.

Found in the audit of 03.12.2026: a deletion notice recorded too late got no verdict,
and a Sodvin contract's form showed Office Center's deletion fields and hint."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.domain.records import Termination
from app.ui.forms.termination_form import TerminationForm

from .conftest import contract_id

Key, Mod = Qt.Key, Qt.KeyboardModifier


def retype(qtbot, widget, text: str) -> None:  # noqa: ANN001
    widget.setFocus()
    qtbot.keyClick(widget, Key.Key_A, Mod.ControlModifier)
    qtbot.keyClicks(widget, text)


def stored_form(qtbot, repos, record: Termination) -> TerminationForm:  # noqa: ANN001
    form = TerminationForm(repos)
    qtbot.addWidget(form)
    form.set_value(repos.terminations.add(record))
    form.show()
    return form


def tyristrand(repos) -> Termination:  # noqa: ANN001
    """As the demo's Tyristrand termination: the service ended Sat 07.11.2026, so the data
    goes by Mon 07.12.2026 (OC 5.3) and its notice by Mon 30.11.2026 (OC 5.4)."""
    return Termination(
        contract_id=contract_id(repos, "office_center"),
        received=date(2026, 8, 7),
        from_contact="Kari Nilsen",
        effective_end=date(2026, 11, 7),
        copy_ordered_on=date(2026, 8, 17),
    )


def test_a_late_deletion_notice_recorded_gets_a_verdict(qtbot, repos):  # noqa: ANN001
    form = stored_form(qtbot, repos, tyristrand(repos))
    retype(qtbot, form.fields.editors["notice_sent_on"], "03.12.2026")
    retype(qtbot, form.fields.editors["deleted_on"], "07.12.2026")
    verdict = form.deletion_view.status
    assert verdict.isVisibleTo(form)
    assert "30.11.2026" in verdict.text() and "bare 2 virkedager" in verdict.text()
    assert "OC 5.4" in verdict.text()
    # and under the fields, where it is typed (a question: the record can still be saved)
    assert "bare 2 virkedager" in form.warnings.text() and form.warnings.isVisibleTo(form)
    assert form.is_valid()
    # sent on the limit: in time, and said so
    retype(qtbot, form.fields.editors["notice_sent_on"], "30.11.2026")
    assert "i tide" in verdict.text() and "5 virkedager" in verdict.text()
    assert "virkedager" not in form.warnings.text()


OC_ONLY = ("planned_deletion", "copy_ordered_on", "notice_sent_on", "deleted_on")


def new_form(qtbot, repos, template: str) -> TerminationForm:  # noqa: ANN001
    form = TerminationForm(repos)
    qtbot.addWidget(form)
    form.set_defaults(contract_id=contract_id(repos, template))
    form.show()
    return form


def hint(form, name: str) -> str:  # noqa: ANN001
    label = form.fields.hints[name]
    return label.text() if label.isVisibleTo(form) else ""


def test_a_sodvin_termination_shows_no_office_center_fields_or_hints(qtbot, repos):  # noqa: ANN001
    form = new_form(qtbot, repos, "sodvin")
    # Sodvin 5.3 transfers the data: no deletion, notice or copy dates (OC 5.3–5.6)
    assert [name for name in OC_ONLY if form.fields.shown(name)] == []
    assert "OC" not in hint(form, "from_contact")
    assert not form.deletion_view.isVisibleTo(form)
    oc = new_form(qtbot, repos, "office_center")
    assert all(oc.fields.shown(name) for name in OC_ONLY)
    assert hint(oc, "from_contact").startswith("OC 5.4")
    assert oc.deletion_view.isVisibleTo(oc)


def test_a_stored_deletion_date_on_a_sodvin_contract_is_shown_and_kept(qtbot, repos):  # noqa: ANN001
    record = Termination(
        contract_id=contract_id(repos, "sodvin"),
        received=date(2026, 3, 31),
        from_contact="Ingrid Haugen",
        deleted_on=date(2026, 5, 4),
    )
    form = stored_form(qtbot, repos, record)
    assert form.fields.shown("deleted_on")  # a value is never hidden
    assert not form.fields.shown("planned_deletion")
    retype(qtbot, form.fields.editors["note"], "Overført")
    assert form.value().deleted_on == date(2026, 5, 4)
