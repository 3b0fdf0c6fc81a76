"""The contract form's folding title counts the terms the contract sets differently.

A user met "Avtalevilkår: 0 avviker fra malen" / "Contract terms: 0 different from the
template" on every new contract: the numerus text read badly for none. None now reads
"som malen" / "the same as the template" (and "som varianten «…»" for a contract on a
variant), as the variant form's title does; one and more as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.records import TemplateVariant
from app.ui.application import make_app
from app.ui.forms.contract_form import ContractForm

TITLES = {
    "nb": (
        "Avtalevilkår: som malen",
        "Avtalevilkår: 1 avviker fra malen",
        "Avtalevilkår: 2 avviker fra malen",
    ),
    "en": (
        "Contract terms: the same as the template",
        "Contract terms: 1 different from the template",
        "Contract terms: 2 different from the template",
    ),
}
OF_VARIANT = {
    "nb": (
        "Avtalevilkår: som varianten «Vestland 2026»",
        "Avtalevilkår: 1 avviker fra varianten «Vestland 2026»",
    ),
    "en": (
        "Contract terms: the same as the variant «Vestland 2026»",
        "Contract terms: 1 different from the variant «Vestland 2026»",
    ),
}
TERMS = ["saturday_is_working_day", "extend_to_working_day"]


def tick(qtbot, editor, name: str) -> None:  # noqa: ANN001
    check = editor.rows[name].check
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)


@pytest.mark.parametrize("language", ["nb", "en"])
def test_none_one_and_two_terms_of_the_contract(qtbot, repos, language):  # noqa: ANN001
    make_app(language)
    form = ContractForm(repos)
    qtbot.addWidget(form)
    form.show()
    editor = form.terms_editor
    none, one, two = TITLES[language]
    assert editor.toggle.text() == none
    for name, title in zip(TERMS, [one, two], strict=True):
        tick(qtbot, editor, name)  # ticked: the contract's own value
        assert editor.rows[name].check.isChecked()
        assert editor.toggle.text() == title
    for name in reversed(TERMS):
        tick(qtbot, editor, name)
    assert editor.toggle.text() == none  # both unticked again


@pytest.mark.parametrize("language", ["nb", "en"])
def test_none_and_one_term_of_a_contract_on_a_variant(qtbot, repos, language):  # noqa: ANN001
    repos.variants.add(
        TemplateVariant(name="Vestland 2026", base="sodvin", defaults={"approval_working_days": 15})
    )
    make_app(language)
    form = ContractForm(repos)
    qtbot.addWidget(form)
    form.show()
    template = form.fields.editors["template"]
    template.setFocus()
    qtbot.keyClicks(template, "Vestland")  # the first letters pick the choice
    assert template.currentText() == "Vestland 2026"
    editor = form.terms_editor
    none, one = OF_VARIANT[language]
    assert editor.toggle.text() == none
    tick(qtbot, editor, TERMS[0])
    assert editor.toggle.text() == one
    tick(qtbot, editor, TERMS[0])
    assert editor.toggle.text() == none
