"""The UI language, and the one mapping from pydantic field names to translated labels.

Widget texts use ``self.tr()``; field labels are declared here once with
``QT_TRANSLATE_NOOP`` (context ``Field``) so lupdate finds them, and translated at the
point of use. Explanations and error messages come from the domain in the same language.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.domain.explain import Step, render

Lang = Literal["nb", "en"]
_current: list[Lang] = ["nb"]


def lang() -> Lang:
    """The language the UI is shown in (set by ``application.install_translations``)."""
    return _current[0]


def set_lang(value: Lang) -> None:
    _current[0] = value
    QLocale.setDefault(locale_for(value))


def locale_for(value: Lang) -> QLocale:
    if value == "nb":
        return QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def say(phrase: Step) -> str:
    """A phrase of the domain's catalog (a name, a verdict) in the UI language."""
    return render(phrase, lang())


FIELD_LABELS: dict[str, str] = {
    # records
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "org_number": QT_TRANSLATE_NOOP("Field", "Organisation number"),
    "address": QT_TRANSLATE_NOOP("Field", "Address"),
    "contacts": QT_TRANSLATE_NOOP("Field", "Contacts"),
    "email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "role": QT_TRANSLATE_NOOP("Field", "Role"),
    "note": QT_TRANSLATE_NOOP("Field", "Note"),
    "customer_id": QT_TRANSLATE_NOOP("Field", "Customer"),
    "contract_id": QT_TRANSLATE_NOOP("Field", "Contract"),
    "service_id": QT_TRANSLATE_NOOP("Field", "Service"),
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "template": QT_TRANSLATE_NOOP("Field", "Contract template"),
    "terms": QT_TRANSLATE_NOOP("Field", "Contract template"),
    "overrides": QT_TRANSLATE_NOOP("Field", "Overrides"),
    "signed": QT_TRANSLATE_NOOP("Field", "Signed"),
    "ordinary_start": QT_TRANSLATE_NOOP("Field", "Ordinary operation from"),
    "delivered": QT_TRANSLATE_NOOP("Field", "Delivered"),
    "established": QT_TRANSLATE_NOOP("Field", "Established"),
    "monthly_fee": QT_TRANSLATE_NOOP("Field", "Monthly fee"),
    "annual_fee": QT_TRANSLATE_NOOP("Field", "Annual fee"),
    "establishment_fee": QT_TRANSLATE_NOOP("Field", "Establishment fee"),
    "contract_sum": QT_TRANSLATE_NOOP("Field", "Contract sum"),
    "establishment_sum": QT_TRANSLATE_NOOP("Field", "Establishment sum"),
    "units": QT_TRANSLATE_NOOP("Field", "Units"),
    "unit_price": QT_TRANSLATE_NOOP("Field", "Unit price"),
    "uptime_pct": QT_TRANSLATE_NOOP("Field", "Agreed uptime (%)"),
    "start": QT_TRANSLATE_NOOP("Field", "Start"),
    "end": QT_TRANSLATE_NOOP("Field", "End"),
    "cause": QT_TRANSLATE_NOOP("Field", "Cause"),
    "description": QT_TRANSLATE_NOOP("Field", "Description"),
    "discovered": QT_TRANSLATE_NOOP("Field", "Discovered"),
    "complained": QT_TRANSLATE_NOOP("Field", "Complaint made"),
    "channel": QT_TRANSLATE_NOOP("Field", "Channel"),
    "nature": QT_TRANSLATE_NOOP("Field", "Nature of the defect"),
    "extent": QT_TRANSLATE_NOOP("Field", "Extent of the defect"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "sent": QT_TRANSLATE_NOOP("Field", "Notice sent"),
    "partial_label": QT_TRANSLATE_NOOP("Field", "Partial delivery"),
    "rejected_on": QT_TRANSLATE_NOOP("Field", "Rejected on"),
    "rejection_reason": QT_TRANSLATE_NOOP("Field", "Reason for rejection"),
    "rejection_significant": QT_TRANSLATE_NOOP("Field", "Errors are significant"),
    "received": QT_TRANSLATE_NOOP("Field", "Received"),
    "from_contact": QT_TRANSLATE_NOOP("Field", "From (contact)"),
    "from_email": QT_TRANSLATE_NOOP("Field", "Contact's e-mail"),
    "by_supplier": QT_TRANSLATE_NOOP("Field", "Terminated by the supplier"),
    "effective_end": QT_TRANSLATE_NOOP("Field", "Service ends"),
    "planned_deletion": QT_TRANSLATE_NOOP("Field", "Planned deletion"),
    "copy_ordered_on": QT_TRANSLATE_NOOP("Field", "Copy ordered on"),
    "notice_sent_on": QT_TRANSLATE_NOOP("Field", "Deletion notice sent on"),
    "deleted_on": QT_TRANSLATE_NOOP("Field", "Data deleted on"),
    "transfer_done": QT_TRANSLATE_NOOP("Field", "Transferred"),
    "phase": QT_TRANSLATE_NOOP("Field", "Phase"),
    "task": QT_TRANSLATE_NOOP("Field", "Task"),
    "owner": QT_TRANSLATE_NOOP("Field", "Owner"),
    "done_on": QT_TRANSLATE_NOOP("Field", "Done on"),
    # a template variant: the variant form's own captions (its history said "Base, Defaults")
    "key": QT_TRANSLATE_NOOP("Field", "Key"),
    "base": QT_TRANSLATE_NOOP("Field", "Based on"),
    "defaults": QT_TRANSLATE_NOOP("Field", "Terms of the variant"),
    # a note
    "created": QT_TRANSLATE_NOOP("Field", "Created"),
    "text": QT_TRANSLATE_NOOP("Field", "Text"),
    # an attachment (the record it belongs to, the file)
    "complaint_id": QT_TRANSLATE_NOOP("Field", "Complaint"),
    "delivery_notice_id": QT_TRANSLATE_NOOP("Field", "Delivery notice"),
    "termination_id": QT_TRANSLATE_NOOP("Field", "Termination"),
    "incident_id": QT_TRANSLATE_NOOP("Field", "Incident"),
    "media_type": QT_TRANSLATE_NOOP("Field", "File type"),
    "size": QT_TRANSLATE_NOOP("Field", "Size"),
    "sha256": QT_TRANSLATE_NOOP("Field", "Checksum (SHA-256)"),
    "added": QT_TRANSLATE_NOOP("Field", "Added"),
    "added_by": QT_TRANSLATE_NOOP("Field", "Added by"),
    "source": QT_TRANSLATE_NOOP("Field", "Source"),
    # a reminder's acknowledgement or snooze
    "kind": QT_TRANSLATE_NOOP("Field", "Deadline kind"),
    "table_name": QT_TRANSLATE_NOOP("Field", "Record kind"),
    "record_uid": QT_TRANSLATE_NOOP("Field", "Record"),
    "deadline": QT_TRANSLATE_NOOP("Field", "Deadline"),
    "user": QT_TRANSLATE_NOOP("Field", "User"),
    "at": QT_TRANSLATE_NOOP("Field", "Time"),
    "snoozed_until": QT_TRANSLATE_NOOP("Field", "Snoozed until"),
    # calculator inputs
    "working_days": QT_TRANSLATE_NOOP("Field", "Working days"),
    "extra_closed": QT_TRANSLATE_NOOP("Field", "Extra closed days"),
    "extend_to_working_day": QT_TRANSLATE_NOOP("Field", "Move deadlines to a working day"),
    "ended": QT_TRANSLATE_NOOP("Field", "Service ended"),
    "deletion": QT_TRANSLATE_NOOP("Field", "Deletion"),
    "on": QT_TRANSLATE_NOOP("Field", "Termination received"),
    "terminated": QT_TRANSLATE_NOOP("Field", "Terminated"),
    "period_end": QT_TRANSLATE_NOOP("Field", "Period ends"),
    "cancellable_licences": QT_TRANSLATE_NOOP("Field", "Cancellable licences"),
    "outstanding": QT_TRANSLATE_NOOP("Field", "Outstanding"),
    "invoice_date": QT_TRANSLATE_NOOP("Field", "Invoice date"),
    "amount": QT_TRANSLATE_NOOP("Field", "Amount"),
    "paid": QT_TRANSLATE_NOOP("Field", "Paid"),
    "move_due_date": QT_TRANSLATE_NOOP("Field", "Move due date off holidays"),
    "offer_units": QT_TRANSLATE_NOOP("Field", "Units in the offer"),
    "price": QT_TRANSLATE_NOOP("Field", "Price"),
    "index_old": QT_TRANSLATE_NOOP("Field", "Old index"),
    "index_new": QT_TRANSLATE_NOOP("Field", "New index"),
    "effective": QT_TRANSLATE_NOOP("Field", "Takes effect"),
    "fee": QT_TRANSLATE_NOOP("Field", "Fee for the period"),
    "uptime": QT_TRANSLATE_NOOP("Field", "Agreed uptime (%)"),
    "downtime_hours": QT_TRANSLATE_NOOP("Field", "Downtime (hours)"),
    "quarter": QT_TRANSLATE_NOOP("Field", "Quarter"),
    "period_hours": QT_TRANSLATE_NOOP("Field", "Service hours in the period"),
    "availability": QT_TRANSLATE_NOOP("Field", "Availability"),
    "guarantee": QT_TRANSLATE_NOOP("Field", "Guarantee (%)"),
    "months": QT_TRANSLATE_NOOP("Field", "Months"),
    "service_hours": QT_TRANSLATE_NOOP("Field", "Service hours"),
    "incidents": QT_TRANSLATE_NOOP("Field", "Incidents"),
    "year": QT_TRANSLATE_NOOP("Field", "Year"),
    # calculator results
    "first_day": QT_TRANSLATE_NOOP("Field", "First day"),
    "last_day": QT_TRANSLATE_NOOP("Field", "Last day to reject"),
    # the period's day (calc's delivery_day, what the calculators page shows beside its
    # verdict on a rejection) and the answer the lists and forms show (none after a valid
    # rejection, RULES §1)
    "delivery_day": QT_TRANSLATE_NOOP("Field", "Delivery day unless validly rejected"),
    "delivered_on": QT_TRANSLATE_NOOP("Field", "Delivery day"),
    "rejection_valid": QT_TRANSLATE_NOOP("Field", "Rejection valid"),
    "visible_defect_deadline": QT_TRANSLATE_NOOP("Field", "Deadline, visible defects"),
    "absolute_deadline": QT_TRANSLATE_NOOP("Field", "Deadline, hidden defects"),
    "timely": QT_TRANSLATE_NOOP("Field", "In time"),
    "in_writing": QT_TRANSLATE_NOOP("Field", "In writing"),
    "verdict": QT_TRANSLATE_NOOP("Field", "Verdict"),
    "meets_target": QT_TRANSLATE_NOOP("Field", "Agreed uptime met"),
    # reading 6: fault time inside announced maintenance is not counted as downtime
    "announced_overlap_hours": QT_TRANSLATE_NOOP(
        "Field", "Fault time in announced maintenance, not counted (hours)"
    ),
    "days_since_discovery": QT_TRANSLATE_NOOP("Field", "Days since discovery"),
    "working_days_since_discovery": QT_TRANSLATE_NOOP("Field", "Working days since discovery"),
    "latest_deletion": QT_TRANSLATE_NOOP("Field", "Latest deletion"),
    "notice_by": QT_TRANSLATE_NOOP("Field", "Deletion notice by"),
    "copy_order_by": QT_TRANSLATE_NOOP("Field", "Copy ordered by (OC 5.6)"),
    "copy_before_expiry": QT_TRANSLATE_NOOP("Field", "Copy ordered before expiry (OC 12.4)"),
    "safe_copy_order_by": QT_TRANSLATE_NOOP("Field", "Safe date to order a copy"),
    "binding_start": QT_TRANSLATE_NOOP("Field", "Binding period starts"),
    "period_number": QT_TRANSLATE_NOOP("Field", "Agreement period no."),
    "period_start": QT_TRANSLATE_NOOP("Field", "Period starts"),
    "notice_deadline": QT_TRANSLATE_NOOP("Field", "Notice deadline"),
    "earliest_end": QT_TRANSLATE_NOOP("Field", "Earliest end"),
    "rule_end": QT_TRANSLATE_NOOP("Field", "End by the contract's rule"),
    "remaining_months": QT_TRANSLATE_NOOP("Field", "Remaining months"),
    "remaining_fees": QT_TRANSLATE_NOOP("Field", "Fees for the rest of the period"),
    "claim": QT_TRANSLATE_NOOP("Field", "Claim"),
    "request_by": QT_TRANSLATE_NOOP("Field", "Request by"),
    "binding_invoice_date": QT_TRANSLATE_NOOP("Field", "Rest of binding invoiced on"),
    "publish_by": QT_TRANSLATE_NOOP("Field", "Publish by"),
    "due": QT_TRANSLATE_NOOP("Field", "Due"),
    "days_late": QT_TRANSLATE_NOOP("Field", "Days late"),
    "interest": QT_TRANSLATE_NOOP("Field", "Late interest"),
    "reminder_fee": QT_TRANSLATE_NOOP("Field", "Reminder fee"),
    "days": QT_TRANSLATE_NOOP("Field", "Days"),
    "units_billed": QT_TRANSLATE_NOOP("Field", "Units invoiced"),
    "subscription": QT_TRANSLATE_NOOP("Field", "Subscription"),
    "total": QT_TRANSLATE_NOOP("Field", "Total"),
    "new_price": QT_TRANSLATE_NOOP("Field", "New price"),
    "earliest": QT_TRANSLATE_NOOP("Field", "Earliest"),
    "latest": QT_TRANSLATE_NOOP("Field", "Latest"),
    "refund": QT_TRANSLATE_NOOP("Field", "Refund"),
    "shortfall_pp": QT_TRANSLATE_NOOP("Field", "Shortfall (percentage points)"),
    "uncapped": QT_TRANSLATE_NOOP("Field", "Reduction before cap"),
    "cap": QT_TRANSLATE_NOOP("Field", "Cap"),
    "reduction": QT_TRANSLATE_NOOP("Field", "Reduction"),
    "windows": QT_TRANSLATE_NOOP("Field", "Maintenance windows"),
    "allowed_downtime_hours": QT_TRANSLATE_NOOP("Field", "Allowed downtime (hours)"),
    "counted_incidents": QT_TRANSLATE_NOOP("Field", "Counted incidents"),
    # contract terms
    "saturday_is_working_day": QT_TRANSLATE_NOOP("Field", "Saturday is a working day"),
    "extra_closed_dates": QT_TRANSLATE_NOOP("Field", "Extra closed dates"),
    "annual_closed_days": QT_TRANSLATE_NOOP("Field", "Closed every year (MM-DD)"),
    "approval_working_days": QT_TRANSLATE_NOOP("Field", "Approval period (working days)"),
    "go_live_min_days": QT_TRANSLATE_NOOP("Field", "Go-live, earliest (days)"),
    "go_live_max_days": QT_TRANSLATE_NOOP("Field", "Go-live, latest (days)"),
    "visible_defect_days": QT_TRANSLATE_NOOP("Field", "Visible defects (days)"),
    "absolute_complaint_months": QT_TRANSLATE_NOOP("Field", "Hidden defects (months)"),
    "promptness_guideline_working_days": QT_TRANSLATE_NOOP(
        "Field", "Promptness guideline (working days)"
    ),
    "binding_months": QT_TRANSLATE_NOOP("Field", "Binding period (months)"),
    "renewal_months": QT_TRANSLATE_NOOP("Field", "Renewal period (months)"),
    "termination_notice_months": QT_TRANSLATE_NOOP("Field", "Termination notice (months)"),
    "extension_request_days": QT_TRANSLATE_NOOP("Field", "Extension request (days)"),
    "deletion_days": QT_TRANSLATE_NOOP("Field", "Deletion within (days)"),
    "deletion_notice_working_days": QT_TRANSLATE_NOOP("Field", "Deletion notice (working days)"),
    "copy_order_working_days": QT_TRANSLATE_NOOP("Field", "Copy order (working days)"),
    "period_months": QT_TRANSLATE_NOOP("Field", "Measuring period (months)"),
    "counting_causes": QT_TRANSLATE_NOOP("Field", "Causes that count"),
    "reduction_pct_per_point": QT_TRANSLATE_NOOP("Field", "Reduction per point (%)"),
    "reduction_cap_monthly_fees": QT_TRANSLATE_NOOP("Field", "Reduction cap (monthly fees)"),
    "payment_days": QT_TRANSLATE_NOOP("Field", "Payment terms (days)"),
    "change_notice_days": QT_TRANSLATE_NOOP("Field", "Change notice (days)"),
}


def field_label(name: str) -> str:
    """The translated label of a pydantic field (dotted paths use their last named part)."""
    parts = [p for p in name.split(".") if not p.isdigit()]
    key = parts[-1] if parts else name
    source = FIELD_LABELS.get(key)
    if source is None:
        return key.replace("_", " ").capitalize()
    return QCoreApplication.translate("Field", source)


CALCULATOR_TITLES: dict[str, str] = {
    "approval": QT_TRANSLATE_NOOP("Calculator", "Approval period"),
    "complaint": QT_TRANSLATE_NOOP("Calculator", "Complaint limits"),
    "deletion": QT_TRANSLATE_NOOP("Calculator", "Deletion and copies"),
    "compensation": QT_TRANSLATE_NOOP("Calculator", "Compensation for downtime"),
    "sodvin_term": QT_TRANSLATE_NOOP("Calculator", "Binding and renewal (Sodvin)"),
    "oc_termination": QT_TRANSLATE_NOOP("Calculator", "Termination (Office Center)"),
    "sodvin_early_termination": QT_TRANSLATE_NOOP("Calculator", "Early termination (Sodvin)"),
    "payment": QT_TRANSLATE_NOOP("Calculator", "Payment and late interest"),
    "first_invoice": QT_TRANSLATE_NOOP("Calculator", "First invoice"),
    "price_adjustment": QT_TRANSLATE_NOOP("Calculator", "Price adjustment"),
    "change_notice": QT_TRANSLATE_NOOP("Calculator", "Change notice"),
    "sodvin_refund": QT_TRANSLATE_NOOP("Calculator", "Sodvin refund"),
    "oc_reduction": QT_TRANSLATE_NOOP("Calculator", "Office Center reduction"),
    "availability": QT_TRANSLATE_NOOP("Calculator", "Availability"),
    "maintenance_windows": QT_TRANSLATE_NOOP("Calculator", "Maintenance windows"),
    "sodvin_extension": QT_TRANSLATE_NOOP("Calculator", "Temporary extension (Sodvin)"),
}


def calculator_title(name: str) -> str:
    source = CALCULATOR_TITLES.get(name)
    if source is None:
        return name.replace("_", " ").capitalize()
    return QCoreApplication.translate("Calculator", source)
