"""A termination: who sent it, when the service ends, and the deletion notice dates (live)."""

from __future__ import annotations

from typing import Any

from app.domain import deadlines as dl
from app.domain import termination as tm
from app.domain.errors import DomainError
from app.domain.records import Termination
from app.domain.results import Unknown

from ..i18n import lang, say
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


class _Facts:
    """The dates typed so far, as the rules read a termination (the form is not valid yet)."""

    def __init__(self, data: dict[str, Any], received: Any) -> None:
        self.received = received
        self.by_supplier = bool(data.get("by_supplier"))
        self.effective_end = data.get("effective_end")
        self.planned_deletion = data.get("planned_deletion")
        self.notice_sent_on = data.get("notice_sent_on")
        self.deleted_on = data.get("deleted_on")


# The fields of the deletion clauses (OC 5.3–5.6), shown where the template has them.
DELETION_FIELDS = ("planned_deletion", "copy_ordered_on", "notice_sent_on", "deleted_on")


class TerminationForm(RecordForm):
    record_type = Termination
    event_dates = ("received", "copy_ordered_on", "notice_sent_on", "deleted_on")
    aliases = {"deletion": "planned_deletion", "ended": "effective_end"}
    # one contact's name and address: never one person's name with another's e-mail
    derived_groups = (("from_contact", "from_email"),)

    def title(self) -> str:
        return self.tr("Termination")

    def build(self) -> None:
        add = self.fields.add
        add("contract_id", contract_field(self.repos, self))
        add("received", DateField(self))
        add("from_contact", TextField(self))  # its hint is the template's (``adapt``)
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
        self.end_view = ResultView(self.results, fields=["end", "rule_end"])
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
        # Sodvin 5.4: the customer's week to ask for a temporary extension
        self.extension_view = ResultView(self.results, fields=["request_by"])
        self.extension_view.heading.setText(self.tr("Temporary extension (Sodvin 5.4)"))
        self.results_layout.addWidget(self.end_view)
        self.results_layout.addWidget(self.extension_view)
        self.results_layout.addWidget(self.deletion_view)

    def adapt(self, contract: Any) -> None:
        # The fields and hint of the template's clauses, as the contract page's termination
        # tab hides the columns of clauses a template lacks: OC 5.3–5.6 (deletion, its
        # notice to the one who terminated, the copy) are not Sodvin's, whose 5.3 transfers
        # the data instead. A field holding a value stays in view (none is hidden); with no
        # contract chosen yet all are shown.
        terms = contract.terms() if contract is not None else None
        deletion = terms is None or tm.clauses(terms).deletion
        for name in DELETION_FIELDS:
            self.fields.set_shown(name, deletion or self.fields.holds_value(name))
        self.deletion_view.setVisible(deletion)
        clause = terms.rules.clause("deletion_notice_working_days") if terms else None
        self.fields.set_hint(
            "from_contact",
            self.tr("%1: the deletion notice goes to this person").replace("%1", clause)
            if deletion and clause
            else "",
        )

    def derived(self, contract: Any) -> dict[str, Any]:
        # OC 5.4: the notice goes to whoever terminated; usually the customer's contact.
        # A customer without contacts gives none: the fields are cleared, never left with
        # the previous contract's person (RecordForm._follow_contract)
        try:
            customer = self.repos.customers.get(contract.customer_id)
        except KeyError:
            customer = None
        if customer is None or not customer.contacts:
            return {"from_contact": None, "from_email": None}
        first = customer.contacts[0]
        return {"from_contact": first.name, "from_email": first.email}

    def check(self, record: Termination) -> list[str]:
        # a notice or deletion recorded against OC 5.3/5.4 is said under the fields too,
        # where the user typing its date sees it (the deletion result says it again
        # beside the dates it is judged by)
        found = super().check(record)
        contract = self.contract({"contract_id": record.contract_id})
        if contract is None:
            return found
        terms = contract.terms()
        try:
            deletion = tm.termination_deletion(
                record, terms=terms, ordinary_start=contract.ordinary_start
            )
        except DomainError:
            return found
        if isinstance(deletion, dl.DeletionResult):
            done = dl.recorded_deletion(
                deletion, sent=record.notice_sent_on, deleted=record.deleted_on, terms=terms
            )
            found += [say(problem) for problem in done.problems]
        return found

    def update_results(self, record: Termination | None, data: dict[str, Any]) -> None:
        contract = self.contract(data)
        received = data.get("received")
        if contract is None or received is None:
            why = self.tr("Correct the marked fields to see the dates.")
            self.end_view.show_nothing(why)
            self.extension_view.show_nothing(why)
            self.deletion_view.show_nothing(why)
            return
        terms = contract.terms()
        # shown on the templates that have the right (decided by the template, not its id)
        self.extension_view.setVisible(tm.clauses(terms).extension)
        # the domain's one answer (contract page, overview and letters give the same)
        facts = record if record is not None else _Facts(data, received)
        # OC 5.3: a planned deletion the contract does not allow is refused at its field
        tm.check_termination(facts, terms=terms, ordinary_start=contract.ordinary_start)
        ending = tm.termination_end(facts, terms=terms, ordinary_start=contract.ordinary_start)
        if isinstance(ending, Unknown):
            self.end_view.show_nothing(ending.text(lang()))
        else:
            self.end_view.show_result(ending)
        extension = tm.extension_request(facts, terms=terms)
        if extension is None:
            self.extension_view.show_nothing(
                self.tr("Only after the supplier's termination for the customer's breach.")
            )
        else:
            self.extension_view.show_result(extension)
        deletion = tm.termination_deletion(
            facts, terms=terms, ordinary_start=contract.ordinary_start
        )
        if isinstance(deletion, Unknown):
            self.deletion_view.show_nothing(deletion.text(lang()))
        elif isinstance(deletion, tm.DeletionProblem):
            self.deletion_view.show_result(deletion, verdict=say(deletion.problem), good=False)
        else:
            # what the termination records as done, judged by the domain (OC 5.3, 5.4)
            done = dl.recorded_deletion(
                deletion, sent=facts.notice_sent_on, deleted=facts.deleted_on, terms=terms
            )
            if done.problems:
                verdict = " ".join(say(problem) for problem in done.problems)
                self.deletion_view.show_result(deletion, verdict=verdict, good=False)
            elif done.in_time is not None:
                self.deletion_view.show_result(deletion, verdict=say(done.in_time), good=True)
            else:
                self.deletion_view.show_result(deletion)
