"""Office Center Hønefoss AS – Service Level Agreement for skytjenester.

The contract text is ``seeds/003_008ba4712754674f.txt``; RULES.md cites it as "OC".
Its terms apply "dersom ikke annet er skriftlig avtalt" (1.1): every value below is a
default a contract may override.
"""

from __future__ import annotations

from decimal import Decimal

from ..causes import Cause
from ..explain import register_texts, step
from ..kinds import Kind, LetterKind
from .base import AfterEnd, CompensationRule, ComplaintRule, Default, EndRule, Label, Template

OFFICE_CENTER = Template(
    id="office_center",
    short="OC",
    name=step("tpl_office_center_name"),
    supplier="Office Center Hønefoss AS",
    agreement=step("tpl_office_center_agreement"),
    defaults={
        # RULES 0: Monday–Friday minus public holidays unless the contract says otherwise
        "saturday_is_working_day": Default(False, "RULES 0"),
        "extra_closed_dates": Default((), "RULES 0"),
        "annual_closed_days": Default((), "RULES 0"),
        "extend_to_working_day": Default(False, "RULES 0, lesemåte 1"),
        # 8.1: "senest 14 dager etter levering"
        "visible_defect_days": Default(14, "OC 8.1"),
        # 8.2: "når det er gått mer enn 1 år fra etablering"
        "absolute_complaint_months": Default(12, "OC 8.2"),
        # 8.2 "straks": a guideline, never a verdict (reading 2)
        "promptness_guideline_working_days": Default(5, "RULES 2, lesemåte 2"),
        # 12.1: "med 3 måneders varsel"
        "termination_notice_months": Default(3, "OC 12.1"),
        # 5.3: "innen 30 dager etter at tjenesten er avsluttet"
        "deletion_days": Default(30, "OC 5.3"),
        # 5.4: "varsel ... 5 virkedager før data faktisk blir slettet"
        "deletion_notice_working_days": Default(5, "OC 5.4"),
        # 5.6: "bestilles skriftlig, senest 3 virkedager før sletting"
        "copy_order_working_days": Default(3, "OC 5.6"),
        # 7.6: "tilgjengelig for kjøper 99,5 % av tiden"
        "uptime_pct": Default(Decimal("99.5"), "OC 7.6"),
        # 7.3: the supplier's opening hours unless the offer says otherwise
        "service_hours": Default("mon-fri 08:00-16:00", "OC 7.3"),
        # 7.1: "Tilgjengeligheten måles kvartalsvis"
        "period_months": Default(3, "OC 7.1"),
        # 7.4: measured on the service's own infrastructure (third-party faults count);
        # 7.4 the customer's local conditions, 7.5 announced and planned, 11.1 hindrances don't
        "counting_causes": Default(
            frozenset({Cause.SUPPLIER, Cause.UNPLANNED_MAINTENANCE, Cause.THIRD_PARTY}),
            "OC 7.4, 7.5, 11.1",
        ),
        # 10.2: "10 % for hvert prosentpoeng"; 10.3: "50 % av 2 månedsavgifter" = 1 a quarter
        "reduction_pct_per_point": Default(Decimal("10"), "OC 10.2"),
        "reduction_cap_monthly_fees": Default(Decimal("1"), "OC 10.3"),
        # 4.1: "10 kalenderdager etter fakturadato"; moved by gjeldsbrevloven § 5 (RULES 8)
        "payment_days": Default(10, "OC 4.1"),
        "move_due_date": Default(True, "gjeldsbrevloven § 5"),
        # 4.6: "purregebyr på kr. 65,-"
        "reminder_fee": Default(Decimal("65"), "OC 4.6"),
        # 6.7: "publiseres ... senest 60 dager før endringen trer i kraft"
        "change_notice_days": Default(60, "OC 6.7"),
    },
    kinds=frozenset(
        {
            Kind.COMPLAINT_VISIBLE,
            Kind.COMPLAINT_ABSOLUTE,
            Kind.DELETION_NOTICE,
            Kind.COPY_ORDER,
            Kind.DELETION,
            Kind.DELETION_PROBLEM,
            Kind.PAYMENT_DUE,
        }
    ),
    letters=frozenset(
        {
            LetterKind.COMPLAINT_ACK,
            LetterKind.DELETION_NOTICE,
            LetterKind.TERMINATION_CONFIRMATION,
        }
    ),
    complaint=ComplaintRule.LIMITS,
    written_complaint_clause="OC 8.3",  # "Enhver reklamasjon skal skje skriftlig"
    promptness=step("oc_promptness"),
    promptness_clause="OC 8.2",  # "straks mangelen er oppdaget"
    end=EndRule.NOTICE,
    after_end=AfterEnd.DELETION,
    compensation=CompensationRule.REDUCTION,
    cause_clauses={
        Cause.SUPPLIER: "OC 7.4",
        Cause.UNPLANNED_MAINTENANCE: "OC 7.4",
        Cause.PLANNED_MAINTENANCE: "OC 7.5",
        Cause.NOTIFIED: "OC 7.5",
        Cause.CUSTOMER: "OC 7.4",
        Cause.THIRD_PARTY: "OC 7.4",
        Cause.FORCE_MAJEURE: "OC 11.1",
    },
    labels={
        Kind.COMPLAINT_VISIBLE: Label("oc_kind_complaint_visible", {"days": "visible_defect_days"}),
        Kind.COMPLAINT_ABSOLUTE: Label(
            "oc_kind_complaint_absolute", {"months": "absolute_complaint_months"}
        ),
        Kind.DELETION_NOTICE: Label(
            "oc_kind_deletion_notice", {"n": "deletion_notice_working_days"}
        ),
        Kind.COPY_ORDER: Label("oc_kind_copy_order", {"n": "copy_order_working_days"}),
        Kind.DELETION: Label("oc_kind_deletion", {"days": "deletion_days"}),
    },
    contract_fields=frozenset(
        {
            "delivered",  # 6.3 levering; 8.1 counts from it
            "established",  # 8.2, 3.1 etablering (the delivery date when left out)
            "monthly_fee",
            "units",  # 3.8, 10.2
            "unit_price",  # 2.3, 10.2
            "establishment_fee",  # 3.2
        }
    ),
    # OC 7.6 says "maksimalt 11 timers utilgjengelighet pr kvartal": true for 24/7 only
    availability_notes=("reading_3",),
)

register_texts(
    {
        "tpl_office_center_name": ("Office Center Hønefoss – SLA", "Office Center Hønefoss – SLA"),
        "tpl_office_center_agreement": ("tjenestevilkårene", "the service terms"),
        "oc_promptness": ("«straks»", "'at once'"),
        "oc_kind_complaint_visible": (
            "Reklamasjon, synlige mangler ({days} dager)",
            "Complaint, visible defects ({days} days)",
        ),
        "oc_kind_complaint_absolute": (
            "Reklamasjon, skjulte mangler ({months} mnd.)",
            "Complaint, hidden defects ({months} months)",
        ),
        "oc_kind_deletion_notice": (
            "Slettevarsel ({n} virkedager før)",
            "Deletion notice ({n} working days before)",
        ),
        "oc_kind_copy_order": (
            "Frist for kopibestilling ({n} virkedager før)",
            "Copy order deadline ({n} working days before)",
        ),
        "oc_kind_deletion": (
            "Sletting av data (innen {days} dager)",
            "Data deletion (within {days} days)",
        ),
    }
)
