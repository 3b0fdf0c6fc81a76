"""A customer: name, organisation number (mod 11 checked), address and main contact."""

from __future__ import annotations

from typing import Any

from app.domain.records import Customer

from ..widgets.fields import NoteField, TextField
from .record_form import RecordForm


class CustomerForm(RecordForm):
    record_type = Customer
    aliases = {
        "contacts.0.name": "contact_name",
        "contacts.0.email": "contact_email",
        "contacts.0.phone": "contact_phone",
    }

    def title(self) -> str:
        return self.tr("Customer")

    def build(self) -> None:
        add = self.fields.add
        add("name", TextField(self))
        add("org_number", TextField(self, placeholder="123 456 785"))
        add("address", TextField(self))
        add("contact_name", TextField(self), label=self.tr("Contact person"))
        add("contact_email", TextField(self), label=self.tr("Contact's e-mail"))
        add("contact_phone", TextField(self), label=self.tr("Contact's phone"))
        add("note", NoteField(self))

    def check(self, record: Customer) -> list[str]:  # type: ignore[override]
        """Two customers with one organisation number are usually one customer twice."""
        same = [
            c.name
            for c in self.repos.customers.all()
            if c.org_number == record.org_number and c.id != record.id
        ]
        if not same:
            return []
        return [
            self.tr("%1 has the same organisation number: the same customer twice?").replace(
                "%1", ", ".join(same)
            )
        ]

    def prepare(self, data: dict[str, Any]) -> dict[str, Any]:
        name = data.pop("contact_name", "") or ""
        email = data.pop("contact_email", "") or ""
        phone = data.pop("contact_phone", "") or ""
        stored = list(data.get("contacts", ()))
        others = stored[1:]
        if name or email or phone:
            # what the form does not show of the main contact (its role) is kept: a save
            # of the form dropped it silently (seen in the stale-save dialog, issue 12)
            first = dict(stored[0]) if stored else {}
            first.update(name=name, email=email, phone=phone)
            data["contacts"] = [first, *others]
        else:
            data["contacts"] = others
        return data

    def unprepare(self, values: dict[str, Any]) -> dict[str, Any]:
        contacts = values.get("contacts") or ()
        if contacts:
            first = contacts[0]
            values["contact_name"] = first["name"]
            values["contact_email"] = first.get("email", "")
            values["contact_phone"] = first.get("phone", "")
        return values
