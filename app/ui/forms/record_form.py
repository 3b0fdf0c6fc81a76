"""What every record form shares: fields, the model's validation at each field, live results.

A form is valid when every field's text is a value (``FieldPanel.input_problems``), the
fields in ``required`` are filled in and its pydantic model accepts the record; each
message goes under the field it concerns. ``value()`` is the validated record,
``set_value(record)`` fills the fields. Subclasses add fields in ``build()`` and show
the domain's answers for a valid record in ``update_results()``; while anything is
invalid every result says "Rett feltene som er merket" instead (never the last valid
answer). Fields ``derived`` from the chosen contract follow it until the user edits them.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import InvalidOperation
from typing import Any, ClassVar

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app import clock
from app.domain.errors import DomainError, FieldProblem, problems
from app.domain.records import Record

from ..fmt import fmt_date
from ..i18n import field_label
from ..tones import Tone
from ..widgets.explanation_view import ResultView
from ..widgets.fields import ErrorLabel, FieldPanel, problem_text
from ..widgets.mnemonics import without_mnemonic

_NOT_YET = object()


def _empty(value: Any) -> bool:
    return value is None or value == ""


class RecordForm(QWidget):
    record_type: ClassVar[type[Record]]
    #: Problem paths of the model shown at a differently named field (``contacts.0.email``).
    aliases: ClassVar[dict[str, str]] = {}
    # Fields a new entry must fill in although the model has a default for them (an
    # incident without a description would count as downtime nobody can explain).
    required: ClassVar[tuple[str, ...]] = ()
    # Dates of things that happened (a rejection, a complaint): one after today is
    # allowed but questioned (typed 05.01.2027 on 01.12.2026 by mistake?).
    event_dates: ClassVar[tuple[str, ...]] = ()
    # derived fields that belong together (``_follow_contract``)
    derived_groups: ClassVar[tuple[tuple[str, ...], ...]] = ()
    changed = Signal()
    validity_changed = Signal(bool)

    def __init__(self, repos: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repos = repos
        self.fields = FieldPanel(self)
        self.other_problems = ErrorLabel(self)
        # questions that do not stop a save (a date in the future, an org.nr seen before)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("formWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {Tone.WARNING.value};")
        self.warnings.hide()
        self._base: dict[str, Any] = {}
        self._clean: dict[str, Any] = {}
        # the stored record last shown (``set_value``): what a save over a change made
        # meanwhile is merged against, field by field (``opened_record``)
        self._opened: Record | None = None
        self._valid = False
        # Values last given to fields by ``derived`` (a field still showing one follows
        # the contract; one the user changed keeps what the user typed).
        self._derived: dict[str, Any] = {}
        self._derived_for: Any = None
        # every field ``derived`` has given a value (one it gives no more is cleared)
        self._derived_names: set[str] = set()
        # values the user typed that stayed when the contract changed (asked about)
        self._kept: dict[str, Any] = {}
        self._adapted_for: Any = _NOT_YET  # the contract ``adapt`` last showed
        self._result_labels: list[QLabel] = []
        self.results = QWidget(self)
        self.results_layout = QVBoxLayout(self.results)
        self.results_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields)
        layout.addWidget(self.other_problems)
        layout.addWidget(self.warnings)
        layout.addWidget(self.results)
        self.build()
        # a new form's initial values are defaults: those still shown follow the contract
        self._derived = dict(self.fields.data())
        self.fields.changed.connect(self._on_change)
        self._clean = self.data()
        self._on_change()

    # --- for subclasses --------------------------------------------------------------

    def build(self) -> None:
        """Add the fields (``self.fields.add``) and result widgets."""
        raise NotImplementedError

    def title(self) -> str:
        return self.record_type.__name__

    def update_results(self, record: Record | None, data: dict[str, Any]) -> None:
        """Show the live results for the current input (``record`` None when invalid)."""

    def prepare(self, data: dict[str, Any]) -> dict[str, Any]:
        """Turn the panel's data into the model's input (e.g. nested contacts)."""
        return data

    def claim_problems(self, problems: list[FieldProblem]) -> list[FieldProblem]:
        """Show problems of fields outside the panel (e.g. overrides); return the rest."""
        return problems

    def unprepare(self, values: dict[str, Any]) -> dict[str, Any]:
        """The record's values as the panel's fields (the inverse of ``prepare``)."""
        return values

    def draft_extra(self) -> dict[str, Any]:
        """What a draft keeps beyond the panel's fields (JSON), e.g. a contract's overrides."""
        return {}

    def restore_extra(self, extra: dict[str, Any]) -> None:
        """Put ``draft_extra`` back (before the fields are restored)."""

    def derived(self, contract: Any) -> dict[str, Any]:
        """Field values that come from the chosen contract (e.g. its delivery date)."""
        return {}

    def adapt(self, contract: Any) -> None:
        """Show what the chosen contract's template has: its fields, hints in its clauses
        (None: no contract chosen yet). Called when the contract changes and when a
        record is shown, not on every key (a field must not vanish while typed in)."""

    def reference_day(self) -> date:
        """Today, for the questions of ``check`` (the form's own ``today`` if it has one)."""
        own = getattr(self, "today", None)
        return own if isinstance(own, date) else clock.today()

    def check(self, record: Record) -> list[str]:
        """Questions about a valid record that do not stop it being saved."""
        found = []
        today = self.reference_day()
        for name in self.event_dates:
            value = getattr(record, name, None)
            day = value.date() if isinstance(value, datetime) else value
            if isinstance(day, date) and day > today:
                found.append(
                    self.tr("%1 is after today (%2): is the date right?")
                    .replace("%1", field_label(name))
                    .replace("%2", fmt_date(today))
                )
        return found

    def focus_first_problem(self) -> None:
        """The first field with a message gets the focus (Enter on an invalid form)."""
        for name, editor in self.fields.editors.items():
            if self.fields.message(name):
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def mnemonic_targets(self) -> list[QWidget]:
        """What the dialog gives Alt letters to (``mnemonics.give_mnemonics``): each
        field's caption, and the copy button of every result but the first (each says
        "&Copy explanation": with two results shown, Alt+C reached neither button)."""
        extra: list[QWidget] = []
        for view in self.results.findChildren(ResultView)[1:]:
            view.copy_button.setText(without_mnemonic(view.copy_button.text()))
            extra.append(view.copy_button)
        return [*self.fields.captions(), *extra]

    def first_field(self) -> QWidget | None:
        """Where the focus starts: the first field that is enabled."""
        for editor in self.fields.editors.values():
            if editor.isEnabled():
                return editor
        return None

    # --- values ------------------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        data = dict(self._base)
        for name, value in self.fields.data().items():
            if value is None or value == "":
                data.pop(name, None)
                if value == "" and name in self.record_type.model_fields:
                    info = self.record_type.model_fields[name]
                    if not info.is_required() and isinstance(info.default, str):
                        data[name] = ""
                continue
            data[name] = value
        return self.prepare(data)

    def value(self) -> Record:
        """The validated record (raises pydantic's ValidationError when invalid)."""
        return self.record_type.model_validate(self.data())

    def set_value(self, record: Record) -> None:
        values = record.model_dump()
        shown = self.unprepare(dict(values))
        self._base = {k: v for k, v in values.items() if k not in self.fields.editors}
        self._base = {k: v for k, v in self._base.items() if k in self.record_type.model_fields}
        self._derived, self._derived_for = {}, values.get("contract_id")  # stored: its own
        self._kept = {}
        self._adapted_for = _NOT_YET  # its stored values may show fields the template lacks
        self.fields.set_data({k: v for k, v in shown.items() if k in self.fields.editors})
        self.mark_clean()
        self._opened = record

    def opened_record(self) -> tuple[Record, Record] | None:
        """The stored record the form was last set to, and the same as the form read it
        back then (its fields may normalise a value): the base of a field-wise merge
        when the record was changed meanwhile (``app.domain.merge``). None for a new
        record."""
        if self._opened is None:
            return None
        try:
            shown = self.record_type.model_validate(self._clean)
        except ValidationError:  # (a stored record the form cannot show as it is)
            shown = self._opened
        return self._opened, shown

    def set_defaults(self, **values: Any) -> None:
        """Preset fields of a new record (e.g. its contract) without making it dirty."""
        shown = {k: v for k, v in values.items() if k in self.fields.editors}
        self._base.update({k: v for k, v in values.items() if k not in self.fields.editors})
        self.fields.set_data(shown)
        self.mark_clean()

    def mark_clean(self) -> None:
        self._clean = self.data()
        self._on_change()

    def is_dirty(self) -> bool:
        return self.data() != self._clean

    def is_valid(self) -> bool:
        return self._valid

    def record_id(self) -> int | None:
        return self._base.get("id")

    # --- validation --------------------------------------------------------------------

    def _follow_contract(self) -> None:
        """Fields derived from the contract take the newly chosen contract's values.

        A field still showing what the previous contract gave (or a new form's default)
        takes the new contract's value, and is cleared when the new contract gives none:
        the previous contract's value would otherwise be stored for this one unnoticed
        (OC 5.4: a deletion notice to a person of another company). A value the user
        typed, or the stored record holds, stays: it is theirs, and throwing it away
        unasked loses data; the form asks about it instead (``kept_questions``). Fields
        of one ``derived_groups`` entry belong together (a contact's name and e-mail):
        beside a value the user typed, the others are cleared rather than filled from
        the new contract (another person's address under the user's name)."""
        editors = self.fields.editors
        if "contract_id" not in editors:
            return
        chosen = editors["contract_id"].value()  # type: ignore[attr-defined]
        if chosen == self._derived_for:
            return
        self._derived_for = chosen
        contract = self.contract({"contract_id": chosen})
        if contract is None:
            return
        # a name the previous contract gave but this one does not is a value of None
        values = {name: None for name in self._derived_names}
        values.update(self.derived(contract))
        self._derived_names.update(values)
        values = {name: value for name, value in values.items() if name in editors}
        current = {name: editors[name].value() for name in values}  # type: ignore[attr-defined]
        own = {
            name
            for name in values
            if name not in self._derived or current[name] != self._derived[name]
        }
        for name, value in values.items():
            editor = editors[name]
            if name in own:
                if not _empty(current[name]) and current[name] != value:
                    self._kept[name] = current[name]
                else:
                    self._kept.pop(name, None)
                continue
            if any(name in group and own & set(group) for group in self.derived_groups):
                value = None
            editor.blockSignals(True)
            editor.set_value(value)  # type: ignore[attr-defined]
            editor.blockSignals(False)
            self._derived[name] = editor.value()  # type: ignore[attr-defined]
            self._kept.pop(name, None)

    def kept_questions(self) -> list[str]:
        """A value the user typed that stayed when the contract changed: is it right?"""
        found = []
        for name, kept in list(self._kept.items()):
            editor = self.fields.editors[name]
            if editor.value() != kept:  # type: ignore[attr-defined]
                del self._kept[name]  # changed since: the user has seen to it
                continue
            found.append(
                self.tr("%1 was kept when the contract changed: is it right for this one?").replace(
                    "%1", field_label(name)
                )
            )
        return found

    def _on_change(self) -> None:
        self._follow_contract()
        data = self.data()
        if data.get("contract_id") != self._adapted_for:
            self._adapted_for = data.get("contract_id")
            self.adapt(self.contract(data))
        record: Record | None = None
        found: list[FieldProblem] = []
        try:
            record = self.record_type.model_validate(data)
        except ValidationError as exc:
            found = problems(exc)
        except DomainError as exc:
            found = [exc.problem]
        except (InvalidOperation, ArithmeticError):  # a number no calculation can hold
            found = [FieldProblem("", "err_invalid", {"detail": self.tr("too large a number")})]
        for name in self.required:
            if not data.get(name) and not any(p.field.split(".")[0] == name for p in found):
                found.append(FieldProblem(name, "err_missing", {}))
        found = [self._alias(p) for p in found]
        rest = self.claim_problems(self.fields.show_problems(found))
        self.other_problems.set_message(
            "\n".join(
                (f"{field_label(p.field)}: " if p.field else "") + problem_text(p) for p in rest
            )
        )
        valid = record is not None and not found and not self.fields.input_problems()
        questions = self.kept_questions()
        questions += self.check(record) if valid and record is not None else []
        self.warnings.setText("\n".join(questions))
        self.warnings.setVisible(bool(questions))
        if valid:
            try:
                self.update_results(record, data)
            except (ValidationError, DomainError) as exc:
                # the domain rejects the combination (e.g. a deletion date after the latest one)
                self.show_result_problem(exc)
                self.show_invalid()
                valid = False
            except (InvalidOperation, ArithmeticError):
                self.other_problems.set_message(self.tr("A number is too large to compute with."))
                self.show_invalid()
                valid = False
        else:
            self.show_invalid()
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
        self.changed.emit()

    def show_invalid(self) -> None:
        """Every live result says to correct the marked fields (never a stale answer)."""
        why = self.tr("Correct the marked fields to see the result.")
        for view in self.results.findChildren(ResultView):
            view.show_nothing(why)
        for index, label in enumerate(self._result_labels):  # the forms' own result lines
            label.setText(why if index == 0 else "")
            label.setVisible(index == 0)

    def _alias(self, problem: FieldProblem) -> FieldProblem:
        for prefix, name in self.aliases.items():
            if problem.field == prefix or problem.field.startswith(prefix + "."):
                return FieldProblem(name, problem.code, problem.values)
        return problem

    def contract(self, data: dict[str, Any]) -> Any:
        """The contract the record belongs to (for its terms), or None."""
        contract_id = data.get("contract_id")
        if contract_id is None:
            return None
        cache = self.__dict__.setdefault("_contracts", {})
        if contract_id not in cache:
            try:
                cache[contract_id] = self.repos.contracts.get(contract_id)
            except KeyError:
                cache[contract_id] = None
        return cache[contract_id]

    def show_result_problem(self, exc: Exception) -> None:
        """A live result could not be computed: say why at the field, or under the form."""
        found = problems(exc) if isinstance(exc, ValidationError) else [exc.problem]  # type: ignore[attr-defined]
        found = [self._alias(p) for p in found]
        shown = {p.field.split(".")[0] for p in found}
        for name in shown & set(self.fields.editors):
            messages = [problem_text(p) for p in found if p.field.split(".")[0] == name]
            self.fields.errors[name].set_message("\n".join(messages))
        rest = [p for p in found if p.field.split(".")[0] not in self.fields.editors]
        if rest:
            self.other_problems.set_message(
                "\n".join(f"{field_label(p.field)}: {problem_text(p)}" for p in rest)
            )

    def message(self, name: str) -> str:
        """The validation message shown at a field ('' when fine)."""
        return self.fields.message(name)

    def add_result_label(self, name: str) -> QLabel:
        label = QLabel(self.results)
        self._result_labels.append(label)
        label.setObjectName(name)
        label.setWordWrap(True)
        self.results_layout.addWidget(label)
        return label
