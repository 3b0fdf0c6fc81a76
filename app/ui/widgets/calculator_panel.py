"""One calculator from the registry: its input fields on the left, the live answer on the right.

The form is built from the calculator's input model; every change validates and runs
the calculator again. Messages appear at the field they concern.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain import calculators, templates
from app.domain.errors import DomainError, FieldProblem, problems
from app.domain.results import Result
from app.domain.terms import template_terms

from ..i18n import calculator_title, field_label, say
from ..tones import Tone
from .explanation_view import ResultView
from .fields import BoolField, ChoiceField, FieldPanel, problem_text
from .model_editors import editor_for

#: A verdict line for a result: (text, good: True/False or a ``tones.Tone``) or None.
Verdict = Callable[[Result], tuple[str, bool | Tone | None] | None]


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class CalculatorPanel(QWidget):
    """Inputs and live result of one registered calculator."""

    computed = Signal(object)  # Result or None

    def __init__(
        self,
        name: str,
        parent: QWidget | None = None,
        *,
        initial: dict[str, Any] | None = None,
        verdict: Verdict | None = None,
        description: str = "",
        today: Any = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.calculator = calculators.get(name)
        self.verdict = verdict
        self.today = today  # what an input left out means by "today" (the domain has no clock)
        self.fields = FieldPanel()
        model = self.calculator.input_model
        # the contract template (or variant) whose terms the calculator takes (RULES 10)
        self.terms = ChoiceField([(key, say(label)) for key, label in templates.choices()])
        self.terms.set_value(model.default_template)
        self.fields.add("terms", self.terms)
        for field_name, info in model.model_fields.items():
            editor = editor_for(field_name, info, self.fields) if field_name != "terms" else None
            if editor is not None:
                label = "" if isinstance(editor, BoolField) else None
                self.fields.add(field_name, editor, label=label)
        self._fill_from_terms()
        self.terms.changed.connect(self._fill_from_terms)
        if initial:
            self.fields.set_data(initial)
        title = QLabel(calculator_title(name))
        title.setObjectName("pageHeading")
        inputs = QWidget()
        column = QVBoxLayout(inputs)
        column.addWidget(title)
        if description:
            about = QLabel(description)
            about.setWordWrap(True)
            about.setObjectName("hint")
            column.addWidget(about)
        column.addWidget(self.fields)
        column.addStretch(1)
        self.result_view = ResultView()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        left = scrolled(inputs)
        left.setMinimumWidth(360)
        layout.addWidget(left, 4)
        layout.addWidget(scrolled(self.result_view), 6)
        self.fields.changed.connect(self.recompute)
        self.recompute()

    def _fill_from_terms(self) -> None:
        """The inputs that stand for a term start from the chosen template's value."""
        terms = template_terms(self.terms.value())
        editors = self.fields.editors
        for name, term in self.calculator.input_model.from_terms.items():
            if name in editors and getattr(terms, term) is not None:
                editors[name].set_value(getattr(terms, term))  # type: ignore[attr-defined]

    def data(self) -> dict[str, Any]:
        return {k: v for k, v in self.fields.data().items() if v is not None and v != ""}

    def recompute(self) -> Result | None:
        if self.fields.input_problems():  # a field's text is not a value: nothing to compute
            self._problems([])
            return None
        try:
            result = self.calculator(self.data(), today=self.today)
        except ValidationError as exc:
            self._problems(problems(exc))
            return None
        except DomainError as exc:
            self._problems([exc.problem])
            return None
        except ArithmeticError:  # decimal.InvalidOperation: a number no calculation can hold
            self._problems(
                [FieldProblem("", "err_invalid", {"detail": self.tr("too large a number")})]
            )
            return None
        self.fields.show_problems([])
        verdict = self.verdict(result) if self.verdict else None
        text, good = verdict if verdict else ("", None)
        self.result_view.show_result(result, verdict=text, good=good)
        self.computed.emit(result)
        return result

    def _problems(self, found: list[FieldProblem]) -> None:
        rest = self.fields.show_problems(found)
        lines = [(f"{field_label(p.field)}: " if p.field else "") + problem_text(p) for p in rest]
        self.result_view.show_nothing(
            "\n".join(lines) or self.tr("Correct the marked fields to see the result.")
        )
        self.computed.emit(None)
