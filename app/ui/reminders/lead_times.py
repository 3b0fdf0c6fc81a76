"""Settings → Påminnelser: how long before each kind of deadline its reminder begins.

One row per kind: on or off, how many days, and whether they are working days (the
Norwegian calendar) or calendar days. Saved to the user's ``reminders.json``
(``storage.reminders``), which the ``reminders`` command reads too; only what differs
from the defaults (``domain.reminders.DEFAULT_LEAD_TIMES``) is kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import reminders as rm
from app.domain.kinds import Kind, kind_name

from ..i18n import lang
from ..tones import Tone


class LeadTimesEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadTimes")
        from app.storage.reminders import LeadTimesUnreadable, load_lead_times

        problem = ""
        try:
            stored = load_lead_times()
        except LeadTimesUnreadable as exc:
            stored, problem = {}, exc.text(lang())
        hint = QLabel(
            self.tr(
                "A reminder begins this long before the deadline: a notification once a day "
                "until it is seen (a deadline to act on, until it is done)."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(0, 1)
        self.rows: dict[str, tuple[QCheckBox, QSpinBox, QComboBox]] = {}
        for row, kind in enumerate(Kind):
            lead = rm.lead_time(kind.value, stored)
            check = QCheckBox(kind_name(kind, lang()), self)
            check.setObjectName(f"lead_{kind.value}")
            check.setChecked(lead.enabled)
            days = QSpinBox(self)
            days.setRange(0, rm.MAX_LEAD_DAYS)
            days.setValue(lead.days)
            days.setObjectName(f"lead_days_{kind.value}")
            days.setAccessibleName(kind_name(kind, lang()))
            unit = QComboBox(self)
            unit.addItem(self.tr("days before"), False)
            unit.addItem(self.tr("working days before"), True)
            unit.setCurrentIndex(1 if lead.working else 0)
            check.toggled.connect(days.setEnabled)
            check.toggled.connect(unit.setEnabled)
            days.setEnabled(lead.enabled)
            unit.setEnabled(lead.enabled)
            grid.addWidget(check, row, 0)
            grid.addWidget(days, row, 1)
            grid.addWidget(unit, row, 2)
            self.rows[kind.value] = (check, days, unit)
        self.problem = QLabel(problem, self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {Tone.BAD.value};")
        self.problem.setVisible(bool(problem))
        defaults = QPushButton(self.tr("&Defaults"), self)
        defaults.clicked.connect(lambda _c=False: self.set_values(rm.DEFAULT_LEAD_TIMES))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addLayout(grid)
        row = QHBoxLayout()
        row.addWidget(defaults)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def values(self) -> dict[str, rm.LeadTime]:
        return {
            kind: rm.LeadTime(days.value(), bool(unit.currentData()), check.isChecked())
            for kind, (check, days, unit) in self.rows.items()
        }

    def set_values(self, leads: dict[str, rm.LeadTime]) -> None:
        for kind, (check, days, unit) in self.rows.items():
            lead = rm.lead_time(kind, leads)
            check.setChecked(lead.enabled)
            days.setValue(lead.days)
            unit.setCurrentIndex(1 if lead.working else 0)

    def save(self) -> None:
        from app.storage.reminders import save_lead_times

        save_lead_times(self.values())
        self.problem.hide()
