"""What every record form shares: fields, the model's validation at each field, live results.

A form is valid when its pydantic model accepts what is typed; the messages pydantic
gives go under the fields they concern. ``value()`` is the validated record,
``set_value(record)`` fills the fields. Subclasses add fields in ``build()`` and show
the domain's answers for the current input in ``update_results()``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.errors import DomainError, FieldProblem, problems
from app.domain.records import Record

from ..i18n import field_label, lang
from ..widgets.fields import ErrorLabel, FieldPanel


class RecordForm(QWidget):
    record_type: ClassVar[type[Record]]
    #: Problem paths of the model shown at a differently named field (``contacts.0.email``).
    aliases: ClassVar[dict[str, str]] = {}
    changed = Signal()
    validity_changed = Signal(bool)

    def __init__(self, repos: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repos = repos
        self.fields = FieldPanel(self)
        self.other_problems = ErrorLabel(self)
        self._base: dict[str, Any] = {}
        self._clean: dict[str, Any] = {}
        self._valid = False
        self.results = QWidget(self)
        self.results_layout = QVBoxLayout(self.results)
        self.results_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields)
        layout.addWidget(self.other_problems)
        layout.addWidget(self.results)
        self.build()
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
        self.fields.set_data({k: v for k, v in shown.items() if k in self.fields.editors})
        self.mark_clean()

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

    def _on_change(self) -> None:
        data = self.data()
        record: Record | None = None
        found: list[FieldProblem] = []
        try:
            record = self.record_type.model_validate(data)
        except ValidationError as exc:
            found = problems(exc)
        except DomainError as exc:
            found = [exc.problem]
        found = [self._alias(p) for p in found]
        rest = self.claim_problems(self.fields.show_problems(found))
        self.other_problems.set_message(
            "\n".join(f"{field_label(p.field)}: {p.message(lang())}" for p in rest)
        )
        valid = record is not None
        try:
            self.update_results(record, data)
        except (ValidationError, DomainError) as exc:
            # the domain rejects the combination (e.g. a deletion date after the latest one)
            self.show_result_problem(exc)
            valid = False
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
        self.changed.emit()

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
            messages = [p.message(lang()) for p in found if p.field.split(".")[0] == name]
            self.fields.errors[name].set_message("\n".join(messages))
        rest = [p for p in found if p.field.split(".")[0] not in self.fields.editors]
        if rest:
            self.other_problems.set_message(
                "\n".join(f"{field_label(p.field)}: {p.message(lang())}" for p in rest)
            )

    def message(self, name: str) -> str:
        """The validation message shown at a field ('' when fine)."""
        return self.fields.message(name)

    def add_result_label(self, name: str) -> QLabel:
        label = QLabel(self.results)
        label.setObjectName(name)
        label.setWordWrap(True)
        self.results_layout.addWidget(label)
        return label
