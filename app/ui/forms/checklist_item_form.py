"""A task of the establishment plan (Sodvin Bilag 2): phase, task, owner, when done."""

from __future__ import annotations

from app.domain.records import ChecklistItem

from ..widgets.fields import IntField, NoteField, OptionalDateField, TextField
from .choices import contract_field
from .record_form import RecordForm


class ChecklistItemForm(RecordForm):
    record_type = ChecklistItem
    event_dates = ("done_on",)

    def title(self) -> str:
        return self.tr("Checklist task")

    def build(self) -> None:
        add = self.fields.add
        add("contract_id", contract_field(self.repos, self))
        add("phase", IntField(self, low=1, high=4), hint=self.tr("Bilag 2: phase 1 to 4"))
        add("task", TextField(self))
        add("owner", TextField(self))
        add("done_on", OptionalDateField(self), hint=self.tr("Left out while it is not done"))
        add("note", NoteField(self))
        self.fields.editors["phase"].set_value(1)
