"""Every deadline of every contract, for the overview page and the ``deadlines`` command.

Pure: the caller passes the records (or, for long lists, the small lines storage reads:
``ContractLine`` ...) and ``today``. Deadlines the supplier must act on
(the deletion notice, the deletion itself) stay *overdue* until the termination record
says they were done; the others are information and drop off once they have passed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from operator import attrgetter
from typing import Any, NamedTuple

from . import deadlines as dl
from . import termination as tm
from .calendar import WorkCalendar, statutory_calendar
from .errors import DomainError
from .explain import Lang, Step, register_texts, render, step
from .kinds import ACTIONS, Kind, kind_name
from .maintenance import maintenance_windows
from .payments import due_date
from .records import Contract, DeliveryNotice, Termination
from .terms import Terms

__all__ = ["ACTIONS", "Kind", "kind_name"]  # the kinds live in ``kinds``; kept here for callers


class Group(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    WEEK = "week"
    LATER = "later"


def group_name(group: Group | str, lang: Lang = "nb") -> str:
    return render(step(f"group_{Group(group).value}"), lang)


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
    #: The kind's name with the contract's numbers ("Reklamasjon, synlige mangler (21 dager)").
    label: Step | None = field(default=None, compare=False)

    def text(self, lang: Lang = "nb") -> str:
        return render(self.what, lang)

    def kind_label(self, lang: Lang = "nb") -> str:
        return render(self.label, lang) if self.label is not None else kind_name(self.kind, lang)

    def contract_label(self, lang: Lang = "nb") -> str:
        """The contract it is for, as a list shows it: the title, or for the maintenance
        windows (no single contract) every contract whose template has them (Bilag 1)."""
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
    received: date
    by_supplier: bool = False
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


class _Bounds(NamedTuple):
    """Which deadlines a run of ``collect`` keeps: every one in [start, end]; with
    ``today`` (``shown``) only those a group shows (``group_of``): none that is done, and
    the ones before ``today`` only if they are actions."""

    start: date
    end: date
    first: date  # of kept non-actions
    drop_done: bool
    statutory: WorkCalendar

    def keeps(self, day: date, kind: Kind, done: bool) -> bool:
        if self.drop_done and done:
            return False
        low = self.start if kind in ACTIONS else self.first
        return low <= day <= self.end


class _Window:
    """One run of ``collect``: its bounds and what each configuration of terms gives for
    them (``_TermsFacts``, computed once per run). The configurations hold the bounds,
    not the run: no reference cycle, so a run's memo is freed as soon as it ends (also
    while the collector is paused at the start)."""

    __slots__ = ("bounds", "per_terms", "_after")

    def __init__(
        self,
        start: date,
        end: date,
        memo: dict[Any, Any] | None = None,
        *,
        today: date | None = None,
    ) -> None:
        first = start if today is None else max(start, today)
        drop_done = today is not None
        self.bounds = _Bounds(start, end, first, drop_done, statutory_calendar())
        memo = {} if memo is None else memo
        self.per_terms: dict[int, _TermsFacts] = memo.setdefault(
            ("terms", start, end, first, drop_done), {}
        )
        self._after: date | None = None

    @property
    def after(self) -> date:
        """gjeldsbrevloven § 5: a due date moves on to the first working day on or after the
        raw one, so only raw due dates after this day (the last working day before
        ``first``) can give a due date from ``first`` on."""
        if self._after is None:
            self._after = self.bounds.statutory.previous_working_day(self.bounds.first)
        return self._after

    def of(self, terms: Terms) -> _TermsFacts:
        found = self.per_terms.get(id(terms))
        if found is None or found.terms is not terms:
            found = self.per_terms[id(terms)] = _TermsFacts(terms, self.bounds)
        return found


class _TermsFacts:
    """What depends only on the terms and the window (most contracts share a handful of
    configurations): the template's kinds, the calendar, the earliest notice that
    matters, the annual due dates and the renewal deadlines per month of ordinary start,
    each with its explanation, and the kinds' names with the contract's numbers."""

    __slots__ = (
        "terms",
        "rules",
        "cal",
        "bounds",
        "_earliest",
        "_annual",
        "_renewals",
        "labels",
        "payment",
        "approval",
        "complaint",
        "deletion",
        "renewal",
        "maintenance",
        "_limits",
    )

    def __init__(self, terms: Terms, bounds: _Bounds) -> None:
        self.terms = terms  # kept: its id stays its own while the window lives
        self.rules = terms.rules
        self.cal = terms.calendar()
        self.bounds = bounds
        self._earliest: date | None = None
        self._annual: list[tuple[date, date, Step]] | None = None
        self._renewals: dict[tuple[int, int], list[tuple[date, Step]]] = {}
        self.labels = {kind: self.rules.kind_label(kind, terms) for kind in self.rules.kinds}
        self.payment = (
            timedelta(days=terms.payment_days) if self.rules.has(Kind.PAYMENT_DUE) else None
        )
        # the template's kinds, asked once per configuration rather than per contract
        has = self.rules.has
        self.approval = has(Kind.APPROVAL_END)
        self.complaint = has(Kind.COMPLAINT_VISIBLE)
        self.deletion = has(Kind.DELETION)
        self.renewal = has(Kind.TERMINATION_NOTICE)
        self.maintenance = has(Kind.MAINTENANCE)
        self._limits: dict[tuple[date, date | None], tuple[date, date] | None] = {}

    def limits(self, delivered: date, established: date | None) -> tuple[date, date] | None:
        """``complaint_limit_dates`` of these terms, once per delivery and establishment
        date (contracts delivered on the same day share them)."""
        key = (delivered, established)
        try:
            return self._limits[key]
        except KeyError:
            found = self._limits[key] = dl.complaint_limit_dates(
                delivered=delivered, terms=self.terms, established=established
            )
            return found

    @property
    def earliest(self) -> date:
        """Notices sent before this day have no date in the window (``earliest_notice_sent``)."""
        if self._earliest is None:
            self._earliest = dl.earliest_notice_sent(
                on_or_after=self.bounds.start,
                working_days=self.terms.approval_working_days,
                cal=self.cal,
            )
        return self._earliest

    @property
    def annual(self) -> list[tuple[date, date, Step]]:
        """(invoice, due, explanation) of the annual invoices of 1 January, from the window
        start's year to the one after its end, whose due date is kept."""
        if self._annual is None:
            w = self.bounds
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
            w = self.bounds
            months = self.terms.termination_notice_months
            found = self._renewals[key] = [
                (deadline, step("ov_renewal", end=period_end, months=months))
                for deadline, period_end in dl.sodvin_notice_deadlines(
                    ordinary_start=ordinary, terms=self.terms, start=w.start, end=w.end
                )
                if w.keeps(deadline, Kind.TERMINATION_NOTICE, False)
            ]
        return found


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


def _contract_deadlines(facts: ContractFacts, w: _Window, out: list[Deadline]) -> _TermsFacts:
    """Append the deadlines of one contract that ``w`` keeps to ``out``: the dates from the
    rules' own functions (their plain forms), explanations built only for deadlines kept
    (those shared per terms once per run). Only the kinds the template has. Returns
    what its terms give for the window."""
    c = facts.contract
    terms = facts.terms or c.terms()  # type: ignore[union-attr]
    per = w.of(terms)
    labels = per.labels
    b = w.bounds
    start, first, end, keeps = b.start, b.first, b.end, b.keeps
    cid, title, customer = c.id, c.title, facts.customer

    def add(day: date, kind: Kind, ref: str, what: Step, done: bool = False) -> None:
        out.append(Deadline(day, kind, cid, title, customer, ref, what, done, labels[kind]))

    # Sodvin 3.3: approval periods of delivery notices without a valid rejection. Only
    # notices sent from ``earliest`` to ``end`` can have a date in [start, end].
    if facts.notices and per.approval:
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
                add(
                    last_day,
                    Kind.APPROVAL_END,
                    ref,
                    step("ov_approval_end", label=label, sent=sent),
                )
            if first <= delivery_day <= end:
                add(delivery_day, Kind.DELIVERY_DAY, ref, step("ov_delivery_day", label=label))

    # OC 8.1 / 8.2: complaint limits from delivery and establishment, as the complaint
    # calculator counts them (moved to a working day when the contract says so)
    delivered = c.delivered
    established = c.establishment_date
    if delivered is not None and per.complaint:
        limits = per.limits(delivered, established)
        if limits is not None:
            visible, absolute = limits
            if first <= visible <= end:
                what = step("ov_complaint_visible", delivered=delivered)
                add(visible, Kind.COMPLAINT_VISIBLE, "", what)
            if first <= absolute <= end:
                what = step("ov_complaint_absolute", established=established)
                add(absolute, Kind.COMPLAINT_ABSOLUTE, "", what)

    ends: list[date] = []
    for t in facts.terminations or ():
        ended = tm.end_date(
            received=t.received,
            terms=terms,
            effective_end=t.effective_end,
            by_supplier=t.by_supplier,
            ordinary_start=c.ordinary_start,
        )
        if ended is not None:
            ends.append(ended)
        # Sodvin 5.4: after the supplier's termination, the customer's day to ask for a
        # temporary extension (``termination.extension_request``)
        extension = tm.extension_request(t, terms=terms)
        if extension is not None and keeps(extension.request_by, Kind.EXTENSION_REQUEST, False):
            what = step(
                "ov_extension_request",
                received=t.received,
                days=terms.extension_request_days,
            )
            add(extension.request_by, Kind.EXTENSION_REQUEST, f"terminations:{t.id}", what)
        # OC 5.3–5.6: deletion after the service ended (``termination_deletion``'s dates)
        if ended is None or not per.deletion:
            continue
        dates = tm.deletion_dates(t, terms=terms, ordinary_start=c.ordinary_start)
        if dates is None:
            continue
        ref = f"terminations:{t.id}"
        if dates.deletion is None:  # a planned deletion OC 5.3 does not allow: say so
            if keeps(dates.notice_by, Kind.DELETION_PROBLEM, t.deleted_on is not None):
                what = step(
                    "ov_deletion_problem",
                    planned=t.planned_deletion,
                    latest=dates.latest,
                    notice=dates.notice_by,
                )
                add(dates.notice_by, Kind.DELETION_PROBLEM, ref, what, t.deleted_on is not None)
            continue
        deletion = dates.deletion
        for day, kind, done in (
            (dates.notice_by, Kind.DELETION_NOTICE, t.notice_sent_on is not None),
            (dates.copy_order_by, Kind.COPY_ORDER, t.copy_ordered_on is not None),
            (deletion, Kind.DELETION, t.deleted_on is not None),
        ):
            if keeps(day, kind, done):
                if kind is Kind.DELETION_NOTICE:
                    what = step("ov_deletion_notice", to=t.from_contact, deletion=deletion)
                elif kind is Kind.COPY_ORDER:
                    what = step("ov_copy_order", deletion=deletion)
                else:
                    what = step("ov_deletion", days=terms.deletion_days)
                add(day, kind, ref, what, done)

    # OC 3.3 / 4.1: annual invoice on 1 January, due 10 days later (moved by gjeldsbrevloven
    # § 5); none after the contract has ended
    if established is not None and per.payment is not None:
        last_day = min(ends, default=None)
        # the due date is the raw one (invoice + payment days) or the next working day
        raw_due = established + per.payment
        if raw_due <= end and w.after < raw_due:
            day = due_date(invoice_date=established, terms=terms, cal=b.statutory)
            if first <= day <= end:
                add(day, Kind.PAYMENT_DUE, "", step("ov_first_invoice_due", invoice=established))
        first_year = max(start.year, established.year + 1)
        for invoice, day, what in per.annual:  # years from start's to the one after end's
            if invoice.year < first_year or (last_day is not None and invoice > last_day):
                continue  # later invoices are after ``last_day`` too
            add(day, Kind.PAYMENT_DUE, "", what)

    # Sodvin 5.1: notice deadline before each automatic renewal, until a termination is
    # recorded; they depend on the month of ordinary start only (binding from the 1st after)
    if c.ordinary_start is not None and not facts.terminations and per.renewal:
        for day, what in per.renewals(c.ordinary_start):
            add(day, Kind.TERMINATION_NOTICE, "", what)
    return per


def maintenance_deadlines(*, start: date, end: date, contracts: int) -> list[Deadline]:
    """Sodvin Bilag 1 standard windows in [start, end], one entry for all the contracts
    whose template has them."""
    out = []
    for year in range(start.year, end.year + 1):
        for window in maintenance_windows(year).windows:
            day = window.start.date()
            if start <= day <= end:
                code = "ov_maintenance_one" if contracts == 1 else "ov_maintenance"
                what = step(code, start=window.start, end=window.end, count=contracts)
                out.append(Deadline(day, Kind.MAINTENANCE, None, "", "", "", what))
    return out


def window(today: date, *, days: int = 60, past_days: int = 60) -> tuple[date, date]:
    """The dates ``collect`` looks at: [today - past_days, today + days]."""
    return today - timedelta(days=past_days), today + timedelta(days=days)


def earliest_notice_of(terms: Iterable[Terms], *, start: date) -> date:
    """Delivery notices sent before this day have no date on or after ``start`` under any
    of these contracts' terms (storage can leave them out of the facts)."""
    seen: dict[int, Terms] = {}
    for t in terms:
        if t.rules.has(Kind.APPROVAL_END):
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
    windows = 0  # contracts whose template has the maintenance windows (Sodvin Bilag 1)
    for item in facts:
        windows += _contract_deadlines(item, w, out).maintenance
    if windows:
        b = w.bounds
        out.extend(
            d
            for d in maintenance_deadlines(start=max(b.start, today), end=b.end, contracts=windows)
            if b.keeps(d.date, d.kind, d.done)
        )
    # (a kind is a StrEnum: it sorts as its value)
    return sorted(out, key=attrgetter("date", "kind", "customer", "contract"))


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
        "ov_extension_request": (
            "Leverandøren sa opp {received:date}: kunden kan be om midlertidig forlengelse "
            "innen {days} dager mot forskuddsbetaling (Sodvin 5.4).",
            "The supplier terminated on {received:date}: the customer may ask for a temporary "
            "extension within {days} days, paying the next period in advance (Sodvin 5.4).",
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
            "Slett kundens data og sikkerhetskopier (innen {days} dager etter slutt, OC 5.3).",
            "Delete the customer's data and backups (within {days} days of the end, OC 5.3).",
        ),
        "ov_deletion_problem": (
            "Planlagt sletting {planned:date} er ikke tillatt etter OC 5.3 (siste slettedag "
            "{latest:date}): rett oppsigelsen. For sletting senest {latest:date} må "
            "slettevarselet sendes senest {notice:date}.",
            "The planned deletion {planned:date} is not allowed under OC 5.3 (last deletion "
            "day {latest:date}): correct the termination. For deletion by {latest:date} the "
            "deletion notice must go out by {notice:date}.",
        ),
        "ov_renewal": (
            "Siste dag for oppsigelse før avtalen fornyes ({months} måneders varsel; perioden slutter {end:date}, Sodvin 5.1).",
            "Last day to terminate before the agreement renews ({months} months' notice; the period ends {end:date}, Sodvin 5.1).",
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
        "group_overdue": ("Forfalt", "Overdue"),
        "group_today": ("I dag", "Today"),
        "group_week": ("Neste 7 dager", "Next 7 days"),
        "group_later": ("Senere", "Later"),
        "ov_maintenance_one": (
            "Standard vedlikeholdsvindu {start:dt}–{end:dt} (1 Sodvin-avtale, Bilag 1).",
            "Standard maintenance window {start:dt}–{end:dt} (1 Sodvin contract, Bilag 1).",
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
