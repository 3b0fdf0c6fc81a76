"""A contract's overrides of its template's terms: tick a term to give it the contract's own
value; unticked terms show (and use) the template default.

``value()`` is the overrides dict as the ``Contract`` model stores it (JSON values);
the domain (``terms_for``) validates it, and its messages come back per term through
``show_problems``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import templates
from app.domain.causes import Cause, cause_phrase
from app.domain.errors import DomainError, FieldProblem
from app.domain.terms import Terms, template_terms, terms_for

from ..i18n import field_label, say
from .fields import BoolField, ErrorLabel, TextField, problem_text
from .model_editors import editor_for

#: Terms a contract may override, in the order of the Terms model.
TERM_FIELDS = [name for name in Terms.model_fields if name not in ("template", "variant")]


class CausesField(QWidget):
    """The causes that count as downtime: one check box per cause."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.boxes: dict[Cause, QCheckBox] = {}
        for cause in Cause:
            box = QCheckBox(say(cause_phrase(cause)), self)
            box.toggled.connect(lambda _on: self.changed.emit())
            layout.addWidget(box)
            self.boxes[cause] = box
        self.setFocusProxy(next(iter(self.boxes.values())))

    def value(self) -> list[str]:
        return sorted(str(c) for c, box in self.boxes.items() if box.isChecked())

    def set_value(self, value: Any) -> None:
        chosen = {Cause(v) for v in (value or ())}
        for cause, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(cause in chosen)
            box.blockSignals(False)


class DaysOfYearField(TextField):
    """Days closed every year, ``MM-DD`` separated by commas ("12-24, 12-31")."""

    def value(self) -> list[str]:  # type: ignore[override]
        return [part.strip() for part in self.text().split(",") if part.strip()]

    def set_value(self, value: Any) -> None:
        self.setText(", ".join(value or ()))


def _editor(name: str, parent: QWidget) -> QWidget:
    if name == "counting_causes":
        return CausesField(parent)
    if name == "annual_closed_days":
        return DaysOfYearField(parent, placeholder="12-24, 12-31")
    editor = editor_for(name, Terms.model_fields[name], parent)
    if editor is None:  # a new kind of term: typed as text, validated by the domain
        editor = TextField(parent)
    if isinstance(editor, BoolField):
        editor.setText(QCoreApplication.translate("TermsEditor", "Yes"))
    return editor


def _shown(value: Any) -> str:
    """A term's value as the hint beside it ("template: 10")."""
    from ..fmt import fmt_value

    if isinstance(value, frozenset):
        return ", ".join(sorted(say(cause_phrase(c)) for c in value)) or "–"
    if isinstance(value, tuple):
        return ", ".join(fmt_value(v) for v in value) or "–"
    return fmt_value(value)


def _json(value: Any) -> Any:
    """An editor's value as the JSON the Contract stores (dates ISO, decimals as text)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple, frozenset, set)):
        return [_json(v) for v in value]
    return value


class TermRow:
    def __init__(self, name: str, parent: QWidget) -> None:
        self.name = name
        self.check = QCheckBox(field_label(name), parent)
        self.check.setObjectName(f"override_{name}")  # its tooltip: TermsEditor.set_template
        self.editor = _editor(name, parent)
        self.editor.setObjectName(f"term_{name}")
        self.editor.setEnabled(False)
        self.default = QLabel(parent)
        self.default.setObjectName("hint")
        self.default.setWordWrap(True)
        self.default.setMaximumWidth(190)
        # the example format only while the field is in use (greyed, it reads like a value)
        self.placeholder = getattr(self.editor, "placeholderText", lambda: "")()
        if self.placeholder:
            self.editor.setPlaceholderText("")  # type: ignore[attr-defined]
        self.error = ErrorLabel(parent)

    def set_visible(self, on: bool) -> None:
        for widget in (self.check, self.editor, self.default):
            widget.setVisible(on)
        self.error.setVisible(on and bool(self.error.text()))


class TermsEditor(QWidget):
    """Every term of the template with a tick box to override it; folds away when not needed."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        heading: Callable[[int], str] | None = None,
        of_variant: bool = False,
    ) -> None:
        super().__init__(parent)
        self.of_variant = of_variant  # editing a variant's terms, not a contract's
        # the folding title, given how many terms are ticked (a variant's form says
        # "Terms of the variant", a contract's "Contract terms")
        self.heading = heading or self._contract_heading
        self.variant_name = ""  # the variant the defaults come from, if any
        self.template = "sodvin"
        self.base: Terms = template_terms(self.template)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("termsToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.set_expanded)
        self.body = QWidget(self)
        grid = QGridLayout(self.body)
        grid.setContentsMargins(18, 4, 0, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.rows: dict[str, TermRow] = {}
        for index, name in enumerate(TERM_FIELDS):
            row = TermRow(name, self.body)
            line = 2 * index
            align = Qt.AlignmentFlag.AlignTop
            grid.addWidget(row.check, line, 0, align)
            grid.addWidget(row.editor, line, 1, align)
            grid.addWidget(row.default, line, 2, align)
            grid.addWidget(row.error, line + 1, 1, 1, 2)
            row.check.toggled.connect(lambda on, r=row: self._ticked(r, on))
            row.editor.changed.connect(self._edited)  # type: ignore[attr-defined]
            self.rows[name] = row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.toggle)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.body)
        self._loading = False
        self.set_template("sodvin")
        self.set_expanded(False)

    # --- state -------------------------------------------------------------------------

    def set_expanded(self, on: bool) -> None:
        self.toggle.blockSignals(True)
        self.toggle.setChecked(on)
        self.toggle.blockSignals(False)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)

    def _contract_heading(self, n: int) -> str:
        """The folding title: none read "0 avviker fra malen", so none says it in words
        (as the variant form's title, ``VariantForm._terms_heading``)."""
        if self.variant_name:
            name = f"«{self.variant_name}»"
            if n == 0:
                return self.tr("Contract terms: the same as the variant %1").replace("%1", name)
            return self.tr("Contract terms: %n different from the variant %1", "", n).replace(
                "%1", name
            )
        if n == 0:
            return self.tr("Contract terms: the same as the template")
        return self.tr("Contract terms: %n different from the template", "", n)

    def _update_title(self) -> None:
        n = sum(1 for row in self.rows.values() if row.check.isChecked())
        self.toggle.setText(self.heading(n))

    def set_template(self, template: str) -> None:
        """Show the defaults of ``template``; unticked terms take them."""
        self.template = template
        self.base = template_terms(template)
        self._loading = True
        rules = self.base.rules
        try:  # a contract on a user's variant: the defaults are the variant's numbers
            variant = templates.resolve(template).variant
        except DomainError:
            variant = None
        self.variant_name = "" if variant is None else variant.name
        tip = self.tr("The default of the variant “%1”").replace("%1", self.variant_name)
        if self.of_variant:
            tick = self.tr("Tick to give this variant its own value instead of the template's")
        elif variant is not None:
            tick = self.tr(
                "Tick to give this contract its own value instead of the default of the variant “%1”"
            ).replace("%1", self.variant_name)
        else:
            tick = self.tr("Tick to give this contract its own value instead of the template's")
        for name, row in self.rows.items():
            row.check.setToolTip(tick)
            default = getattr(self.base, name)
            if variant is None:
                row.default.setText(self.tr("template: %1").replace("%1", _shown(default)))
                row.default.setToolTip("")
            else:
                row.default.setText(self.tr("variant: %1").replace("%1", _shown(default)))
                row.default.setToolTip(tip)
            # only the terms the template uses (and any the contract has set anyway)
            row.set_visible(rules.uses(name) or row.check.isChecked())
            if not row.check.isChecked() and default is not None:
                row.editor.set_value(default)  # type: ignore[attr-defined]
        self._loading = False
        self._update_title()

    def set_overrides(self, template: str, overrides: dict[str, Any]) -> None:
        """Tick the overridden terms and show the contract's values."""
        self._loading = True
        for row in self.rows.values():
            row.check.setChecked(False)
        try:
            typed = terms_for(template, overrides)
        except Exception:  # invalid stored overrides: show them as they are
            typed = None
        for name, raw in overrides.items():
            row = self.rows.get(name)
            if row is None:
                continue
            row.check.setChecked(True)
            row.editor.set_value(getattr(typed, name) if typed is not None else raw)  # type: ignore[attr-defined]
        self._loading = False
        self.set_template(template)
        if overrides:
            self.set_expanded(True)

    def value(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, row in self.rows.items():
            if row.check.isChecked():
                value = row.editor.value()  # type: ignore[attr-defined]
                if value is None or value == "":
                    value = getattr(self.base, name)
                out[name] = _json(value)
        return out

    def focus_term(self, name: str) -> None:
        """Unfold and put the focus on one term (opened from the contract's Terms tab)."""
        self.set_expanded(True)
        row = self.rows.get(name)
        if row is not None:
            row.check.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problems(self, problems: list[FieldProblem]) -> list[FieldProblem]:
        """Messages for ``overrides.NAME`` at their term; the others are returned."""
        per_term: dict[str, list[str]] = {}
        rest = []
        for problem in problems:
            parts = problem.field.split(".")
            if parts[0] == "overrides" and len(parts) > 1 and parts[1] in self.rows:
                per_term.setdefault(parts[1], []).append(problem_text(problem))
            else:
                rest.append(problem)
        for name, row in self.rows.items():
            row.error.set_message("\n".join(per_term.get(name, [])))
        if per_term:
            self.set_expanded(True)
        return rest

    # --- signals -------------------------------------------------------------------------

    def _ticked(self, row: TermRow, on: bool) -> None:
        row.editor.setEnabled(on)
        if row.placeholder:
            row.editor.setPlaceholderText(row.placeholder if on else "")  # type: ignore[attr-defined]
        if not on:
            row.editor.set_value(getattr(self.base, row.name))  # type: ignore[attr-defined]
            row.error.set_message("")
        elif not self._loading:
            row.editor.setFocus(Qt.FocusReason.TabFocusReason)
        self._update_title()
        if not self._loading:
            self.changed.emit()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()
