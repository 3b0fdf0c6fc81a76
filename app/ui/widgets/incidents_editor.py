"""A short list of incidents typed in by hand (start, end, cause), for the calculators."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import clock
from app.domain.errors import FieldProblem
from app.domain.terms import Cause

from ..forms.choices import cause_choices
from .fields import ChoiceField, DateTimeField, ErrorLabel, problem_text


class IncidentRow:
    def __init__(self, start: datetime, end: datetime, cause: Cause) -> None:
        self.start = DateTimeField()
        self.start.set_value(start)
        self.end = DateTimeField()
        self.end.set_value(end)
        self.cause = ChoiceField(cause_choices())
        self.cause.setToolTip(QCoreApplication.translate("IncidentsEditor", "Cause"))
        self.cause.set_value(cause)
        self.remove = QPushButton("✕")
        self.remove.setFixedWidth(32)
        self.error = ErrorLabel()

    def value(self) -> dict[str, Any]:
        return {
            "start": self.start.value().isoformat(),
            "end": self.end.value().isoformat(),
            "cause": str(self.cause.value()),
        }

    def widgets(self) -> list[QWidget]:
        return [self.start, self.end, self.cause, self.remove, self.error]


class IncidentsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[IncidentRow] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        for column, text in enumerate((self.tr("Start"), self.tr("End"))):
            label = QLabel(text)
            label.setObjectName("subHeading")
            self.grid.addWidget(label, 0, column)
        self.add_button = QPushButton(self.tr("&Add incident"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.empty = QLabel(self.tr("No incidents: full availability."))
        self.empty.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addWidget(self.add_button)

    def add_row(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        cause: Cause = Cause.SUPPLIER,
    ) -> IncidentRow:
        if start is None:
            previous = self.rows[-1].end.value() if self.rows else clock.wall_now()
            start = previous.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        row = IncidentRow(start, end or start + timedelta(hours=2), cause)
        self.rows.append(row)
        self._layout_rows()
        for editor in (row.start, row.end, row.cause):
            editor.changed.connect(self.changed.emit)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        row.remove.setToolTip(self.tr("Remove this incident"))
        row.start.setFocus()
        self.changed.emit()
        return row

    def remove_row(self, row: IncidentRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            widget.deleteLater()
        self._layout_rows()
        self.changed.emit()

    def _layout_rows(self) -> None:
        for i, row in enumerate(self.rows):
            base = 1 + 3 * i  # start, end, remove; then the cause; then any message
            self.grid.addWidget(row.start, base, 0)
            self.grid.addWidget(row.end, base, 1)
            self.grid.addWidget(row.remove, base, 2)
            self.grid.addWidget(row.cause, base + 1, 0, 1, 2)
            self.grid.addWidget(row.error, base + 2, 0, 1, 3)
        self.empty.setVisible(not self.rows)
        previous: QWidget | None = None
        for row in self.rows:
            for widget in (row.start, row.end, row.cause, row.remove):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        if previous is not None:
            QWidget.setTabOrder(previous, self.add_button)

    def value(self) -> list[dict[str, Any]]:
        return [row.value() for row in self.rows]

    def show_problems(self, problems: list[FieldProblem]) -> list[FieldProblem]:
        """Messages for ``incidents.N.field`` at row N; the others are returned."""
        per_row: dict[int, list[str]] = {}
        rest = []
        for problem in problems:
            parts = problem.field.split(".")
            if parts[0] == "incidents" and len(parts) > 1 and parts[1].isdigit():
                per_row.setdefault(int(parts[1]), []).append(problem_text(problem))
            else:
                rest.append(problem)
        for i, row in enumerate(self.rows):
            row.error.set_message("\n".join(per_row.get(i, [])))
        return rest
