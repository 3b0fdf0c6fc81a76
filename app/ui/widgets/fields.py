"""Field editors with one interface (``value()``, ``set_value()``, ``changed``) and a panel
that lays them out with the validation message under each field.

Editors hand over what the user typed; the pydantic model decides whether it is valid,
and ``FieldPanel.show_problems`` puts each message at its field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FieldProblem
from app.domain.periods import OSLO

from ..fmt import fmt_decimal, parse_decimal, qdate
from ..i18n import field_label, lang
from .date_edit import DateEdit, HolidayCalendar, OptionalDateEdit


class TextField(QLineEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.textChanged.connect(lambda _t: self.changed.emit())

    def value(self) -> str:
        return self.text()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class NoteField(QPlainTextEdit):
    """Several lines of text; Tab moves on to the next field."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.textChanged.connect(self.changed.emit)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))


class DecimalField(TextField):
    """A number or amount as typed ("1 234,50" is fine); empty is ``None`` when optional."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional

    def value(self) -> str | None:
        text = parse_decimal(self.text())
        if not text and self.optional:
            return None
        return text

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            self.setText("")
            return
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            self.setText(str(value))
            return
        places = max(0, -number.normalize().as_tuple().exponent)
        text = fmt_decimal(number, min(places, 4))
        self.setText(text.replace("\u00a0", "").replace(",", "") if lang() == "en" else text)


class IntField(QSpinBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, low: int = 0, high: int = 1_000_000):
        super().__init__(parent)
        self.setRange(low, high)
        self.setAccelerated(True)
        self.valueChanged.connect(lambda _v: self.changed.emit())

    def value(self) -> int:  # type: ignore[override]
        return super().value()

    def set_value(self, value: Any) -> None:
        self.setValue(int(value or 0))


class BoolField(QCheckBox):
    changed = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(lambda _v: self.changed.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class ChoiceField(QComboBox):
    """A fixed list of ``(value, label)`` choices."""

    changed = Signal()

    def __init__(
        self, choices: Iterable[tuple[Any, str]] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # long labels must not widen the form beyond its column: elide instead
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.set_choices(choices)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_choices(self, choices: Iterable[tuple[Any, str]]) -> None:
        current = self.value() if self.count() else None
        self.blockSignals(True)
        self.clear()
        for value, label in choices:
            self.addItem(label, value)
        if current is not None:
            self.set_value(current)
        self.blockSignals(False)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        for i in range(self.count()):
            if self.itemData(i) == value:
                self.setCurrentIndex(i)
                return


class DateField(DateEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dateChanged.connect(lambda _d: self.changed.emit())


class OptionalDateField(OptionalDateEdit):
    pass


class DateTimeField(QDateTimeEdit):
    """A local (Oslo) time, typed ``dd.MM.yyyy HH:mm``, with the holiday calendar."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.setCalendarPopup(True)
        self.setCalendarWidget(HolidayCalendar(self))
        now = QDateTime.currentDateTime()
        self.setDateTime(QDateTime(now.date(), QTime(now.time().hour(), 0)))
        self.dateTimeChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> datetime:
        d, t = self.date(), self.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def set_value(self, value: datetime) -> None:
        local = value.astimezone(OSLO) if value.tzinfo else value
        self.setDateTime(QDateTime(qdate(local.date()), QTime(local.hour, local.minute)))


class OptionalDateTimeField(QWidget):
    """A time that may be left out (an incident still going on has no end)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit = DateTimeField(self)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._toggled)
        self.edit.changed.connect(self.changed.emit)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on:
            self.edit.setFocus()
        self.changed.emit()

    def value(self) -> datetime | None:
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, value: datetime | None) -> None:
        if value is not None:
            self.edit.set_value(value)
        self.check.setChecked(value is not None)


class DateListField(TextField):
    """Dates separated by commas ("24.12.2026, 31.12.2026")."""

    def value(self) -> list[str]:
        out = []
        for part in self.text().split(","):
            part = part.strip()
            if not part:
                continue
            bits = part.split(".")
            if len(bits) == 3 and all(b.isdigit() for b in bits):
                part = f"{bits[2]:0>4}-{bits[1]:0>2}-{bits[0]:0>2}"
            out.append(part)
        return out

    def set_value(self, value: Any) -> None:
        days: Sequence[date] = value or ()
        self.setText(", ".join(d.strftime("%d.%m.%Y") for d in days))


class ErrorLabel(QLabel):
    """The message under a field; empty and hidden when the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e;")
        self.hide()

    def set_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FieldPanel(QWidget):
    """Labelled editors in a form layout, each with its message below it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.labels: dict[str, QLabel] = {}

    def add(self, name: str, editor: QWidget, *, label: str | None = None, hint: str = "") -> Any:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        if hint:
            note = QLabel(hint, box)
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(placeholder-text);")
            column.addWidget(note)
        error = ErrorLabel(box)
        column.addWidget(error)
        text = label if label is not None else field_label(name)
        caption = QLabel(text + ":" if text else "", self)
        caption.setBuddy(editor)
        self.layout_.addRow(caption, box)
        self.editors[name] = editor
        self.errors[name] = error
        self.labels[name] = caption
        editor.setObjectName(name)
        editor.changed.connect(self.changed.emit)  # type: ignore[attr-defined]
        return editor

    def data(self) -> dict[str, Any]:
        return {name: editor.value() for name, editor in self.editors.items()}  # type: ignore[attr-defined]

    def set_data(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            if name in self.editors:
                editor = self.editors[name]
                editor.blockSignals(True)
                editor.set_value(value)  # type: ignore[attr-defined]
                editor.blockSignals(False)
        self.changed.emit()

    def show_problems(self, problems: Iterable[FieldProblem]) -> list[FieldProblem]:
        """Put each message at its field; return the problems that have no field here."""
        messages: dict[str, list[str]] = {}
        elsewhere: list[FieldProblem] = []
        for problem in problems:
            top = problem.field.split(".")[0]
            if top in self.editors:
                messages.setdefault(top, []).append(problem.message(lang()))
            else:
                elsewhere.append(problem)
        for name, label in self.errors.items():
            label.set_message("\n".join(messages.get(name, [])))
        return elsewhere

    def message(self, name: str) -> str:
        return self.errors[name].text()
