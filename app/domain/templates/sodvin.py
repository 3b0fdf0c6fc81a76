"""Sodvin – Spesifikke vilkår og betingelser, Azure Tjenesteavtale (Managed Cloud).

The contract text is ``seeds/000_89145667be3b1cd3.txt`` (with Bilag 1, services and
service level, and Bilag 2, the establishment plan); RULES.md cites it as "Sodvin".
Every value below is a default ("dersom ikke annet er avtalt") a contract may override.
"""

from __future__ import annotations

from decimal import Decimal

from ..causes import Cause
from ..explain import register_texts, step
from ..kinds import Kind, LetterKind
from .base import AfterEnd, CompensationRule, ComplaintRule, Default, EndRule, Label, Template

SODVIN = Template(
    id="sodvin",
    short="Sodvin",
    name=step("tpl_sodvin_name"),
    supplier="Sodvin",
    agreement=step("tpl_sodvin_agreement"),
    defaults={
        # RULES 0: Monday–Friday minus public holidays unless the contract says otherwise
        "saturday_is_working_day": Default(False, "RULES 0"),
        "extra_closed_dates": Default((), "RULES 0"),
        "annual_closed_days": Default((), "RULES 0"),
        "extend_to_working_day": Default(False, "RULES 0, lesemåte 1"),
        # 3.3: "inntil 10 (ti) virkedager fra første virkedag etter ... leveransemelding"
        "approval_working_days": Default(10, "Sodvin 3.3"),
        # Bilag 2: "Samlet produksjonstid fra signering er normalt 2-4 uker"
        "go_live_min_days": Default(14, "Sodvin Bilag 2"),
        "go_live_max_days": Default(28, "Sodvin Bilag 2"),
        # 7.1/2.3 "uten ugrunnet opphold": a guideline, never a verdict (reading 2)
        "promptness_guideline_working_days": Default(5, "RULES 2, lesemåte 2"),
        # 5.1: 12 months from the 1st after ordinary operation starts, renewed, 3 months' notice
        "binding_months": Default(12, "Sodvin 5.1"),
        "renewal_months": Default(12, "Sodvin 5.1"),
        "termination_notice_months": Default(3, "Sodvin 5.1"),
        # 5.4: ask for a temporary extension "innen 1 (én) uke"
        "extension_request_days": Default(7, "Sodvin 5.4"),
        # 7.2: O is the agreed uptime of Bilag 1 (the seed gives no number; RULES 6 uses 99.5)
        "uptime_pct": Default(Decimal("99.5"), "Sodvin 7.2, Bilag 1"),
        # Bilag 1: "Tjenestene er tilgjengelig 24/7, med unntak av planlagt vedlikehold"
        "service_hours": Default("24/7", "Sodvin Bilag 1"),
        # 7.2: the service period follows the invoice period, "kvartalsvis om ikke annet fremgår"
        "period_months": Default(3, "Sodvin 7.2"),
        # 7.2: only faults and unplanned maintenance count; 2.1: not Azure, customer apps or
        # licensed third-party software; 7.1: not force majeure
        "counting_causes": Default(
            frozenset({Cause.SUPPLIER, Cause.UNPLANNED_MAINTENANCE}), "Sodvin 7.2, 2.1"
        ),
    },
    kinds=frozenset(
        {
            Kind.APPROVAL_END,
            Kind.DELIVERY_DAY,
            Kind.TERMINATION_NOTICE,
            Kind.EXTENSION_REQUEST,  # 5.4
            Kind.MAINTENANCE,
        }
    ),
    letters=frozenset(
        {
            LetterKind.DELIVERY_NOTICE,
            LetterKind.REJECTION_RECEIPT,
            LetterKind.COMPLAINT_ACK,
            LetterKind.TERMINATION_CONFIRMATION,
        }
    ),
    complaint=ComplaintRule.UNDUE_DELAY,
    written_complaint_clause="Sodvin 7.1",  # "reklamere skriftlig uten ugrunnet opphold"
    promptness=step("sodvin_promptness"),
    promptness_clause="Sodvin 7.1",  # also 2.3: "melde feil eller mangler uten ugrunnet opphold"
    end=EndRule.PERIODS,
    after_end=AfterEnd.TRANSFER,
    compensation=CompensationRule.REFUND,
    cause_clauses={
        Cause.SUPPLIER: "Sodvin 7.2",
        Cause.UNPLANNED_MAINTENANCE: "Sodvin 7.2",
        Cause.PLANNED_MAINTENANCE: "Sodvin Bilag 1",
        Cause.NOTIFIED: "Sodvin 7.2",
        Cause.CUSTOMER: "Sodvin 2.1, 7.2",
        Cause.THIRD_PARTY: "Sodvin 2.1",
        Cause.FORCE_MAJEURE: "Sodvin 7.1, 7.2",
    },
    labels={
        Kind.APPROVAL_END: Label("sodvin_kind_approval_end", {"n": "approval_working_days"}),
        Kind.TERMINATION_NOTICE: Label(
            "sodvin_kind_termination_notice", {"months": "termination_notice_months"}
        ),
        Kind.EXTENSION_REQUEST: Label(
            "sodvin_kind_extension_request", {"n": "extension_request_days"}
        ),
    },
    contract_fields=frozenset(
        {
            "ordinary_start",  # 5.1 "oppstartsdag for ordinær drift"
            "delivered",  # 3.3 leveringsdag (7.6: the yearly cap counts losses after it)
            "monthly_fee",  # 4.2, 7.2 V
            "annual_fee",  # 7.6 yearly cap
            "contract_sum",  # 7.6 total cap
            "establishment_sum",  # 7.6 establishment-phase cap
        }
    ),
    transfer_items=("data", "licences", "contracts", "users", "other"),
    establishment_plan=True,
)

register_texts(
    {
        "tpl_sodvin_name": ("Sodvin – Azure Tjenesteavtale", "Sodvin – Azure service agreement"),
        "tpl_sodvin_agreement": ("tjenesteavtalen", "the service agreement"),
        "sodvin_promptness": ("«uten ugrunnet opphold»", "'without undue delay'"),
        "sodvin_kind_approval_end": (
            "Godkjenningsperiode slutter ({n} virkedager)",
            "Approval period ends ({n} working days)",
        ),
        "sodvin_kind_termination_notice": (
            "Oppsigelsesfrist før fornyelse ({months} mnd.)",
            "Notice deadline before renewal ({months} months)",
        ),
        "sodvin_kind_extension_request": (
            "Be om forlengelse ({n} dager)",
            "Ask for an extension ({n} days)",
        ),
    }
)
