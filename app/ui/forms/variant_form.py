"""A template variant (issue 11 item 3): a name, the built-in template it follows, and
the terms it sets differently from it ("Sodvin 2025 med 15 dagers godkjenning").

The terms are edited with the contract form's own editor (``TermsEditor``): a ticked term
is the variant's default, the others stay the built-in template's. Contracts on the
variant follow an edit at once (their own overrides still come on top); the history
records it. The base is chosen when the variant is made and fixed after: a variant is the
same rules with other numbers, so changing the rules under its contracts is no edit of it.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import QLabel

from app.domain import templates
from app.domain.errors import DomainError, FieldProblem, problems
from app.domain.records import TemplateVariant
from app.domain.terms import terms_for

from ..i18n import say
from ..widgets.fields import ChoiceField, NoteField, TextField
from ..widgets.terms_editor import TermsEditor
from .record_form import RecordForm


def builtin_choices() -> list[tuple[str, str]]:
    return [(t.id, say(t.name)) for t in templates.BUILTIN.values()]


class VariantForm(RecordForm):
    record_type = TemplateVariant

    def title(self) -> str:
        return self.tr("Template variant")

    def build(self) -> None:
        add = self.fields.add
        add("name", TextField(self), hint=self.tr("e.g. Sodvin 2025 with 15 days' approval"))
        add(
            "base",
            ChoiceField(builtin_choices(), self),
            label=self.tr("Based on"),
            hint=self.tr("Its rules; fixed once the variant is saved"),
        )
        add("note", NoteField(self))
        self.terms_editor = TermsEditor(self, heading=self._terms_heading, of_variant=True)
        self.terms_editor.setObjectName("variantTerms")
        self.layout().insertWidget(1, self.terms_editor)
        self.terms_editor.set_expanded(True)
        self.fields.editors["base"].changed.connect(self._base_chosen)
        self.terms_editor.changed.connect(self._on_change)
        self.follows = QLabel(self)
        self.follows.setObjectName("variantFollows")
        self.follows.setWordWrap(True)
        self.results_layout.addWidget(self.follows)
        self._base_chosen()

    def _terms_heading(self, n: int) -> str:
        """The folding title: none read "0 ulike malen", so none says it in words."""
        if n == 0:
            return self.tr("Terms of the variant: the same as the template")
        return self.tr("Terms of the variant: %n different from the template", "", n)

    def _base_chosen(self) -> None:
        base = self.fields.editors["base"].value()
        if base is not None:
            self.terms_editor.set_overrides(base, self.terms_editor.value())

    def prepare(self, data: dict[str, Any]) -> dict[str, Any]:
        data["defaults"] = self.terms_editor.value()
        return data

    def set_value(self, record: TemplateVariant) -> None:  # type: ignore[override]
        self.terms_editor.set_overrides(record.base, dict(record.defaults))
        super().set_value(record)
        self.fields.editors["base"].setEnabled(record.id is None)

    def set_defaults(self, **values: Any) -> None:
        super().set_defaults(**values)
        self._base_chosen()

    def draft_extra(self) -> dict[str, Any]:
        return {"defaults": self.terms_editor.value()}

    def restore_extra(self, extra: dict[str, Any]) -> None:
        base = self.fields.editors["base"].value() or "sodvin"
        self.terms_editor.set_overrides(base, dict(extra.get("defaults") or {}))

    def claim_problems(self, found: list[FieldProblem]) -> list[FieldProblem]:
        """A bad default is shown at its term (``TemplateVariant`` reports the whole
        ``defaults``; the terms' own check names the term)."""
        rest: list[FieldProblem] = []
        per_term: list[FieldProblem] = []
        for problem in found:
            if problem.field.split(".")[0] != "defaults":
                rest.append(problem)
                continue
            base = self.fields.editors["base"].value() or "sodvin"
            try:
                terms_for(base, self.terms_editor.value())
            except ValidationError as exc:
                per_term += [
                    FieldProblem(f"overrides.{p.field}", p.code, p.values) for p in problems(exc)
                ]
            except DomainError as exc:
                p = exc.problem
                per_term.append(FieldProblem(f"overrides.{p.field}", p.code, p.values))
            else:
                rest.append(problem)
        return rest + self.terms_editor.show_problems(per_term)

    def update_results(self, record: TemplateVariant | None, data: dict[str, Any]) -> None:
        if record is not None:
            # A name another variant has is refused at the field (trimmed, any case): two
            # were saved, and the contract form's template list showed two identical
            # lines (audit 03.12.2026). Refused, not warned as a customer's organisation
            # number is: two same-named choices cannot be told apart where they are used.
            from app.storage.template_variants import name_taken_error

            if self.repos.variants.same_name(record.name, besides=record.uid) is not None:
                raise name_taken_error(record.name)
        if record is None or record.id is None:
            self.follows.setText(
                self.tr(
                    "A contract is put on the variant in the contract form (Contract template)."
                )
            )
            return
        n = self.repos.variants.contracts_on(record.key)
        self.follows.setText(
            self.tr(
                "%n contract(s) on this variant follow the change when it is saved "
                "(their own overrides still apply).",
                "",
                n,
            )
        )


__all__ = ["VariantForm", "builtin_choices"]
