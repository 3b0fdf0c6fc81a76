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

from app import collector
from app.domain import overview as ov
from app.domain.explain import LANGS, Lang, format_date, register_texts, render, step
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
    have a date in it are loaded (``overview.earliest_notice_of``): on a desk with years of
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
    # a line per contract read and every deadline made, none of it in a reference cycle:
    # the collector's passes would only cost time (app.collector)
    with collector.paused():
        facts: Iterable[ov.ContractFacts] = overview_rows.contract_facts(
            repos, start=start, end=end
        )
        if progress is not None:
            facts = _reporting(facts, progress)
        groups = ov.shown(facts, today=today, days=days)
    return DeadlineList(today=today, days=days, groups=groups)


def _reporting(facts: overview_rows.Facts, progress: Callable[[int, int], None]) -> Iterator:
    total = len(facts)
    progress(0, total)
    for done, item in enumerate(facts, start=1):
        yield item
        if done % 500 == 0:
            progress(done, total)
    progress(total, total)


def to_json(listing: DeadlineList, lang: Lang = "nb") -> list[dict[str, Any]]:
    """One object per deadline: ``date, kind, contract, customer, record, text`` and more."""
    return [
        {**item.to_json(lang), "group": group.value, "kind_name": item.kind_label(lang)}
        for group, item in listing.items
    ]


_CSV_COLUMNS = ("group", "date", "kind", "customer", "contract", "contract_id", "record", "what")


def csv_header(lang: Lang = "nb") -> list[str]:
    return [render(step(f"csv_{name}"), lang) for name in _CSV_COLUMNS]


def csv_rows(listing: DeadlineList, lang: Lang = "nb") -> list[list[Any]]:
    return [
        [
            ov.group_name(group, lang),
            item.date,
            item.kind_label(lang),
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
    head = render(step("dl_head", today=listing.today, days=listing.days), lang)
    lines = [head, listing.summary(lang)]
    for group in ov.Group:
        items = listing.groups[group]
        if not items:
            continue
        lines += ["", f"{ov.group_name(group, lang)} ({len(items)})"]
        for item in items:
            who = " – ".join(p for p in (item.customer, item.contract_label(lang)) if p)
            ref = f" [{item.record}]" if item.record else ""
            day = format_date(item.date, lang, weekday=True)
            lines.append(f"  {day}  {item.kind_label(lang)}" + (f" · {who}" if who else "") + ref)
            lines.append(" " * (len(day) + 4) + item.text(lang))
    if not any(listing.groups.values()):
        lines += ["", render(step("dl_none"), lang)]
    return lines


register_texts(
    {
        "dl_head": (
            "Frister per {today:wd} (neste {days} dager)",
            "Deadlines as of {today:wd} (next {days} days)",
        ),
        "dl_none": ("Ingen frister.", "No deadlines."),
        "csv_group": ("Gruppe", "Group"),
        "csv_date": ("Dato", "Date"),
        "csv_kind": ("Type", "Kind"),
        "csv_customer": ("Kunde", "Customer"),
        "csv_contract": ("Avtale", "Contract"),
        "csv_contract_id": ("Avtale-id", "Contract id"),
        "csv_record": ("Post", "Record"),
        "csv_what": ("Hva", "What"),
    }
)

#: The CSV header in each language (``csv_header``), for callers that pick by language.
CSV_HEADER: dict[Lang, list[str]] = {lang: csv_header(lang) for lang in LANGS}
