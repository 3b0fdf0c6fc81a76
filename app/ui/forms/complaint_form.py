"""A complaint (reklamasjon); says live whether it is timely or late, and why."""

from __future__ import annotations

from typing import Any

from app.domain import deadlines
from app.domain.records import Channel, Complaint
from app.domain.templates import ComplaintRule

from ..i18n import field_label, say
from ..tones import Tone
from ..widgets.explanation_view import ResultView
from ..widgets.fields import ChoiceField, DateField, NoteField, OptionalDateField, TextField
from .choices import channel_choices, contract_field, status_choices
from .record_form import RecordForm


class ComplaintForm(RecordForm):
    record_type = Complaint
    event_dates = ("discovered", "complained")

    def title(self) -> str:
        return self.tr("Complaint")

    def build(self) -> None:
        add = self.fields.add
        add("contract_id", contract_field(self.repos, self))
        add("delivered", DateField(self))
        add("discovered", OptionalDateField(self))  # the hints are the template's (``adapt``)
        add("complained", DateField(self))
        add("channel", ChoiceField(channel_choices(), self))
        add("nature", TextField(self))
        add("extent", TextField(self))
        add("status", ChoiceField(status_choices(), self))
        add("note", NoteField(self))
        self.result_view = ResultView(
            self.results,
            fields=["visible_defect_deadline", "absolute_deadline", "days_since_discovery"],
        )
        self.results_layout.addWidget(self.result_view)

    def adapt(self, contract: Any) -> None:
        # The hints say the rule of the contract's template, in its clauses (RULES 2): OC
        # 8.1/8.2 judge by delivery unless a discovery is given, and 8.3 asks for the
        # nature and extent; Sodvin 7.1 has no number of days: the discovery date is
        # what the elapsed days are counted from.
        rules = contract.terms().rules if contract is not None else None
        discovered = nature = extent = ""
        if rules is not None and rules.complaint is ComplaintRule.LIMITS:
            discovered = self.tr("Leave out for a defect visible at delivery (%1)").replace(
                "%1", rules.clause("visible_defect_days") or ""
            )
            nature = self.tr("%1: what is wrong").replace("%1", rules.written_complaint_clause)
            extent = self.tr("%1: how much it affects").replace(
                "%1", rules.written_complaint_clause
            )
        elif rules is not None:
            discovered = self.tr(
                "When the defect was or should have been discovered (%1): the days from it "
                "to the complaint are shown"
            ).replace("%1", rules.promptness_clause)
        self.fields.set_hint("discovered", discovered)
        self.fields.set_hint("nature", nature or self.tr("What is wrong"))
        self.fields.set_hint("extent", extent or self.tr("How much it affects"))

    def check(self, record: Complaint) -> list[str]:
        found = super().check(record)
        contract = self.contract({"contract_id": record.contract_id})
        rules = contract.terms().rules if contract is not None else None
        undue_delay = rules is not None and rules.complaint is not ComplaintRule.LIMITS
        if undue_delay and record.discovered is None:
            # RULES 2: for "without undue delay" the discovery date is to be recorded
            found.append(
                self.tr("%1 is not given: the days from the discovery cannot be shown (%2).")
                .replace("%1", field_label("discovered"))
                .replace("%2", rules.promptness_clause)  # type: ignore[union-attr]
            )
        return found

    def derived(self, contract: Any) -> dict[str, Any]:
        # the delivery date the limits run from is the contract's, until the user says
        # otherwise (a partial delivery, another date)
        return {"delivered": contract.delivered}

    def update_results(self, record: Complaint | None, data: dict[str, Any]) -> None:
        contract = self.contract(data)
        if contract is None or record is None:
            return
        channel = data.get("channel")
        result = deadlines.complaint_limits(
            delivered=data["delivered"],
            complained=data["complained"],
            discovered=data.get("discovered"),
            established=contract.establishment_date,
            terms=contract.terms(),
            in_writing=channel is None or Channel(channel).in_writing,
        )
        # the domain's verdict, as the lists, the contract page and the letter give it
        verdict = say(result.verdict_step)
        self.result_view.show_result(
            result, verdict=verdict[:1].upper() + verdict[1:], good=Tone.of(result.verdict.standing)
        )

    def verdict(self) -> str:
        return self.result_view.status.text()
