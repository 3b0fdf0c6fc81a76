"""A termination: who sent it, when the service ends, and the deletion notice dates (live)."""

from __future__ import annotations

from typing import Any

from app.domain import deadlines
from app.domain.records import Termination

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


class TerminationForm(RecordForm):
    record_type = Termination
    event_dates = ("received", "copy_ordered_on", "notice_sent_on", "deleted_on")
    aliases = {"deletion": "planned_deletion", "ended": "effective_end"}

    def title(self) -> str:
        return self.tr("Termination")

    def build(self) -> None:
        add = self.fields.add
        add("contract_id", contract_field(self.repos, self))
        add("received", DateField(self))
        add(
            "from_contact",
            TextField(self),
            hint=self.tr("OC 5.4: the deletion notice goes to this person"),
        )
        add("from_email", TextField(self))
        add("by_supplier", BoolField(self.tr("The supplier terminated"), self), label="")
        add(
            "effective_end",
            OptionalDateField(self),
            hint=self.tr("Left out: the end the contract gives"),
        )
        add(
            "planned_deletion",
            OptionalDateField(self),
            hint=self.tr("Left out: the latest allowed date"),
        )
        add("copy_ordered_on", OptionalDateField(self))
        add("notice_sent_on", OptionalDateField(self))
        add("deleted_on", OptionalDateField(self))
        add("note", NoteField(self))
        self.end_view = ResultView(self.results, fields=["end", "earliest_end", "notice_deadline"])
        self.end_view.heading.setText(self.tr("End of the service"))
        self.deletion_view = ResultView(
            self.results,
            fields=[
                "latest_deletion",
                "deletion",
                "notice_by",
                "copy_order_by",
                "safe_copy_order_by",
            ],
        )
        self.deletion_view.heading.setText(self.tr("Deletion of data (OC 5.3–5.6)"))
        self.results_layout.addWidget(self.end_view)
        self.results_layout.addWidget(self.deletion_view)

    def derived(self, contract: Any) -> dict[str, Any]:
        # OC 5.4: the notice goes to whoever terminated; usually the customer's contact
        try:
            customer = self.repos.customers.get(contract.customer_id)
        except KeyError:
            return {}
        if not customer.contacts:
            return {}
        first = customer.contacts[0]
        return {"from_contact": first.name, "from_email": first.email}

    def update_results(self, record: Termination | None, data: dict[str, Any]) -> None:
        contract = self.contract(data)
        received = data.get("received")
        if contract is None or received is None:
            why = self.tr("Correct the marked fields to see the dates.")
            self.end_view.show_nothing(why)
            self.deletion_view.show_nothing(why)
            return
        terms = contract.terms()
        if contract.template == "sodvin":
            start = contract.ordinary_start or contract.delivered or contract.signed
            end_result = deadlines.sodvin_term(ordinary_start=start, terms=terms, on=received)
            self.end_view.show_result(end_result)
            self.deletion_view.show_nothing(
                self.tr(
                    "Sodvin 5.3: data, backups, licences, contracts and user lists are "
                    "transferred to the customer; no deletion deadline in days."
                )
            )
            return
        end_result = deadlines.oc_termination(received=received, terms=terms)
        self.end_view.show_result(end_result)
        ended = data.get("effective_end") or end_result.end
        deletion = deadlines.deletion_deadlines(
            ended=ended, terms=terms, deletion=data.get("planned_deletion")
        )
        self.deletion_view.show_result(deletion)
