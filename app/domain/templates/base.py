"""What a contract template is: the declaration each template module fills in.

A template module (``sodvin.py``, ``office_center.py``) describes one standard contract
the way python-holidays' ``countries/norway.py`` describes one country: as data — its
defaults with the clause each comes from, its names, the deadline kinds and letters it
has, which rule of each family it follows (complaints, the end of the contract, what
happens to the data after it, compensation for downtime) and the clause that decides
whether each cause of downtime counts. The rules themselves are computed once, by the
domain functions (``deadlines``, ``compensation``, ``payments``), which ask the template
("has this contract a deletion deadline?") instead of comparing template ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from ..explain import Step, step
from ..kinds import Kind, LetterKind

if TYPE_CHECKING:
    from ..terms import Cause, Terms


class ComplaintRule(StrEnum):
    """How a complaint's time limit is judged."""

    LIMITS = "limits"  # OC 8.1/8.2: N days after delivery, never later than N months
    UNDUE_DELAY = "undue_delay"  # Sodvin 7.1/2.3: "uten ugrunnet opphold", no number of days


class EndRule(StrEnum):
    """When a termination the customer sends ends the contract."""

    NOTICE = "notice"  # OC 12.1: the notice months after it was received
    PERIODS = "periods"  # Sodvin 5.1: at the end of the binding or renewal period


class AfterEnd(StrEnum):
    """What the supplier owes the customer's data when the contract has ended."""

    DELETION = "deletion"  # OC 5.3–5.6: deletion within N days, notice and copy deadlines
    TRANSFER = "transfer"  # Sodvin 5.3: data, licences, contracts and users transferred


class CompensationRule(StrEnum):
    """What a shortfall in availability is worth."""

    REDUCTION = "reduction"  # OC 10.2–10.3: price reduction per point, capped per quarter
    REFUND = "refund"  # Sodvin 7.2 R = V × (1 − A / O), within the caps of 7.6


@dataclass(frozen=True)
class Default:
    """A template's value of one term, and the clause (or reading) it comes from."""

    value: Any
    clause: str


@dataclass(frozen=True)
class Label:
    """A name with a contract's numbers in it: a catalog code and the terms it shows.

    ``Label("oc_kind_visible", {"days": "visible_defect_days"})`` renders the code with
    ``days`` set to the contract's ``visible_defect_days``.
    """

    code: str
    terms: Mapping[str, str] = field(default_factory=dict)

    def of(self, terms: Terms) -> Step:
        return step(self.code, **{key: getattr(terms, name) for key, name in self.terms.items()})


@dataclass(frozen=True)
class Template:
    """One contract template: everything the program knows of it, as data.

    ``defaults`` names every term the template uses, with its value and clause; a term
    it does not name has no meaning under it (``Terms`` leaves it ``None`` unless a
    contract sets it). ``kinds`` are the deadlines its contracts have, ``letters`` the
    letters it needs. ``labels`` give a kind's name with the contract's numbers in it
    ("Reklamasjon, 21 dager"). ``contract_fields`` are the fields of a contract record
    the template's rules read (a form can show those only).
    """

    id: str
    short: str  # how its clauses are cited: "OC 8.1", "Sodvin 5.1"
    name: Step
    supplier: str  # the supplier named in the contract text: a letter's default sender
    agreement: Step  # how a letter names the agreement ("tjenesteavtalen")
    defaults: Mapping[str, Default]
    kinds: frozenset[Kind]
    letters: frozenset[LetterKind]
    complaint: ComplaintRule
    written_complaint_clause: str  # the clause requiring complaints in writing
    #: The duty to complain promptly after discovery, as the contract words it, and where.
    promptness: Step
    promptness_clause: str
    end: EndRule
    after_end: AfterEnd
    compensation: CompensationRule
    cause_clauses: Mapping[Cause, str]
    labels: Mapping[Kind, Label] = field(default_factory=dict)
    contract_fields: frozenset[str] = frozenset()
    #: Sodvin 5.3: what must be transferred at the end (keys of ``records.TRANSFER_ITEMS``).
    transfer_items: tuple[str, ...] = ()
    #: Sodvin Bilag 2: an establishment plan (checklist) and a go-live window after signing.
    establishment_plan: bool = False
    #: Notes every availability result of the template carries (readings of its clauses).
    availability_notes: tuple[str, ...] = ()

    def has(self, kind: Kind) -> bool:
        """Whether contracts on this template have deadlines of ``kind``."""
        return kind in self.kinds

    def writes(self, letter: LetterKind | str) -> bool:
        """Whether this template has the letter."""
        return LetterKind(letter) in self.letters

    def uses(self, term: str) -> bool:
        """Whether ``term`` (a field of ``Terms``) means something under this template."""
        return term in self.defaults

    def clause(self, term: str) -> str | None:
        """The clause a term's default comes from ("OC 5.4"), None for a term it lacks."""
        found = self.defaults.get(term)
        return found.clause if found else None

    def default_values(self) -> dict[str, Any]:
        return {name: item.value for name, item in self.defaults.items()}

    def section(self, clause: str) -> str:
        """A clause of this template as its own text numbers it: "OC 8.1" -> "8.1"."""
        return clause.removeprefix(self.short + " ")

    def kind_label(self, kind: Kind, terms: Terms) -> Step:
        """The kind's name with this contract's numbers ("Reklamasjon, 21 dager")."""
        label = self.labels.get(kind)
        return label.of(terms) if label else step(f"kind_{kind.value}")
