"""The deadlines of every stored contract: for the ``deadlines`` command and the overview page.

Storage gives the facts (``storage.overview_rows``: a few columns of every contract read
into small lines), ``app.domain.overview`` computes and groups the deadlines; this
module only joins the two and formats the result as text, JSON-ready dicts or CSV rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain import overview as ov
from app.domain.explain import Lang, format_date, render
from app.storage import overview_rows
from app.storage.repositories import Repositories


def contract_facts(
    repos: Repositories,
    *,
    start: date | None = None,
    end: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[ov.ContractFacts]:
    """What the overview needs of every contract, from full validated records.

    The straightforward read, kept as the reference the overview's narrow one
    (``overview_rows.contract_facts``, same facts as lines) is tested against.

    With ``start`` and ``end`` (the overview's window), only the delivery notices that can
    have a date in it are loaded (``overview.earliest_notice``): on a desk with years of
    notices that is a few hundred instead of tens of thousands. One query per table,
    grouped here; customer names are read as stored (no record is built for a name).
    """
    contracts = repos.contracts.all(progress=progress)
    terms = [contract.terms() for contract in contracts]  # once per contract
    customers = repos.customer_names()
    if start is not None and end is not None:
        first = ov.earliest_notice_of(terms, start=start)
        loaded = repos.deliveries.in_range("sent", first, end)
    else:
        loaded = repos.deliveries.all()
    notices: dict[int, list] = {}
    for notice in loaded:
        notices.setdefault(notice.contract_id, []).append(notice)
    terminations: dict[int, list] = {}
    for term in repos.terminations.all():
        terminations.setdefault(term.contract_id, []).append(term)
    return [
        ov.ContractFacts(
            contract=contract,
            customer=customers.get(contract.customer_id, ""),
            notices=tuple(notices.get(contract.id, ())),
            terminations=tuple(terminations.get(contract.id, ())),
            terms=contract_terms,
        )
        for contract, contract_terms in zip(contracts, terms, strict=True)
    ]


@dataclass(frozen=True)
class DeadlineList:
    """The grouped deadlines for one ``today``: what the overview and the command show."""

    today: date
    days: int
    groups: dict[ov.Group, list[ov.Deadline]]

    @property
    def items(self) -> list[tuple[ov.Group, ov.Deadline]]:
        return [(group, item) for group in ov.Group for item in self.groups[group]]

    @property
    def deadlines(self) -> list[ov.Deadline]:
        return [item for _, item in self.items]

    def summary(self, lang: Lang = "nb") -> str:
        return render(ov.summary(self.groups), lang)


def deadline_list(
    repos: Repositories,
    *,
    today: date,
    days: int = 60,
    progress: Callable[[int, int], None] | None = None,
) -> DeadlineList:
    """``progress(done, total)`` is told of the contracts computed (every 500); an
    exception it raises (a cancel) ends the computation."""
    start, end = ov.window(today, days=days)
    facts: Iterable[ov.ContractFacts] = overview_rows.contract_facts(repos, start=start, end=end)
    if progress is not None:
        facts = _reporting(facts, progress)
    return DeadlineList(today=today, days=days, groups=ov.shown(facts, today=today, days=days))


def _reporting(facts: overview_rows.Facts, progress: Callable[[int, int], None]) -> Iterator:
    total = len(facts)
    progress(0, total)
    for done, item in enumerate(facts, start=1):
        yield item
        if done % 500 == 0:
            progress(done, total)
    progress(total, total)


def kind_name(kind: ov.Kind, lang: Lang = "nb") -> str:
    return ov.KIND_NAMES[kind][0 if lang == "nb" else 1]


def group_name(group: ov.Group, lang: Lang = "nb") -> str:
    return ov.GROUP_NAMES[group][0 if lang == "nb" else 1]


def to_json(listing: DeadlineList, lang: Lang = "nb") -> list[dict[str, Any]]:
    """One object per deadline: ``date, kind, contract, customer, record, text`` and more."""
    return [
        {**item.to_json(lang), "group": group.value, "kind_name": kind_name(item.kind, lang)}
        for group, item in listing.items
    ]


CSV_HEADER: dict[Lang, list[str]] = {
    "nb": ["Gruppe", "Dato", "Type", "Kunde", "Avtale", "Avtale-id", "Post", "Hva"],
    "en": ["Group", "Date", "Kind", "Customer", "Contract", "Contract id", "Record", "What"],
}


def csv_rows(listing: DeadlineList, lang: Lang = "nb") -> list[list[Any]]:
    return [
        [
            group_name(group, lang),
            item.date,
            kind_name(item.kind, lang),
            item.customer,
            item.contract,
            item.contract_id,
            item.record,
            item.text(lang),
        ]
        for group, item in listing.items
    ]


def text_lines(listing: DeadlineList, lang: Lang = "nb") -> list[str]:
    """A readable grouped list with the summary line first."""
    nb = lang == "nb"
    head = (
        f"Frister per {format_date(listing.today, lang, weekday=True)} (neste {listing.days} dager)"
        if nb
        else f"Deadlines as of {format_date(listing.today, lang, weekday=True)} "
        f"(next {listing.days} days)"
    )
    lines = [head, listing.summary(lang)]
    for group in ov.Group:
        items = listing.groups[group]
        if not items:
            continue
        lines += ["", f"{group_name(group, lang)} ({len(items)})"]
        for item in items:
            who = " – ".join(p for p in (item.customer, item.contract) if p)
            ref = f" [{item.record}]" if item.record else ""
            day = format_date(item.date, lang, weekday=True)
            lines.append(
                f"  {day}  {kind_name(item.kind, lang)}" + (f" · {who}" if who else "") + ref
            )
            lines.append(" " * (len(day) + 4) + item.text(lang))
    if not any(listing.groups.values()):
        lines += ["", "Ingen frister." if nb else "No deadlines."]
    return lines


def iter_deadlines(listing: DeadlineList) -> Iterable[ov.Deadline]:
    return iter(listing.deadlines)
