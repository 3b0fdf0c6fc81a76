"""Deadlines: approval period, complaints, deletion and copies, binding and termination.

Pure functions from dates, terms and a working-day calendar to a ``Result`` that
carries its explanation. Each rule names the clause it comes from; where RULES.md
chooses a reading, the result carries that reading as a note.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import ClassVar, NamedTuple, Protocol

from pydantic import Field

from .calculators import CalcInput, calculator
from .calendar import WorkCalendar, work_calendar
from .dates import add_months, first_of_next_month
from .errors import DomainError
from .explain import Step, register_texts, step
from .kinds import Kind
from .records import establishment_date
from .results import Money, Result, Unknown, round_money, unknown
from .templates import ComplaintRule, EndRule
from .terms import TemplateId, Terms

# --- shared explanation helpers ---------------------------------------------------------


def calendar_steps(cal: WorkCalendar) -> list[Step]:
    """The working-day definition in force, stated next to every working-day result (RULES 0)."""
    out = [step("calendar_default")]
    if cal.saturday_is_working_day:
        out.append(step("calendar_saturday"))
    if cal.extra_closed:
        closed = ", ".join(d.strftime("%d.%m.%Y") for d in cal.extra_closed)
        out.append(step("calendar_extra_closed", days=closed))
    if cal.annual_closed:  # "12-24" is 24.12. in either language; the words are the catalog's
        annual = ", ".join(f"{mmdd[3:]}.{mmdd[:2]}." for mmdd in cal.annual_closed)
        out.append(step("calendar_annual_closed", days=annual))
    return out


def skipped_steps(cal: WorkCalendar, start: date, end: date) -> list[Step]:
    """One step per named holiday or closed day in [start, end]."""
    return [
        step("holiday_skipped", date=d, name=name)
        for d, name in cal.closed_days_between(start, end)
    ]


def calendar_day_deadline(
    code: str, deadline: date, cal: WorkCalendar, *, extend: bool
) -> tuple[date, list[Step]]:
    """A calendar-day deadline, moved to the next working day only if the contract says so.

    RULES 0 and reading 1: not moved by default; a note says when it falls on a
    non-working day either way.
    """
    notes: list[Step] = []
    if cal.is_working_day(deadline):
        return deadline, notes
    name = cal.holiday_name(deadline) or ""
    moved = limit_day(deadline, cal, extend=extend)
    if extend:
        notes.append(step("deadline_moved", what=code, date=deadline, name=name, moved=moved))
        return moved, notes
    notes.append(step("deadline_not_moved", what=code, date=deadline, name=name))
    return deadline, notes


def limit_day(deadline: date, cal: WorkCalendar, *, extend: bool) -> date:
    """A calendar-day deadline's last day: itself, or with ``extend`` (the contract's
    option, domstolloven § 149 by analogy) the next working day if it is not one."""
    return cal.on_or_after(deadline) if extend else deadline


register_texts(
    {
        "deadline_moved": (
            "Fristen ({what}) {date:wd} {name} er ikke en virkedag; avtalen flytter den til {moved:wd}.",
            "The deadline ({what}) {date:wd} {name} is not a working day; the contract moves it to {moved:wd}.",
        ),
        "deadline_not_moved": (
            "Fristen ({what}) {date:wd} {name} er ikke en virkedag. Den flyttes ikke (lest etter "
            "ordlyden; domstolloven § 149 gjelder ikke direkte for avtalefrister – valgt lesemåte 1).",
            "The deadline ({what}) {date:wd} {name} is not a working day. It is not moved (read "
            "literally; domstolloven § 149 does not apply directly to contract deadlines – reading 1).",
        ),
    }
)


# --- 1. Delivery notice and approval period (Sodvin 3.2, 3.3, Bilag 2) -----------------


class ApprovalResult(Result):
    sent: date
    working_days: int
    first_day: date
    last_day: date
    # Sodvin 3.3: the first working day after the period, the delivery day *if* no valid
    # rejection came (kept a date: ``calc approval`` outputs it as RULES §10 defines)
    delivery_day: date
    rejection_valid: bool | None = None
    # The answer the lists, the contract page and the form show (RULES §1: "a delivery
    # day only if no valid rejection was sent"): ``delivery_day``, or None after a valid
    # rejection. Left out of ``values()`` (calc's JSON stays as RULES §10 defines it, and
    # the calculators page, which shows every value, shows delivery_day beside the
    # verdict on the rejection, not the same day twice).
    delivered_on: date | None = Field(exclude=True)


def approval_dates(*, sent: date, working_days: int, cal: WorkCalendar) -> tuple[date, date, date]:
    """Sodvin 3.3: (first day, last day, delivery day) of the approval period (no explanation)."""
    # Sodvin 3.3: "fra første virkedag etter at Leverandøren har sendt leveransemelding"
    first_day = cal.next_working_day(sent)
    # the working_days-th working day, counting first_day as day 1
    last_day = cal.add_working_days(first_day, working_days - 1)
    # Sodvin 3.3: without a rejection, delivery day is the first working day after the period
    delivery_day = cal.next_working_day(last_day)
    return first_day, last_day, delivery_day


def valid_rejection(*, last_day: date, rejected_on: date | None, significant: bool) -> bool:
    """Sodvin 3.3: a rejection stops delivery when it came in time and is significant."""
    return rejected_on is not None and rejected_on <= last_day and significant


def earliest_notice_sent(*, on_or_after: date, working_days: int, cal: WorkCalendar) -> date:
    """The earliest ``sent`` whose delivery day is on or after ``on_or_after``.

    The delivery day is the (N+1)-th working day after ``sent`` and never moves back when
    ``sent`` moves on, so exactly the notices sent on or after the (N+1)-th working day
    before ``on_or_after`` can have approval dates from that day on (lists of deadlines
    use this to skip the rest).
    """
    return cal.add_working_days(on_or_after, -(working_days + 1))


def approval_period(
    *,
    sent: date,
    working_days: int,
    cal: WorkCalendar,
    rejected_on: date | None = None,
    rejection_significant: bool = True,
) -> ApprovalResult:
    """Sodvin 3.3: up to N working days from the first working day after the notice was sent."""
    if working_days < 1:
        raise DomainError("working_days", "err_ge", limit=1, input=working_days)
    first_day, last_day, delivery_day = approval_dates(
        sent=sent, working_days=working_days, cal=cal
    )

    steps = [
        step("approval_sent", sent=sent),
        step("approval_first", first=first_day),
        *skipped_steps(cal, sent + timedelta(days=1), delivery_day),
        step("approval_last", n=working_days, last=last_day),
        step("approval_delivery", delivery=delivery_day),
    ]
    notes = calendar_steps(cal)
    rejection_valid = None
    if rejected_on is not None:
        if rejected_on < sent:
            raise DomainError("rejected_on", "err_before_field", other="sent")
        in_time = rejected_on <= last_day
        rejection_valid = valid_rejection(
            last_day=last_day, rejected_on=rejected_on, significant=rejection_significant
        )
        if not in_time:
            notes.append(step("rejection_late", rejected=rejected_on, last=last_day))
        elif not rejection_significant:
            notes.append(step("rejection_insignificant"))
        else:
            notes.append(step("rejection_ok", rejected=rejected_on, last=last_day))
    return ApprovalResult(
        sent=sent,
        working_days=working_days,
        first_day=first_day,
        last_day=last_day,
        delivery_day=delivery_day,
        rejection_valid=rejection_valid,
        delivered_on=None if rejection_valid else delivery_day,
        steps=tuple(steps),
        notes=tuple(notes),
    )


class GoLiveResult(Result):
    earliest: date
    latest: date


def expected_go_live(*, signed: date, terms: Terms) -> GoLiveResult | Unknown:
    """Bilag 2: total production time is normally 2–4 weeks from signing (a warning, not a
    deadline); ``Unknown`` for a template without an establishment plan."""
    if not terms.rules.establishment_plan:
        return unknown("go_live_not_in_template", template=terms.rules.name)
    low, high = terms.go_live_min_days, terms.go_live_max_days
    earliest = signed + timedelta(days=low)
    latest = signed + timedelta(days=high)
    return GoLiveResult(
        earliest=earliest,
        latest=latest,
        steps=(
            step("go_live", signed=signed, low=low, high=high, earliest=earliest, latest=latest),
        ),
    )


register_texts(
    {
        "approval_sent": ("Leveransemelding sendt {sent:wd}.", "Delivery notice sent {sent:wd}."),
        "approval_first": (
            "Godkjenningsperioden starter første virkedag etter at meldingen ble sendt: {first:wd} (Sodvin 3.3).",
            "The approval period starts on the first working day after the notice was sent: {first:wd} (Sodvin 3.3).",
        ),
        "approval_last": (
            "Virkedag nr. {n} (med første dag som dag 1) er {last:wd}: siste dag for skriftlig underkjenning.",
            "Working day no. {n} (counting the first day as day 1) is {last:wd}: the last day for a written rejection.",
        ),
        "approval_delivery": (
            "Er ingen underkjenning sendt innen da, er leveringsdag første virkedag etter perioden: {delivery:wd}.",
            "Without a rejection sent by then, the delivery day is the first working day after the period: {delivery:wd}.",
        ),
        "rejection_ok": (
            "Underkjenningen {rejected:wd} ble sendt innen periodens utløp {last:wd}: gyldig. Ny leveransemelding starter ny periode.",
            "The rejection of {rejected:wd} was sent by the end of the period {last:wd}: valid. A new delivery notice starts a new period.",
        ),
        "rejection_late": (
            "Underkjenningen {rejected:wd} kom etter periodens utløp {last:wd}: ikke gyldig (Sodvin 3.3).",
            "The rejection of {rejected:wd} came after the period ended {last:wd}: not valid (Sodvin 3.3).",
        ),
        "rejection_insignificant": (
            "Feil som er uvesentlige for kundens bruk gir ikke rett til å underkjenne (Sodvin 3.3).",
            "Errors that are insignificant for the customer's use do not allow a rejection (Sodvin 3.3).",
        ),
        "go_live": (
            "Signert {signed:wd}; samlet produksjonstid er normalt {low}–{high} dager: forventet driftsstart {earliest:date}–{latest:date} (Bilag 2, veiledende).",
            "Signed {signed:wd}; total production time is normally {low}–{high} days: expected go-live {earliest:date}–{latest:date} (Bilag 2, a guide only).",
        ),
        "go_live_not_in_template": (
            "{template} har ingen rammeplan for etablering med forventet driftsstart.",
            "{template} has no establishment plan with an expected go-live.",
        ),
    }
)


class ApprovalInput(CalcInput):
    default_template: ClassVar[str] = "sodvin"
    needs: ClassVar[Kind] = Kind.APPROVAL_END
    from_terms: ClassVar[dict[str, str]] = {"working_days": "approval_working_days"}

    sent: date
    working_days: int | None = Field(None, ge=1, le=100)  # the terms' when left out
    extra_closed: tuple[date, ...] = ()  # closed days on top of the terms' calendar
    rejected_on: date | None = None
    rejection_significant: bool = True


def calendar_with(terms: Terms, extra_closed: tuple[date, ...] = ()) -> WorkCalendar:
    """The terms' calendar, with ``extra_closed`` days closed too (a calculator's input)."""
    if not extra_closed:
        return terms.calendar()
    return work_calendar(
        saturday_is_working_day=terms.saturday_is_working_day,
        extra_closed=terms.extra_closed_dates + extra_closed,
        annual_closed=terms.annual_closed_days,
    )


@calculator("approval", ApprovalInput)
def _approval(data: ApprovalInput) -> ApprovalResult:
    terms = data.contract_terms()
    return approval_period(
        sent=data.sent,
        working_days=data.given("working_days", terms),
        cal=calendar_with(terms, data.extra_closed),
        rejected_on=data.rejected_on,
        rejection_significant=data.rejection_significant,
    )


def notice_approval(notice: NoticeLike, terms: Terms) -> ApprovalResult | Unknown:
    """Sodvin 3.3 for a recorded delivery notice, under its contract's terms: what every
    list, form, letter and the overview show for it. A template without an approval
    period (Office Center: delivery is when the service is established and the buyer
    told, OC 6.3) gives ``Unknown`` saying so."""
    if not terms.rules.has(Kind.APPROVAL_END):
        return unknown("approval_not_in_template", template=terms.rules.name)
    return approval_period(
        sent=notice.sent,
        working_days=terms.approval_working_days,
        cal=terms.calendar(),
        rejected_on=notice.rejected_on,
        rejection_significant=notice.rejection_significant,
    )


class NoticeLike(Protocol):
    """What the approval period needs of a delivery notice (``DeliveryNotice`` fits)."""

    @property
    def sent(self) -> date: ...
    @property
    def rejected_on(self) -> date | None: ...
    @property
    def rejection_significant(self) -> bool: ...


register_texts(
    {
        "approval_not_in_template": (
            "{template} har ingen godkjenningsperiode etter leveransemelding (den regelen er "
            "Sodvin 3.3).",
            "{template} has no approval period after a delivery notice (that rule is Sodvin 3.3).",
        ),
    }
)


# --- 2. Complaints (OC 8, 6.3; Sodvin 2.3, 7.1) -----------------------------------------


class Standing(StrEnum):
    """How an answer stands for the user: good, a warning to heed, or bad."""

    GOOD = "good"
    WARNING = "warning"
    BAD = "bad"


class Verdict(StrEnum):
    """What a complaint's verdict says, for every surface that shows one."""

    TIMELY = "timely"  # in writing, by the limit, and promptly after discovery
    LATE = "late"  # after the limit (OC 8.1 or 8.2)
    NOT_PROMPT = "not_prompt"  # by the limit, but not "straks" / "uten ugrunnet opphold"
    NO_FIXED_DEADLINE = "no_fixed_deadline"  # Sodvin 7.1: no number of days to judge by
    NOT_IN_WRITING = "not_in_writing"  # OC 8.3, Sodvin 7.1: not (yet) a valid complaint

    @property
    def standing(self) -> Standing | None:
        """The verdict's standing, for every surface that colours it.

        RULES reading 2: "straks" (OC 8.1/8.2) and "uten ugrunnet opphold" (Sodvin 7.1)
        get a guideline shown as a warning, never as a verdict: NOT_PROMPT is in time
        (a warning), not late. Late (OC 8.1, 8.2) and not in writing (OC 8.3, Sodvin
        7.1) are bad; Sodvin 7.1's "no fixed deadline" has no standing to show."""
        return _STANDINGS[self]


_STANDINGS: dict[Verdict, Standing | None] = {
    Verdict.TIMELY: Standing.GOOD,
    Verdict.NOT_PROMPT: Standing.WARNING,
    Verdict.NO_FIXED_DEADLINE: None,
    Verdict.LATE: Standing.BAD,
    Verdict.NOT_IN_WRITING: Standing.BAD,
}


class ComplaintResult(Result):
    template: TemplateId
    visible_defect_deadline: date | None
    absolute_deadline: date | None
    timely: bool | None  # by the date limits alone (None: the contract sets none)
    days_since_discovery: int | None = None
    working_days_since_discovery: int | None = None
    in_writing: bool = True
    verdict: Verdict
    #: The verdict in a few words, for a list's cell or a form's status line.
    verdict_step: Step = Field(exclude=True)


def complaint_limit_dates(
    *, delivered: date, terms: Terms, established: date | None = None
) -> tuple[date, date] | None:
    """OC 8.1 and 8.2 limits (visible defects, hidden defects) as the contract counts them,
    moved to a working day if it says so; None for a template without numbered limits.
    The plain form of ``complaint_limits`` (lists of many contracts)."""
    if terms.rules.complaint is not ComplaintRule.LIMITS:
        return None
    cal = terms.calendar()
    extend = terms.extend_to_working_day
    visible_raw, absolute_raw = _raw_limits(delivered, established, terms)
    return limit_day(visible_raw, cal, extend=extend), limit_day(absolute_raw, cal, extend=extend)


def _raw_limits(delivered: date, established: date | None, terms: Terms) -> tuple[date, date]:
    # OC 8.1: visible defects at the latest 14 days after delivery
    visible = delivered + timedelta(days=terms.visible_defect_days)
    # OC 8.2: never later than 1 year after establishment (OC 6.3: the delivery date
    # when no establishment is recorded, RULES 2)
    since = establishment_date(delivered=delivered, established=established)
    absolute = add_months(since, terms.absolute_complaint_months)
    return visible, absolute


def complaint_limits(
    *,
    delivered: date,
    complained: date,
    terms: Terms,
    discovered: date | None = None,
    established: date | None = None,
    in_writing: bool = True,
) -> ComplaintResult:
    """OC 8.1/8.2 deadlines and verdict; Sodvin 7.1 elapsed days only (no number in the text).

    The verdict is what every surface shows: an oral complaint is not in writing
    (OC 8.3, Sodvin 7.1; reading 11) whatever its dates, and a hidden defect complained
    after the promptness guideline is "by the limit, but not at once" (OC 8.2 "straks"
    is a duty, reading 2), never a plain "in time".
    """
    if complained < delivered:
        raise DomainError("complained", "err_before_field", other="delivered")
    if discovered is not None and discovered < delivered:
        raise DomainError("discovered", "err_before_field", other="delivered")
    if discovered is not None and complained < discovered:
        raise DomainError("complained", "err_before_field", other="discovered")
    rules = terms.rules
    cal = terms.calendar()
    steps: list[Step] = [step("complaint_dates", delivered=delivered, complained=complained)]
    notes: list[Step] = []

    days_since = working_since = None
    slow = False  # later than the promptness guideline after discovery
    if discovered is not None:
        days_since = (complained - discovered).days
        working_since = cal.count_working_days(discovered + timedelta(days=1), complained)
        steps.append(
            step("complaint_elapsed", discovered=discovered, days=days_since, working=working_since)
        )
        # RULES 2 / reading 2: "straks" / "uten ugrunnet opphold" is a guideline, not a verdict
        guideline = terms.promptness_guideline_working_days
        if guideline is not None and working_since > guideline:
            slow = True
            notes.append(step("complaint_prompt_warning", working=working_since, limit=guideline))

    visible = absolute = timely = None
    if rules.complaint is ComplaintRule.UNDUE_DELAY:
        # Sodvin 7.1 and 2.3: "uten ugrunnet opphold" – no number of days in the contract.
        notes.append(step("complaint_sodvin"))
        verdict = Verdict.NOT_PROMPT if slow else Verdict.NO_FIXED_DEADLINE
    else:
        established = establishment_date(delivered=delivered, established=established)
        visible_raw, absolute_raw = _raw_limits(delivered, established, terms)
        visible_clause = rules.clause("visible_defect_days")
        absolute_clause = rules.clause("absolute_complaint_months")
        visible, visible_notes = calendar_day_deadline(
            visible_clause, visible_raw, cal, extend=terms.extend_to_working_day
        )
        absolute, absolute_notes = calendar_day_deadline(
            absolute_clause, absolute_raw, cal, extend=terms.extend_to_working_day
        )
        steps.append(
            step(
                "complaint_visible",
                delivered=delivered,
                days=terms.visible_defect_days,
                deadline=visible,
            )
        )
        steps.append(
            step(
                "complaint_absolute",
                established=established,
                months=terms.absolute_complaint_months,
                deadline=absolute,
            )
        )
        if discovered is None:
            deadline, raw, rule_notes, rule = visible, visible_raw, visible_notes, visible_clause
            steps.append(step("complaint_rule_visible"))
        else:
            deadline, raw, rule_notes, rule = (
                absolute,
                absolute_raw,
                absolute_notes,
                absolute_clause,
            )
            steps.append(step("complaint_rule_hidden", promptness=rules.promptness))
        timely = complained <= deadline
        steps.append(
            step(
                "complaint_verdict_ok" if timely else "complaint_verdict_late",
                complained=complained,
                deadline=deadline,
                rule=rule,
            )
        )
        notes.extend(rule_notes)
        # Reading 1: say so when the other reading of a non-working-day deadline changes it
        other_deadline = raw if terms.extend_to_working_day else cal.on_or_after(raw)
        if (complained <= other_deadline) != timely:
            notes.append(
                step(
                    "complaint_other_reading",
                    other=other_deadline,
                    verdict=complained <= other_deadline,
                )
            )
        if not timely:
            verdict = Verdict.LATE
        elif discovered is not None and slow:
            verdict = Verdict.NOT_PROMPT
        else:
            verdict = Verdict.TIMELY
    if not in_writing:
        verdict = Verdict.NOT_IN_WRITING  # reading 11: whatever the dates
    label = _verdict_step(verdict, terms, days_since, working_since)
    steps.append(step("complaint_verdict", verdict=label))
    return ComplaintResult(
        template=terms.template,
        visible_defect_deadline=visible,
        absolute_deadline=absolute,
        timely=timely,
        days_since_discovery=days_since,
        working_days_since_discovery=working_since,
        in_writing=in_writing,
        verdict=verdict,
        verdict_step=label,
        steps=tuple(steps),
        notes=tuple(notes),
    )


def _verdict_step(verdict: Verdict, terms: Terms, days: int | None, working: int | None) -> Step:
    rules = terms.rules
    match verdict:
        case Verdict.NOT_IN_WRITING:
            return step("verdict_not_in_writing", clause=rules.written_complaint_clause)
        case Verdict.NOT_PROMPT if rules.complaint is ComplaintRule.LIMITS:
            return step(
                "verdict_not_prompt_limits",
                months=terms.absolute_complaint_months,
                clause=rules.promptness_clause,
                promptness=rules.promptness,
                days=days,
            )
        case Verdict.NOT_PROMPT:
            return step(
                "verdict_not_prompt",
                clause=rules.promptness_clause,
                promptness=rules.promptness,
                days=days,
            )
        case Verdict.NO_FIXED_DEADLINE:
            return step(
                "verdict_no_fixed_deadline",
                clause=rules.promptness_clause,
                promptness=rules.promptness,
            )
        case Verdict.LATE:
            return step("verdict_late")
    return step("verdict_timely")


def verdict_phrases(terms: Terms) -> list[Step]:
    """Every verdict a complaint under ``terms`` can be given, as the step a list shows
    for it (``ComplaintResult.verdict_step``, through the same ``_verdict_step``), with 0
    for the numbers a row or its contract sets (the days since discovery, the months of
    OC 8.2 a contract may override): a list's filter asks whether what is typed can be
    part of a verdict it shows."""
    out = []
    for verdict in Verdict:
        phrase = _verdict_step(verdict, terms, 0, 0)
        if "months" in phrase.values:  # a contract may override them
            phrase = Step(phrase.code, {**phrase.values, "months": 0})
        out.append(phrase)
    return out


register_texts(
    {
        "complaint_dates": (
            "Levert {delivered:wd}; reklamert {complained:wd}.",
            "Delivered {delivered:wd}; complaint made {complained:wd}.",
        ),
        "complaint_elapsed": (
            "Oppdaget {discovered:wd}: {days} kalenderdager ({working} virkedager) til reklamasjonen.",
            "Discovered {discovered:wd}: {days} calendar days ({working} working days) until the complaint.",
        ),
        "complaint_prompt_warning": (
            "Det gikk {working} virkedager fra oppdagelse til reklamasjon; retningslinjen for å reklamere raskt nok er {limit}. Dette er en veiledning, ikke en dom.",
            "{working} working days passed from discovery to complaint; the guideline for complaining promptly enough is {limit}. A guide, not a verdict.",
        ),
        "complaint_sodvin": (
            "Sodvin 7.1 og 2.3: reklamasjon skal skje skriftlig «uten ugrunnet opphold» etter at misligholdet ble eller burde vært oppdaget. Avtalen har ingen fast frist i dager.",
            "Sodvin 7.1 and 2.3: complaints must be made in writing 'without undue delay' after the breach was or should have been discovered. The contract sets no number of days.",
        ),
        "complaint_visible": (
            "Synlige mangler: senest {days} dager etter levering {delivered:date} = {deadline:wd} (OC 8.1).",
            "Visible defects: at the latest {days} days after delivery {delivered:date} = {deadline:wd} (OC 8.1).",
        ),
        "complaint_absolute": (
            "Skjulte mangler: aldri senere enn {months} måneder etter etablering {established:date} = {deadline:wd} (OC 8.2).",
            "Hidden defects: never later than {months} months after establishment {established:date} = {deadline:wd} (OC 8.2).",
        ),
        "complaint_rule_visible": (
            "Ingen oppdagelsesdato er oppgitt, så mangelen regnes som synlig ved levering (OC 8.1).",
            "No discovery date is given, so the defect counts as visible at delivery (OC 8.1).",
        ),
        "complaint_rule_hidden": (
            "Mangelen ble oppdaget senere, så den lengste fristen gjelder (OC 8.2); reklamasjonen skal likevel komme {promptness} etter oppdagelsen.",
            "The defect was discovered later, so the longest limit applies (OC 8.2); the complaint must still come {promptness} after discovery.",
        ),
        "complaint_verdict_ok": (
            "Reklamasjonen {complained:wd} kom innen fristen {deadline:wd} ({rule}).",
            "The complaint of {complained:wd} came by the deadline {deadline:wd} ({rule}).",
        ),
        "complaint_verdict_late": (
            "Reklamasjonen {complained:wd} kom etter fristen {deadline:wd} ({rule}): for sent.",
            "The complaint of {complained:wd} came after the deadline {deadline:wd} ({rule}): too late.",
        ),
        "complaint_other_reading": (
            "Merk: med den andre lesemåten (frist {other:wd}) ville svaret vært «i tide»: {verdict}.",
            "Note: under the other reading (deadline {other:wd}) the answer 'in time' would be: {verdict}.",
        ),
        "complaint_verdict": ("Vurdering: {verdict}.", "Verdict: {verdict}."),
        "verdict_timely": ("i tide", "in time"),
        "verdict_late": ("for sent", "too late"),
        "verdict_not_in_writing": (
            "ikke skriftlig — ikke en gyldig reklamasjon ennå ({clause})",
            "not in writing — not a valid complaint yet ({clause})",
        ),
        "verdict_not_prompt_limits": (
            "innenfor {months} måneder, men {clause} krever reklamasjon {promptness} — {days} dager etter oppdagelsen",
            "within {months} months, but {clause} requires notice {promptness} — {days} days after discovery",
        ),
        "verdict_not_prompt": (
            "{clause} krever reklamasjon {promptness} — {days} dager etter oppdagelsen",
            "{clause} requires notice {promptness} — {days} days after discovery",
        ),
        "verdict_no_fixed_deadline": (
            "ingen fast frist: {promptness} ({clause})",
            "no fixed deadline: {promptness} ({clause})",
        ),
    }
)


class ComplaintInput(CalcInput):
    default_template: ClassVar[str] = "office_center"
    from_terms: ClassVar[dict[str, str]] = {"extend_to_working_day": "extend_to_working_day"}

    delivered: date
    complained: date
    discovered: date | None = None
    established: date | None = None
    extend_to_working_day: bool | None = None  # the terms' when left out
    in_writing: bool = True


@calculator("complaint", ComplaintInput)
def _complaint(data: ComplaintInput) -> ComplaintResult:
    terms = data.contract_terms()
    extend = data.given("extend_to_working_day", terms)
    terms = terms.model_copy(update={"extend_to_working_day": extend})
    return complaint_limits(
        delivered=data.delivered,
        complained=data.complained,
        discovered=data.discovered,
        established=data.established,
        terms=terms,
        in_writing=data.in_writing,
    )


# --- 4. Data deletion and copies (OC 5.3–5.6, 12.3–12.4) --------------------------------


class DeletionResult(Result):
    ended: date
    latest_deletion: date
    deletion: date
    notice_by: date
    copy_order_by: date
    copy_before_expiry: date
    safe_copy_order_by: date


def deletion_notice_by(deletion: date, *, terms: Terms) -> date:
    """OC 5.4: the last day of the notice for a deletion on ``deletion`` (5 working days
    before it, reading 8: counted back)."""
    return terms.calendar().add_working_days(deletion, -terms.deletion_notice_working_days)


def deletion_dates(
    *, ended: date, terms: Terms, deletion: date | None = None
) -> tuple[date, date, date, date]:
    """(latest deletion, deletion, notice by, copy order by) without the explanation, for
    lists of many terminations; ``deletion_deadlines`` explains the same dates."""
    cal = terms.calendar()
    # OC 5.3: all data, backups included, deleted within 30 days after the service ended
    latest = ended + timedelta(days=terms.deletion_days)
    if deletion is None:
        deletion = latest
    elif deletion > latest:
        raise DomainError("deletion", "err_deletion_late", latest=latest, days=terms.deletion_days)
    elif deletion < ended:
        raise DomainError("deletion", "err_deletion_early", ended=ended)
    notice_by = deletion_notice_by(deletion, terms=terms)
    # OC 5.6: a copy must be ordered in writing at the latest 3 working days before deletion
    copy_by = cal.add_working_days(deletion, -terms.copy_order_working_days)
    return latest, deletion, notice_by, copy_by


def deletion_deadlines(
    *, ended: date, terms: Terms, deletion: date | None = None
) -> DeletionResult:
    """OC 5.3 deletion within 30 days; 5.4 notice 5 working days before; 5.6 copy order 3 before."""
    cal = terms.calendar()
    latest, deletion, notice_by, copy_by = deletion_dates(
        ended=ended, terms=terms, deletion=deletion
    )
    # OC 12.4: a copy is owed (against payment) if ordered before the subscription expires
    safe = min(ended, copy_by)
    steps = [
        step("deletion_latest", ended=ended, days=terms.deletion_days, latest=latest),
        step("deletion_planned", deletion=deletion),
        *skipped_steps(cal, notice_by, deletion),
        step("deletion_notice", n=terms.deletion_notice_working_days, notice=notice_by),
        step("deletion_copy", n=terms.copy_order_working_days, copy=copy_by),
        step("deletion_expiry", ended=ended),
    ]
    notes = [step("deletion_safe", safe=safe), step("deletion_contact"), *calendar_steps(cal)]
    return DeletionResult(
        ended=ended,
        latest_deletion=latest,
        deletion=deletion,
        notice_by=notice_by,
        copy_order_by=copy_by,
        copy_before_expiry=ended,
        safe_copy_order_by=safe,
        steps=tuple(steps),
        notes=tuple(notes),
    )


def deletion_notice_problems(
    result: DeletionResult, *, sent: date, terms: Terms, copy_ordered: bool = False
) -> tuple[Step, ...]:
    """What is wrong with a deletion notice sent on ``sent`` for ``result``'s dates, for
    the person sending it (not for the letter): none when it is in time.

    OC 5.4 wants the notice 5 working days before the deletion; a later notice gives the
    customer less. Moving the deletion later to make up for it is bounded by OC 5.3
    (within 30 days of the end), so the steps say both dates and leave the choice to
    the user (the planned deletion on the termination). A copy-order deadline (OC 5.6)
    the letter would give that has already passed is said too, unless a copy was
    ordered."""
    problems: list[Step] = []
    if sent > result.notice_by:
        # the first deletion day whose notice day (N working days before it, counted back,
        # reading 8) is not before ``sent``: the day after the N-th working day counted
        # from the first working day on or after ``sent`` (deletion may fall on any day)
        cal = terms.calendar()
        n = terms.deletion_notice_working_days
        full = cal.add_working_days(cal.on_or_after(sent), n - 1) + timedelta(days=1)
        # OC 5.3 bounds the move: within 30 days of the end, or both cannot be kept
        movable = full <= result.latest_deletion
        problems.append(
            step(
                "deletion_notice_late_movable" if movable else "deletion_notice_late",
                notice=result.notice_by,
                deletion=result.deletion,
                full=full,
                latest=result.latest_deletion,
                n=n,
                days=terms.deletion_days,
            )
        )
    if sent > result.copy_order_by and not copy_ordered:
        problems.append(step("deletion_copy_passed", copy=result.copy_order_by))
    return tuple(problems)


class RecordedDeletion(NamedTuple):
    """The verdict on a deletion notice and a deletion recorded on a termination."""

    problems: tuple[Step, ...]  # what broke OC 5.3 or 5.4 (none: both kept, or nothing recorded)
    in_time: Step | None  # the notice went out in time: how many working days it gave


def recorded_deletion(
    result: DeletionResult, *, sent: date | None, deleted: date | None, terms: Terms
) -> RecordedDeletion:
    """Judge what a termination records as done: the notice sent on ``sent`` and the
    data deleted on ``deleted`` (either None while not done), for ``result``'s dates.

    The notice is held against the deletion it announced: the one that happened, else
    the planned (or latest) one. It is late by the same line as the letter's check
    (``deletion_notice_problems``): after the day OC 5.4 gives, which is the working
    days before the deletion counted back (reading 8); the verdict says how many it
    gave. A deletion with no notice recorded, or after the latest day (OC 5.3), is said
    too."""
    n = terms.deletion_notice_working_days
    notice_clause = terms.rules.clause("deletion_notice_working_days")
    deletion = deleted if deleted is not None else result.deletion
    due = deletion_notice_by(deletion, terms=terms)
    problems: list[Step] = []
    in_time: Step | None = None
    if sent is not None:
        # the working days from the notice up to (not including) the deletion
        given = terms.calendar().count_working_days(sent, deletion - timedelta(days=1))
        values = dict(sent=sent, notice=due, deletion=deletion, given=given, n=n)
        if sent >= deletion:
            problems.append(step("deletion_notice_sent_after", **values, clause=notice_clause))
        elif sent > due:
            problems.append(step("deletion_notice_sent_late", **values, clause=notice_clause))
        else:
            in_time = step("deletion_notice_sent_in_time", **values, clause=notice_clause)
    elif deleted is not None:
        problems.append(
            step("deletion_without_notice", deleted=deleted, notice=due, n=n, clause=notice_clause)
        )
    if deleted is not None and deleted > result.latest_deletion:
        problems.append(
            step(
                "deletion_done_late",
                deleted=deleted,
                latest=result.latest_deletion,
                days=terms.deletion_days,
                clause=terms.rules.clause("deletion_days"),
            )
        )
    return RecordedDeletion(tuple(problems), in_time)


register_texts(
    {
        "deletion_notice_sent_late": (
            "Slettevarselet ble sendt {sent:wd}, etter fristen {notice:wd}: bare {given} "
            "virkedager før slettingen {deletion:wd}, mens {clause} krever {n}.",
            "The deletion notice went out {sent:wd}, after the limit {notice:wd}: only {given} "
            "working days before the deletion on {deletion:wd}, where {clause} requires {n}.",
        ),
        "deletion_notice_sent_after": (
            "Slettevarselet ble sendt {sent:wd}, ikke før slettingen {deletion:wd}: {clause} "
            "krever varsel {n} virkedager før, senest {notice:wd}.",
            "The deletion notice went out {sent:wd}, not before the deletion on {deletion:wd}: "
            "{clause} requires notice {n} working days before, by {notice:wd}.",
        ),
        "deletion_notice_sent_in_time": (
            "Slettevarselet ble sendt i tide {sent:wd}: {given} virkedager før slettingen "
            "{deletion:wd} ({clause} krever {n}).",
            "The deletion notice went out in time on {sent:wd}: {given} working days before the "
            "deletion on {deletion:wd} ({clause} requires {n}).",
        ),
        "deletion_without_notice": (
            "Dataene ble slettet {deleted:wd}, men ingen slettevarsel er registrert ({clause}: "
            "varsel {n} virkedager før, senest {notice:wd}).",
            "The data was deleted {deleted:wd}, but no deletion notice is recorded ({clause}: "
            "notice {n} working days before, by {notice:wd}).",
        ),
        "deletion_done_late": (
            "Dataene ble slettet {deleted:wd}, etter siste slettedag {latest:wd} ({days} dager "
            "etter slutt, {clause}).",
            "The data was deleted {deleted:wd}, after the last deletion day {latest:wd} ({days} "
            "days after the end, {clause}).",
        ),
    }
)


register_texts(
    {
        "deletion_notice_late_movable": (
            "Varselet er for sent: etter OC 5.4 skulle det gått ut senest {notice:wd}, {n} virkedager før slettingen {deletion:wd}. Sett planlagt sletting på oppsigelsen til {full:wd} eller senere (og senest {latest:wd}, {days} dager etter slutt, OC 5.3), så får kunden hele varslingstiden.",
            "The notice is late: under OC 5.4 it should have gone out by {notice:wd}, {n} working days before the deletion on {deletion:wd}. Set the planned deletion on the termination to {full:wd} or later (and at the latest {latest:wd}, {days} days after the end, OC 5.3) to give the customer the full notice.",
        ),
        "deletion_notice_late": (
            "Varselet er for sent: etter OC 5.4 skulle det gått ut senest {notice:wd}, {n} virkedager før slettingen {deletion:wd}. Full varslingstid fra i dag gir sletting {full:wd}, men OC 5.3 krever sletting senest {latest:wd} ({days} dager etter slutt): begge kan ikke holdes, og kunden får kortere varsel enn avtalen sier.",
            "The notice is late: under OC 5.4 it should have gone out by {notice:wd}, {n} working days before the deletion on {deletion:wd}. The full notice from today means deleting on {full:wd}, but OC 5.3 requires deletion by {latest:wd} ({days} days after the end): both cannot be kept, and the customer gets shorter notice than the contract says.",
        ),
        "deletion_copy_passed": (
            "Fristen for kopibestilling som brevet oppgir, {copy:wd}, er allerede passert (OC 5.6).",
            "The copy-order deadline the letter gives, {copy:wd}, has already passed (OC 5.6).",
        ),
    }
)


register_texts(
    {
        "err_terms_lack_rule": (
            "{template} har ikke denne regelen",
            "{template} does not have this rule",
        ),
        "err_deletion_late": (
            "kan ikke være etter siste slettedato {latest:wd} (OC 5.3: innen {days} dager)",
            "must not be after the latest deletion date {latest:wd} (OC 5.3: within {days} days)",
        ),
        "err_deletion_early": (
            "kan ikke være før tjenesten er avsluttet {ended:wd}",
            "must not be before the service ended {ended:wd}",
        ),
        "deletion_latest": (
            "Tjenesten ble avsluttet {ended:wd}; data skal slettes innen {days} dager: senest {latest:wd} (OC 5.3).",
            "The service ended {ended:wd}; data must be deleted within {days} days: at the latest {latest:wd} (OC 5.3).",
        ),
        "deletion_planned": (
            "Planlagt sletting: {deletion:wd}.",
            "Planned deletion: {deletion:wd}.",
        ),
        "deletion_notice": (
            "Varsel om sletting må sendes {n} virkedager før, talt bakover: senest {notice:wd} (OC 5.4).",
            "The deletion notice must go out {n} working days before, counted back: by {notice:wd} (OC 5.4).",
        ),
        "deletion_copy": (
            "Kopi av data må bestilles skriftlig senest {n} virkedager før sletting: {copy:wd} (OC 5.6).",
            "A copy of the data must be ordered in writing at the latest {n} working days before deletion: {copy:wd} (OC 5.6).",
        ),
        "deletion_expiry": (
            "Leverandøren plikter (mot vederlag) å levere kopi bestilt før abonnementet utløper {ended:wd} (OC 12.4); kunden har selv ansvar for egen kopi (OC 12.3).",
            "The supplier must (against payment) deliver a copy ordered before the subscription expires {ended:wd} (OC 12.4); the customer is responsible for its own copy (OC 12.3).",
        ),
        "deletion_safe": (
            "Sikker dato for kopibestilling: {safe:wd} – den tidligste av fristene i OC 5.6 og 12.4 (valgt lesemåte 7).",
            "Safe date to order a copy: {safe:wd} – the earlier of the OC 5.6 and 12.4 deadlines (reading 7).",
        ),
        "deletion_contact": (
            "Varselet sendes til den som sendte oppsigelsen (OC 5.4).",
            "The notice goes to the person who sent the termination (OC 5.4).",
        ),
    }
)


class DeletionInput(CalcInput):
    default_template: ClassVar[str] = "office_center"
    needs: ClassVar[Kind] = Kind.DELETION

    ended: date
    deletion: date | None = None


@calculator("deletion", DeletionInput)
def _deletion(data: DeletionInput) -> DeletionResult:
    terms = data.contract_terms()
    return deletion_deadlines(ended=data.ended, deletion=data.deletion, terms=terms)


# --- 3. Binding period, renewal and termination (Sodvin 5.1, 5.2, 5.4; OC 12) -------------


class SodvinTermResult(Result):
    binding_start: date
    period_number: int
    period_start: date
    period_end: date
    notice_deadline: date
    earliest_end: date | None


def sodvin_period(binding_start: date, k: int, terms: Terms) -> tuple[date, date]:
    """Period k (0 = binding period) as [start, exclusive end)."""
    if k == 0:
        return binding_start, add_months(binding_start, terms.binding_months)
    start = add_months(binding_start, terms.binding_months + (k - 1) * terms.renewal_months)
    return start, add_months(start, terms.renewal_months)


def sodvin_notice_deadline(exclusive_end: date, terms: Terms) -> date:
    """Sodvin 5.1 / reading 5: whole months back from the exclusive end, minus one day."""
    return add_months(exclusive_end, -terms.termination_notice_months) - timedelta(days=1)


def sodvin_term(*, ordinary_start: date, terms: Terms, on: date | None = None) -> SodvinTermResult:
    """Sodvin 5.1: binding from the 1st of the month after ordinary operation starts, renewed automatically."""
    binding_start = first_of_next_month(ordinary_start)
    k = 0
    if on is not None:
        while sodvin_period(binding_start, k, terms)[1] <= on:
            k += 1
    start, end = sodvin_period(binding_start, k, terms)
    deadline = sodvin_notice_deadline(end, terms)
    steps = [
        step(
            "term_binding", start=ordinary_start, binding=binding_start, months=terms.binding_months
        ),
        step("term_period", k=k + 1, start=start, end=end - timedelta(days=1)),
        step("term_deadline", months=terms.termination_notice_months, deadline=deadline),
    ]
    notes = [step("term_reading")]
    earliest = None
    if on is not None:
        if on <= deadline:
            earliest = end - timedelta(days=1)
            steps.append(step("term_in_time", on=on, end=earliest))
        else:
            next_end = sodvin_period(binding_start, k + 1, terms)[1]
            earliest = next_end - timedelta(days=1)
            steps.append(step("term_too_late", on=on, deadline=deadline, end=earliest))
        if on < binding_start:
            notes.append(step("term_before_binding", binding=binding_start))
    return SodvinTermResult(
        binding_start=binding_start,
        period_number=k + 1,
        period_start=start,
        period_end=end - timedelta(days=1),
        notice_deadline=deadline,
        earliest_end=earliest,
        steps=tuple(steps),
        notes=tuple(notes),
    )


def sodvin_notice_deadlines(
    *, ordinary_start: date, terms: Terms, start: date, end: date
) -> list[tuple[date, date]]:
    """(notice deadline, period end) for every period whose notice deadline lies in [start, end]."""
    binding_start = first_of_next_month(ordinary_start)
    out: list[tuple[date, date]] = []
    # Skip the periods whose deadline lies before ``start`` without computing each one.
    # Period k ends on the 1st, binding + k × renewal months after binding_start, so its
    # deadline (notice months back, minus a day) is on or after ``start`` only when
    # binding + k × renewal − notice > months from binding_start's month to start's.
    # Starting one period early keeps the loop's own check in charge.
    months = (start.year - binding_start.year) * 12 + start.month - binding_start.month
    need = months + 1 - terms.binding_months + terms.termination_notice_months
    k = max(0, -(-need // terms.renewal_months) - 1)
    while True:
        _, period_end = sodvin_period(binding_start, k, terms)
        deadline = sodvin_notice_deadline(period_end, terms)
        if deadline > end:
            return out
        if deadline >= start:
            out.append((deadline, period_end - timedelta(days=1)))
        k += 1


register_texts(
    {
        "term_binding": (
            "Ordinær drift startet {start:wd}; bindingstiden på {months} måneder regnes fra 1. i påfølgende måned: {binding:wd} (Sodvin 5.1).",
            "Ordinary operation started {start:wd}; the {months}-month binding period runs from the 1st of the following month: {binding:wd} (Sodvin 5.1).",
        ),
        "term_period": (
            "Avtaleperiode nr. {k}: {start:date}–{end:date}. Avtalen fornyes automatisk med en ny periode om den ikke sies opp.",
            "Agreement period no. {k}: {start:date}–{end:date}. It renews automatically unless terminated.",
        ),
        "term_deadline": (
            "Oppsigelsen må være mottatt minst {months} måneder før periodens slutt: senest {deadline:wd}.",
            "The termination must be received at least {months} months before the period ends: by {deadline:wd}.",
        ),
        "term_in_time": (
            "En oppsigelse mottatt {on:wd} er innen fristen: avtalen slutter da {end:wd}.",
            "A termination received {on:wd} is in time: the agreement then ends {end:wd}.",
        ),
        "term_too_late": (
            "En oppsigelse mottatt {on:wd} er etter fristen {deadline:wd}: avtalen fornyes da og slutter tidligst {end:wd}.",
            "A termination received {on:wd} is after the deadline {deadline:wd}: the agreement then renews and ends at the earliest {end:wd}.",
        ),
        "term_before_binding": (
            "Oppsigelsen kom før bindingstiden startet {binding:wd}; den gjelder første periode.",
            "The termination came before the binding period started {binding:wd}; it applies to the first period.",
        ),
        "term_reading": (
            "Valgt lesemåte 5: hele måneder talt bakover fra periodens slutt; oppsigelsen må ha nådd leverandøren innen fristdagen.",
            "Reading 5: whole months counted back from the period's end; the termination must have reached the supplier by the deadline day.",
        ),
    }
)


class SodvinTermInput(CalcInput):
    default_template: ClassVar[str] = "sodvin"
    needs: ClassVar[Kind] = Kind.TERMINATION_NOTICE

    ordinary_start: date
    on: date | None = None


@calculator("sodvin_term", SodvinTermInput)
def _sodvin_term(data: SodvinTermInput, *, today: date | None = None) -> SodvinTermResult:
    """RULES 10: without ``on``, for a termination received today (said in the notes)."""
    terms = data.contract_terms()
    on = data.on if data.on is not None else today
    result = sodvin_term(ordinary_start=data.ordinary_start, on=on, terms=terms)
    if data.on is None and today is not None:
        result = result.model_copy(
            update={"notes": (step("term_on_today", today=today),) + result.notes}
        )
    return result


class EarlyTerminationResult(Result):
    remaining_months: Decimal
    remaining_fees: Money
    claim: Money


def sodvin_early_termination(
    *,
    terminated: date,
    period_end: date,
    monthly_fee: Decimal,
    cancellable_licences: Decimal = Decimal(0),
    outstanding: Decimal = Decimal(0),
) -> EarlyTerminationResult:
    """Sodvin 5.2: fee for the rest of the period, less cancellable licences, plus unpaid fees.

    The rest of the period runs from the termination date through ``period_end``
    (inclusive): whole months, and the days of a part month pro rata of that month's
    length (fees are monthly, 4.2).
    """
    if period_end < terminated:
        raise DomainError("period_end", "err_before_field", other="terminated")
    for name, value in (
        ("monthly_fee", monthly_fee),
        ("cancellable_licences", cancellable_licences),
        ("outstanding", outstanding),
    ):
        if value < 0:
            raise DomainError(name, "err_not_negative", input=value)
    exclusive_end = period_end + timedelta(days=1)
    months = 0
    while add_months(terminated, months + 1) <= exclusive_end:
        months += 1
    part_start = add_months(terminated, months)
    month_len = (add_months(part_start, 1) - part_start).days
    remaining = Decimal(months) + Decimal((exclusive_end - part_start).days) / Decimal(month_len)
    fees = remaining * monthly_fee
    claim = max(Decimal(0), fees - cancellable_licences) + outstanding
    # Reading 9's other reading: the rest of the termination's own month pro rata of its
    # length, then whole calendar months (and a part month at the end pro rata)
    other = _calendar_months_between(terminated, exclusive_end)
    other_claim = max(Decimal(0), other * monthly_fee - cancellable_licences) + outstanding
    notes = (
        step(
            "early_reading_9",
            other=round(other, 4),
            other_claim=round_money(other_claim),
            claim=round_money(claim),
        ),
    )
    steps = (
        step("early_remaining", start=terminated, end=period_end, months=round(remaining, 4)),
        step(
            "early_claim",
            fees=round_money(fees),
            licences=cancellable_licences,
            outstanding=outstanding,
            claim=round_money(claim),
        ),
    )
    return EarlyTerminationResult(
        remaining_months=round(remaining, 4),
        remaining_fees=fees,
        claim=claim,
        steps=steps,
        notes=notes,
    )


def _calendar_months_between(start: date, exclusive_end: date) -> Decimal:
    """Months from ``start`` to ``exclusive_end`` counted by calendar month: each month's
    days in the span pro rata of that month's length."""
    total = Decimal(0)
    day = start
    while day < exclusive_end:
        month_start = day.replace(day=1)
        next_month = first_of_next_month(day)
        length = (next_month - month_start).days
        until = min(next_month, exclusive_end)
        total += Decimal((until - day).days) / Decimal(length)
        day = until
    return total


register_texts(
    {
        "early_remaining": (
            "Restperioden {start:date}–{end:date} er {months:num} måneder.",
            "The rest of the period {start:date}–{end:date} is {months:num} months.",
        ),
        "early_reading_9": (
            "Valgt lesemåte 9: hele måneder regnet fremover fra oppsigelsesdatoen, deretter "
            "resten av dagene forholdsmessig av lengden på den siste månedsperioden. Den andre "
            "lesemåten (resten av oppsigelsesmåneden forholdsmessig, deretter hele "
            "kalendermåneder) gir {other:num} måneder og et krav på {other_claim:money} "
            "(her {claim:money}).",
            "Reading 9: whole months counted forward from the termination date, then the "
            "remaining days pro rata of the length of that last month-span. The other reading "
            "(the rest of the termination's month pro rata, then whole calendar months) gives "
            "{other:num} months and a claim of {other_claim:money} (here {claim:money}).",
        ),
        "term_on_today": (
            "Ingen dato for mottatt oppsigelse er oppgitt: beregnet for en oppsigelse mottatt i "
            "dag, {today:wd}.",
            "No date for the termination received was given: computed for one received today, "
            "{today:wd}.",
        ),
        "early_claim": (
            "Vederlag for restperioden {fees:money} − oppsigelige lisenskostnader {licences:money} + utestående {outstanding:money} = {claim:money} (Sodvin 5.2).",
            "Fees for the rest of the period {fees:money} − cancellable licences {licences:money} + outstanding {outstanding:money} = {claim:money} (Sodvin 5.2).",
        ),
    }
)


class EarlyTerminationInput(CalcInput):
    default_template: ClassVar[str] = "sodvin"
    needs: ClassVar[Kind] = Kind.TERMINATION_NOTICE  # Sodvin 5.2 goes with 5.1's periods

    terminated: date
    period_end: date
    monthly_fee: Decimal = Field(ge=0)
    cancellable_licences: Decimal = Field(Decimal(0), ge=0)
    outstanding: Decimal = Field(Decimal(0), ge=0)


@calculator("sodvin_early_termination", EarlyTerminationInput)
def _early(data: EarlyTerminationInput) -> EarlyTerminationResult:
    data.contract_terms()  # Sodvin 5.2's rule
    return sodvin_early_termination(**data.model_dump(exclude={"terms"}))


class ExtensionResult(Result):
    request_by: date


def sodvin_extension(*, received: date, terms: Terms) -> ExtensionResult:
    """Sodvin 5.4: after the supplier's notice of termination for the customer's breach
    (hevingsvarsel), the customer must ask for a temporary extension within
    ``extension_request_days`` (1 week) of receiving it, calendar days (reading 1: the
    day does not move off a weekend unless the contract says so)."""
    days = terms.extension_request_days
    within = received + timedelta(days=days)
    by, notes = calendar_day_deadline(
        "Sodvin 5.4", within, terms.calendar(), extend=terms.extend_to_working_day
    )
    return ExtensionResult(
        request_by=by,
        steps=(step("extension", received=received, days=days, by=within),),
        notes=tuple(notes),
    )


register_texts(
    {
        "extension": (
            "Hevingsvarsel mottatt {received:wd}: kunden må be om midlertidig forlengelse innen {days} dager, {by:wd}, og forskuddsbetale neste periode (Sodvin 5.4).",
            "Notice of termination received {received:wd}: the customer must ask for a temporary extension within {days} days, {by:wd}, and prepay the next period (Sodvin 5.4).",
        ),
    }
)


class ExtensionInput(CalcInput):
    default_template: ClassVar[str] = "sodvin"
    needs: ClassVar[Kind] = Kind.EXTENSION_REQUEST

    received: date  # the day the customer received the supplier's notice of termination


@calculator("sodvin_extension", ExtensionInput)
def _sodvin_extension(data: ExtensionInput) -> ExtensionResult:
    return sodvin_extension(received=data.received, terms=data.contract_terms())


class OcTerminationResult(Result):
    received: date
    end: date
    binding_invoice_date: date


def oc_termination(*, received: date, terms: Terms) -> OcTerminationResult:
    """OC 12.1: the whole subscription ends with 3 months' notice; 12.2 rest of binding invoiced."""
    end = add_months(received, terms.termination_notice_months)
    # OC 12.2 with 3.3: the rest of a binding period is invoiced on the next due date (1 January)
    next_due = date(received.year + 1, 1, 1)
    steps = (
        step("oc_term_end", received=received, months=terms.termination_notice_months, end=end),
        step("oc_term_binding", due=next_due),
    )
    return OcTerminationResult(
        received=received, end=end, binding_invoice_date=next_due, steps=steps
    )


register_texts(
    {
        "oc_term_end": (
            "Oppsigelse mottatt {received:wd} med {months} måneders varsel: abonnementet avsluttes {end:wd} (OC 12.1).",
            "Termination received {received:wd} with {months} months' notice: the subscription ends {end:wd} (OC 12.1).",
        ),
        "oc_term_binding": (
            "Er det avtalt bindingstid, faktureres resten av den på neste forfallsdato {due:wd}, for antall enheter på siste faktura før oppsigelsen (OC 12.2).",
            "If a binding period was agreed, the rest of it is invoiced on the next due date {due:wd}, for the units on the last invoice before the notice (OC 12.2).",
        ),
    }
)


class OcTerminationInput(CalcInput):
    default_template: ClassVar[str] = "office_center"

    received: date


@calculator("oc_termination", OcTerminationInput)
def _oc_termination(data: OcTerminationInput) -> OcTerminationResult:
    terms = data.contract_terms()
    if terms.rules.end is not EndRule.NOTICE:
        raise DomainError("terms", "err_terms_lack_rule", template=terms.rules.name)
    return oc_termination(received=data.received, terms=terms)


class ChangeNoticeResult(Result):
    effective: date
    publish_by: date


def change_notice(*, effective: date, terms: Terms) -> ChangeNoticeResult:
    """OC 6.7: changes needing new client equipment are published at least 60 days before."""
    publish_by = effective - timedelta(days=terms.change_notice_days)
    return ChangeNoticeResult(
        effective=effective,
        publish_by=publish_by,
        steps=(
            step(
                "change_notice", effective=effective, days=terms.change_notice_days, by=publish_by
            ),
        ),
    )


register_texts(
    {
        "change_notice": (
            "Endringen trer i kraft {effective:wd}; den må publiseres på nettstedet og meldes kjøper direkte senest {days} dager før: {by:wd} (OC 6.7).",
            "The change takes effect {effective:wd}; it must be published on the website and told to the buyer directly at least {days} days before: {by:wd} (OC 6.7).",
        ),
    }
)


class ChangeNoticeInput(CalcInput):
    default_template: ClassVar[str] = "office_center"

    effective: date


@calculator("change_notice", ChangeNoticeInput)
def _change_notice(data: ChangeNoticeInput) -> ChangeNoticeResult:
    terms = data.contract_terms()
    if not terms.rules.uses("change_notice_days"):
        raise DomainError("terms", "err_terms_lack_rule", template=terms.rules.name)
    return change_notice(effective=data.effective, terms=terms)
