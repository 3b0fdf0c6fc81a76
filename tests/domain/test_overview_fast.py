"""The overview's fast computation gives the very deadlines of the straightforward one.

``straightforward`` below is the overview as it was before it was made fast (commit
63ececc, without its memo): every rule computed with its full explanation
(``approval_period``, ``deletion_deadlines``, ``due_date``) for every candidate date of
every contract, then kept if it falls in the window. ``collect`` (with its per-terms
memo and early skips), ``shown`` (which does not build what no group shows) and the
small lines storage reads (``ContractLine`` ...) must all give exactly its answers.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from app.domain import deadlines as dl
from app.domain import overview as ov
from app.domain.dates import add_months
from app.domain.explain import step
from app.domain.payments import due_date
from app.domain.records import Contract, DeliveryNotice, Termination

# --- the straightforward computation (the oracle) -----------------------------------------


def straightforward_contract(facts: ov.ContractFacts, start: date, end: date) -> list:
    c = facts.contract
    terms = c.terms()
    cal = terms.calendar()
    out: list[ov.Deadline] = []

    def add(day, kind, record, what, done=False):
        if start <= day <= end:
            out.append(ov.Deadline(day, kind, c.id, c.title, facts.customer, record, what, done))

    for notice in facts.notices:
        r = dl.approval_period(
            sent=notice.sent,
            working_days=terms.approval_working_days,
            cal=cal,
            rejected_on=notice.rejected_on,
            rejection_significant=notice.rejection_significant,
        )
        if r.rejection_valid:
            continue
        label = notice.partial_label or c.title
        ref = f"deliveries:{notice.id}"
        add(
            r.last_day,
            ov.Kind.APPROVAL_END,
            ref,
            step("ov_approval_end", label=label, sent=notice.sent),
        )
        add(r.delivery_day, ov.Kind.DELIVERY_DAY, ref, step("ov_delivery_day", label=label))

    ended = [t for t in facts.terminations if t.effective_end is not None]
    if c.template == "office_center":
        if c.delivered is not None:
            established = c.establishment_date or c.delivered
            add(
                c.delivered + timedelta(days=terms.visible_defect_days),
                ov.Kind.COMPLAINT_VISIBLE,
                "",
                step("ov_complaint_visible", delivered=c.delivered),
            )
            add(
                add_months(established, terms.absolute_complaint_months),
                ov.Kind.COMPLAINT_ABSOLUTE,
                "",
                step("ov_complaint_absolute", established=established),
            )
        for t in ended:
            planned = (
                t.planned_deletion
                if t.planned_deletion
                and t.planned_deletion <= t.effective_end + timedelta(days=terms.deletion_days)
                else None
            )
            r = dl.deletion_deadlines(ended=t.effective_end, deletion=planned, terms=terms)
            ref = f"terminations:{t.id}"
            add(
                r.notice_by,
                ov.Kind.DELETION_NOTICE,
                ref,
                step("ov_deletion_notice", to=t.from_contact, deletion=r.deletion),
                done=t.notice_sent_on is not None,
            )
            add(
                r.copy_order_by,
                ov.Kind.COPY_ORDER,
                ref,
                step("ov_copy_order", deletion=r.deletion),
                done=t.copy_ordered_on is not None,
            )
            add(
                r.deletion,
                ov.Kind.DELETION,
                ref,
                step("ov_deletion"),
                done=t.deleted_on is not None,
            )
        last_day = min((t.effective_end for t in ended), default=None)
        established = c.establishment_date
        if established is not None:
            add(
                due_date(invoice_date=established, terms=terms),
                ov.Kind.PAYMENT_DUE,
                "",
                step("ov_first_invoice_due", invoice=established),
            )
            for year in range(max(start.year, established.year + 1), end.year + 2):
                invoice = date(year, 1, 1)
                if last_day is not None and invoice > last_day:
                    break
                add(
                    due_date(invoice_date=invoice, terms=terms),
                    ov.Kind.PAYMENT_DUE,
                    "",
                    step("ov_annual_invoice_due", invoice=invoice),
                )
    elif c.ordinary_start is not None and not facts.terminations:
        for deadline, period_end in dl.sodvin_notice_deadlines(
            ordinary_start=c.ordinary_start, terms=terms, start=start, end=end
        ):
            add(deadline, ov.Kind.TERMINATION_NOTICE, "", step("ov_renewal", end=period_end))
    return out


def straightforward(facts: list[ov.ContractFacts], today: date, days: int, past_days: int) -> list:
    start, end = ov.window(today, days=days, past_days=past_days)
    out = [d for item in facts for d in straightforward_contract(item, start, end)]
    sodvin = sum(item.contract.template == "sodvin" for item in facts)
    if sodvin:
        out += ov.maintenance_deadlines(start=max(start, today), end=end, contracts=sodvin)
    return sorted(out, key=lambda d: (d.date, d.kind.value, d.customer, d.contract))


# --- generated contracts -------------------------------------------------------------------

OVERRIDES: list[dict[str, Any]] = [
    {},
    {},
    {"approval_working_days": 5},
    {"annual_closed_days": ["12-24", "12-31"]},
    {"saturday_is_working_day": True, "extra_closed_dates": ["2026-12-28"]},
    {"visible_defect_days": 0, "absolute_complaint_months": 1},
    {"payment_days": 0},
    {"payment_days": 5, "move_due_date": False},
    {"deletion_days": 0, "deletion_notice_working_days": 0},
    {"binding_months": 1, "renewal_months": 1, "termination_notice_months": 0},
    {"binding_months": 24, "renewal_months": 6, "termination_notice_months": 5},
]

FIRST, LAST = date(2024, 6, 1), date(2027, 12, 31)
days_between = st.dates(min_value=FIRST, max_value=LAST)


def after(draw, day: date, *, optional: bool = True, within: int = 500) -> date | None:
    if optional and draw(st.booleans()):
        return None
    return day + timedelta(days=draw(st.integers(0, within)))


@st.composite
def contract_facts(draw, cid: int) -> ov.ContractFacts:
    template = draw(st.sampled_from(["sodvin", "office_center"]))
    signed = draw(days_between)
    contract = Contract(
        id=cid,
        customer_id=draw(st.integers(1, 3)),
        title=draw(st.sampled_from(["Drift", "Skyserver", "Azure drift"])),
        template=template,
        overrides=draw(st.sampled_from(OVERRIDES)),
        signed=signed,
        ordinary_start=after(draw, signed),
        delivered=after(draw, signed),
        established=after(draw, signed),
    )
    notices = []
    for n in range(draw(st.integers(0, 3))):
        sent = draw(days_between)
        rejected = after(draw, sent, within=20)
        notices.append(
            DeliveryNotice(
                id=cid * 10 + n,
                contract_id=cid,
                sent=sent,
                partial_label=draw(st.sampled_from(["", "Fase 1"])),
                rejected_on=rejected,
                rejection_reason="Feil" if rejected else "",
                rejection_significant=draw(st.booleans()),
            )
        )
    terminations = []
    for n in range(draw(st.integers(0, 2))):
        received = draw(days_between)
        end = after(draw, received, within=120)
        terminations.append(
            Termination(
                id=cid * 10 + n,
                contract_id=cid,
                received=received,
                from_contact="Kari",
                effective_end=end,
                planned_deletion=None if end is None else after(draw, end, within=40),
                copy_ordered_on=after(draw, received),
                notice_sent_on=after(draw, received),
                deleted_on=after(draw, received),
            )
        )
    customer = draw(st.sampled_from(["Ringerike Bygg AS", "Hønefoss Regnskap AS", ""]))
    return ov.ContractFacts(contract, customer, tuple(notices), tuple(terminations))


@st.composite
def desks(draw) -> list[ov.ContractFacts]:
    return [draw(contract_facts(cid)) for cid in range(1, draw(st.integers(0, 8)) + 1)]


def as_lines(facts: ov.ContractFacts) -> ov.ContractFacts:
    """The same contract as storage reads it for the overview (lines, terms given)."""
    c = facts.contract
    return ov.ContractFacts(
        ov.ContractLine(c.id, c.title, c.template, c.ordinary_start, c.delivered, c.established),
        facts.customer,
        tuple(
            ov.NoticeLine(n.id, n.sent, n.partial_label, n.rejected_on, n.rejection_significant)
            for n in facts.notices
        ),
        tuple(
            ov.TerminationLine(
                t.id,
                t.from_contact,
                t.effective_end,
                t.planned_deletion,
                t.copy_ordered_on,
                t.notice_sent_on,
                t.deleted_on,
            )
            for t in facts.terminations
        ),
        c.terms(),
    )


windows = st.tuples(
    st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 6, 30)),
    st.integers(0, 400),
    st.integers(0, 90),
)


@given(desks(), windows)
def test_collect_and_shown_give_the_straightforward_deadlines(facts, window):
    today, days, past_days = window
    expected = straightforward(facts, today, days, past_days)
    lines = [as_lines(item) for item in facts]
    for given_facts in (facts, lines):
        assert ov.collect(given_facts, today=today, days=days, past_days=past_days) == expected
        assert ov.shown(given_facts, today=today, days=days, past_days=past_days) == ov.grouped(
            expected, today
        )


@given(desks(), windows)
def test_contract_deadlines_alone_and_with_a_shared_memo(facts, window):
    today, days, past_days = window
    start, end = ov.window(today, days=days, past_days=past_days)
    memo: dict = {}
    for item in facts:
        expected = straightforward_contract(item, start, end)
        assert ov.contract_deadlines(item, start=start, end=end) == expected
        assert ov.contract_deadlines(as_lines(item), start=start, end=end, memo=memo) == expected


def test_a_line_gives_establishment_as_the_contract_does():
    line = ov.ContractLine(1, "Drift", "office_center", delivered=date(2026, 1, 5))
    assert line.establishment_date == date(2026, 1, 5)
    assert line._replace(established=date(2026, 2, 1)).establishment_date == date(2026, 2, 1)
    assert ov.ContractLine(2, "Drift", "sodvin").establishment_date is None
