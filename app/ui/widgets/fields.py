"""Field editors with one interface (``value()``, ``set_value()``, ``changed``) and a panel
that lays them out with the validation message under each field.

Editors hand over what the user typed; the pydantic model decides whether it is valid,
and ``FieldPanel.show_problems`` puts each message at its field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FieldProblem
from app.domain.explain import group_separator

from ..fmt import fmt_decimal
from ..i18n import field_label, lang
from ..tones import Tone
from .date_edit import DateEdit, DateTimeEdit, OptionalDateEdit
from .elided_label import whole_as_tooltip
from .parsing import InputProblem, parse_amount, parse_date


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
    """A number or amount as typed ("12 500,50", "kr 12 500"); empty is ``None``.

    ``problem()`` says why the text is not a number (an exponent, too many digits);
    an empty field is "required" unless ``optional``. A ``money`` field shows a stored
    amount with two decimals (12 500,50). ``zero_is_unset``: for the contract's amounts,
    where the domain reads 0 as "not recorded" (Sodvin 7.6 caps say so in their
    explanation) and the table stores 0 for it, a stored 0 is shown as the empty field
    it was entered as, with "not given" in grey, instead of a "0" nobody typed."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        money: bool = False,
        zero_is_unset: bool = False,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.money = money
        self.zero_is_unset = zero_is_unset
        if zero_is_unset:
            self.setPlaceholderText(self.tr("not given"))

    def value(self) -> Decimal | None:
        try:
            return parse_amount(self.text())
        except InputProblem:
            return None

    def problem(self) -> str:
        try:
            value = parse_amount(self.text())
        except InputProblem as exc:
            return str(exc)
        if value is None and not self.optional:
            return self.tr("is required")
        return ""

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            self.setText("")
            return
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            self.setText(str(value))
            return
        if self.zero_is_unset and number == 0:
            self.setText("")
            return
        places = 2 if self.money else min(max(0, -number.normalize().as_tuple().exponent), 4)
        text = fmt_decimal(number, places)
        if group_separator(lang()) == ",":  # the English one would read as a decimal mark
            text = text.replace(",", "")
        self.setText(text)


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
    """A fixed list of ``(value, label)`` choices; with a ``placeholder`` it starts with
    none chosen (``value()`` None: the model says the field is missing).

    Typing the first letters of a choice selects it (as in any combo box)."""

    changed = Signal()

    def __init__(
        self,
        choices: Iterable[tuple[Any, str]] = (),
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
    ) -> None:
        super().__init__(parent)
        # long labels must not widen the form beyond its column: elided (paintEvent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self._elided_tip = ""  # the tooltip paintEvent set (the whole label), if any
        self.placeholder = placeholder
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.set_choices(choices)
        if placeholder:
            self.setCurrentIndex(-1)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Qt's ``QComboBox::paintEvent``, with the label elided ("…") when it is wider
        than the field: Qt cut it off mid-letter ("Sodvin – Azure Tjenesteavt" on the
        calculators page). The whole label is the tooltip then."""
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        if self.currentIndex() < 0 and self.placeholderText():
            option.palette.setBrush(QPalette.ColorRole.ButtonText, option.palette.placeholderText())
            option.currentText = self.placeholderText()
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        whole = option.currentText
        option.currentText = self.fontMetrics().elidedText(
            whole, Qt.TextElideMode.ElideRight, room.width()
        )
        self._elided_tip = whole_as_tooltip(self, whole, option.currentText, self._elided_tip)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

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
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> None:
        for i in range(self.count()):
            if self.itemData(i) == value:
                self.setCurrentIndex(i)
                return
        if value is None and self.placeholder:
            self.setCurrentIndex(-1)


class DateField(DateEdit):
    """A date that must be given."""


class OptionalDateField(OptionalDateEdit):
    """A date that may be left empty."""


class DateTimeField(DateTimeEdit):
    """A local (Oslo) time, typed ``dd.mm.åååå tt:mm``, with the holiday calendar."""


class OptionalDateTimeField(DateTimeEdit):
    """A time that may be left out (an incident still going on has no end)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, optional=True)


class DateListField(TextField):
    """Dates separated by commas ("24.12.2026, 31.12.2026"), each read as a date field
    reads one (``parsing.parse_date``); ``problem()`` names the first that is not."""

    def _parts(self) -> list[str]:
        return [part.strip() for part in self.text().split(",") if part.strip()]

    def value(self) -> list[date]:
        out = []
        for part in self._parts():
            try:
                day = parse_date(part)
            except InputProblem:
                continue
            if day is not None:
                out.append(day)
        return out

    def problem(self) -> str:
        for part in self._parts():
            try:
                parse_date(part)
            except InputProblem as exc:
                return str(exc)
        return ""

    def set_value(self, value: Any) -> None:
        days: Sequence[date] = value or ()
        self.setText(", ".join(d.strftime("%d.%m.%Y") for d in days))


def problem_text(problem: FieldProblem) -> str:
    """A problem's message in the UI language, naming any other field by its label
    ("kan ikke være før Signert", not "… før signed")."""
    other = problem.values.get("other")
    if isinstance(other, str) and other:
        problem = FieldProblem(
            problem.field, problem.code, {**problem.values, "other": field_label(other)}
        )
    return problem.message(lang())


class ErrorLabel(QLabel):
    """The message under a field. Its line is kept even while empty (``reserve``), so
    the fields below do not jump down as the user types a message into being."""

    def __init__(self, parent: QWidget | None = None, *, reserve: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {Tone.BAD.value};")
        self.reserve = reserve
        if reserve:
            self.setMinimumHeight(self.fontMetrics().lineSpacing())
        else:
            self.hide()

    def set_message(self, text: str) -> None:
        self.setText(text)
        if not self.reserve:
            self.setVisible(bool(text))


class FieldPanel(QWidget):
    """Labelled editors in a form layout, each with its message below it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setVerticalSpacing(2)  # each field keeps a line for its message
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}

    def add(self, name: str, editor: QWidget, *, label: str | None = None, hint: str = "") -> Any:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(editor)
        # every field has its hint line (hidden while empty): a form may word it by the
        # contract's template (``set_hint``)
        note = QLabel(hint, box)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        note.setVisible(bool(hint))
        column.addWidget(note)
        error = ErrorLabel(box, reserve=True)
        column.addWidget(error)
        text = label if label is not None else field_label(name)
        caption = QLabel(text + ":" if text else "", self)
        caption.setBuddy(editor)
        self.layout_.addRow(caption, box)
        self.editors[name] = editor
        self.errors[name] = error
        self.labels[name] = caption
        self.hints[name] = note
        editor.setObjectName(name)
        editor.changed.connect(self.changed.emit)  # type: ignore[attr-defined]
        return editor

    def set_shown(self, name: str, on: bool) -> None:
        """Show or hide a field with its label (a hidden field keeps its value)."""
        self.layout_.setRowVisible(self.labels[name], on)

    def captions(self) -> list[QWidget]:
        """What says each field's name, in order: its label, or for a check box without
        one the box itself (for the Alt letters, ``mnemonics.give_mnemonics``)."""
        found: list[QWidget] = []
        for name, label in self.labels.items():
            editor = self.editors[name]
            if label.text():
                found.append(label)
            elif isinstance(editor, QCheckBox) and editor.text():
                found.append(editor)
        return found

    def set_hint(self, name: str, text: str) -> None:
        """The grey line under a field ('' hides it)."""
        self.hints[name].setText(text)
        self.hints[name].setVisible(bool(text))

    def holds_value(self, name: str) -> bool:
        """Whether the field shows anything (a date, a text, a check): a row that does is
        never hidden, so no stored value is out of sight."""
        editor = self.editors[name]
        text = getattr(editor, "text", None)
        if isinstance(editor, QLineEdit) and callable(text):
            return bool(text())
        return editor.value() not in (None, "", False)  # type: ignore[attr-defined]

    def shown(self, name: str) -> bool:
        return self.labels[name].isVisibleTo(self)

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

    def input_problems(self) -> dict[str, str]:
        """Fields whose text is not a value (``problem()`` of date and amount editors)."""
        found: dict[str, str] = {}
        for name, editor in self.editors.items():
            check = getattr(editor, "problem", None)
            text = check() if check is not None else ""
            if text:
                found[name] = text
        return found

    def show_problems(self, problems: Iterable[FieldProblem]) -> list[FieldProblem]:
        """Put each message at its field; return the problems that have no field here.

        A field whose text is not a value shows why (its own ``problem()``) instead of
        what the model says about the value it could not get."""
        messages: dict[str, list[str]] = {}
        elsewhere: list[FieldProblem] = []
        typed = self.input_problems()
        for problem in problems:
            top = problem.field.split(".")[0]
            if top in typed:
                continue
            if top in self.editors:
                messages.setdefault(top, []).append(problem_text(problem))
            else:
                elsewhere.append(problem)
        for name, text in typed.items():
            messages[name] = [text]
        for name, label in self.errors.items():
            label.set_message("\n".join(messages.get(name, [])))
        return elsewhere

    def message(self, name: str) -> str:
        return self.errors[name].text()
