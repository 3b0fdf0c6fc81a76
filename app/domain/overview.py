"""Every deadline of every contract, for the overview page and the ``deadlines`` command.

Pure: the caller passes the records and ``today``. Deadlines the supplier must act on
(the deletion notice, the deletion itself) stay *overdue* until the termination record
says they were done; the others are information and drop off once they have passed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from . import deadlines as dl
from .dates import add_months
from .explain import Lang, Step, register_texts, render, step
from .maintenance import maintenance_windows
from .payments import due_date
from .records import Contract, DeliveryNotice, Termination
from .terms import Terms


class Kind(StrEnum):
    APPROVAL_END = "approval_end"
    DELIVERY_DAY = "delivery_day"
    COMPLAINT_VISIBLE = "complaint_14_days"
    COMPLAINT_ABSOLUTE = "complaint_1_year"
    DELETION_NOTICE = "deletion_notice"
    COPY_ORDER = "copy_order"
    DELETION = "deletion"
    TERMINATION_NOTICE = "termination_notice"
    PAYMENT_DUE = "payment_due"
    MAINTENANCE = "maintenance_window"


KIND_NAMES: dict[Kind, tuple[str, str]] = {
    Kind.APPROVAL_END: ("Godkjenningsperiode slutter", "Approval period ends"),
    Kind.DELIVERY_DAY: ("Leveringsdag", "Delivery day"),
    Kind.COMPLAINT_VISIBLE: ("Reklamasjon, 14 dager", "Complaint, 14 days"),
    Kind.COMPLAINT_ABSOLUTE: ("Reklamasjon, 1 år", "Complaint, 1 year"),
    Kind.DELETION_NOTICE: ("Slettevarsel", "Deletion notice"),
    Kind.COPY_ORDER: ("Frist for kopibestilling", "Copy order deadline"),
    Kind.DELETION: ("Sletting av data", "Data deletion"),
    Kind.TERMINATION_NOTICE: ("Oppsigelsesfrist før fornyelse", "Notice deadline before renewal"),
    Kind.PAYMENT_DUE: ("Betalingsfrist", "Payment due"),
    Kind.MAINTENANCE: ("Vedlikeholdsvindu", "Maintenance window"),
}

#: Deadlines the supplier must act on: overdue until done.
ACTIONS = frozenset({Kind.DELETION_NOTICE, Kind.DELETION})


class Group(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    WEEK = "week"
    LATER = "later"


GROUP_NAMES: dict[Group, tuple[str, str]] = {
    Group.OVERDUE: ("Forfalt", "Overdue"),
    Group.TODAY: ("I dag", "Today"),
    Group.WEEK: ("Neste 7 dager", "Next 7 days"),
    Group.LATER: ("Senere", "Later"),
}


@dataclass(frozen=True)
class Deadline:
    date: date
    kind: Kind
    contract_id: int | None
    contract: str
    customer: str
    record: str  # "table:id", e.g. "terminations:12"; "" for contract-wide deadlines
    what: Step
    done: bool = False

    def text(self, lang: Lang = "nb") -> str:
        return render(self.what, lang)

    def to_json(self, lang: Lang = "nb") -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "kind": self.kind.value,
            "contract": self.contract_id,
            "contract_title": self.contract,
            "customer": self.customer,
            "record": self.record,
            "text": self.text(lang),
            "done": self.done,
        }


@dataclass(frozen=True)
class ContractFacts:
    """What the overview needs of one contract."""

    contract: Contract
    customer: str
    notices: Sequence[DeliveryNotice] = ()
    terminations: Sequence[Termination] = ()
    terms: Terms | None = field(default=None, compare=False)


def _make(
    facts: ContractFacts, day: date, kind: Kind, record: str, what: Step, done: bool = False
) -> Deadline:
    c = facts.contract
    return Deadline(day, kind, c.id, c.title, facts.customer, record, what, done)


def contract_deadlines(
    facts: ContractFacts, *, start: date, end: date, memo: dict[Any, Any] | None = None
) -> list[Deadline]:
    """The deadlines of one contract falling in [start, end].

    ``memo`` (one dict for one ``start`` and ``end``, as ``collect`` passes) keeps what
    depends only on the terms and a date: the annual due dates, the renewal deadlines
    of a month's ordinary start. Most contracts share a handful of configurations.
    """
    c = facts.contract
    terms = facts.terms or c.terms()
    cal = terms.calendar()
    out: list[Deadline] = []
    if memo is None:
        memo = {}

    def add(
        day: date, kind: Kind, record: str, what: Step | Callable[[], Step], done: bool = False
    ) -> None:
        if start <= day <= end:
            text = what() if callable(what) else what  # built only for deadlines shown
            out.append(_make(facts, day, kind, record, text, done))

    # Sodvin 3.3: approval periods of delivery notices without a valid rejection. Only
    # notices sent from ``earliest`` to ``end`` can have a date in [start, end].
    earliest = (
        _memo(
            memo,
            ("earliest", terms),
            lambda: dl.earliest_notice_sent(
                on_or_after=start, working_days=terms.approval_working_days, cal=cal
            ),
        )
        if facts.notices
        else start
    )
    for notice in facts.notices:
        if not earliest <= notice.sent <= end:
            continue
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
            Kind.APPROVAL_END,
            ref,
            step("ov_approval_end", label=label, sent=notice.sent),
        )
        add(r.delivery_day, Kind.DELIVERY_DAY, ref, step("ov_delivery_day", label=label))

    ended = [t for t in facts.terminations if t.effective_end is not None]
    if c.template == "office_center":
        # OC 8.1 / 8.2: complaint windows from delivery and establishment
        if c.delivered is not None:
            established = c.establishment_date or c.delivered
            add(
                c.delivered + timedelta(days=terms.visible_defect_days),
                Kind.COMPLAINT_VISIBLE,
                "",
                step("ov_complaint_visible", delivered=c.delivered),
            )
            absolute = add_months(established, terms.absolute_complaint_months)
            add(
                absolute,
                Kind.COMPLAINT_ABSOLUTE,
                "",
                step("ov_complaint_absolute", established=established),
            )
        # OC 5.3–5.6: deletion after the service ended
        for t in ended:
            assert t.effective_end is not None
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
                Kind.DELETION_NOTICE,
                ref,
                step("ov_deletion_notice", to=t.from_contact, deletion=r.deletion),
                done=t.notice_sent_on is not None,
            )
            add(
                r.copy_order_by,
                Kind.COPY_ORDER,
                ref,
                step("ov_copy_order", deletion=r.deletion),
                done=t.copy_ordered_on is not None,
            )
            add(r.deletion, Kind.DELETION, ref, step("ov_deletion"), done=t.deleted_on is not None)
        # OC 3.3 / 4.1: annual invoice on 1 January, due 10 days later (moved by gjeldsbrevloven § 5)
        last_day = min((t.effective_end for t in ended if t.effective_end), default=None)
        established = c.establishment_date
        if established is not None:
            first_due = due_date(invoice_date=established, terms=terms)
            add(
                first_due,
                Kind.PAYMENT_DUE,
                "",
                lambda: step("ov_first_invoice_due", invoice=established),
            )
            for year in range(max(start.year, established.year + 1), end.year + 2):
                invoice = date(year, 1, 1)
                if last_day is not None and invoice > last_day:
                    break
                add(
                    _memo(
                        memo,
                        ("due", terms, invoice),
                        lambda invoice=invoice: due_date(invoice_date=invoice, terms=terms),
                    ),
                    Kind.PAYMENT_DUE,
                    "",
                    lambda invoice=invoice: step("ov_annual_invoice_due", invoice=invoice),
                )
    elif c.ordinary_start is not None and not facts.terminations:
        # Sodvin 5.1: notice deadline before each automatic renewal
        # they depend on the month of ordinary start only (binding from the 1st after it)
        ordinary = c.ordinary_start
        renewals = _memo(
            memo,
            ("renewal", terms, ordinary.year, ordinary.month),
            lambda: dl.sodvin_notice_deadlines(
                ordinary_start=ordinary, terms=terms, start=start, end=end
            ),
        )
        for deadline, period_end in renewals:
            add(
                deadline,
                Kind.TERMINATION_NOTICE,
                "",
                lambda period_end=period_end: step("ov_renewal", end=period_end),
            )
    return out


def _memo(memo: dict[Any, Any], key: Any, compute: Callable[[], Any]) -> Any:
    try:
        return memo[key]
    except KeyError:
        value = memo[key] = compute()
        return value


def maintenance_deadlines(*, start: date, end: date, contracts: int) -> list[Deadline]:
    """Sodvin Bilag 1 standard windows in [start, end], one entry for all Sodvin contracts."""
    out = []
    for year in range(start.year, end.year + 1):
        for window in maintenance_windows(year).windows:
            day = window.start.date()
            if start <= day <= end:
                what = step("ov_maintenance", start=window.start, end=window.end, count=contracts)
                out.append(Deadline(day, Kind.MAINTENANCE, None, "", "", "", what))
    return out


def window(today: date, *, days: int = 60, past_days: int = 60) -> tuple[date, date]:
    """The dates ``collect`` looks at: [today - past_days, today + days]."""
    return today - timedelta(days=past_days), today + timedelta(days=days)


def earliest_notice(contracts: Iterable[Contract], *, start: date) -> date:
    """Delivery notices sent before this day have no date on or after ``start`` under any
    of these contracts' terms (storage can leave them out of the facts)."""
    return earliest_notice_of((contract.terms() for contract in contracts), start=start)


def earliest_notice_of(terms: Iterable[Terms], *, start: date) -> date:
    """``earliest_notice`` given the contracts' terms."""
    seen: dict[int, Terms] = {}
    for t in terms:
        seen.setdefault(id(t), t)
    return min(
        (
            dl.earliest_notice_sent(
                on_or_after=start, working_days=t.approval_working_days, cal=t.calendar()
            )
            for t in seen.values()
        ),
        default=start,
    )


def collect(
    facts: Iterable[ContractFacts], *, today: date, days: int = 60, past_days: int = 60
) -> list[Deadline]:
    """All deadlines from ``past_days`` before ``today`` to ``days`` after, sorted by date."""
    start, end = window(today, days=days, past_days=past_days)
    out: list[Deadline] = []
    sodvin = 0
    memo: dict[Any, Any] = {}
    for item in facts:
        sodvin += item.contract.template == "sodvin"
        out.extend(contract_deadlines(item, start=start, end=end, memo=memo))
    if sodvin:
        out.extend(maintenance_deadlines(start=max(start, today), end=end, contracts=sodvin))
    return sorted(out, key=lambda d: (d.date, d.kind.value, d.customer, d.contract))


def group_of(deadline: Deadline, today: date) -> Group | None:
    """Which group a deadline belongs in; None for a passed one that needs nothing more."""
    if deadline.date < today:
        return Group.OVERDUE if deadline.kind in ACTIONS and not deadline.done else None
    if deadline.done:
        return None
    if deadline.date == today:
        return Group.TODAY
    if deadline.date <= today + timedelta(days=7):
        return Group.WEEK
    return Group.LATER


def grouped(deadlines: Iterable[Deadline], today: date) -> dict[Group, list[Deadline]]:
    groups: dict[Group, list[Deadline]] = {g: [] for g in Group}
    for item in deadlines:
        group = group_of(item, today)
        if group is not None:
            groups[group].append(item)
    return groups


def summary(groups: dict[Group, list[Deadline]]) -> Step:
    """E.g. "3 forfalt, 1 i dag, 5 neste 7 dager"."""
    return step(
        "ov_summary",
        overdue=len(groups[Group.OVERDUE]),
        today=len(groups[Group.TODAY]),
        week=len(groups[Group.WEEK]),
    )


register_texts(
    {
        "ov_approval_end": (
            "{label}: siste dag for kunden til å underkjenne leveransen (melding sendt {sent:date}).",
            "{label}: the customer's last day to reject the delivery (notice sent {sent:date}).",
        ),
        "ov_delivery_day": (
            "{label}: leveringsdag hvis ingen underkjenning kom.",
            "{label}: delivery day if no rejection came.",
        ),
        "ov_complaint_visible": (
            "Siste dag for reklamasjon på synlige mangler (levert {delivered:date}, OC 8.1).",
            "Last day to complain of visible defects (delivered {delivered:date}, OC 8.1).",
        ),
        "ov_complaint_absolute": (
            "Ettårsfristen for reklamasjon løper ut (etablert {established:date}, OC 8.2).",
            "The one-year complaint limit runs out (established {established:date}, OC 8.2).",
        ),
        "ov_deletion_notice": (
            "Send slettevarsel til {to} (sletting {deletion:date}, OC 5.4).",
            "Send the deletion notice to {to} (deletion {deletion:date}, OC 5.4).",
        ),
        "ov_copy_order": (
            "Siste dag for kunden å bestille kopi av data (sletting {deletion:date}, OC 5.6).",
            "Last day for the customer to order a copy of the data (deletion {deletion:date}, OC 5.6).",
        ),
        "ov_deletion": (
            "Slett kundens data og sikkerhetskopier (OC 5.3).",
            "Delete the customer's data and backups (OC 5.3).",
        ),
        "ov_renewal": (
            "Siste dag for oppsigelse før avtalen fornyes (perioden slutter {end:date}, Sodvin 5.1).",
            "Last day to terminate before the agreement renews (the period ends {end:date}, Sodvin 5.1).",
        ),
        "ov_first_invoice_due": (
            "Første faktura (datert {invoice:date}) forfaller (OC 3.1, 4.1).",
            "The first invoice (dated {invoice:date}) falls due (OC 3.1, 4.1).",
        ),
        "ov_annual_invoice_due": (
            "Årsfakturaen datert {invoice:date} forfaller (OC 3.3, 4.1).",
            "The annual invoice dated {invoice:date} falls due (OC 3.3, 4.1).",
        ),
        "ov_maintenance": (
            "Standard vedlikeholdsvindu {start:dt}–{end:dt} ({count} Sodvin-avtaler, Bilag 1).",
            "Standard maintenance window {start:dt}–{end:dt} ({count} Sodvin contracts, Bilag 1).",
        ),
        "ov_summary": (
            "{overdue} forfalt, {today} i dag, {week} neste 7 dager",
            "{overdue} overdue, {today} today, {week} in the next 7 days",
        ),
    }
)
