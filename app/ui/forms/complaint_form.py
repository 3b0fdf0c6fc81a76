"""A complaint (reklamasjon); says live whether it is timely or late, and why."""

from __future__ import annotations

from typing import Any

from app.domain import deadlines
from app.domain.records import Channel, Complaint

from ..i18n import say
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
        add(
            "discovered",
            OptionalDateField(self),
            hint=self.tr("Leave out for a defect visible at delivery (OC 8.1)"),
        )
        add("complained", DateField(self))
        add("channel", ChoiceField(channel_choices(), self))
        add("nature", TextField(self), hint=self.tr("OC 8.3: what is wrong"))
        add("extent", TextField(self), hint=self.tr("OC 8.3: how much it affects"))
        add("status", ChoiceField(status_choices(), self))
        add("note", NoteField(self))
        self.result_view = ResultView(
            self.results,
            fields=["visible_defect_deadline", "absolute_deadline", "days_since_discovery"],
        )
        self.results_layout.addWidget(self.result_view)

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
