"""The "Vedlegg" tab on the form of every customer, contract, complaint, delivery notice,
termination and incident (a ``record_tabs`` registration), also on a new record's form
(files wait for the save). Files dropped anywhere on the form's dialog are attached.
A complaint's form also gets the e-mail offer (``email_offer``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.attachments import OWNER_FIELDS
from app.domain.records import Complaint, Contract, Customer, DeliveryNotice, Incident, Termination

from ..forms.record_tabs import RecordTab, register_record_tab

TYPES: dict[type, str] = {
    Customer: "customers",
    Contract: "contracts",
    Complaint: "complaints",
    DeliveryNotice: "delivery_notices",
    Termination: "terminations",
    Incident: "incidents",
}
assert set(TYPES.values()) == set(OWNER_FIELDS)


def make(record: Any, repos: Any, dialog: Any) -> Any:
    from .panel import AttachmentsPanel

    form = dialog.form
    table = TYPES[form.record_type]
    panel = AttachmentsPanel(record, repos, dialog, table=table)
    panel.watch_drops_on(dialog)
    if record is None:
        dialog.saved.connect(panel.attach_pending)
    if form.record_type is Complaint:
        from .email_offer import EmailOffer

        offer = EmailOffer(form, form)
        form.layout().insertWidget(0, offer)
        panel.attached.connect(offer.emails_attached)
        dialog.email_offer = offer
    dialog.attachments_panel = panel
    return panel


register_record_tab(
    RecordTab(
        "attachments",
        lambda: QCoreApplication.translate("Attachments", "Attac&hments"),
        tuple(TYPES),
        make,
        new_records=True,
    )
)
