"""Why a service was down (RULES.md section 5): the causes an incident can have.

Whether a cause counts as downtime is a term of the contract (``Terms.counting_causes``,
defaulted by its template with the clause that decides it); announced causes never count,
and their time is left out even where a counting fault overlaps it (reading 6).
"""

from __future__ import annotations

from enum import StrEnum

from .explain import Lang, Step, register_texts, render, step


class Cause(StrEnum):
    """Why a service was down (RULES.md section 5)."""

    SUPPLIER = "supplier"
    UNPLANNED_MAINTENANCE = "unplanned_maintenance"
    PLANNED_MAINTENANCE = "planned_maintenance"
    NOTIFIED = "notified"
    CUSTOMER = "customer"
    THIRD_PARTY = "third_party"
    FORCE_MAJEURE = "force_majeure"


#: Causes whose time is excluded even where a counting incident overlaps it (RULES 5).
ANNOUNCED_CAUSES = frozenset({Cause.PLANNED_MAINTENANCE, Cause.NOTIFIED})


def cause_phrase(cause: Cause | str) -> Step:
    """The cause's name as a catalog phrase (to put in a sentence: ``{cause}``)."""
    return step(f"cause_{Cause(cause).value}")


def cause_name(cause: Cause | str, lang: Lang = "nb") -> str:
    return render(cause_phrase(cause), lang)


register_texts(
    {
        "cause_supplier": ("Feil i tjenesten (leverandør)", "Fault in the service (supplier)"),
        "cause_unplanned_maintenance": ("Uplanlagt vedlikehold", "Unplanned maintenance"),
        "cause_planned_maintenance": (
            "Planlagt vedlikehold (varslet vindu)",
            "Planned maintenance (announced window)",
        ),
        "cause_notified": ("Varslet nedetid", "Announced downtime"),
        "cause_customer": ("Kundens forhold", "Customer's side"),
        "cause_third_party": (
            "Tredjepart (Azure, lisensiert programvare)",
            "Third party (Azure, licensed software)",
        ),
        "cause_force_majeure": ("Force majeure", "Force majeure"),
    }
)
