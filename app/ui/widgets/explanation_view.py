"""A calculator's answer: its values, the steps that explain them, the notes (warnings and
the reading chosen), and a button that copies the explanation for an e-mail."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.results import Result
from app.domain.terms import TEMPLATE_NAMES

from ..fmt import fmt_value, kind_of_field
from ..i18n import field_label, lang, pick


class ResultView(QFrame):
    """Shows a ``Result`` (or why there is none yet)."""

    copied = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, fields: Sequence[str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resultView")
        self.fields = list(fields) if fields is not None else None
        self.result: Result | None = None
        self.heading = QLabel(self.tr("Result"), self)
        self.heading.setObjectName("sectionHeading")
        self.values = QFormLayout()
        self.values.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.values.setHorizontalSpacing(16)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("resultStatus")
        self.steps_heading = QLabel(self.tr("How it was computed"), self)
        self.steps_heading.setObjectName("subHeading")
        self.steps = QLabel(self)
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel(self)
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.copy_button = QPushButton(self.tr("&Copy explanation"), self)
        self.copy_button.setToolTip(self.tr("Copy the steps and notes, ready for an e-mail"))
        self.copy_button.clicked.connect(self.copy)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.values)
        layout.addWidget(self.status)
        layout.addSpacing(6)
        layout.addWidget(self.steps_heading)
        layout.addWidget(self.steps)
        layout.addWidget(self.notes)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.show_nothing(self.tr("Fill in the fields to see the result."))

    def _clear_values(self) -> None:
        while self.values.rowCount():
            self.values.removeRow(0)

    def show_result(self, result: Result, *, verdict: str = "", good: bool | None = None) -> None:
        self.result = result
        self._clear_values()
        data = dict(result)
        names = self.fields if self.fields is not None else list(result.values())
        for name in names:
            if name not in data:
                continue
            kind = kind_of_field(type(result), name)
            value = data[name]
            if value is None or isinstance(value, (list, tuple, dict)):
                continue
            if isinstance(value, str) and value in TEMPLATE_NAMES:
                value = pick(TEMPLATE_NAMES[value])
            label = QLabel(field_label(name) + ":")
            text = QLabel(fmt_value(value, kind))
            text.setObjectName(f"value_{name}")
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = text.font()
            font.setBold(True)
            text.setFont(font)
            self.values.addRow(label, text)
        self.set_status(verdict, good)
        lng = lang()
        items = "".join(f"<li>{html.escape(s.text(lng))}</li>" for s in result.steps)
        self.steps.setText(f"<ol style='margin-left:0'>{items}</ol>")
        self.steps_heading.setVisible(bool(result.steps))
        self.steps.setVisible(bool(result.steps))
        if result.notes:
            notes = "".join(f"<li>{html.escape(s.text(lng))}</li>" for s in result.notes)
            title = html.escape(self.tr("Notes and readings"))
            self.notes.setText(f"<b>{title}</b><ul>{notes}</ul>")
            self.notes.show()
        else:
            self.notes.hide()
        self.copy_button.setEnabled(True)

    def set_status(self, text: str, good: bool | None = None) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        color = {True: "#1b6e3a", False: "#b3261e", None: "palette(text)"}[good]
        self.status.setStyleSheet(f"color: {color}; font-weight: 600;")

    def show_nothing(self, why: str) -> None:
        """No result: say why (missing or invalid input) instead."""
        self.result = None
        self._clear_values()
        self.set_status(why, None)
        self.status.setStyleSheet("color: palette(placeholder-text);")
        self.steps_heading.hide()
        self.steps.hide()
        self.notes.hide()
        self.copy_button.setEnabled(False)

    def explanation(self) -> str:
        return self.result.explanation(lang()) if self.result else ""

    def copy(self) -> None:
        text = self.explanation()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.copied.emit(text)

    def value_text(self, name: str) -> str:
        """The shown text of one value (for tests and screen readers)."""
        label = self.findChild(QLabel, f"value_{name}")
        return label.text() if label else ""
