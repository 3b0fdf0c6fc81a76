"""Availability and what a shortfall is worth: Sodvin refund and caps, OC price reduction.

RULES.md sections 5 and 6. Availability is measured on real (UTC) time inside the
contract's service hours; only causes the contract counts are downtime, overlapping
incidents are merged, and time inside an announced window never counts (reading 6).
Money is rounded to øre once, at the end; availabilities are kept exact and shown
with 4 decimals.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal, NamedTuple, Protocol

from pydantic import (
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .calculators import CalcInput, calculator
from .causes import ANNOUNCED_CAUSES, Cause, cause_phrase
from .errors import DomainError, invalid
from .explain import Step, register_texts, step
from .model import FrozenModel
from .periods import (
    OSLO,
    Interval,
    OsloMinute,
    Window,
    closed_service_days,
    durations_within,
    hours_between,
    intersect,
    merge,
    oslo_time,
    parse_quarter,
    parse_service_hours,
    quarter_bounds,
    service_intervals,
    subtract,
    to_hours,
    to_utc,
    total_duration,
)
from .records import Contract, Incident, OsloTime, Service
from .results import Money, Percent, Points, Result, round_money, round_places
from .templates import CompensationRule
from .terms import TemplateId, Terms

HUNDRED = Decimal(100)
ZERO = Decimal(0)
HOURS_PLACES = 4  # hours in results: exact to well under a second, readable in JSON


def _hours_json(value: Decimal) -> str:
    return f"{round_places(value, HOURS_PLACES).normalize():f}"


#: Hours kept exact (minutes are thirds of a hundredth), shown in JSON with at most
#: 4 decimals and no trailing zeros: "2184", "10.92", "0.0167".
ExactHours = Annotated[Decimal, PlainSerializer(_hours_json, return_type=str)]


def _nested(result: Result) -> dict[str, Any]:
    return result.values()


#: A result inside a result: its values in JSON, its steps merged into the parent's.
Nested = PlainSerializer(_nested, return_type=dict)


def cause_clause(terms: Terms, cause: Cause) -> Step:
    """The clause that decides whether ``cause`` counts under these terms: the template's
    (RULES 5 table), or "the contract's own terms" where they count it differently."""
    rules = terms.rules
    default = cause in rules.defaults["counting_causes"].value
    if terms.counts(cause) != default:
        return step("clause_own_terms")
    return step("clause", clause=rules.cause_clauses[cause])


class IncidentLike(Protocol):
    """What availability needs of an incident (``records.Incident`` fits)."""

    @property
    def start(self) -> datetime: ...
    @property
    def end(self) -> datetime | None: ...
    @property
    def cause(self) -> Cause | str: ...


def _cause(value: Cause | str, field: str) -> Cause:
    try:
        return Cause(value)
    except ValueError:
        raise DomainError(
            field, "err_choice", expected=", ".join(c.value for c in Cause), input=value
        ) from None


def _check_fee(value: Decimal, field: str) -> Decimal:
    value = Decimal(value)
    if not value.is_finite() or value < 0:
        raise DomainError(field, "err_not_negative", input=value)
    return value


def _check_pct(value: Decimal, field: str, *, open_ends: bool) -> Decimal:
    """A percentage: 0 < x < 100 for agreed levels, 0 <= x <= 100 for measured ones."""
    value = Decimal(value)
    if not value.is_finite():
        raise DomainError(field, "err_number", input=value)
    if open_ends and not ZERO < value < HUNDRED:
        raise DomainError(field, "err_pct_open", input=value)
    if not open_ends and not ZERO <= value <= HUNDRED:
        raise DomainError(field, "err_pct_closed", input=value)
    return value


register_texts(
    {
        "clause": ("{clause}", "{clause}"),
        "clause_own_terms": ("avtalens egne vilkår", "the contract's own terms"),
        "err_pct_open": (
            "må være større enn 0 og mindre enn 100 (fikk {input})",
            "must be greater than 0 and less than 100 (got {input})",
        ),
        "err_pct_closed": (
            "må være mellom 0 og 100 (fikk {input})",
            "must be between 0 and 100 (got {input})",
        ),
        "err_no_service_time": (
            "det er ingen tjenestetid («{spec:service_hours}») mellom {start:dt} og {end:dt}",
            "there is no service time ('{spec:service_hours}') between {start:dt} and {end:dt}",
        ),
        "err_downtime_over_period": (
            "nedetiden ({input} t) kan ikke være lengre enn perioden ({limit} t)",
            "the downtime ({input} h) cannot be longer than the period ({limit} h)",
        ),
        "err_quarter_or_hours": (
            "oppgi enten quarter (kvartal, 24/7) eller period_hours, ikke begge",
            "give either quarter (24/7) or period_hours, not both",
        ),
        "err_quarter_or_hours_missing": (
            "mangler: oppgi quarter (f.eks. 2026Q3, 24/7) eller period_hours",
            "is required: give quarter (e.g. 2026Q3, 24/7) or period_hours",
        ),
        "err_whole_months": (
            "perioden må starte og slutte ved et månedsskifte (fikk {start:dt}–{end:dt})",
            "the period must start and end at the turn of a month (got {start:dt}–{end:dt})",
        ),
        "err_unknown_service": (
            "hendelsen gjelder tjeneste {input}, som ikke hører til avtalen",
            "the incident names service {input}, which is not part of the contract",
        ),
    }
)


# --- 5. Availability (Sodvin 7.2, 2.1, Bilag 1; OC 7) -----------------------------------------


class AvailabilityResult(Result):
    template: TemplateId
    period_start: OsloMinute
    period_end: OsloMinute
    service_hours: str
    period_hours: ExactHours  # D
    downtime_hours: ExactHours  # N
    availability: Percent  # (D - N) / D, exact; JSON with 4 decimals
    uptime_pct: Percent  # the agreed level O
    allowed_downtime_hours: ExactHours  # D × (1 - O), in the contract's own service hours
    meets_target: bool
    announced_overlap_hours: ExactHours  # counting fault time left out by reading 6
    downtime_by_cause: dict[str, ExactHours]  # per cause inside service time, counting or not
    intervals: tuple[Window, ...]  # the counting downtime, merged


@dataclass(frozen=True)
class _Span:
    cause: Cause
    interval: Interval
    ongoing: bool


def _spans(incidents: Iterable[IncidentLike], horizon: datetime) -> list[_Span]:
    """Each incident as a cause and a UTC interval; an open one runs to ``horizon``."""
    out = []
    for index, item in enumerate(incidents):
        cause = _cause(item.cause, f"incidents.{index}.cause")
        start = to_utc(item.start)
        end = max(horizon, start) if item.end is None else to_utc(item.end)
        if item.end is not None and end <= start:
            raise DomainError(f"incidents.{index}.end", "err_end_before_start", other="start")
        out.append(_Span(cause, Interval(start, end), item.end is None))
    # sorted, so the explanation (like every value) does not depend on the input order
    return sorted(out, key=lambda s: (s.interval, s.cause.value))


def availability(
    *,
    terms: Terms,
    start: datetime,
    end: datetime,
    incidents: Iterable[IncidentLike],
    now: datetime | None = None,
) -> AvailabilityResult:
    """Availability of a service in ``[start, end)`` under ``terms`` (RULES 5).

    An incident without an end is still going on: it counts up to ``now``, or to the
    period end when no ``now`` is given.
    """
    period = Interval(start, end) if to_utc(end) > to_utc(start) else None
    if period is None:
        raise DomainError("end", "err_end_before_start", other="start")
    hours_spec = parse_service_hours(terms.service_hours)
    # 24/7 needs no calendar: not building it spares a first call the holidays import
    cal = None if hours_spec.always else terms.calendar()
    service = service_intervals(start, end, hours_spec, cal)
    d_time = total_duration(service)
    if not d_time:
        raise DomainError(
            "service_hours",
            "err_no_service_time",
            spec=hours_spec.text,
            start=period.local_start,
            end=period.local_end,
        )
    horizon = to_utc(now) if now is not None else period.end
    spans = _spans(incidents, horizon)

    # Sodvin 7.2 / OC 7.4-7.5: only the contract's counting causes are downtime.
    announced = merge(s.interval for s in spans if s.cause in ANNOUNCED_CAUSES)
    counts = {cause: terms.counts(cause) and cause not in ANNOUNCED_CAUSES for cause in Cause}
    counting = [s.interval for s in spans if counts[s.cause]]
    # Sodvin 7.2 "i løpet av Dekningsperioden", OC 7.2 "innenfor avtalt tjenestetid":
    # clipped to service time in the period, overlaps merged (never counted twice).
    in_service = intersect(counting, service)
    # Reading 6: announced time never counts, even where a counting fault overlaps it.
    counted = subtract(in_service, announced)
    n_time = total_duration(counted)
    overlap_time = total_duration(in_service) - n_time

    d, n = to_hours(d_time), to_hours(n_time)
    avail = (d - n) / d * HUNDRED
    allowed = d * (HUNDRED - terms.uptime_pct) / HUNDRED
    # each incident's own time inside service time (one bisection each, not a sweep)
    inside_time = durations_within([s.interval for s in spans], service)
    by_cause = {
        cause.value: to_hours(
            total_duration(intersect([s.interval for s in spans if s.cause == cause], service))
        )
        for cause in Cause
        if any(s.cause == cause and s.interval.overlaps(period) for s in spans)
    }

    steps = _period_steps(terms, hours_spec, period, d)
    notes: list[Step] = []
    clauses = {cause: cause_clause(terms, cause) for cause in {s.cause for s in spans}}
    for span, inside_span in zip(spans, inside_time, strict=True):
        if not span.interval.overlaps(period):
            continue
        inside = to_hours(inside_span)
        name, clause = cause_phrase(span.cause), clauses[span.cause]
        if span.cause in ANNOUNCED_CAUSES:
            code = "avail_incident_announced"
        elif terms.counts(span.cause):
            code = "avail_incident_counts"
        else:
            code = "avail_incident_excluded"
        steps.append(
            step(
                code,
                start=span.interval.local_start,
                end=span.interval.local_end,
                cause=name,
                hours=inside,
                clause=clause,
            )
        )
        if span.ongoing:
            notes.append(
                step(
                    "avail_ongoing", start=span.interval.local_start, until=horizon.astimezone(OSLO)
                )
            )
    # overlapping incidents are merged: shown when it made a difference
    separate = sum(
        (t for s, t in zip(spans, inside_time, strict=True) if counts[s.cause]), timedelta(0)
    )
    if separate > total_duration(in_service):
        steps.append(
            step(
                "avail_merged",
                separate=to_hours(separate),
                merged=to_hours(total_duration(in_service)),
            )
        )
    if overlap_time:
        steps.append(step("avail_announced_removed", hours=to_hours(overlap_time)))
    steps += [
        step("avail_n", n=n),
        step("avail_formula", d=d, n=n, a=avail),
        step("avail_allowed", o=terms.uptime_pct.normalize(), d=d, allowed=allowed),
        step(
            "avail_met" if avail >= terms.uptime_pct else "avail_missed",
            a=avail,
            o=terms.uptime_pct.normalize(),
        ),
    ]
    if overlap_time:
        extra = to_hours(overlap_time)
        notes.append(step("reading_6", extra=extra, alt=(d - n - extra) / d * HUNDRED))
    for code in terms.rules.availability_notes:  # e.g. OC's reading 3 of its 7.6
        notes.append(
            step(code, o=terms.uptime_pct.normalize(), spec=hours_spec.text, allowed=allowed)
        )
    if not hours_spec.always:
        notes.append(step("avail_working_days_only", spec=hours_spec.text))

    return AvailabilityResult(
        template=terms.template,
        period_start=period.local_start,
        period_end=period.local_end,
        service_hours=hours_spec.text,
        period_hours=d,
        downtime_hours=n,
        availability=avail,
        uptime_pct=terms.uptime_pct,
        allowed_downtime_hours=allowed,
        meets_target=avail >= terms.uptime_pct,
        announced_overlap_hours=to_hours(overlap_time),
        downtime_by_cause=by_cause,
        intervals=tuple(i.window() for i in counted),
        steps=tuple(steps),
        notes=tuple(notes),
    )


def _period_steps(terms: Terms, hours_spec: Any, period: Interval, d: Decimal) -> list[Step]:
    """The period, its service time and what removed hours from it: D."""
    start, end = period.local_start, period.local_end
    out = [step("avail_period", start=start, end=end, spec=hours_spec.text)]
    if hours_spec.always:
        wall = to_hours(end.replace(tzinfo=None) - start.replace(tzinfo=None))
        if d < wall:
            out.append(step("avail_dst_shorter", hours=wall - d))
        elif d > wall:
            out.append(step("avail_dst_longer", hours=d - wall))
    else:
        cal = terms.calendar()
        out += [
            step("avail_closed_day", date=day, name=name)
            for day, name in closed_service_days(start, end, hours_spec, cal)
        ]
    out.append(step("avail_d", d=d))
    return out


register_texts(
    {
        "avail_period": (
            "Periode {start:dt}–{end:dt}, tjenestetid {spec:service_hours}.",
            "Period {start:dt}–{end:dt}, service hours {spec:service_hours}.",
        ),
        "avail_dst_shorter": (
            "Overgangen til sommertid gjør perioden {hours:hours} kortere enn klokken viser.",
            "The change to summer time makes the period {hours:hours} shorter than the clock shows.",
        ),
        "avail_dst_longer": (
            "Overgangen til vintertid gjør perioden {hours:hours} lengre enn klokken viser.",
            "The change to winter time makes the period {hours:hours} longer than the clock shows.",
        ),
        "avail_closed_day": (
            "{date:wd} {name} er ikke tjenestetid (helligdag eller avtalt stengt dag).",
            "{date:wd} {name} is not service time (public holiday or agreed closed day).",
        ),
        "avail_d": (
            "Driftstid D = {d:hours} tjenestetid i perioden.",
            "Service time D = {d:hours} in the period.",
        ),
        "avail_incident_counts": (
            "{start:dt}–{end:dt} {cause}: teller som nedetid ({clause}); "
            "{hours:hours} innenfor tjenestetiden i perioden.",
            "{start:dt}–{end:dt} {cause}: counts as downtime ({clause}); "
            "{hours:hours} inside service time in the period.",
        ),
        "avail_incident_excluded": (
            "{start:dt}–{end:dt} {cause}: teller ikke ({clause}); "
            "{hours:hours} innenfor tjenestetiden.",
            "{start:dt}–{end:dt} {cause}: does not count ({clause}); "
            "{hours:hours} inside service time.",
        ),
        "avail_incident_announced": (
            "{start:dt}–{end:dt} {cause}: varslet, teller ikke, og tiden holdes utenfor "
            "også for feil som overlapper ({clause}); {hours:hours} innenfor tjenestetiden.",
            "{start:dt}–{end:dt} {cause}: announced, does not count, and its time is left out "
            "for overlapping faults too ({clause}); {hours:hours} inside service time.",
        ),
        "avail_merged": (
            "Overlappende hendelser er slått sammen: {separate:hours} hver for seg, "
            "{merged:hours} sammenslått (ingen tid telles to ganger).",
            "Overlapping incidents are merged: {separate:hours} separately, "
            "{merged:hours} merged (no time counts twice).",
        ),
        "avail_announced_removed": (
            "{hours:hours} av feiltiden lå innenfor varslet eller planlagt vedlikehold og "
            "trekkes fra (valgt lesemåte 6).",
            "{hours:hours} of the fault time lay inside announced or planned maintenance and is "
            "taken out (reading 6).",
        ),
        "avail_n": ("Nedetid N = {n:hours}.", "Downtime N = {n:hours}."),
        "avail_formula": (
            "Tilgjengelighet = (D − N) / D = ({d:hours} − {n:hours}) / {d:hours} = {a:pct}.",
            "Availability = (D − N) / D = ({d:hours} − {n:hours}) / {d:hours} = {a:pct}.",
        ),
        "avail_allowed": (
            "Avtalt oppetid {o:num} % tillater {allowed:hours} nedetid i perioden "
            "({d:hours} × (100 − {o:num}) %).",
            "Agreed uptime {o:num} % allows {allowed:hours} of downtime in the period "
            "({d:hours} × (100 − {o:num}) %).",
        ),
        "avail_met": (
            "{a:pct} er ikke under avtalt oppetid {o:num} %: ingen kompensasjon.",
            "{a:pct} is not below the agreed uptime of {o:num} %: no compensation.",
        ),
        "avail_missed": (
            "{a:pct} er under avtalt oppetid {o:num} %.",
            "{a:pct} is below the agreed uptime of {o:num} %.",
        ),
        "avail_ongoing": (
            "Hendelsen fra {start:dt} pågår fortsatt; nedetiden er regnet frem til {until:dt} "
            "og blir større når den varer.",
            "The incident from {start:dt} is still going on; downtime is counted up to "
            "{until:dt} and grows while it lasts.",
        ),
        "reading_6": (
            "Valgt lesemåte 6: tid innenfor et varslet vedlikeholdsvindu teller ikke, selv når "
            "en feil overlapper det. Etter den andre lesemåten teller hele feilen: nedetiden "
            "ville vært {extra:hours} større, og tilgjengeligheten {alt:pct}.",
            "Reading 6: time inside an announced maintenance window does not count, even where a "
            "fault overlaps it. The other reading counts the whole fault: downtime would be "
            "{extra:hours} more, and availability {alt:pct}.",
        ),
        "reading_3": (
            "OC 7.6 sier «maksimalt 11 timers utilgjengelighet pr kvartal»; det stemmer bare "
            "for tjenestetid 24/7. Her regnes {o:num} % av avtalens egen tjenestetid ({spec:service_hours}): "
            "høyst {allowed:hours} i denne perioden (valgt lesemåte 3).",
            "OC 7.6 says 'at most 11 hours of unavailability per quarter'; that only holds for "
            "24/7 service time. Here {o:num} % of the contract's own service time ({spec:service_hours}) "
            "applies: at most {allowed:hours} in this period (reading 3).",
        ),
        "avail_working_days_only": (
            "Tjenestetiden {spec:service_hours} gjelder bare virkedager: helligdager og avtalens stengte "
            "dager er utenfor tjenestetiden.",
            "Service hours {spec:service_hours} apply on working days only: public holidays and the "
            "contract's closed days are outside service time.",
        ),
    }
)


# --- 6. Sodvin refund (7.2) ---------------------------------------------------------------------


class RefundResult(Result):
    fee: Money  # V
    uptime_pct: Percent  # O
    availability: Percent  # A
    period_hours: ExactHours | None = None  # D
    downtime_hours: ExactHours | None = None  # N
    refund: Money  # R


def sodvin_refund(
    *,
    fee: Decimal,
    uptime_pct: Decimal,
    availability_pct: Decimal,
    period_hours: Decimal | None = None,
    downtime_hours: Decimal | None = None,
    extra_steps: Sequence[Step] = (),
) -> RefundResult:
    """Sodvin 7.2: R = V × (1 − A / O), 0 when A ≥ O; always within [0, V]."""
    fee = _check_fee(fee, "fee")
    uptime = _check_pct(uptime_pct, "uptime", open_ends=True)
    avail = _check_pct(availability_pct, "availability", open_ends=False)
    steps = list(extra_steps)
    if avail >= uptime:
        refund = ZERO
        steps.append(step("refund_none", a=avail, o=uptime.normalize()))
    else:
        # Sodvin 7.2: R = V * (1 - (D-N)/D/O), 1 > O > 0 (A and O as fractions; their ratio
        # is the same in percent)
        refund = fee * (1 - avail / uptime)
        steps.append(step("refund_formula", v=fee, a=avail, o=uptime.normalize(), r=refund))
    refund = min(max(round_money(refund), ZERO), round_money(fee))
    return RefundResult(
        fee=round_money(fee),
        uptime_pct=uptime,
        availability=avail,
        period_hours=period_hours,
        downtime_hours=downtime_hours,
        refund=refund,
        steps=tuple(steps),
        notes=(step("refund_period"),),
    )


def sodvin_refund_from_downtime(
    *, fee: Decimal, uptime_pct: Decimal, downtime_hours: Decimal, period_hours: Decimal
) -> RefundResult:
    """Sodvin 7.2 from D and N: A = (D − N) / D, then the refund."""
    d = Decimal(period_hours)
    if not d.is_finite() or d <= 0:
        raise DomainError("period_hours", "err_gt", limit=0, input=period_hours)
    n = Decimal(downtime_hours)
    if not n.is_finite() or n < 0:
        raise DomainError("downtime_hours", "err_not_negative", input=downtime_hours)
    if n > d:
        raise DomainError(
            "downtime_hours", "err_downtime_over_period", input=n.normalize(), limit=d.normalize()
        )
    avail = (d - n) / d * HUNDRED
    return sodvin_refund(
        fee=fee,
        uptime_pct=uptime_pct,
        availability_pct=avail,
        period_hours=d,
        downtime_hours=n,
        extra_steps=(step("avail_formula", d=d, n=n, a=avail),),
    )


register_texts(
    {
        "refund_formula": (
            "Refusjon R = V × (1 − A / O) = {v:money} × (1 − {a:pct} / {o:num} %) = {r:money} "
            "(Sodvin 7.2).",
            "Refund R = V × (1 − A / O) = {v:money} × (1 − {a:pct} / {o:num} %) = {r:money} "
            "(Sodvin 7.2).",
        ),
        "refund_none": (
            "Tilgjengeligheten {a:pct} er ikke under avtalt oppetid {o:num} %: ingen refusjon "
            "(Sodvin 7.2).",
            "Availability {a:pct} is not below the agreed uptime of {o:num} %: no refund "
            "(Sodvin 7.2).",
        ),
        "refund_period": (
            "V er vederlaget for tjenesteperioden, som følger fakturaperioden (kvartalsvis om "
            "ikke annet er avtalt); beløp uten mva.",
            "V is the fee for the service period, which follows the invoice period (quarterly "
            "unless agreed otherwise); amounts exclude VAT.",
        ),
    }
)


# --- 6. Office Center reduction (10.2, 10.3) ----------------------------------------------------


class ReductionResult(Result):
    monthly_fee: Money
    availability: Percent
    guarantee: Percent
    months: int
    shortfall_pp: Points
    reduction_pct: Percent  # shortfall × 10 % per point, of the period's fees
    uncapped: Money
    cap: Money
    reduction: Money
    capped: bool


def oc_reduction(
    *,
    monthly_fee: Decimal,
    availability_pct: Decimal,
    terms: Terms,
    guarantee_pct: Decimal | None = None,
    months: int | None = None,
) -> ReductionResult:
    """OC 10.2-10.3 (RULES 6, reading 4): 10 % of the period's fees per point of shortfall,
    the shortfall rounded half up to 2 decimals, capped at 50 % of 2 monthly fees a quarter.

    The numbers are the contract's ``terms`` (guarantee, measuring period, per cent per
    point, cap in monthly fees); ``guarantee_pct`` (a service's own level) and ``months``
    (a period of another length) replace the terms' where given."""
    fee = _check_fee(monthly_fee, "monthly_fee")
    avail = _check_pct(availability_pct, "availability", open_ends=False)
    guarantee = _check_pct(
        terms.uptime_pct if guarantee_pct is None else guarantee_pct, "guarantee", open_ends=True
    )
    months = terms.period_months if months is None else months
    if not 1 <= int(months) <= 12 or int(months) != months:
        raise DomainError("months", "err_months", input=months)
    per_point = Decimal(terms.reduction_pct_per_point)
    cap_fees = Decimal(terms.reduction_cap_monthly_fees)
    # OC 10.2: "for hvert prosentpoeng (avrundet til 2 desimaler)"
    shortfall = max(round_places(guarantee - avail, 2), ZERO)
    steps: list[Step] = []
    if shortfall == 0:
        steps.append(step("oc_no_shortfall", a=avail, g=guarantee.normalize()))
    else:
        steps.append(
            step(
                "oc_shortfall",
                g=guarantee.normalize(),
                a=avail,
                exact=round_places(guarantee - avail, 6).normalize(),
                s=shortfall,
            )
        )
    pct = shortfall * per_point
    uncapped = fee * months * pct / HUNDRED
    # OC 10.3: "maksimale reduksjonen pr kvartal tilsvarer 50 % av 2 månedsavgifter"
    cap = fee * cap_fees
    reduction = min(uncapped, cap)
    steps += [
        step(
            "oc_uncapped",
            fee=fee,
            months=months,
            s=shortfall,
            per=per_point.normalize(),
            pct=pct,
            x=uncapped,
        ),
        step("oc_cap", cap=cap, n=cap_fees.normalize(), fee=fee),
        step("oc_reduction", x=round_money(reduction), capped=uncapped > cap),
    ]
    return ReductionResult(
        monthly_fee=round_money(fee),
        availability=avail,
        guarantee=guarantee,
        months=int(months),
        shortfall_pp=shortfall,
        reduction_pct=pct,
        uncapped=round_money(uncapped),
        cap=round_money(cap),
        reduction=round_money(reduction),
        capped=uncapped > cap,
        steps=tuple(steps),
        notes=(
            step(
                "reading_4",
                per=per_point.normalize(),
                example=(Decimal("0.38") * per_point).normalize(),
                n=cap_fees.normalize(),
            ),
            step("oc_other_liability"),
        ),
    )


register_texts(
    {
        "err_months": (
            "må være et helt antall måneder fra 1 til 12 (fikk {input})",
            "must be a whole number of months from 1 to 12 (got {input})",
        ),
        "oc_no_shortfall": (
            "Tilgjengeligheten {a:pct} er ikke under garantert {g:num} %: ingen reduksjon "
            "(OC 10.2).",
            "Availability {a:pct} is not below the guaranteed {g:num} %: no reduction (OC 10.2).",
        ),
        "oc_shortfall": (
            "Manglende tilgjengelighet: {g:num} % − {a:pct} = {exact:num} prosentpoeng, avrundet "
            "til 2 desimaler: {s:pct2} (OC 10.2).",
            "Shortfall: {g:num} % − {a:pct} = {exact:num} percentage points, rounded to 2 "
            "decimals: {s:pct2} (OC 10.2).",
        ),
        "oc_uncapped": (
            "Reduksjon før tak: {fee:money} per måned × {months} måneder × {s:pct2} × {per:num} % "
            "= {pct:num} % av {months} månedsavgifter = {x:money}.",
            "Reduction before the cap: {fee:money} a month × {months} months × {s:pct2} × "
            "{per:num} % = {pct:num} % of {months} monthly fees = {x:money}.",
        ),
        "oc_cap": (
            "Tak per kvartal: {n:num} × månedsavgiften {fee:money} = {cap:money} (OC 10.3).",
            "Cap per quarter: {n:num} × the monthly fee {fee:money} = {cap:money} (OC 10.3).",
        ),
        "oc_reduction": (
            "Reduksjon: {x:money} (taket brukt: {capped}).",
            "Reduction: {x:money} (cap applied: {capped}).",
        ),
        "reading_4": (
            "Valgt lesemåte 4: {per:num} % per prosentpoeng er lest proporsjonalt (0,38 poeng "
            "gir {example:num} %), av periodens avgift for den berørte tjenesten; taket per "
            "kvartal er {n:num} × månedsavgiften.",
            "Reading 4: {per:num} % per percentage point is read proportionally (0.38 points "
            "gives {example:num} %), of the period's fees for the affected service; the cap per "
            "quarter is {n:num} × the monthly fee.",
        ),
        "oc_other_liability": (
            "Utover dette svarer Office Center bare ved grov uaktsomhet eller forsett (OC 10.4); "
            "direkte tap er begrenset til tjenestens fakturaverdi (OC 10.1).",
            "Beyond this, Office Center is liable only for gross negligence or intent (OC 10.4); "
            "direct loss is capped at the service's invoice value (OC 10.1).",
        ),
    }
)


# --- 6. Sodvin caps (7.6) -----------------------------------------------------------------------


class Claim(NamedTuple):
    """A compensation claimed under a Sodvin contract: when the loss arose, how much, and
    whether it concerns the establishment phase."""

    date: date
    amount: Decimal
    establishment_phase: bool = False


class CapUse(FrozenModel):
    """One cap of Sodvin 7.6: its limit, what has been used and what remains."""

    cap: Literal["total", "establishment", "year"]
    year: int | None = None
    limit: Money
    used: Money
    remaining: Money
    exceeded_by: Money


class CapsResult(Result):
    total: CapUse
    establishment: CapUse
    years: tuple[CapUse, ...]

    def remaining_for(self, day: date, *, establishment_phase: bool = False) -> Decimal:
        """What may still be claimed for a loss on ``day``: the smallest cap that applies."""
        room = [self.total.remaining]
        if establishment_phase:
            room.append(self.establishment.remaining)
        else:
            room += [c.remaining for c in self.years if c.year == day.year]
        return min(room)


def _use(cap: str, limit: Decimal, used: Decimal, year: int | None = None) -> CapUse:
    return CapUse(
        cap=cap,
        year=year,
        limit=round_money(limit),
        used=round_money(used),
        remaining=round_money(max(limit - used, ZERO)),
        exceeded_by=round_money(max(used - limit, ZERO)),
    )


def sodvin_caps(
    *,
    contract_sum: Decimal,
    establishment_sum: Decimal,
    annual_fee: Decimal,
    delivery_day: date | None,
    claims: Iterable[Claim | tuple[date, Decimal, bool]],
) -> CapsResult:
    """Sodvin 7.6: used and remaining for the total cap, the establishment-phase cap and,
    per calendar year, the cap on losses arising after the delivery day."""
    limit_total = _check_fee(contract_sum, "contract_sum")
    limit_est = _check_fee(establishment_sum, "establishment_sum")
    limit_year = _check_fee(annual_fee, "annual_fee")
    items = [Claim(*c) for c in claims]
    for index, claim in enumerate(items):
        _check_fee(claim.amount, f"claims.{index}.amount")
    items.sort(key=lambda c: (c.date, c.amount))

    # 7.6: "Samlet erstatning i avtaleperioden er begrenset til ... kontraktssummen"
    total = _use("total", limit_total, sum((c.amount for c in items), ZERO))
    # 7.6: "tap som har med etableringsfasen å gjøre ... kontraktssummen for etableringsfasen"
    establishment = _use(
        "establishment",
        limit_est,
        sum((c.amount for c in items if c.establishment_phase), ZERO),
    )
    # 7.6: "per kalenderår for tap som oppstår etter leveringsdag ... årlig vederlag for
    # driftstjenesten" – literally after the delivery day, so not on the day itself
    per_year: dict[int, Decimal] = {}
    if delivery_day is not None:
        for c in items:
            if not c.establishment_phase and c.date > delivery_day:
                per_year[c.date.year] = per_year.get(c.date.year, ZERO) + c.amount
    years = tuple(_use("year", limit_year, used, year) for year, used in sorted(per_year.items()))

    steps = [
        step("cap_total", used=total.used, limit=total.limit, remaining=total.remaining),
        step(
            "cap_establishment",
            used=establishment.used,
            limit=establishment.limit,
            remaining=establishment.remaining,
        ),
    ]
    steps += [
        step("cap_year", year=c.year, used=c.used, limit=c.limit, remaining=c.remaining)
        for c in years
    ]
    notes = [step("cap_indirect")]
    for use in (total, establishment, *years):
        if use.exceeded_by:
            notes.append(
                step(
                    "cap_exceeded",
                    cap=_CAP_WORDS[use.cap],
                    year=use.year or "",
                    over=use.exceeded_by,
                )
            )
    for name, limit in (
        ("contract_sum", limit_total),
        ("establishment_sum", limit_est),
        ("annual_fee", limit_year),
    ):
        if not limit:
            notes.append(step("cap_not_recorded", field=name))
    if delivery_day is None:
        notes.append(step("cap_no_delivery_day"))
    elif any(c.date == delivery_day and not c.establishment_phase for c in items):
        notes.append(step("cap_on_delivery_day", day=delivery_day))
    return CapsResult(
        total=total,
        establishment=establishment,
        years=years,
        steps=tuple(steps),
        notes=tuple(notes),
    )


_CAP_WORDS = {
    "total": step("cap_word_total"),
    "establishment": step("cap_word_establishment"),
    "year": step("cap_word_year"),
}

register_texts(
    {
        "cap_total": (
            "Samlet tak i avtaleperioden (kontraktssummen): brukt {used:money} av {limit:money}, "
            "gjenstår {remaining:money} (Sodvin 7.6).",
            "Total cap for the agreement period (the contract sum): used {used:money} of "
            "{limit:money}, {remaining:money} left (Sodvin 7.6).",
        ),
        "cap_establishment": (
            "Tak for etableringsfasen (kontraktssummen for etableringen): brukt {used:money} av "
            "{limit:money}, gjenstår {remaining:money}.",
            "Establishment-phase cap (the establishment contract sum): used {used:money} of "
            "{limit:money}, {remaining:money} left.",
        ),
        "cap_year": (
            "Tak for {year} (årlig vederlag for driftstjenesten, tap etter leveringsdag): brukt "
            "{used:money} av {limit:money}, gjenstår {remaining:money}.",
            "Cap for {year} (annual fee for the operations service, losses after the delivery "
            "day): used {used:money} of {limit:money}, {remaining:money} left.",
        ),
        "cap_indirect": (
            "Indirekte tap (tapt fortjeneste, tapte besparelser, tredjepartskrav, tap av data "
            "utover rekonstruksjon) kan ikke kreves (Sodvin 7.6).",
            "Indirect loss (lost profit, lost savings, third-party claims, loss of data beyond "
            "reconstruction costs) cannot be claimed (Sodvin 7.6).",
        ),
        "cap_word_total": ("samlet tak", "total cap"),
        "cap_word_establishment": ("tak for etableringsfasen", "establishment-phase cap"),
        "cap_word_year": ("årlig tak", "annual cap"),
        "cap_exceeded": (
            "Kravene overstiger {cap} {year} med {over:money}.",
            "The claims exceed the {cap} {year} by {over:money}.",
        ),
        "cap_not_recorded": (
            "Avtalen har ikke registrert {field} (0): det taket kan ikke vurderes.",
            "The contract has no {field} recorded (0): that cap cannot be judged.",
        ),
        "cap_no_delivery_day": (
            "Leveringsdag er ikke registrert: de årlige takene kan ikke beregnes.",
            "No delivery day recorded: the annual caps cannot be worked out.",
        ),
        "cap_on_delivery_day": (
            "Krav datert selve leveringsdagen {day:wd} er ikke regnet med i det årlige taket "
            "(«etter leveringsdag», lest etter ordlyden).",
            "Claims dated on the delivery day {day:wd} itself are not counted in the annual cap "
            "('after the delivery day', read literally).",
        ),
    }
)


# --- a contract's period: availability and its compensation --------------------------------------


class CompensationLine(Result):
    """The availability of one service (or the whole contract) and what it is worth."""

    service_id: int | None
    name: str
    monthly_fee: Money
    availability: Annotated[AvailabilityResult, Nested]
    refund: Annotated[RefundResult, Nested] | None = None
    reduction: Annotated[ReductionResult, Nested] | None = None
    amount: Money


class ContractCompensationResult(Result):
    contract_id: int | None
    template: TemplateId
    period_start: OsloMinute
    period_end: OsloMinute
    months: int
    availability: Annotated[AvailabilityResult, Nested]  # all the contract's incidents
    lines: tuple[Annotated[CompensationLine, Nested], ...]
    total: Money
    caps: Annotated[CapsResult, Nested] | None = None


def whole_months(start: datetime, end: datetime) -> int:
    """Months from ``start`` to ``end``, both at midnight on the 1st (Oslo time)."""
    a, b = oslo_time(start), oslo_time(end)
    aligned = all(x.day == 1 and x.time() == time(0) for x in (a, b))
    months = (b.year * 12 + b.month) - (a.year * 12 + a.month)
    if not aligned or months < 1:
        raise DomainError("end", "err_whole_months", start=a, end=b)
    return months


def _dedupe(items: Iterable[Step]) -> tuple[Step, ...]:
    out: list[Step] = []
    for item in items:
        if item not in out:
            out.append(item)
    return tuple(out)


def _service_terms(terms: Terms, service: Service | None) -> Terms:
    if service is None or service.uptime_pct is None:
        return terms
    return terms.model_copy(update={"uptime_pct": service.uptime_pct})


def contract_compensation(
    *,
    contract: Contract,
    services: Sequence[Service],
    incidents: Sequence[Incident],
    start: datetime,
    end: datetime,
    now: datetime | None = None,
    sodvin_claims: Iterable[Claim | tuple[date, Decimal, bool]] = (),
) -> ContractCompensationResult:
    """Availability of a contract in a period and its compensation (RULES 5-6).

    Sodvin: one availability for the contract, refund on V = monthly fee × months (the
    services' monthly fees when the contract has none), with the 7.6 caps: ``sodvin_claims``
    are the claims before this period; the caps in the result count them and this
    period's refund, and a refund above what remained before it is noted. Office Center:
    when incidents name services, a reduction per service (an incident naming no service
    hits every service); otherwise one for the contract's unit price × units.
    """
    terms = contract.terms()
    months = whole_months(start, end)
    if contract.id is not None:
        incidents = [i for i in incidents if i.contract_id == contract.id]
        services = [s for s in services if s.contract_id == contract.id]
    overall = availability(terms=terms, start=start, end=end, incidents=incidents, now=now)
    lines: list[CompensationLine] = []
    caps: CapsResult | None = None
    steps: list[Step] = []
    notes: list[Step] = []

    if terms.rules.compensation is CompensationRule.REFUND:
        monthly = contract.monthly_fee
        if monthly == 0 and services:
            monthly = sum((s.monthly_fee for s in services), ZERO)
            steps.append(step("comp_fee_from_services", fee=monthly))
        fee = monthly * months
        steps.append(step("comp_sodvin_fee", monthly=monthly, months=months, fee=fee))
        refund = sodvin_refund(
            fee=fee,
            uptime_pct=terms.uptime_pct,
            availability_pct=overall.availability,
            period_hours=overall.period_hours,
            downtime_hours=overall.downtime_hours,
        )
        lines.append(
            CompensationLine(
                service_id=None,
                name=contract.title,
                monthly_fee=round_money(monthly),
                availability=overall,
                refund=refund,
                amount=refund.refund,
                steps=overall.steps + refund.steps,
                notes=overall.notes + refund.notes,
            )
        )
        # Sodvin 7.6: what remained before this period's refund, then the caps with it
        # counted (the refund dated on the period's last day, as the report dates claims)
        earlier = [Claim(*c) for c in sodvin_claims]
        last_day = (oslo_time(end) - timedelta(days=1)).date()
        limits = {
            "contract_sum": contract.contract_sum,
            "establishment_sum": contract.establishment_sum,
            "annual_fee": contract.annual_fee,
            "delivery_day": contract.delivered,
        }
        room = sodvin_caps(**limits, claims=earlier).remaining_for(last_day)
        if refund.refund > room:
            notes.append(step("comp_over_cap", refund=refund.refund, room=room))
        this = [Claim(last_day, refund.refund)] if refund.refund > 0 else []
        caps = sodvin_caps(**limits, claims=earlier + this)
        steps += list(caps.steps)
        notes += list(caps.notes)
    else:
        known = {s.id: s for s in services}
        named = sorted({i.service_id for i in incidents if i.service_id is not None})
        for service_id in named:
            if service_id not in known:
                raise DomainError("incidents", "err_unknown_service", input=service_id)
        if named:
            targets: list[tuple[Service | None, Decimal, str]] = [
                (s, s.monthly_fee, s.name) for s in services
            ]
        else:
            monthly = contract.unit_price * contract.units
            if monthly == 0 and services:
                monthly = sum((s.monthly_fee for s in services), ZERO)
                steps.append(step("comp_fee_from_services", fee=monthly))
            targets = [(None, monthly, contract.title)]
        for service, monthly, name in targets:
            mine = (
                incidents
                if service is None
                else [i for i in incidents if i.service_id in (None, service.id)]
            )
            own_terms = _service_terms(terms, service)
            avail = (
                overall
                if service is None
                else availability(terms=own_terms, start=start, end=end, incidents=mine, now=now)
            )
            reduction = oc_reduction(
                monthly_fee=monthly,
                availability_pct=avail.availability,
                terms=own_terms,
                months=months,
            )
            lines.append(
                CompensationLine(
                    service_id=None if service is None else service.id,
                    name=name,
                    monthly_fee=round_money(monthly),
                    availability=avail,
                    reduction=reduction,
                    amount=reduction.reduction,
                    steps=(step("comp_line", name=name, fee=monthly),)
                    + avail.steps
                    + reduction.steps,
                    notes=avail.notes + reduction.notes,
                )
            )
    total = sum((line.amount for line in lines), ZERO)
    all_steps = [s for line in lines for s in line.steps] + steps
    all_steps.append(step("comp_total", total=total))
    all_notes = [n for line in lines for n in line.notes] + notes
    return ContractCompensationResult(
        contract_id=contract.id,
        template=terms.template,  # the built-in whose rules apply (a variant is one of them)
        period_start=oslo_time(start),
        period_end=oslo_time(end),
        months=months,
        availability=overall,
        lines=tuple(lines),
        total=round_money(total),
        caps=caps,
        steps=tuple(all_steps),  # each line's explanation whole, so it reads on its own
        notes=_dedupe(all_notes),
    )


#: Each earlier period's refund for the same inputs (``refund_claims``): a closed quarter's
#: refund does not change, and the caps of every quarter count every one before it.
_PERIOD_TOTALS: dict[tuple[Any, ...], Decimal] = {}
_PERIOD_TOTALS_SIZE = 4096


def _period_total(
    contract: Contract,
    contract_key: str,
    services: tuple[Service, ...],
    incidents: tuple[Incident, ...],
    start: datetime,
    end: datetime,
    now: datetime | None,
) -> Decimal:
    """``contract_compensation``'s total for one period with no earlier claims, remembered.

    ``now`` on or after the period's end counts an open incident to the end, as no
    ``now`` does (``availability``: the spans are clipped to the period), so it is left
    out of the key: a page that passes the clock still finds the closed quarters."""
    horizon = None if now is None or to_utc(now) >= to_utc(end) else now
    key = (contract_key, services, incidents, start, end, horizon)
    total = _PERIOD_TOTALS.get(key)
    if total is None:
        total = contract_compensation(
            contract=contract,
            services=services,
            incidents=incidents,
            start=start,
            end=end,
            now=horizon,
        ).total
        if len(_PERIOD_TOTALS) >= _PERIOD_TOTALS_SIZE:
            _PERIOD_TOTALS.clear()
        _PERIOD_TOTALS[key] = total
    return total


def refund_claims(
    *,
    contract: Contract,
    services: Sequence[Service],
    incidents: Sequence[Incident],
    periods: Sequence[tuple[datetime, datetime]],
    now: datetime | None = None,
) -> list[Claim]:
    """What was claimed in ``periods`` (Sodvin 7.6's "samlet erstatning"): each period's
    refund, as ``contract_compensation`` computes it (the one computation), dated on the
    period's last day; periods without a refund are left out. Empty for a contract whose
    template does not refund.

    ``periods`` in order, not overlapping; ``incidents`` may be every incident of the
    contract in them: one pass hands each period the ones that overlap it (an incident
    across a quarter's end belongs to both, a still-open one to every later period), and
    each period's total is remembered for the same contract, services and incidents.
    """
    if contract.terms().rules.compensation is not CompensationRule.REFUND:
        return []
    contract_key = contract.model_dump_json()
    own_services = tuple(s for s in services if contract.id is None or s.contract_id == contract.id)
    ordered = sorted(
        (i for i in incidents if contract.id is None or i.contract_id == contract.id),
        key=lambda i: (to_utc(i.start), i.id or 0),
    )
    starts = [to_utc(i.start) for i in ordered]
    carried: list[Incident] = []  # begun before the period, maybe not ended by its start
    taken = 0
    claims: list[Claim] = []
    for start, end in periods:
        first, last = to_utc(start), to_utc(end)
        upto = bisect_left(starts, last, lo=taken)
        candidates = carried + ordered[taken:upto]
        taken = upto
        here = [i for i in candidates if i.end is None or to_utc(i.end) > first]
        carried = [i for i in here if i.end is None or to_utc(i.end) > last]
        total = _period_total(contract, contract_key, own_services, tuple(here), start, end, now)
        if total > 0:
            claims.append(Claim((oslo_time(end) - timedelta(days=1)).date(), total))
    return claims


register_texts(
    {
        "comp_fee_from_services": (
            "Avtalen har ingen månedsavgift registrert; tjenestenes månedsavgifter brukes: "
            "{fee:money} per måned.",
            "The contract has no monthly fee recorded; the services' monthly fees are used: "
            "{fee:money} a month.",
        ),
        "comp_sodvin_fee": (
            "Vederlag for tjenesteperioden V = {monthly:money} × {months} måneder = {fee:money}.",
            "Fee for the service period V = {monthly:money} × {months} months = {fee:money}.",
        ),
        "comp_line": (
            "Tjeneste {name} (enhetspris × antall = {fee:money} per måned):",
            "Service {name} (unit price × units = {fee:money} a month):",
        ),
        "comp_total": (
            "Kompensasjon i alt: {total:money}.",
            "Compensation in total: {total:money}.",
        ),
        "comp_over_cap": (
            "Refusjonen {refund:money} er større enn det som gjenstår under erstatningstaket "
            "({room:money}, Sodvin 7.6).",
            "The refund of {refund:money} is more than what remains under the cap "
            "({room:money}, Sodvin 7.6).",
        ),
    }
)


# --- calculators (RULES 10) -------------------------------------------------------------------------


class SodvinRefundInput(CalcInput):
    default_template: ClassVar[str] = "sodvin"
    from_terms: ClassVar[dict[str, str]] = {"uptime": "uptime_pct"}

    fee: Decimal = Field(ge=0)
    uptime: Decimal | None = Field(None, gt=0, lt=100)  # the terms' when left out
    downtime_hours: Decimal = Field(ge=0)
    quarter: str | None = None
    period_hours: Decimal | None = Field(None, gt=0)

    @model_validator(mode="after")
    def _period(self) -> SodvinRefundInput:
        if self.quarter is not None and self.period_hours is not None:
            raise DomainError("period_hours", "err_quarter_or_hours")
        if self.quarter is None and self.period_hours is None:
            raise DomainError("quarter", "err_quarter_or_hours_missing")
        if self.quarter is not None:
            parse_quarter(self.quarter)
        return self


@calculator("sodvin_refund", SodvinRefundInput)
def _sodvin_refund(data: SodvinRefundInput) -> RefundResult:
    terms = data.contract_terms()
    if terms.rules.compensation is not CompensationRule.REFUND:
        raise DomainError("terms", "err_terms_lack_rule", template=terms.rules.name)
    uptime = data.given("uptime", terms)
    extra: list[Step] = []
    if data.quarter is not None:
        start, end = quarter_bounds(*parse_quarter(data.quarter))
        d = hours_between(start, end)  # Sodvin Bilag 1: 24/7
        extra.append(step("refund_quarter", quarter=data.quarter, start=start, end=end, d=d))
    else:
        assert data.period_hours is not None
        d = data.period_hours
    result = sodvin_refund_from_downtime(
        fee=data.fee, uptime_pct=uptime, downtime_hours=data.downtime_hours, period_hours=d
    )
    return result.model_copy(update={"steps": tuple(extra) + result.steps})


class OcReductionInput(CalcInput):
    default_template: ClassVar[str] = "office_center"
    from_terms: ClassVar[dict[str, str]] = {"guarantee": "uptime_pct", "months": "period_months"}

    monthly_fee: Decimal = Field(ge=0)
    availability: Decimal = Field(ge=0, le=100)
    guarantee: Decimal | None = Field(None, gt=0, lt=100)  # the terms' when left out
    months: int | None = Field(None, ge=1, le=12)  # the terms' measuring period when left out


@calculator("oc_reduction", OcReductionInput)
def _oc_reduction(data: OcReductionInput) -> ReductionResult:
    terms = data.contract_terms()
    if terms.rules.compensation is not CompensationRule.REDUCTION:
        raise DomainError("terms", "err_terms_lack_rule", template=terms.rules.name)
    return oc_reduction(
        monthly_fee=data.monthly_fee,
        availability_pct=data.availability,
        terms=terms,
        guarantee_pct=data.guarantee,
        months=data.months,
    )


class IncidentInput(FrozenModel):
    model_config = ConfigDict(extra="forbid")

    start: OsloTime
    end: OsloTime | None = None
    cause: Cause

    @field_validator("end")
    @classmethod
    def _end_after_start(cls, value: datetime | None, info: ValidationInfo) -> datetime | None:
        start = info.data.get("start")
        if value is not None and start is not None and to_utc(value) <= to_utc(start):
            raise invalid("err_end_before_start", "must be after the start", other="start")
        return value


class AvailabilityInput(CalcInput):
    default_template: ClassVar[str] = "sodvin"
    from_terms: ClassVar[dict[str, str]] = {"service_hours": "service_hours"}

    quarter: str
    service_hours: str | None = None  # the template's own when left out
    incidents: tuple[IncidentInput, ...] = ()

    @model_validator(mode="after")
    def _check(self) -> AvailabilityInput:
        parse_quarter(self.quarter)
        if self.service_hours is not None:
            try:
                parse_service_hours(self.service_hours)
            except ValueError as exc:  # PydanticCustomError from the parser
                raise DomainError(
                    "service_hours", "err_service_hours", input=self.service_hours
                ) from exc
        return self


@calculator("availability", AvailabilityInput)
def _availability(data: AvailabilityInput) -> AvailabilityResult:
    if data.terms is None:
        raise DomainError("terms", "err_missing")  # RULES 10: the template decides what counts
    terms = data.contract_terms()
    terms = terms.model_copy(update={"service_hours": data.given("service_hours", terms)})
    start, end = quarter_bounds(*parse_quarter(data.quarter))
    return availability(terms=terms, start=start, end=end, incidents=data.incidents)


register_texts(
    {
        "refund_quarter": (
            "{quarter}: {start:date}–{end:date} (til, ikke med), 24/7: D = {d:hours} "
            "(virkelig tid, sommertid medregnet).",
            "{quarter}: {start:date}–{end:date} (exclusive), 24/7: D = {d:hours} "
            "(real time, DST included).",
        ),
    }
)
