"""A recorded termination: when the contract ends, and what must happen to the data.

The one answer every surface gives (the contract page, the termination form, the
overview, the letters, the ``deadlines`` command). The end is the one recorded on the
termination; when none is recorded, the one the contract's rule gives for a termination
the customer sent (OC 12.1: the notice months after it was received; Sodvin 5.1: the end
of the period, which needs the start of ordinary operation). Where a fact the rule needs
is missing — no ordinary start, or a termination by the supplier, whose end no rule
gives — the answer is ``Unknown`` and says why; it never falls back to another date.

After the end, Office Center deletes the data (OC 5.3–5.6, ``deletion_deadlines``); a
planned deletion the clause does not allow is not replaced by another date but reported
(``DeletionProblem``) with the dates that would keep the clause.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple, Protocol

from . import deadlines as dl
from .dates import add_months
from .errors import DomainError
from .explain import Step, register_texts, step
from .kinds import Kind
from .results import Result, Unknown, unknown
from .templates import AfterEnd, EndRule
from .terms import Terms


class TerminationLike(Protocol):
    """What the rules need of a termination (``records.Termination`` fits)."""

    @property
    def received(self) -> date: ...
    @property
    def by_supplier(self) -> bool: ...
    @property
    def effective_end(self) -> date | None: ...
    @property
    def planned_deletion(self) -> date | None: ...


class EndResult(Result):
    """When the contract ends after a termination, and where that date comes from."""

    received: date
    end: date
    recorded: bool  # the termination records the end (else the contract's rule gives it)
    rule_end: date | None  # what the contract's rule gives (None where it gives nothing)


def end_date(
    *,
    received: date,
    terms: Terms,
    effective_end: date | None = None,
    by_supplier: bool = False,
    ordinary_start: date | None = None,
) -> date | None:
    """The end alone (what ``termination_end`` explains), None where it is unknown."""
    if effective_end is not None:
        return effective_end
    return _rule_end(received, terms, by_supplier, ordinary_start)


def _rule_end(
    received: date, terms: Terms, by_supplier: bool, ordinary_start: date | None
) -> date | None:
    if by_supplier:
        return None  # OC 12.1 and Sodvin 5.1 give the customer's notice, not the supplier's
    if terms.rules.end is EndRule.NOTICE:
        # OC 12.1: "avslutte hele abonnementet med 3 måneders varsel"
        return add_months(received, terms.termination_notice_months)
    if ordinary_start is None:
        return None  # Sodvin 5.1 counts the periods from the start of ordinary operation
    return dl.sodvin_term(ordinary_start=ordinary_start, terms=terms, on=received).earliest_end


def termination_end(
    termination: TerminationLike, *, terms: Terms, ordinary_start: date | None = None
) -> EndResult | Unknown:
    """When the contract ends after ``termination``, explained (see the module's docstring)."""
    received = termination.received
    rule_steps: list[Step] = []
    rule_end: date | None = None
    missing: Step | None = None
    if termination.by_supplier:
        missing = step("end_by_supplier")
    elif terms.rules.end is EndRule.NOTICE:
        result = dl.oc_termination(received=received, terms=terms)
        rule_end, rule_steps = result.end, list(result.steps)
    elif ordinary_start is None:
        missing = step("end_no_ordinary_start")
    else:
        term = dl.sodvin_term(ordinary_start=ordinary_start, terms=terms, on=received)
        rule_end, rule_steps = term.earliest_end, list(term.steps)
    recorded = termination.effective_end
    if recorded is not None:
        steps = [step("end_recorded", end=recorded)]
        if rule_end is not None and rule_end != recorded:
            steps.append(step("end_recorded_differs", rule_end=rule_end))
        return EndResult(
            received=received,
            end=recorded,
            recorded=True,
            rule_end=rule_end,
            steps=tuple(steps + rule_steps),
        )
    if missing is not None or rule_end is None:
        return unknown("end_unknown", why=missing or step("end_no_ordinary_start"))
    return EndResult(
        received=received,
        end=rule_end,
        recorded=False,
        rule_end=rule_end,
        steps=tuple(rule_steps + [step("end_by_rule", end=rule_end)]),
    )


class DeletionProblem(Result):
    """A planned deletion OC 5.3 does not allow (before the end, or after the latest day):
    the stored date is kept and reported, with the dates that keep the clause."""

    ended: date
    planned: date
    latest_deletion: date
    notice_by: date  # the deletion notice for a deletion on the latest day (OC 5.4)
    problem: Step
    why: Step  # what is wrong with the planned deletion (the form's field message)


class Clauses(NamedTuple):
    """What the contract's template says happens at a termination: each surface of a
    termination (the contract page's columns, the form's boxes) shows what applies."""

    deletion: bool  # OC 5.3–5.6: the data deleted within 30 days, with a notice before
    extension: bool  # Sodvin 5.4: after the supplier's termination, an extension asked for
    transfer: bool  # Sodvin 5.3: data, licences, contracts and users transferred


def clauses(terms: Terms) -> Clauses:
    """The termination clauses of ``terms``' template (``Clauses``)."""
    rules = terms.rules
    return Clauses(
        deletion=rules.has(Kind.DELETION),
        extension=rules.has(Kind.EXTENSION_REQUEST),
        transfer=bool(rules.transfer_items),
    )


def extension_request(termination: Any, *, terms: Terms) -> dl.ExtensionResult | None:
    """Sodvin 5.4: the customer's last day to ask for a temporary extension after the
    supplier's termination (``by_supplier``: the supplier ends the contract for the
    customer's breach), from ``deadlines.sodvin_extension``; None for a termination the
    customer sent or a template without the right. The contract page and the overview
    both ask here."""
    if not termination.by_supplier or not clauses(terms).extension:
        return None
    return dl.sodvin_extension(received=termination.received, terms=terms)


def check_termination(
    termination: TerminationLike, *, terms: Terms, ordinary_start: date | None = None
) -> None:
    """Refuse a termination its contract's rules do not allow, naming the field: a planned
    deletion before the end or after OC 5.3's latest day (forms and imports call this; a
    stored one is shown as a ``DeletionProblem``)."""
    result = termination_deletion(termination, terms=terms, ordinary_start=ordinary_start)
    if isinstance(result, DeletionProblem):
        raise DomainError("planned_deletion", result.why.code, **result.why.values)


def termination_deletion(
    termination: TerminationLike, *, terms: Terms, ordinary_start: date | None = None
) -> dl.DeletionResult | DeletionProblem | Unknown:
    """OC 5.3–5.6 for a recorded termination: the deletion dates, a problem with the
    planned deletion, or why there are none (a template without deletion, an unknown end)."""
    if terms.rules.after_end is not AfterEnd.DELETION:
        return unknown("deletion_not_in_template", template=terms.rules.name)
    end = termination_end(termination, terms=terms, ordinary_start=ordinary_start)
    if isinstance(end, Unknown):
        return unknown("deletion_end_unknown", why=end.reason)
    planned = termination.planned_deletion
    try:
        result = dl.deletion_deadlines(ended=end.end, terms=terms, deletion=planned)
    except DomainError as exc:
        assert planned is not None  # the latest day itself is always allowed
        latest = dl.deletion_deadlines(ended=end.end, terms=terms)
        why = step(exc.problem.code, **exc.problem.values)
        problem = step(
            "deletion_problem",
            planned=planned,
            why=why,
            latest=latest.latest_deletion,
            notice=latest.notice_by,
            n=terms.deletion_notice_working_days,
        )
        return DeletionProblem(
            ended=end.end,
            planned=planned,
            latest_deletion=latest.latest_deletion,
            notice_by=latest.notice_by,
            problem=problem,
            why=why,
            steps=end.steps + (latest.steps[0], problem),
            notes=latest.notes,
        )
    return result.model_copy(update={"steps": end.steps + result.steps})


class DeletionDates(NamedTuple):
    """A termination's deletion dates without the explanation (lists of many)."""

    latest: date  # OC 5.3: the last day the data may be deleted
    notice_by: date  # OC 5.4: for ``deletion``, or for the latest day when that is None
    deletion: date | None  # None: the planned deletion is one the clause does not allow
    copy_order_by: date | None  # OC 5.6, for ``deletion``


def deletion_dates(
    termination: TerminationLike, *, terms: Terms, ordinary_start: date | None = None
) -> DeletionDates | None:
    """``termination_deletion``'s dates, from the same code; None where it has none."""
    if terms.rules.after_end is not AfterEnd.DELETION:
        return None
    end = end_date(
        received=termination.received,
        terms=terms,
        effective_end=termination.effective_end,
        by_supplier=termination.by_supplier,
        ordinary_start=ordinary_start,
    )
    if end is None:
        return None
    try:
        latest, deletion, notice_by, copy_by = dl.deletion_dates(
            ended=end, terms=terms, deletion=termination.planned_deletion
        )
    except DomainError:
        latest, _, notice_by, _ = dl.deletion_dates(ended=end, terms=terms)
        return DeletionDates(latest, notice_by, None, None)
    return DeletionDates(latest, notice_by, deletion, copy_by)


register_texts(
    {
        "end_recorded": (
            "Avtalen slutter {end:wd} (registrert på oppsigelsen).",
            "The contract ends {end:wd} (recorded on the termination).",
        ),
        "end_recorded_differs": (
            "Avtalens egen regel ville gitt {rule_end:wd}; den registrerte datoen gjelder.",
            "The contract's own rule would give {rule_end:wd}; the recorded date applies.",
        ),
        "end_by_rule": (
            "Ingen annen slutt er registrert, så avtalen slutter når regelen sier: {end:wd}.",
            "No other end is recorded, so the contract ends when its rule says: {end:wd}.",
        ),
        "end_unknown": ("Slutten er ukjent: {why}", "The end is unknown: {why}"),
        "end_no_ordinary_start": (
            "oppstartsdag for ordinær drift er ikke registrert på avtalen, og periodene regnes "
            "fra den (Sodvin 5.1).",
            "the start of ordinary operation is not recorded on the contract, and the periods "
            "are counted from it (Sodvin 5.1).",
        ),
        "end_by_supplier": (
            "oppsigelsen er fra leverandøren, og avtalen gir ingen regel for når den slutter "
            "da; registrer slutten på oppsigelsen.",
            "the termination is the supplier's, and the contract has no rule for when it ends "
            "then; record the end on the termination.",
        ),
        "deletion_not_in_template": (
            "{template} har ingen slettefrist: ved avslutning overføres data, lisenser, "
            "kontrakter og brukeroversikt til kunden (Sodvin 5.3).",
            "{template} has no deletion deadline: at the end, data, licences, contracts and "
            "user lists are transferred to the customer (Sodvin 5.3).",
        ),
        "deletion_end_unknown": (
            "Slettefristene kan ikke beregnes. {why}",
            "The deletion deadlines cannot be computed. {why}",
        ),
        "deletion_problem": (
            "Planlagt sletting {planned:wd} {why}. Rett planlagt sletting på oppsigelsen; "
            "for sletting senest {latest:wd} må slettevarselet sendes senest {notice:wd} "
            "({n} virkedager før, OC 5.4).",
            "The planned deletion {planned:wd} {why}. Correct the planned deletion on the "
            "termination; for deletion by {latest:wd} the deletion notice must go out by "
            "{notice:wd} ({n} working days before, OC 5.4).",
        ),
    }
)
