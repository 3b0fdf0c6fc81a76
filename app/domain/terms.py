"""Contract terms: the two templates' defaults and a contract's overrides of them.

Both contracts say "unless otherwise agreed" in many places, so every number here is a
default of its template (``sodvin``, ``office_center``) that a single contract may
override (RULES.md introduction). ``terms_for(template, overrides)`` validates the
overrides and names the field of any bad value.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .calendar import WorkCalendar, work_calendar
from .errors import invalid
from .explain import register_texts

TemplateId = Literal["sodvin", "office_center"]
TEMPLATE_IDS: tuple[TemplateId, ...] = ("sodvin", "office_center")

TEMPLATE_NAMES: dict[str, tuple[str, str]] = {
    "sodvin": ("Sodvin – Azure Tjenesteavtale", "Sodvin – Azure service agreement"),
    "office_center": ("Office Center Hønefoss – SLA", "Office Center Hønefoss – SLA"),
}


class Cause(StrEnum):
    """Why a service was down (RULES.md section 5)."""

    SUPPLIER = "supplier"
    UNPLANNED_MAINTENANCE = "unplanned_maintenance"
    PLANNED_MAINTENANCE = "planned_maintenance"
    NOTIFIED = "notified"
    CUSTOMER = "customer"
    THIRD_PARTY = "third_party"
    FORCE_MAJEURE = "force_majeure"


CAUSE_NAMES: dict[Cause, tuple[str, str]] = {
    Cause.SUPPLIER: ("Feil i tjenesten (leverandør)", "Fault in the service (supplier)"),
    Cause.UNPLANNED_MAINTENANCE: ("Uplanlagt vedlikehold", "Unplanned maintenance"),
    Cause.PLANNED_MAINTENANCE: (
        "Planlagt vedlikehold (varslet vindu)",
        "Planned maintenance (announced window)",
    ),
    Cause.NOTIFIED: ("Varslet nedetid", "Announced downtime"),
    Cause.CUSTOMER: ("Kundens forhold", "Customer's side"),
    Cause.THIRD_PARTY: (
        "Tredjepart (Azure, lisensiert programvare)",
        "Third party (Azure, licensed software)",
    ),
    Cause.FORCE_MAJEURE: ("Force majeure", "Force majeure"),
}

#: Causes whose time is excluded even where a counting incident overlaps it (RULES 5).
ANNOUNCED_CAUSES = frozenset({Cause.PLANNED_MAINTENANCE, Cause.NOTIFIED})

_MMDD = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


class Terms(BaseModel):
    """Every number a calculator takes from a contract, with its clause."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    template: TemplateId

    # --- calendar (RULES 0)
    saturday_is_working_day: bool = False
    extra_closed_dates: tuple[date, ...] = ()
    annual_closed_days: tuple[str, ...] = ()  # "MM-DD", e.g. "12-24"
    extend_to_working_day: bool = False  # calendar-day deadlines moved (domstolloven § 149 analogy)

    # --- delivery and approval (Sodvin 3.3, Bilag 2)
    approval_working_days: int = Field(10, ge=1, le=100)
    go_live_min_days: int = Field(14, ge=0, le=365)
    go_live_max_days: int = Field(28, ge=0, le=365)

    # --- complaints (OC 8.1, 8.2; Sodvin 7.1, 2.3)
    visible_defect_days: int = Field(14, ge=0, le=365)
    absolute_complaint_months: int = Field(12, ge=1, le=120)
    promptness_guideline_working_days: int = Field(5, ge=0, le=100)

    # --- binding, renewal, termination (Sodvin 5.1, 5.4; OC 12.1)
    binding_months: int = Field(12, ge=1, le=120)
    renewal_months: int = Field(12, ge=1, le=120)
    termination_notice_months: int = Field(3, ge=0, le=36)
    extension_request_days: int = Field(7, ge=0, le=90)

    # --- deletion and copies (OC 5.3, 5.4, 5.6)
    deletion_days: int = Field(30, ge=0, le=365)
    deletion_notice_working_days: int = Field(5, ge=0, le=60)
    copy_order_working_days: int = Field(3, ge=0, le=60)

    # --- availability and compensation (Sodvin 7.2, Bilag 1; OC 7, 10)
    uptime_pct: Decimal = Field(Decimal("99.5"), gt=0, lt=100)
    service_hours: str = "24/7"
    period_months: int = Field(3, ge=1, le=12)
    counting_causes: frozenset[Cause] = frozenset()
    reduction_pct_per_point: Decimal = Field(Decimal("10"), ge=0, le=100)
    reduction_cap_monthly_fees: Decimal = Field(Decimal("1"), ge=0, le=12)

    # --- invoicing and payment (OC 4.1, 4.6, 6.7)
    payment_days: int = Field(10, ge=0, le=365)
    move_due_date: bool = True
    reminder_fee: Decimal = Field(Decimal("65"), ge=0)
    change_notice_days: int = Field(60, ge=0, le=365)

    @field_validator("annual_closed_days")
    @classmethod
    def _check_mmdd(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for item in value:
            if not _MMDD.match(item):
                raise invalid("err_mmdd", "use MM-DD, e.g. 12-24", input=item)
        return value

    @field_validator("service_hours")
    @classmethod
    def _check_service_hours(cls, value: str) -> str:
        from .periods import parse_service_hours  # periods imports terms' Cause

        parse_service_hours(value)
        return value

    @field_validator("go_live_max_days")
    @classmethod
    def _check_go_live(cls, value: int, info: Any) -> int:
        low = info.data.get("go_live_min_days")
        if low is not None and value < low:
            raise invalid("err_not_before", "must not be less than {other}", other=low)
        return value

    def calendar(self) -> WorkCalendar:
        """The contract's working-day calendar (cached per configuration)."""
        return _calendar(
            self.saturday_is_working_day, self.extra_closed_dates, self.annual_closed_days
        )

    def counts(self, cause: Cause) -> bool:
        return cause in self.counting_causes


register_texts(
    {
        "err_mmdd": (
            "bruk MM-DD, f.eks. 12-24 (fikk «{input}»)",
            "use MM-DD, e.g. 12-24 (got '{input}')",
        ),
        "err_not_before": ("kan ikke være mindre enn {other}", "must not be less than {other}"),
        "err_template": (
            "ukjent avtalemal «{input}» (bruk sodvin eller office_center)",
            "unknown contract template '{input}' (use sodvin or office_center)",
        ),
    }
)

TEMPLATE_DEFAULTS: dict[str, dict[str, Any]] = {
    "sodvin": {
        "service_hours": "24/7",  # Bilag 1: available 24/7 except planned maintenance
        # 7.2: only faults and unplanned maintenance count; 2.1: not Azure, customer apps,
        # or licensed third-party software; 7.1: not force majeure.
        "counting_causes": frozenset({Cause.SUPPLIER, Cause.UNPLANNED_MAINTENANCE}),
    },
    "office_center": {
        # 7.3: the supplier's opening hours unless the offer says otherwise.
        "service_hours": "mon-fri 08:00-16:00",
        # 7.4: measured on the service's own infrastructure (third-party faults count);
        # 7.4 customer's local conditions, 7.5 announced and planned, 11.1 hindrances don't.
        "counting_causes": frozenset(
            {Cause.SUPPLIER, Cause.UNPLANNED_MAINTENANCE, Cause.THIRD_PARTY}
        ),
    },
}


@lru_cache(maxsize=256)
def _calendar(saturday: bool, extra: tuple[date, ...], annual: tuple[str, ...]) -> WorkCalendar:
    return work_calendar(saturday_is_working_day=saturday, extra_closed=extra, annual_closed=annual)


def template_terms(template: str) -> Terms:
    """The template's own terms, no overrides."""
    return terms_for(template, {})


def terms_for(template: str, overrides: dict[str, Any] | None = None) -> Terms:
    """The template's defaults with a contract's overrides applied, validated.

    Raises pydantic's ValidationError naming the overridden field on a bad value.
    Valid results are cached (``Terms`` is frozen): the overview asks for the terms of
    every contract, and most contracts share a handful of configurations.
    """
    key = template if not overrides else _freeze((template, overrides))
    if key is None:  # a value we cannot key on: validate every time
        return _terms_for(template, overrides)
    return _cached_terms(key, template, overrides)


def _freeze(value: Any) -> Any:
    """A hashable key that tells apart every value that could validate differently
    (types included: ``1``, ``1.0``, ``"1"`` and ``True`` are different keys); None
    for anything else."""
    if isinstance(value, dict):
        items = [(_freeze(k), _freeze(v)) for k, v in value.items()]
        if any(k is None or v is None for k, v in items):
            return None
        try:
            return ("dict", tuple(sorted(items)))
        except TypeError:
            return None
    if isinstance(value, (list, tuple, set, frozenset)):
        parts = [_freeze(v) for v in value]
        if any(p is None for p in parts):
            return None
        if isinstance(value, (set, frozenset)):
            return (type(value).__name__, frozenset(parts))
        return (type(value).__name__, tuple(parts))
    if value is None or isinstance(value, (str, int, float, Decimal, date)):
        return (type(value).__name__, value)
    return None


_TERMS_CACHE: dict[Any, Terms] = {}


def _cached_terms(key: Any, template: str, overrides: dict[str, Any] | None) -> Terms:
    found = _TERMS_CACHE.get(key)
    if found is None:
        found = _terms_for(template, overrides)  # errors are raised, never cached
        if len(_TERMS_CACHE) >= 1024:
            _TERMS_CACHE.clear()
        _TERMS_CACHE[key] = found
    return found


def _terms_for(template: str, overrides: dict[str, Any] | None) -> Terms:
    if template not in TEMPLATE_DEFAULTS:
        from .errors import DomainError

        raise DomainError("template", "err_template", input=template)
    data: dict[str, Any] = {**TEMPLATE_DEFAULTS[template], **(overrides or {})}
    data["template"] = template
    return Terms.model_validate(data)


def overridden_fields(terms: Terms) -> dict[str, tuple[Any, Any]]:
    """``field -> (template default, contract value)`` for every field that differs."""
    base = template_terms(terms.template)
    return {
        name: (getattr(base, name), getattr(terms, name))
        for name in Terms.model_fields
        if getattr(base, name) != getattr(terms, name)
    }
