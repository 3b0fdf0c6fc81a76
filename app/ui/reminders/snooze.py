"""Snoozing a reminder until a day the user types (tomorrow unless they say otherwise)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain import reminders as rm

from ..fmt import fmt_date
from ..i18n import lang
from ..tones import Tone
from ..widgets.fields import DateField


class SnoozeDialog(QDialog):
    """Asks until when; ``until()`` is the day (after ``today``) once accepted."""

    def __init__(self, reminder: rm.Reminder, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reminder, self.today = reminder, today
        self.setWindowTitle(self.tr("Snooze reminder"))
        d = reminder.deadline
        deadline = self.tr("Deadline %1").replace("%1", fmt_date(d.date))
        about = QLabel(
            f"<b>{rm.kind_text(d, lang())}</b><br/>{d.customer or d.contract_label(lang())}"
            f"<br/>{deadline}",
            self,
        )
        about.setWordWrap(True)
        self.date = DateField(self)
        self.date.setObjectName("snoozeUntil")
        self.date.set_value(today + timedelta(days=1))
        self.message = QLabel(self)
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Until:"), self.date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.date.changed.connect(self._check)
        self._check()
        self.setMinimumWidth(440)

    def until(self) -> date | None:
        value = self.date.value()
        return value if isinstance(value, date) and value > self.today else None

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        until = self.until()
        ok.setEnabled(until is not None)
        d = self.reminder.deadline
        self.message.setVisible(True)
        # a day that cannot be taken is said as a problem (it read "En dag etter i dag."
        # in grey, with OK greyed out and no word of what was wrong)
        style = f"color: {Tone.BAD.value};" if until is None else ""
        if style != self.message.styleSheet():  # (setting it re-polishes: not per key)
            self.message.setStyleSheet(style)
        if until is None:
            self.message.setText(
                self.tr("Choose a day after today (%1).").replace("%1", fmt_date(self.today))
            )
        elif self.reminder.action and self.today < d.date < until:
            # domain.reminders: an action deadline comes back on its day, snoozed or not
            self.message.setText(
                self.tr("It comes back on its day, %1, until it is done.").replace(
                    "%1", fmt_date(d.date)
                )
            )
        else:
            self.message.setText("")
            self.message.setVisible(False)
