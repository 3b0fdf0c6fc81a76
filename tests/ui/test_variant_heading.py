"""The variant form's folding title counts the terms the variant sets differently.

A user met "Variantens vilkår: 0 ulike malen" on a new variant (Avtalemaler, Ctrl+N): the
numerus text read badly for none. None now reads "som malen" / "the same as the
template"; one and more as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.application import make_app
from app.ui.forms.variant_form import VariantForm

TITLES = {
    "nb": (
        "Variantens vilkår: som malen",
        "Variantens vilkår: 1 ulik malen",
        "Variantens vilkår: 2 ulike malen",
    ),
    "en": (
        "Terms of the variant: the same as the template",
        "Terms of the variant: 1 different from the template",
        "Terms of the variant: 2 different from the template",
    ),
}


@pytest.mark.parametrize("language", ["nb", "en"])
def test_none_one_and_two_terms_of_the_variant(qtbot, repos, language):  # noqa: ANN001
    make_app(language)
    form = VariantForm(repos)
    qtbot.addWidget(form)
    form.set_defaults(base="sodvin")
    form.show()
    editor = form.terms_editor
    none, one, two = TITLES[language]
    assert editor.toggle.text() == none
    terms = ["saturday_is_working_day", "extend_to_working_day"]
    for name, title in zip(terms, [one, two], strict=True):
        check = editor.rows[name].check
        check.setFocus()
        qtbot.keyClick(check, Qt.Key.Key_Space)  # ticked: the variant's own value
        assert check.isChecked()
        assert editor.toggle.text() == title
    qtbot.keyClick(editor.rows["extend_to_working_day"].check, Qt.Key.Key_Space)
    qtbot.keyClick(editor.rows["saturday_is_working_day"].check, Qt.Key.Key_Space)
    assert editor.toggle.text() == none  # both unticked again
