"""A calculator's answer: its values, the steps that explain them, the notes (warnings and
the reading chosen), and a button that copies the explanation for an e-mail."""

from __future__ import annotations

import html
from collections.abc import Sequence
from enum import Enum

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

from app.domain import templates
from app.domain.results import Result

from ..fmt import fmt_value, kind_of_field
from ..i18n import field_label, lang, say
from ..tones import Tone


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
        # Value rows are made once and reused: each recompute (every keystroke) only
        # changes texts and hides rows it does not need, instead of building widgets.
        self._rows: list[tuple[QLabel, QLabel]] = []
        self._row_texts: list[tuple[str, str, str]] = []  # (name, label, value) per row
        self._shown_rows = 0
        self._by_name: dict[str, QLabel] = {}
        self._status_style = ""
        self._steps_html: str | None = None
        self._notes_html: str | None = None

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
        self._set_values([])

    def _new_row(self) -> tuple[QLabel, QLabel]:
        label = QLabel(self)
        text = QLabel(self)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = text.font()
        font.setBold(True)
        text.setFont(font)
        # a long value (a verdict in words) wraps in the pane, not widens it past its edge
        text.setWordWrap(True)
        self.values.addRow(label, text)
        self._rows.append((label, text))
        self._row_texts.append(("", "", ""))
        return label, text

    def _set_values(self, rows: list[tuple[str, str, str]]) -> None:
        """Show ``(name, label, value)`` rows, reusing the row widgets already made."""
        while len(self._rows) < len(rows):
            self._new_row()
        # Visibility first: showing a widget lays out its window at once (Qt activates
        # every ancestor layout); with the old texts their size hints are still cached.
        # The new texts are laid out once, in the layout pass Qt posts after them.
        for index in range(self._shown_rows, len(rows)):
            self.values.setRowVisible(index, True)
        for index in range(len(rows), self._shown_rows):
            self.values.setRowVisible(index, False)
            if self._row_texts[index][0]:
                # a hidden row is not a shown value (value_text, findChild)
                self._rows[index][1].setObjectName("")
                self._row_texts[index] = ("", *self._row_texts[index][1:])
        self._shown_rows = len(rows)
        by_name: dict[str, QLabel] = {}
        for index, wanted in enumerate(rows):
            label, text = self._rows[index]
            name, label_text, value_text = wanted
            shown = self._row_texts[index]
            if shown != wanted:
                if shown[0] != name:
                    text.setObjectName(f"value_{name}")
                if shown[1] != label_text:
                    label.setText(label_text)
                if shown[2] != value_text:
                    text.setText(value_text)
                self._row_texts[index] = wanted
            by_name.setdefault(name, text)
        self._by_name = by_name

    def show_result(
        self, result: Result, *, verdict: str = "", good: bool | Tone | None = None
    ) -> None:
        self.result = result
        data = dict(result)
        names = self.fields if self.fields is not None else list(result.values())
        rows: list[tuple[str, str, str]] = []
        for name in names:
            if name not in data:
                continue
            value = data[name]
            if value is None or isinstance(value, (list, tuple, dict)):
                continue
            kind = kind_of_field(type(result), name)
            if templates.known(value):
                value = say(templates.name_of(value))
            elif isinstance(value, Enum):
                # a domain code ("timely") is shown as the domain words it: the result's
                # own step for it (``verdict`` → ``verdict_step``), never the code
                worded = data.get(f"{name}_step")
                if worded is None:
                    continue
                value = say(worded)
                value = value[:1].upper() + value[1:]
            rows.append((name, field_label(name) + ":", fmt_value(value, kind)))
        lng = lang()
        items = "".join(f"<li>{html.escape(s.text(lng))}</li>" for s in result.steps)
        notes = ""
        if result.notes:
            items_n = "".join(f"<li>{html.escape(s.text(lng))}</li>" for s in result.notes)
            title = html.escape(self.tr("Notes and readings"))
            notes = f"<b>{title}</b><ul>{items_n}</ul>"
        # shown and hidden before the texts change (see _set_values)
        self.status.setVisible(bool(verdict))
        self.steps_heading.setVisible(bool(result.steps))
        self.steps.setVisible(bool(result.steps))
        self.notes.setVisible(bool(notes))
        self._set_values(rows)
        self.set_status(verdict, good)
        self._set_steps(f"<ol style='margin-left:0'>{items}</ol>")
        if notes:
            self._set_notes(notes)
        self.copy_button.setEnabled(True)

    def _set_steps(self, text: str) -> None:
        if text != self._steps_html:
            self.steps.setText(text)
            self._steps_html = text

    def _set_notes(self, text: str) -> None:
        if text != self._notes_html:
            self.notes.setText(text)
            self._notes_html = text

    def _set_status_style(self, style: str) -> None:
        # setStyleSheet re-polishes the label: only when the style really changes
        if style != self._status_style:
            self.status.setStyleSheet(style)
            self._status_style = style

    def set_status(self, text: str, good: bool | Tone | None = None) -> None:
        """The verdict line, in its tone's colour (``tones.Tone``; True/False: good/bad)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        tone = Tone.of(good)
        color = "palette(text)" if tone is None else tone.value
        self._set_status_style(f"color: {color}; font-weight: 600;")

    def show_nothing(self, why: str) -> None:
        """No result: say why (missing or invalid input) instead."""
        self.result = None
        self._clear_values()
        self.status.setText(why)
        self.status.setVisible(bool(why))
        self._set_status_style("color: palette(placeholder-text);")
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
        label = self._by_name.get(name)
        return label.text() if label else ""
