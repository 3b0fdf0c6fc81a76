"""A side of the sync conflict dialog is chosen by a click anywhere on it, its value's
text included (the text can also be selected, to copy it)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QWidget

from app.ui.dialogs.conflict_dialog import Choice


def test_a_click_on_a_values_text_chooses_it(qtbot):  # noqa: ANN001
    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    held = Choice("office", "KONTOR-PC, 02.12.2026 kl. 10:00", "Ringt kunden", window)
    other = Choice("laptop", "BÆRBAR-PC, 02.12.2026 kl. 10:05", "Sendt tekniker", window)
    group = QButtonGroup(window)
    for side in (held, other):
        layout.addWidget(side)
        group.addButton(side.radio)
    held.radio.setChecked(True)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(other.value, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert other.radio.isChecked() and not held.radio.isChecked()
    qtbot.mouseClick(held.when, Qt.MouseButton.LeftButton)  # the frame's other parts too
    assert held.radio.isChecked()
    # the value can still be selected with the mouse (to copy it)
    assert other.value.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
