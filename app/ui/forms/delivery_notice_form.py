"""A delivery notice (leveransemelding) and any rejection; shows its approval period live."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from app.domain import deadlines
from app.domain.records import DeliveryNotice
from app.domain.results import Unknown

from ..i18n import lang
from ..widgets.explanation_view import ResultView
from ..widgets.fields import (
    BoolField,
    DateField,
    NoteField,
    OptionalDateField,
    TextField,
)
from .choices import contract_field
from .record_form import RecordForm


class DeliveryNoticeForm(RecordForm):
    record_type = DeliveryNotice
    event_dates = ("sent", "rejected_on")

    def title(self) -> str:
        return self.tr("Delivery notice")

    def build(self) -> None:
        add = self.fields.add
        add("contract_id", contract_field(self.repos, self))
        add("sent", DateField(self))
        add("partial_label", TextField(self), hint=self.tr("For a partial delivery: which part"))
        add("rejected_on", OptionalDateField(self), hint=self.tr("When the customer rejected it"))
        add("rejection_reason", NoteField(self))
        add(
            "rejection_significant",
            BoolField(self.tr("The errors are significant for the customer's use"), self),
            label="",
        )
        self.fields.editors["rejection_significant"].setChecked(True)
        self.result_view = ResultView(
            self.results, fields=["first_day", "last_day", "delivered_on", "rejection_valid"]
        )
        self.results_layout.addWidget(self.result_view)

    def update_results(self, record: DeliveryNotice | None, data: dict[str, Any]) -> None:
        contract = self.contract(data)
        if contract is None or data.get("sent") is None:
            self.result_view.show_nothing(self.tr("Correct the marked fields to see the period."))
            return
        # the notice as typed so far, as the rules read one (the domain's one answer)
        notice = SimpleNamespace(
            sent=data["sent"],
            rejected_on=data.get("rejected_on"),
            rejection_significant=data.get("rejection_significant", True),
        )
        result = deadlines.notice_approval(notice, contract.terms())
        if isinstance(result, Unknown):  # a template without an approval period
            self.result_view.show_nothing(result.text(lang()))
            return
        verdict, good = "", None
        if result.rejection_valid is not None:
            good = result.rejection_valid
            verdict = (
                self.tr("The rejection is valid") if good else self.tr("The rejection is not valid")
            )
        self.result_view.show_result(result, verdict=verdict, good=good)
