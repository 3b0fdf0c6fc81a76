"""The reminders due, as a banner on the overview: where the desktop has no tray (some
Linux desktops, and offscreen) this is where they come to the user.

A heading ("3 frister å følge opp i dag"), the first few reminders each with what it is
and "Åpne", "Sett" and "Utsett …", and "… og N til" below them (the list under the banner
shows their state). The first time it says why the reminders are here rather than as
notifications.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.domain import reminders as rm
from app.domain.explain import render

from ..fmt import fmt_date
from ..i18n import lang
from ..tones import Tone

#: Reminders listed in the banner; the others are counted.
SHOWN = 4


class ReminderBanner(QFrame):
    def __init__(
        self,
        *,
        open_: Callable[[rm.Reminder], Any],
        seen: Callable[[rm.Reminder], Any],
        snooze: Callable[[rm.Reminder], Any],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#reminderBanner { background: #fff4d6; border: 1px solid #e0b44a; border-radius: 4px; }"
            " #reminderBanner QLabel { background: transparent; }"
        )
        self.actions_ = (open_, seen, snooze)
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionHeading")
        self.why = QLabel(
            self.tr("This desktop has no notification area, so the reminders are shown here."),
            self,
        )
        self.why.setObjectName("hint")
        self.why.setWordWrap(True)
        self.why.hide()
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(10)
        self.rows.setVerticalSpacing(4)
        self.rows.setColumnStretch(1, 1)
        self.more = QLabel(self)
        self.more.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.why)
        layout.addLayout(self.rows)
        layout.addWidget(self.more)
        self.buttons: list[tuple[QPushButton, QPushButton, QPushButton]] = []
        self.hide()

    def say_why(self, show: bool) -> None:
        self.why.setVisible(show)

    def show_reminders(self, due: Sequence[rm.Reminder], today: date) -> None:
        """The reminders due (not seen or snoozed); hidden when there are none."""
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = []
        if not due:
            self.hide()
            return
        overdue = sum(1 for r in due if r.deadline.date < today)
        if len(due) == 1:
            title = self.tr("1 deadline to follow up today")
        else:
            title = self.tr("%1 deadlines to follow up today").replace("%1", str(len(due)))
        if overdue:
            title += " " + self.tr("(%1 overdue)").replace("%1", str(overdue))
        self.heading.setText(title)
        open_, seen, snooze = self.actions_
        for row, reminder in enumerate(due[:SHOWN]):
            d = reminder.deadline
            when = QLabel(f"{fmt_date(d.date)} · {render(reminder.when(today), lang())}", self)
            if d.date < today:
                when.setStyleSheet(f"color: {Tone.BAD.value};")
            what = QLabel(
                f"<b>{rm.kind_text(d, lang())}</b> – {d.customer or d.contract_label(lang())}",
                self,
            )
            what.setTextFormat(Qt.TextFormat.RichText)
            what.setWordWrap(True)  # never cut off: a narrow window makes the row taller
            what.setToolTip(d.text(lang()))  # what to do, in full
            buttons = (
                QPushButton(self.tr("Open"), self),
                QPushButton(self.tr("Seen"), self),
                QPushButton(self.tr("Snooze …"), self),
            )
            buttons[0].setToolTip(self.tr("Open the record of the deadline"))
            buttons[1].setToolTip(
                self.tr("No more reminders of it (an action comes back on its day until done)")
            )
            for button, action in zip(buttons, (open_, seen, snooze), strict=True):
                button.clicked.connect(lambda _c=False, a=action, r=reminder: a(r))
            self.rows.addWidget(when, row, 0)
            self.rows.addWidget(what, row, 1)
            for column, button in enumerate(buttons, start=2):
                self.rows.addWidget(button, row, column)
            self.buttons.append(buttons)
        rest = len(due) - SHOWN
        self.more.setText(
            self.tr("… and %1 more in the list below").replace("%1", str(rest)) if rest > 0 else ""
        )
        self.more.setVisible(rest > 0)
        self.show()
