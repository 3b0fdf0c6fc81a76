"""An incident (downtime): when, why, and whether that cause counts under the contract."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from app.domain import maintenance
from app.domain.kinds import Kind
from app.domain.records import Incident
from app.domain.terms import Cause

from ..fmt import fmt_datetime
from ..models.incidents_model import duration
from ..tones import Tone
from ..widgets.fields import ChoiceField, DateTimeField, NoteField, OptionalDateTimeField
from ..widgets.repeated_hour import RepeatedHourChoice
from .choices import cause_choices, contract_field
from .record_form import RecordForm


class IncidentForm(RecordForm):
    record_type = Incident
    event_dates = ("start",)
    # downtime nobody can explain cannot be counted or defended: a description is needed
    required = ("contract_id", "description")

    def title(self) -> str:
        return self.tr("Incident")

    def build(self) -> None:
        add = self.fields.add
        add("contract_id", contract_field(self.repos, self))
        add("start", DateTimeField(self))
        add(
            "end", OptionalDateTimeField(self), hint=self.tr("Leave out while it is still going on")
        )
        add("cause", ChoiceField(cause_choices(), self))
        add("description", NoteField(self))
        # October's repeated hour: summer or winter time? (asked under the field)
        self.repeated_hour = {
            name: RepeatedHourChoice(self.fields.editors[name]) for name in ("start", "end")
        }
        self.summary: QLabel = self.add_result_label("incidentSummary")
        self.window_hint: QLabel = self.add_result_label("maintenanceHint")

    def update_results(self, record: Incident | None, data: dict[str, Any]) -> None:
        self.window_hint.hide()
        if record is None:
            return
        contract = self.contract(data)
        lines = [self.tr("Duration: %1").replace("%1", duration(record))]
        if contract is not None:
            if contract.terms().counts(record.cause):
                lines.append(self.tr("This cause counts as downtime under the contract."))
            else:
                lines.append(self.tr("This cause does not count as downtime under the contract."))
        self.summary.setText("\n".join(lines))
        if record.end is not None and record.cause != Cause.PLANNED_MAINTENANCE:
            window = maintenance.inside_window(record.start, record.end)
            if window is not None and contract is not None and contract.rules.has(Kind.MAINTENANCE):
                self.window_hint.setText(
                    self.tr(
                        "The incident lies inside the standard maintenance window %1–%2 "
                        "(Bilag 1): is the cause planned maintenance?"
                    )
                    .replace("%1", fmt_datetime(window.start))
                    .replace("%2", fmt_datetime(window.end))
                )
                self.window_hint.setStyleSheet(f"color: {Tone.WARNING.value};")
                self.window_hint.show()
