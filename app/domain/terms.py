"""Contract terms: every number a calculator takes from a contract.

Both contracts say "unless otherwise agreed" in many places, so every number is a
default of the contract's template (declared, with its clause, in the template's module
under ``templates/``), possibly changed by a template variant, and then by the single
contract (RULES.md introduction). ``terms_for(template, overrides)`` puts them together,
validates the overrides and names the field of any bad value. A term the template does
not use is ``None`` (unless a contract sets it): no rule of that template reads it.
"""

from __future__ import annotations

import json
import re
import types
import typing
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from pydantic import ConfigDict, Field, ValidationError, field_validator

from . import templates
from .calendar import WorkCalendar, work_calendar
from .causes import ANNOUNCED_CAUSES, Cause
from .errors import DomainError, invalid
from .explain import register_texts
from .model import FrozenModel

if TYPE_CHECKING:
    from .templates import Template

#: The built-in templates' ids (a contract may also name a user's variant of one).
TemplateId = Literal["sodvin", "office_center"]

__all__ = [
    "ANNOUNCED_CAUSES",
    "WHOLE_NUMBER_TERMS",
    "Cause",
    "TemplateId",
    "Terms",
    "check_kinds",
    "template_terms",
    "terms_for",
]


_MMDD = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


class Terms(FrozenModel):
    """Every number a calculator takes from a contract.

    Built by ``terms_for``: the template's defaults (its module says the clause of each),
    a variant's, then the contract's overrides. ``template`` is the built-in template
    whose rules apply (``rules``); ``variant`` the variant's key, if the contract is on
    one. A rule reads only the terms its template declares; the others stay ``None``.
    """

    model_config = ConfigDict(extra="forbid")

    template: TemplateId
    variant: str | None = None

    # --- calendar (RULES 0): neutral unless the contract says otherwise
    saturday_is_working_day: bool = False
    extra_closed_dates: tuple[date, ...] = ()
    annual_closed_days: tuple[str, ...] = ()  # "MM-DD", e.g. "12-24"
    extend_to_working_day: bool = False  # calendar-day deadlines moved (domstolloven § 149 analogy)

    # --- delivery and approval (Sodvin 3.3, Bilag 2)
    approval_working_days: int | None = Field(None, ge=1, le=100)
    go_live_min_days: int | None = Field(None, ge=0, le=365)
    go_live_max_days: int | None = Field(None, ge=0, le=365)

    # --- complaints (OC 8.1, 8.2; Sodvin 7.1, 2.3)
    visible_defect_days: int | None = Field(None, ge=0, le=365)
    absolute_complaint_months: int | None = Field(None, ge=1, le=120)
    promptness_guideline_working_days: int | None = Field(None, ge=0, le=100)

    # --- binding, renewal, termination (Sodvin 5.1, 5.4; OC 12.1)
    binding_months: int | None = Field(None, ge=1, le=120)
    renewal_months: int | None = Field(None, ge=1, le=120)
    termination_notice_months: int | None = Field(None, ge=0, le=36)
    extension_request_days: int | None = Field(None, ge=0, le=90)

    # --- deletion and copies (OC 5.3, 5.4, 5.6)
    deletion_days: int | None = Field(None, ge=0, le=365)
    deletion_notice_working_days: int | None = Field(None, ge=0, le=60)
    copy_order_working_days: int | None = Field(None, ge=0, le=60)

    # --- availability and compensation (Sodvin 7.2, Bilag 1; OC 7, 10)
    uptime_pct: Decimal | None = Field(None, gt=0, lt=100)
    service_hours: str | None = None
    period_months: int | None = Field(None, ge=1, le=12)
    counting_causes: frozenset[Cause] = frozenset()
    reduction_pct_per_point: Decimal | None = Field(None, ge=0, le=100)
    reduction_cap_monthly_fees: Decimal | None = Field(None, ge=0, le=12)

    # --- invoicing and payment (OC 4.1, 4.6, 6.7)
    payment_days: int | None = Field(None, ge=0, le=365)
    move_due_date: bool = True  # gjeldsbrevloven § 5 moves a due date unless agreed otherwise
    reminder_fee: Decimal | None = Field(None, ge=0)
    change_notice_days: int | None = Field(None, ge=0, le=365)

    @field_validator("annual_closed_days")
    @classmethod
    def _check_mmdd(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for item in value:
            if not _MMDD.match(item):
                raise invalid("err_mmdd", "use MM-DD, e.g. 12-24", input=item)
        return value

    @field_validator("service_hours")
    @classmethod
    def _check_service_hours(cls, value: str | None) -> str | None:
        from .periods import parse_service_hours  # periods imports this module's Cause

        if value is not None:
            parse_service_hours(value)
        return value

    @field_validator("go_live_max_days")
    @classmethod
    def _check_go_live(cls, value: int | None, info: Any) -> int | None:
        low = info.data.get("go_live_min_days")
        if low is not None and value is not None and value < low:
            raise invalid("err_not_before", "must not be less than {other}", other=low)
        return value

    @property
    def rules(self) -> Template:
        """The template whose rules apply (a variant's is its built-in template)."""
        return templates.BUILTIN[self.template]

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
        "err_not_a_term": (
            "er ikke et vilkår en avtale kan endre",
            "is not a term a contract can change",
        ),
        "err_integer_point": (
            "må være et helt tall uten desimaler: {whole}, ikke {input}",
            "must be a whole number without decimals: {whole}, not {input}",
        ),
    }
)


def _kinds(annotation: Any) -> set[Any]:
    """The plain types an annotation allows (``int | None`` -> {int, NoneType})."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return set().union(*(_kinds(a) for a in typing.get_args(annotation)))
    return {annotation}


#: The terms that are whole numbers (days, months), and those that are decimal numbers.
WHOLE_NUMBER_TERMS = frozenset(
    name for name, f in Terms.model_fields.items() if int in _kinds(f.annotation)
)
DECIMAL_TERMS = frozenset(
    name for name, f in Terms.model_fields.items() if Decimal in _kinds(f.annotation)
)


def check_kinds(values: dict[str, Any]) -> None:
    """Refuse a term's JSON value that ``Terms``' lax reading would take as another kind:
    ``true``/``false`` for a number (Python's bool is an int: ``"approval_working_days":
    true`` was one working day), a float for a whole number (``8.0`` was kept as the
    float, which an import refuses; ``8.5`` got an amount's advice). Raises pydantic's
    ValidationError naming each such term.

    For the overrides of a contract and the defaults of a variant as they come in (a
    form, ``record add``/``update``, an import file, a variant's file); a row stored
    before is read as it is (``text.STORED_ROW``), so the database stays readable and
    computes as it did. ``terms_for`` itself stays lax: it computes with stored rows."""
    errors = []
    for name, value in values.items():
        if not isinstance(value, (bool, float)):
            continue
        shown = json.dumps(value)
        if isinstance(value, bool) and name in WHOLE_NUMBER_TERMS:
            error = invalid("err_integer", "must be a whole number", input=shown)
        elif isinstance(value, bool) and name in DECIMAL_TERMS:
            error = invalid("err_number", "invalid number", input=shown)
        elif isinstance(value, float) and name in WHOLE_NUMBER_TERMS:
            if value.is_integer():
                error = invalid(
                    "err_integer_point",
                    "must be a whole number without decimals",
                    whole=str(int(value)),
                    input=shown,
                )
            else:
                error = invalid("err_integer", "must be a whole number", input=shown)
        else:
            continue
        errors.append({"type": error, "loc": (name,), "input": value})
    if errors:
        raise ValidationError.from_exception_data("Terms", errors)


@lru_cache(maxsize=256)
def _calendar(saturday: bool, extra: tuple[date, ...], annual: tuple[str, ...]) -> WorkCalendar:
    return work_calendar(saturday_is_working_day=saturday, extra_closed=extra, annual_closed=annual)


def template_terms(template: str) -> Terms:
    """The template's (or variant's) own terms, no overrides."""
    return terms_for(template, {})


def terms_for(template: str, overrides: dict[str, Any] | None = None) -> Terms:
    """The template's defaults (a variant's on top) with a contract's overrides applied,
    validated.

    Raises pydantic's ValidationError naming the overridden field on a bad value, and
    DomainError ``template`` for an unknown template or variant. Valid results are cached
    (``Terms`` is frozen): the overview asks for the terms of every contract, and most
    contracts share a handful of configurations. Installing variants empties the cache.
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
    resolved = templates.resolve(template)
    overrides = overrides or {}
    for name in ("template", "variant"):
        if name in overrides:
            raise DomainError(name, "err_not_a_term")
    data: dict[str, Any] = {**resolved.defaults(), **overrides}
    data["template"] = resolved.template.id
    data["variant"] = None if resolved.variant is None else resolved.variant.key
    return Terms.model_validate(data)


templates.on_change(_TERMS_CACHE.clear)
