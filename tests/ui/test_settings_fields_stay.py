"""The settings dialog's fields stay where they are when the sender's error line appears.

The audit (03.12.2026): typing a bad org. number, e-mail or phone showed the error line
below the sender's fields; the dialog did not grow, the fields moved up by about 36 px,
and a click meant for «E-post» landed in «Telefon».
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from app.ui.settings import Settings
from app.ui.settings_dialog import SettingsDialog


def positions(dialog: SettingsDialog) -> dict[str, int]:
    return {
        name: edit.mapTo(dialog, QPoint(0, 0)).y() for name, edit in dialog.sender_edits.items()
    }


def test_no_field_moves_when_the_error_line_shows_and_goes(qtbot):  # noqa: ANN001
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = positions(dialog)
    height = dialog.height()

    email = dialog.sender_edits["email"]
    email.setFocus()
    qtbot.keyClicks(email, "post(at)firma")
    qtbot.wait(50)  # (the layout settles on the next pass of the event loop)
    assert dialog.sender_error.isVisible() and "e-postadresse" in dialog.sender_error.text()
    assert positions(dialog) == before
    assert dialog.height() == height

    phone = dialog.sender_edits["phone"]
    phone.setFocus()
    qtbot.keyClicks(phone, "abc")  # a second problem: two lines
    qtbot.wait(50)
    assert dialog.sender_error.text().count("\n") == 1
    assert positions(dialog) == before

    for edit in (email, phone):
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.wait(50)
    assert dialog.sender_error.text() == ""
    assert positions(dialog) == before
