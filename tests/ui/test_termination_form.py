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
    # sent on the limit: in time, and said so
    retype(qtbot, form.fields.editors["notice_sent_on"], "30.11.2026")
    assert "i tide" in verdict.text() and "5 virkedager" in verdict.text()
