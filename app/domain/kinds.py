"""The kinds of deadline and letter the program knows: stable enums every layer shares.

``Kind`` is what the overview, the ``deadlines`` command, the ``.ics`` export and (issue 15)
the reminders group and time deadlines by. Its *values* are stable identifiers: they are
written to JSON, CSV and calendar files (the ``.ics`` event ids contain them), so a value
is never renamed, only added. Two values keep their first names although the number in
them is a default a contract may change (``complaint_14_days`` is "OC 8.1, visible
defects", whatever the contract's number of days); the names shown come from the
catalog (``kind_name``) and, with the contract's numbers, from the template
(``templates.Template.kind_label``).

A template declares which kinds it has (``Template.kinds``); code asks
``template.has(Kind.DELETION)`` instead of comparing template ids.
"""

from __future__ import annotations

from enum import StrEnum

from .explain import Lang, register_texts, render, step


class Kind(StrEnum):
    """A kind of deadline, with the clause it comes from."""

    APPROVAL_END = "approval_end"  # Sodvin 3.3: last day to reject a delivery
    DELIVERY_DAY = "delivery_day"  # Sodvin 3.3: delivery day without a valid rejection
    COMPLAINT_VISIBLE = "complaint_14_days"  # OC 8.1: visible defects, N days after delivery
    COMPLAINT_ABSOLUTE = "complaint_1_year"  # OC 8.2: hidden defects, N months after establishment
    DELETION_NOTICE = "deletion_notice"  # OC 5.4: notice N working days before deletion
    COPY_ORDER = "copy_order"  # OC 5.6: copy ordered N working days before deletion
    DELETION = "deletion"  # OC 5.3: data deleted within N days after the end
    DELETION_PROBLEM = "deletion_problem"  # OC 5.3: a planned deletion the clause does not allow
    TERMINATION_NOTICE = "termination_notice"  # Sodvin 5.1: notice deadline before a renewal
    # Sodvin 5.4: after the supplier's termination for breach, the customer asks for a
    # temporary extension within N days (the customer's deadline, shown to the desk)
    EXTENSION_REQUEST = "extension_request"
    PAYMENT_DUE = "payment_due"  # OC 4.1: invoice due (moved by gjeldsbrevloven § 5)
    MAINTENANCE = "maintenance_window"  # Sodvin Bilag 1: the standard maintenance window


#: Deadlines the supplier must act on: they stay overdue until the record says done.
ACTIONS = frozenset({Kind.DELETION_NOTICE, Kind.DELETION, Kind.DELETION_PROBLEM})


def kind_name(kind: Kind | str, lang: Lang = "nb") -> str:
    """The kind's general name, without a contract's numbers (filters, calendar categories)."""
    return render(step(f"kind_{Kind(kind).value}"), lang)


class LetterKind(StrEnum):
    """A letter the program writes; a template declares which of them it has."""

    DELIVERY_NOTICE = "delivery_notice"  # leveransemelding, Sodvin 3.2 / 3.3
    REJECTION_RECEIPT = "rejection_receipt"  # bekreftelse på mottatt underkjenning, Sodvin 3.3
    COMPLAINT_ACK = "complaint_ack"  # bekreftelse på reklamasjon, OC 8 / Sodvin 7.1
    DELETION_NOTICE = "deletion_notice"  # slettevarsel, OC 5.3–5.6
    TERMINATION_CONFIRMATION = "termination_confirmation"  # OC 12.1 / Sodvin 5.1


def letter_name(kind: LetterKind | str, lang: Lang = "nb") -> str:
    return render(step(f"letter_name_{LetterKind(kind).value}"), lang)


register_texts(
    {
        "kind_approval_end": ("Godkjenningsperiode slutter", "Approval period ends"),
        "kind_delivery_day": ("Leveringsdag", "Delivery day"),
        "kind_complaint_14_days": (
            "Reklamasjon, synlige mangler",
            "Complaint, visible defects",
        ),
        "kind_complaint_1_year": ("Reklamasjon, skjulte mangler", "Complaint, hidden defects"),
        "kind_deletion_notice": ("Slettevarsel", "Deletion notice"),
        "kind_copy_order": ("Frist for kopibestilling", "Copy order deadline"),
        "kind_deletion": ("Sletting av data", "Data deletion"),
        "kind_deletion_problem": ("Planlagt sletting må rettes", "Planned deletion to correct"),
        "kind_termination_notice": (
            "Oppsigelsesfrist før fornyelse",
            "Notice deadline before renewal",
        ),
        "kind_extension_request": (
            "Be om midlertidig forlengelse",
            "Ask for a temporary extension",
        ),
        "kind_payment_due": ("Betalingsfrist", "Payment due"),
        "kind_maintenance_window": ("Vedlikeholdsvindu", "Maintenance window"),
        "letter_name_delivery_notice": ("Leveransemelding", "Delivery notice"),
        "letter_name_rejection_receipt": (
            "Bekreftelse på mottatt underkjenning",
            "Confirmation of received rejection",
        ),
        "letter_name_complaint_ack": (
            "Bekreftelse på reklamasjon",
            "Acknowledgement of complaint",
        ),
        "letter_name_deletion_notice": ("Varsel om sletting av data", "Notice of data deletion"),
        "letter_name_termination_confirmation": (
            "Bekreftelse på oppsigelse",
            "Confirmation of termination",
        ),
    }
)
