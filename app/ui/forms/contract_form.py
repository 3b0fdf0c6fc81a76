"""A contract on one of the templates; shows the expected go-live and binding dates live."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from app import clock
from app.domain import deadlines, payments
from app.domain.errors import FieldProblem
from app.domain.kinds import Kind
from app.domain.records import Contract
from app.domain.results import Result, Unknown

from ..i18n import lang
from ..widgets.explanation_view import ResultView
from ..widgets.fields import ChoiceField, DateField, DecimalField, IntField, NoteField, TextField
from ..widgets.fields import OptionalDateField as OptDate
from ..widgets.terms_editor import TermsEditor
from .choices import customer_choices, pick_customer, template_choices
from .record_form import RecordForm

# Fields every contract has, whatever its template.
ALWAYS_SHOWN = frozenset({"customer_id", "title", "template", "signed", "note"})


class ContractForm(RecordForm):
    record_type = Contract

    def __init__(self, repos: Any, parent: QWidget | None = None, *, today: date | None = None):
        self.today = today or clock.today()
        super().__init__(repos, parent)

    def title(self) -> str:
        return self.tr("Contract")

    def build(self) -> None:
        add = self.fields.add
        add(
            "customer_id",
            ChoiceField(customer_choices(self.repos), self, placeholder=pick_customer()),
        )
        add("title", TextField(self))
        add("template", ChoiceField(template_choices(), self))
        add("signed", DateField(self))
        add(
            "ordinary_start", OptDate(self), hint=self.tr("Sodvin 5.1: start of ordinary operation")
        )
        add("delivered", OptDate(self))
        add("established", OptDate(self), hint=self.tr("OC 6.3: the delivery date when left out"))

        def Amount(parent: QWidget) -> DecimalField:  # noqa: N802 - reads as a field type
            return DecimalField(parent, optional=True, money=True, zero_is_unset=True)

        add("monthly_fee", Amount(self))
        add("annual_fee", Amount(self))
        add("establishment_fee", Amount(self))
        add("contract_sum", Amount(self))
        add("establishment_sum", Amount(self))
        add("units", IntField(self))
        add("unit_price", Amount(self))
        add("note", NoteField(self))
        # the overrides of the template's terms sit under the fields, folded away
        self.terms_editor = TermsEditor(self)
        self.terms_editor.setObjectName("overrides")
        self.layout().insertWidget(1, self.terms_editor)
        self._template_chosen()
        self.fields.editors["template"].changed.connect(self._template_chosen)
        self.terms_editor.changed.connect(self._on_change)
        self.result_view = ResultView(self.results)
        self.results_layout.addWidget(self.result_view)

    def _template_chosen(self) -> None:
        """The fields and terms of the chosen template: its own, not every template's."""
        template = self.fields.editors["template"].value()
        self.terms_editor.set_template(template)
        self.show_template_fields()

    def show_template_fields(self) -> None:
        """Show the record fields the template's rules read (``Template.contract_fields``)
        and any other that holds a value (nothing stored is hidden away)."""
        from app.domain import templates

        template = self.fields.editors["template"].value()
        if template is None:
            return
        used = templates.get(template).contract_fields
        for name, editor in self.fields.editors.items():
            if name in ALWAYS_SHOWN:
                continue
            value = editor.value()  # type: ignore[attr-defined]
            self.fields.set_shown(name, name in used or bool(value))

    def set_defaults(self, **values: Any) -> None:
        super().set_defaults(**values)
        self.show_template_fields()

    def prepare(self, data: dict[str, Any]) -> dict[str, Any]:
        data["overrides"] = self.terms_editor.value()
        return data

    def set_value(self, record: Contract) -> None:  # type: ignore[override]
        self.terms_editor.set_overrides(record.template, dict(record.overrides))
        super().set_value(record)
        self.show_template_fields()

    def draft_extra(self) -> dict[str, Any]:
        return {"overrides": self.terms_editor.value()}

    def restore_extra(self, extra: dict[str, Any]) -> None:
        template = self.fields.editors["template"].value()
        self.terms_editor.set_overrides(template, dict(extra.get("overrides") or {}))

    def claim_problems(self, problems: list[FieldProblem]) -> list[FieldProblem]:
        return self.terms_editor.show_problems(problems)

    def update_results(self, record: Contract | None, data: dict[str, Any]) -> None:
        if record is None:
            self.result_view.show_nothing(self.tr("Correct the marked fields to see the dates."))
            return
        terms = record.terms()
        rules = terms.rules
        result: Result | None = None
        if rules.establishment_plan:  # Sodvin Bilag 2: go-live within its window
            result = deadlines.expected_go_live(signed=record.signed, terms=terms)
        if rules.has(Kind.TERMINATION_NOTICE) and record.ordinary_start is not None:
            result = deadlines.sodvin_term(
                ordinary_start=record.ordinary_start, terms=terms, on=self.today
            )
        elif rules.has(Kind.PAYMENT_DUE) and record.establishment_date is not None:
            result = payments.first_invoice(
                established=record.establishment_date,
                unit_price=record.unit_price,
                units=record.units,
                establishment_fee=record.establishment_fee,
            )
        if result is None:
            self.result_view.show_nothing(
                self.tr("Fill in the delivery date to see the first invoice.")
            )
            return
        if isinstance(result, Unknown):
            self.result_view.show_nothing(result.text(lang()))
            return
        self.result_view.show_result(result)
