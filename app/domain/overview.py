"""Every deadline of every contract, for the overview page and the ``deadlines`` command.

Pure: the caller passes the records (or, for long lists, the small lines storage reads:
``ContractLine`` ...) and ``today``. Deadlines the supplier must act on
(the deletion notice, the deletion itself) stay *overdue* until the termination record
says they were done; the others are information and drop off once they have passed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, NamedTuple

from . import deadlines as dl
from .calendar import statutory_calendar
from .dates import add_months
from .errors import DomainError
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

    def contract_label(self, lang: Lang = "nb") -> str:
        """The contract it is for, as a list shows it: the title, or for the maintenance
        windows (no single contract) every Sodvin contract (Bilag 1)."""
        if self.contract or self.kind != Kind.MAINTENANCE:
            return self.contract
        return render(step("ov_every_sodvin_contract"), lang)

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


class ContractLine(NamedTuple):
    """A contract as the overview reads it from a long list (``Contract``'s names).

    Lists of thousands of contracts give these instead of full ``Contract`` records; the
    terms then come in ``ContractFacts.terms``. Either works wherever a contract does here.
    """

    id: int | None
    title: str
    template: str
    ordinary_start: date | None = None
    delivered: date | None = None
    established: date | None = None

    # OC 6.3: establishment defaults to the delivery date (RULES 2): ``Contract``'s own rule
    establishment_date = Contract.establishment_date


class NoticeLine(NamedTuple):
    """A delivery notice as the overview reads it (``DeliveryNotice``'s names)."""

    id: int | None
    sent: date
    partial_label: str = ""
    rejected_on: date | None = None
    rejection_significant: bool = True


class TerminationLine(NamedTuple):
    """A termination as the overview reads it (``Termination``'s names)."""

    id: int | None
    from_contact: str
    effective_end: date | None = None
    planned_deletion: date | None = None
    copy_ordered_on: date | None = None
    notice_sent_on: date | None = None
    deleted_on: date | None = None


class ContractFacts(NamedTuple):
    """What the overview needs of one contract: full records or the lines above."""

    contract: Contract | ContractLine
    customer: str
    notices: Sequence[DeliveryNotice | NoticeLine] = ()
    terminations: Sequence[Termination | TerminationLine] = ()
    terms: Terms | None = None  # required with a ContractLine


class _Window:
    """One run of ``collect``: the window, which deadlines of it are kept, and what each
    configuration of terms gives for it (``_TermsFacts``, computed once per run).

    Every deadline in [start, end] is kept; with ``today`` (``shown``) only those a group
    shows (``group_of``): none that is done, and the ones before ``today`` only if they
    are actions.
    """

    __slots__ = ("start", "end", "first", "drop_done", "per_terms", "statutory", "_after")

    def __init__(
        self,
        start: date,
        end: date,
        memo: dict[Any, Any] | None = None,
        *,
        today: date | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.first = start if today is None else max(start, today)  # of kept non-actions
        self.drop_done = today is not None
        memo = {} if memo is None else memo
        self.per_terms: dict[int, _TermsFacts] = memo.setdefault(
            ("terms", start, end, self.first, self.drop_done), {}
        )
        self.statutory = statutory_calendar()
        self._after: date | None = None

    @property
    def after(self) -> date:
        """gjeldsbrevloven § 5: a due date moves on to the first working day on or after the
        raw one, so only raw due dates after this day (the last working day before
        ``first``) can give a due date from ``first`` on."""
        if self._after is None:
            self._after = self.statutory.previous_working_day(self.first)
        return self._after

    def keeps(self, day: date, kind: Kind, done: bool) -> bool:
        if self.drop_done and done:
            return False
        low = self.start if kind in ACTIONS else self.first
        return low <= day <= self.end

    def of(self, terms: Terms) -> _TermsFacts:
        found = self.per_terms.get(id(terms))
        if found is None or found.terms is not terms:
            found = self.per_terms[id(terms)] = _TermsFacts(terms, self)
        return found


class _TermsFacts:
    """What depends only on the terms and the window (most contracts share a handful of
    configurations): the calendar, the earliest notice that matters, the annual due dates
    and the renewal deadlines per month of ordinary start, each with its explanation."""

    __slots__ = (
        "terms",
        "cal",
        "window",
        "_earliest",
        "_annual",
        "_renewals",
        "first_delivered",
        "last_delivered",
        "first_month",
        "last_month",
        "payment",
    )

    def __init__(self, terms: Terms, w: _Window) -> None:
        self.terms = terms  # kept: its id stays its own while the window lives
        self.cal = terms.calendar()
        self.window = w
        self._earliest: date | None = None
        self._annual: list[tuple[date, date, Step]] | None = None
        self._renewals: dict[tuple[int, int], list[tuple[date, Step]]] = {}
        # OC 8.1: ``delivered`` + visible_defect_days is kept for deliveries in this range
        visible = timedelta(days=terms.visible_defect_days)
        self.first_delivered = w.first - visible
        self.last_delivered = w.end - visible
        # OC 8.2: the one-year limit lies in the month absolute_complaint_months after the
        # establishment's: only establishment months in this range can give a kept date
        self.first_month = _months(w.first) - terms.absolute_complaint_months
        self.last_month = _months(w.end) - terms.absolute_complaint_months
        self.payment = timedelta(days=terms.payment_days)

    @property
    def earliest(self) -> date:
        """Notices sent before this day have no date in the window (``earliest_notice_sent``)."""
        if self._earliest is None:
            self._earliest = dl.earliest_notice_sent(
                on_or_after=self.window.start,
                working_days=self.terms.approval_working_days,
                cal=self.cal,
            )
        return self._earliest

    @property
    def annual(self) -> list[tuple[date, date, Step]]:
        """(invoice, due, explanation) of the annual invoices of 1 January, from the window
        start's year to the one after its end, whose due date is kept."""
        if self._annual is None:
            w = self.window
            self._annual = []
            for year in range(w.start.year, w.end.year + 2):
                invoice = date(year, 1, 1)
                due = due_date(invoice_date=invoice, terms=self.terms, cal=w.statutory)
                if w.keeps(due, Kind.PAYMENT_DUE, False):
                    self._annual.append(
                        (invoice, due, step("ov_annual_invoice_due", invoice=invoice))
                    )
        return self._annual

    def renewals(self, ordinary: date) -> list[tuple[date, Step]]:
        """Sodvin 5.1 notice deadlines kept, with their explanation, for an ordinary start:
        they depend on its month only (binding from the 1st after it)."""
        key = (ordinary.year, ordinary.month)
        found = self._renewals.get(key)
        if found is None:
            w = self.window
            found = self._renewals[key] = [
                (deadline, step("ov_renewal", end=period_end))
                for deadline, period_end in dl.sodvin_notice_deadlines(
                    ordinary_start=ordinary, terms=self.terms, start=w.start, end=w.end
                )
                if w.keeps(deadline, Kind.TERMINATION_NOTICE, False)
            ]
        return found


def _months(day: date) -> int:
    return day.year * 12 + day.month - 1


def contract_deadlines(
    facts: ContractFacts, *, start: date, end: date, memo: dict[Any, Any] | None = None
) -> list[Deadline]:
    """The deadlines of one contract falling in [start, end].

    ``memo`` (one dict for one ``start`` and ``end``, as ``collect`` passes) keeps what
    depends only on the terms and a date: the annual due dates, the renewal deadlines
    of a month's ordinary start. Most contracts share a handful of configurations.
    """
    out: list[Deadline] = []
    _contract_deadlines(facts, _Window(start, end, memo), out)
    return out


def _contract_deadlines(facts: ContractFacts, w: _Window, out: list[Deadline]) -> None:
    """Append the deadlines of one contract that ``w`` keeps to ``out``. Explanations are
    built only for deadlines kept (those shared per terms once per run)."""
    c = facts.contract
    terms = facts.terms or c.terms()  # type: ignore[union-attr]
    per = w.of(terms)
    start, first, end = w.start, w.first, w.end
    cid, title, customer = c.id, c.title, facts.customer

    # Sodvin 3.3: approval periods of delivery notices without a valid rejection. Only
    # notices sent from ``earliest`` to ``end`` can have a date in [start, end].
    if facts.notices:
        earliest = per.earliest
        for notice in facts.notices:
            sent = notice.sent
            if not earliest <= sent <= end:
                continue
            rejected_on = notice.rejected_on
            if rejected_on is not None and rejected_on < sent:  # as ``approval_period``
                raise DomainError("rejected_on", "err_before_field", other="sent")
            _first, last_day, delivery_day = dl.approval_dates(
                sent=sent, working_days=terms.approval_working_days, cal=per.cal
            )
            if dl.valid_rejection(
                last_day=last_day,
                rejected_on=rejected_on,
                significant=notice.rejection_significant,
            ):
                continue
            label = notice.partial_label or title
            ref = f"deliveries:{notice.id}"
            if first <= last_day <= end:
                what = step("ov_approval_end", label=label, sent=sent)
                out.append(Deadline(last_day, Kind.APPROVAL_END, cid, title, customer, ref, what))
            if first <= delivery_day <= end:
                what = step("ov_delivery_day", label=label)
                out.append(
                    Deadline(delivery_day, Kind.DELIVERY_DAY, cid, title, customer, ref, what)
                )

    if c.template == "office_center":
        # OC 8.1 / 8.2: complaint windows from delivery and establishment
        delivered = c.delivered
        if delivered is not None:
            established = c.establishment_date or delivered
            if per.first_delivered <= delivered <= per.last_delivered:
                what = step("ov_complaint_visible", delivered=delivered)
                day = delivered + timedelta(days=terms.visible_defect_days)
                out.append(Deadline(day, Kind.COMPLAINT_VISIBLE, cid, title, customer, "", what))
            if per.first_month <= _months(established) <= per.last_month:
                day = add_months(established, terms.absolute_complaint_months)
                if first <= day <= end:
                    what = step("ov_complaint_absolute", established=established)
                    out.append(
                        Deadline(day, Kind.COMPLAINT_ABSOLUTE, cid, title, customer, "", what)
                    )
        # OC 5.3–5.6: deletion after the service ended
        ended = (
            [t for t in facts.terminations if t.effective_end is not None]
            if facts.terminations
            else ()
        )
        for t in ended:
            assert t.effective_end is not None
            planned = (
                t.planned_deletion
                if t.planned_deletion
                and t.planned_deletion <= t.effective_end + timedelta(days=terms.deletion_days)
                else None
            )
            _latest, deletion, notice_by, copy_by = dl.deletion_dates(
                ended=t.effective_end, deletion=planned, terms=terms
            )
            ref = f"terminations:{t.id}"
            for day, kind, done, what in (
                (notice_by, Kind.DELETION_NOTICE, t.notice_sent_on is not None, "notice"),
                (copy_by, Kind.COPY_ORDER, t.copy_ordered_on is not None, "copy"),
                (deletion, Kind.DELETION, t.deleted_on is not None, "deletion"),
            ):
                if w.keeps(day, kind, done):
                    text = (
                        step("ov_deletion_notice", to=t.from_contact, deletion=deletion)
                        if what == "notice"
                        else step("ov_copy_order", deletion=deletion)
                        if what == "copy"
                        else step("ov_deletion")
                    )
                    out.append(Deadline(day, kind, cid, title, customer, ref, text, done))
        # OC 3.3 / 4.1: annual invoice on 1 January, due 10 days later (moved by gjeldsbrevloven § 5)
        last_day = (
            min((t.effective_end for t in ended if t.effective_end), default=None)
            if ended
            else None
        )
        established = c.establishment_date
        if established is not None:
            # the due date is the raw one (invoice + payment days) or the next working day
            raw_due = established + per.payment
            if raw_due <= end and w.after < raw_due:
                day = due_date(invoice_date=established, terms=terms, cal=w.statutory)
                if first <= day <= end:
                    what = step("ov_first_invoice_due", invoice=established)
                    out.append(Deadline(day, Kind.PAYMENT_DUE, cid, title, customer, "", what))
            first_year = max(start.year, established.year + 1)
            for invoice, day, what in per.annual:  # years from start's to the one after end's
                if invoice.year < first_year or (last_day is not None and invoice > last_day):
                    continue  # later invoices are after ``last_day`` too
                out.append(Deadline(day, Kind.PAYMENT_DUE, cid, title, customer, "", what))
    elif c.ordinary_start is not None and not facts.terminations:
        # Sodvin 5.1: notice deadline before each automatic renewal
        # they depend on the month of ordinary start only (binding from the 1st after it)
        for day, what in per.renewals(c.ordinary_start):
            out.append(Deadline(day, Kind.TERMINATION_NOTICE, cid, title, customer, "", what))


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
    return _collect(facts, _Window(start, end), today=today)


def shown(
    facts: Iterable[ContractFacts], *, today: date, days: int = 60, past_days: int = 60
) -> dict[Group, list[Deadline]]:
    """``grouped(collect(...), today)``, without building the deadlines no group shows
    (the passed and the done ones): what the overview and the ``deadlines`` command list."""
    start, end = window(today, days=days, past_days=past_days)
    return grouped(_collect(facts, _Window(start, end, today=today), today=today), today)


def _collect(facts: Iterable[ContractFacts], w: _Window, *, today: date) -> list[Deadline]:
    out: list[Deadline] = []
    sodvin = 0
    for item in facts:
        sodvin += item.contract.template == "sodvin"
        _contract_deadlines(item, w, out)
    if sodvin:
        out.extend(
            d
            for d in maintenance_deadlines(start=max(w.start, today), end=w.end, contracts=sodvin)
            if w.keeps(d.date, d.kind, d.done)
        )
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
        "ov_every_sodvin_contract": ("Alle Sodvin-avtaler", "All Sodvin contracts"),
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
