"""The question a form asks about a time in October's repeated hour (RULES reading 10).

On the last Sunday of October the clocks go back from 03:00 to 02:00, so 02:30 happens
twice: first in summer time (+02:00), then in winter time (+01:00). A time typed in
that hour is not a value until the user says which; this choice, under the field, asks
(the field's message says why) and gives the field its answer (``DateTimeEdit.set_fold``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QWidget

from app.domain.periods import WallTime, wall_time

from .date_edit import DateTimeEdit


class RepeatedHourChoice(QWidget):
    """Summer or winter time, shown while the field's time is in the repeated hour."""

    def __init__(self, editor: DateTimeEdit) -> None:
        super().__init__(editor.parentWidget())
        self.editor = editor
        self.setObjectName(f"{editor.objectName() or 'time'}_repeated_hour")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("Which one?"), self)
        self.summer = QRadioButton(self.tr("summer time (+02:00, the first)"), self)
        self.winter = QRadioButton(self.tr("winter time (+01:00, the second)"), self)
        self.group = QButtonGroup(self)
        layout.addWidget(self.caption)
        for fold, button in ((0, self.summer), (1, self.winter)):
            self.group.addButton(button, fold)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(editor.set_fold)
        editor.changed.connect(self.refresh)
        # under the field, in the field's own column of the form
        column = editor.parentWidget().layout()
        column.insertWidget(column.indexOf(editor) + 1, self)
        # and in the Tab order right after the field, as it is on the screen: created after
        # the form's fields, it came last, after Beskrivelse (audit 03.12.2026).
        # setTabOrder(a, b) puts b after a and keeps what followed a after b.
        QWidget.setTabOrder(editor, self.summer)
        QWidget.setTabOrder(self.summer, self.winter)
        self.refresh()

    def refresh(self) -> None:
        value = self.editor._value  # the wall time as typed (value() is aware once chosen)
        repeated = value is not None and wall_time(value) is WallTime.REPEATED
        self.setVisible(repeated)
        self.group.setExclusive(False)
        self.summer.setChecked(repeated and self.editor.fold == 0)
        self.winter.setChecked(repeated and self.editor.fold == 1)
        self.group.setExclusive(True)
