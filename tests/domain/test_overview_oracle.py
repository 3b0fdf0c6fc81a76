"""The overview's deadlines are the calculators' own answers, for any contract and terms.

The oracle below knows nothing of the overview's code: for every generated record it asks
the *calculators* (``calculators.get(name)(data)``, the ``calc`` command's path, with the
contract's ``terms`` as the contract stores them) for the dates — the approval period of a
notice, the complaint limits of a delivery, the end and the deletion dates of a
termination, the due dates of the invoices, the notice deadlines of the renewal periods —
and keeps those in the window. The overview (``collect``, ``shown``, ``contract_deadlines``
with a shared memo, and the small lines storage reads) must give exactly these, on
contracts of every template and of user variants, with random overrides (closed days,
Saturdays, ``extend_to_working_day``, every period length) and random records.

Every text of every deadline (its sentence and its kind's name) is checked too: each
number in it is one of the contract's (``numbers.check``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from app.domain import calculators, templates
from app.domain import overview as ov
from app.domain.errors import DomainError
from app.domain.kinds import Kind
from app.domain.records import Contract, DeliveryNotice, Termination
from app.domain.templates import EndRule

from .numbers import check_numbers, distinct_overrides


@dataclass(frozen=True)
class Variant:
    """A template variant as storage installs it (``templates.VariantLike``)."""

    key: str
    name: str
    base: str
    defaults: dict[str, Any]


VARIANTS = (
    Variant("sodvin-15-test-0a1b", "Sodvin med 15 dagers godkjenning", "sodvin", {"approval_working_days": 15, "termination_notice_months": 2}),
    Variant("oc-21-test-2c3d", "Office Center med 21 dagers reklamasjon", "office_center", {"visible_defect_days": 21, "deletion_notice_working_days": 8, "extend_to_working_day": True}),
)  # fmt: skip
templates.install_variants(VARIANTS)
TEMPLATE_IDS = ["sodvin", "office_center", *(v.key for v in VARIANTS)]

FIRST, LAST = date(2024, 6, 1), date(2027, 12, 31)
days_between = st.dates(min_value=FIRST, max_value=LAST)


def after(draw, day: date, *, optional: bool = True, within: int = 500) -> date | None:
    if optional and draw(st.booleans()):
        return None
    return day + timedelta(days=draw(st.integers(0, within)))


@st.composite
def contract_facts(draw, cid: int) -> ov.ContractFacts:
    template = draw(st.sampled_from(TEMPLATE_IDS))
    signed = draw(days_between)
    contract = Contract(
        id=cid,
        customer_id=draw(st.integers(1, 3)),
        title=draw(st.sampled_from(["Drift", "Skyserver", "Azure drift"])),
        template=template,
        overrides=draw(distinct_overrides(template)),
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
                partial_label=draw(st.sampled_from(["", "Første fase"])),
                rejected_on=rejected,
                rejection_reason="Feil" if rejected else "",
                rejection_significant=draw(st.booleans()),
            )
        )
    terminations = []
    for n in range(draw(st.integers(0, 2))):
        received = draw(days_between)
        end = after(draw, received, within=120)
        planned = draw(st.sampled_from(["none", "within", "any"]))
        terminations.append(
            Termination(
                id=cid * 10 + n,
                contract_id=cid,
                received=received,
                from_contact="Kari",
                by_supplier=draw(st.booleans()) and draw(st.booleans()),
                effective_end=end,
                # within the end and a year: may be after OC 5.3's latest day (a problem)
                planned_deletion=None
                if planned == "none" or end is None
                else after(draw, end, optional=False, within=40 if planned == "within" else 400),
                copy_ordered_on=after(draw, received),
                notice_sent_on=after(draw, received),
                deleted_on=after(draw, received),
            )
        )
    customer = draw(st.sampled_from(["Ringerike Bygg AS", "Hønefoss Regnskap AS", ""]))
    return ov.ContractFacts(contract, customer, tuple(notices), tuple(terminations))


@st.composite
def desks(draw) -> list[ov.ContractFacts]:
    return [draw(contract_facts(cid)) for cid in range(1, draw(st.integers(0, 6)) + 1)]


windows = st.tuples(
    st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 6, 30)),
    st.integers(0, 400),
    st.integers(0, 90),
)


# --- the oracle: the calculators, record by record -----------------------------------------


def oracle(facts: ov.ContractFacts, start: date, end: date) -> set[tuple]:
    """(date, kind, contract, record, done) of every deadline in [start, end], from the
    calculators alone."""
    c = facts.contract
    rules = templates.get(c.template)
    spec = {"template": c.template, "overrides": c.overrides}
    out: set[tuple] = set()

    def calc(name: str, **data: Any) -> Any:
        return calculators.get(name)({**data, "terms": spec})

    def add(day: date | None, kind: Kind, ref: str = "", done: bool = False) -> None:
        if day is not None and start <= day <= end:
            out.add((day, kind, c.id, ref, done))

    if rules.has(Kind.APPROVAL_END):
        for n in facts.notices:
            r = calc(
                "approval",
                sent=n.sent,
                rejected_on=n.rejected_on,
                rejection_significant=n.rejection_significant,
            )
            if not r.rejection_valid:
                add(r.last_day, Kind.APPROVAL_END, f"deliveries:{n.id}")
                add(r.delivery_day, Kind.DELIVERY_DAY, f"deliveries:{n.id}")

    if rules.has(Kind.COMPLAINT_VISIBLE) and c.delivered is not None:
        r = calc(
            "complaint", delivered=c.delivered, complained=c.delivered, established=c.established
        )
        add(r.visible_defect_deadline, Kind.COMPLAINT_VISIBLE)
        add(r.absolute_deadline, Kind.COMPLAINT_ABSOLUTE)

    ends = []
    for t in facts.terminations:
        ref = f"terminations:{t.id}"
        ended = t.effective_end
        if ended is None and not t.by_supplier:
            if rules.end is EndRule.NOTICE:
                ended = calc("oc_termination", received=t.received).end
            elif c.ordinary_start is not None:
                ended = calc(
                    "sodvin_term", ordinary_start=c.ordinary_start, on=t.received
                ).earliest_end
        if t.by_supplier and rules.has(Kind.EXTENSION_REQUEST):  # Sodvin 5.4
            add(
                calc("sodvin_extension", received=t.received).request_by,
                Kind.EXTENSION_REQUEST,
                ref,
            )
        if ended is None:
            continue
        ends.append(ended)
        if not rules.has(Kind.DELETION):
            continue
        try:
            r = calc("deletion", ended=ended, deletion=t.planned_deletion)
        except DomainError:  # a planned deletion OC 5.3 does not allow: one problem line
            r = calc("deletion", ended=ended)
            add(r.notice_by, Kind.DELETION_PROBLEM, ref, t.deleted_on is not None)
            continue
        add(r.notice_by, Kind.DELETION_NOTICE, ref, t.notice_sent_on is not None)
        add(r.copy_order_by, Kind.COPY_ORDER, ref, t.copy_ordered_on is not None)
        add(r.deletion, Kind.DELETION, ref, t.deleted_on is not None)

    established = c.establishment_date
    if rules.has(Kind.PAYMENT_DUE) and established is not None:
        # (which invoice: two can fall due on one day, see ``keyed``)
        add(
            calc("payment", invoice_date=established).due,
            Kind.PAYMENT_DUE,
            f"invoice:{established}",
        )
        last = min(ends, default=None)
        for year in range(max(start.year, established.year + 1), end.year + 2):
            invoice = date(year, 1, 1)
            if last is not None and invoice > last:
                break
            add(calc("payment", invoice_date=invoice).due, Kind.PAYMENT_DUE, f"invoice:{invoice}")

    if (
        rules.has(Kind.TERMINATION_NOTICE)
        and c.ordinary_start is not None
        and not facts.terminations
    ):
        on = c.ordinary_start
        while True:
            r = calc("sodvin_term", ordinary_start=c.ordinary_start, on=on)
            if r.notice_deadline > end:
                break
            add(r.notice_deadline, Kind.TERMINATION_NOTICE)
            on = r.period_end + timedelta(days=1)
    return out


def maintenance_days(start: date, end: date) -> set[date]:
    return {
        w.start.date()
        for year in range(start.year, end.year + 1)
        for w in calculators.get("maintenance_windows")({"year": year}).windows
        if start <= w.start.date() <= end
    }


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
                t.received,
                t.by_supplier,
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


def keyed(deadlines: list[ov.Deadline]) -> set[tuple]:
    """(date, kind, contract, record, done): a payment deadline's "record" is its invoice.
    Two invoices can fall due on one day: established Wed 30.12.2026 (first invoice,
    due Sat 9.1 → Mon 11.1) and the annual invoice of 1.1.2027 (due Mon 11.1)."""
    return {
        (d.date, d.kind, d.contract_id, _reference(d), d.done)
        for d in deadlines
        if d.kind is not Kind.MAINTENANCE
    }


def _reference(deadline: ov.Deadline) -> str:
    if deadline.kind is Kind.PAYMENT_DUE:
        return f"invoice:{deadline.what.values['invoice']}"
    return deadline.record


def expected_for(facts: list[ov.ContractFacts], start: date, end: date) -> set[tuple]:
    return set().union(*(oracle(item, start, end) for item in facts)) if facts else set()


@given(desks(), windows)
@example(  # two invoices due on one day (found by hypothesis): both are listed
    facts=[
        ov.ContractFacts(
            Contract(
                id=1,
                customer_id=1,
                title="Drift",
                template="office_center",
                signed=date(2026, 4, 20),
                delivered=date(2026, 4, 20),
                established=date(2026, 12, 30),
            ),
            "Ringerike Bygg AS",
            (),
            (),
            None,
        )
    ],
    window=(date(2027, 2, 1), 0, 21),
)
def test_every_deadline_is_the_calculators_answer(facts, window):
    today, days, past_days = window
    start, end = ov.window(today, days=days, past_days=past_days)
    expected = expected_for(facts, start, end)
    windows_kept = maintenance_days(max(start, today), end)
    with_windows = any(templates.get(f.contract.template).has(Kind.MAINTENANCE) for f in facts)
    for given_facts in (facts, [as_lines(item) for item in facts]):
        listed = ov.collect(given_facts, today=today, days=days, past_days=past_days)
        assert len(listed) == len(keyed(listed)) + sum(d.kind is Kind.MAINTENANCE for d in listed)
        assert keyed(listed) == expected
        assert {d.date for d in listed if d.kind is Kind.MAINTENANCE} == (
            windows_kept if with_windows else set()
        )
        # what the page and the command list: the same, grouped, without what no group shows
        shown = ov.shown(given_facts, today=today, days=days, past_days=past_days)
        assert shown == ov.grouped(listed, today)
        for deadline in listed:
            if deadline.contract_id is not None:
                contract = next(f.contract for f in facts if f.contract.id == deadline.contract_id)
                terms = contract.terms()
                for lang in ("nb", "en"):
                    check_numbers(deadline.text(lang), terms, lang=lang)
                    check_numbers(deadline.kind_label(lang), terms, lang=lang)


@given(desks(), windows)
def test_one_contract_alone_and_with_a_shared_memo(facts, window):
    today, days, past_days = window
    start, end = ov.window(today, days=days, past_days=past_days)
    memo: dict = {}
    for item in facts:
        expected = oracle(item, start, end)
        assert keyed(ov.contract_deadlines(item, start=start, end=end)) == expected
        assert keyed(ov.contract_deadlines(as_lines(item), start=start, end=end, memo=memo)) == (
            expected
        )


def test_a_line_gives_establishment_as_the_contract_does():
    line = ov.ContractLine(1, "Drift", "office_center", delivered=date(2026, 1, 5))
    assert line.establishment_date == date(2026, 1, 5)
    assert line._replace(established=date(2026, 2, 1)).establishment_date == date(2026, 2, 1)
    assert ov.ContractLine(2, "Drift", "sodvin").establishment_date is None
