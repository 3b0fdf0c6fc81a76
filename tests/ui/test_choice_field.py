"""A choice too long for its field is shown elided with "…", the whole of it as the
field's tooltip: Qt cut it off mid-letter ("Sodvin – Azure Tjenesteavt" on the
calculators page)."""

from __future__ import annotations

from app.ui.widgets.fields import ChoiceField

LONG = "Sodvin – Azure Tjenesteavtale"


def _shown(qtbot, field, width: int) -> None:  # noqa: ANN001
    qtbot.addWidget(field)
    field.setFixedWidth(width)
    field.show()
    qtbot.waitExposed(field)
    field.grab()  # painted


def test_a_label_wider_than_its_field_is_elided_with_its_whole_text_as_tooltip(qtbot):  # noqa: ANN001
    narrow = ChoiceField([("sodvin", LONG), ("oc", "Office Center")])
    _shown(qtbot, narrow, 120)
    assert narrow.toolTip() == LONG
    narrow.set_value("oc")  # a short one: no tooltip needed
    narrow.grab()
    assert narrow.toolTip() == ""
    wide = ChoiceField([("sodvin", LONG)])
    _shown(qtbot, wide, 400)
    assert wide.toolTip() == ""
    own = ChoiceField([("sodvin", LONG)])
    own.setToolTip("Malen avtalen følger")  # a tooltip of its own stays
    _shown(qtbot, own, 120)
    assert own.toolTip() == "Malen avtalen følger"


def test_it_is_painted_as_qt_paints_a_combo_box(qtbot):  # noqa: ANN001
    """Where nothing needs eliding, the field looks exactly like Qt's own combo box: the
    chosen label, and the placeholder in its colour when nothing is chosen."""
    from PySide6.QtWidgets import QComboBox

    for placeholder in ("", "Velg kunde …"):
        ours = ChoiceField([("a", "Hole Bygg og Anlegg AS")], placeholder=placeholder)
        qts = QComboBox()
        qts.addItem("Hole Bygg og Anlegg AS", "a")
        if placeholder:
            qts.setPlaceholderText(placeholder)
            qts.setCurrentIndex(-1)
        for field in (ours, qts):
            qtbot.addWidget(field)
            field.setFixedSize(300, 28)
            field.show()
            qtbot.waitExposed(field)
        assert ours.grab().toImage() == qts.grab().toImage(), placeholder or "a choice"
