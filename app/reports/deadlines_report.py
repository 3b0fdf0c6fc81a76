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


# --- the overview's columns: one list for the window's table and both CSV files ------------
#
# The audit (03.12.2026): the overview's CSV had its own headers («Gruppe/Type/Hva» where
# the screen says «Når/Frist/Hva som skal gjøres»), internal codes («terminations:2»), no
# «Påminnelse», and empty cells where the screen shows «–» and «Alle Sodvin-avtaler».
# Now the window's table (``OverviewPage``), its CSV and ``deadlines --csv`` all take
# their headers and cell texts from here: what is on the screen is in the file.


def when_text(group: ov.Group, item: ov.Deadline, lang: Lang) -> str:
    return ov.group_name(group, lang)


def date_text(group: ov.Group, item: ov.Deadline, lang: Lang) -> str:
    return format_date(item.date, lang, weekday=True)


def kind_text(group: ov.Group, item: ov.Deadline, lang: Lang) -> str:
    return item.kind_label(lang)


def customer_text(group: ov.Group, item: ov.Deadline, lang: Lang) -> str:
    """The customer; «–» for a deadline of no single contract (the maintenance windows)."""
    return item.customer or ("–" if item.contract_id is None else "")


def contract_text(group: ov.Group, item: ov.Deadline, lang: Lang) -> str:
    return item.contract_label(lang)


def what_text(group: ov.Group, item: ov.Deadline, lang: Lang) -> str:
    return item.text(lang)


def record_text(item: ov.Deadline, lang: Lang) -> str:
    """The record a deadline is of, in words: «Oppsigelse 2» for ``terminations:2``."""
    table, _, number = item.record.partition(":")
    if not number:
        return ""
    if table not in RECORD_TABLES:
        return item.record
    return f"{render(step(f'dl_record_{table}'), lang)} {number}"


#: The tables a deadline's record may be in (``Deadline.record``), each named in words.
RECORD_TABLES = ("deliveries", "terminations", "complaints")


#: The columns the overview shows, in its order: (key, the cell's text). "reminder" is the
#: reminder's state ("sett av kari 12.03.2027"), which the caller knows (``reminder``).
SCREEN_COLUMNS: tuple[tuple[str, Callable[[ov.Group, ov.Deadline, Lang], str] | None], ...] = (
    ("when", when_text),
    ("date", date_text),
    ("kind", kind_text),
    ("customer", customer_text),
    ("contract", contract_text),
    ("reminder", None),
    ("what", what_text),
)
#: What a spreadsheet needs beyond the screen: a date it can sort and compute with, the
#: contract's number and the record in words.
EXTRA_COLUMNS = ("iso_date", "contract_id", "record")


#: How many of the overview's rows are kept for the next start (``snapshot``): more
#: than the tallest screen shows before the fresh overview replaces them.
SNAPSHOT_ROWS = 200


def snapshot(
    listing: DeadlineList,
    contracts: int,
    open_incidents: int,
    lang: Lang,
    reminder: Callable[[ov.Deadline], str] | None = None,
) -> dict[str, Any]:
    """What the overview's first screen shows, as JSON-ready texts (``storage.
    overview_snapshot`` keeps it for the next start): the counts, and the first rows with
    the cells' texts made by ``SCREEN_COLUMNS``' own functions (the reminder column's by
    ``reminder``, as in ``csv_rows``: ``reminders_report.reminder_cells``) and what
    opening a row needs."""
    items = listing.items
    rows = [
        {
            "group": group.value,
            "date": item.date.isoformat(),
            "kind": item.kind.value,
            "contract_id": item.contract_id,
            "record": item.record,
            "customer": item.customer,
            "cells": {
                key: text(group, item, lang)
                if text is not None
                else (reminder(item) if reminder else "")
                for key, text in SCREEN_COLUMNS
            },
        }
        for group, item in items[:SNAPSHOT_ROWS]
    ]
    return {
        "today": listing.today.isoformat(),
        "days": listing.days,
        "groups": {group.value: len(listing.groups[group]) for group in ov.Group},
        "total": len(items),
        "contracts": contracts,
        "open_incidents": open_incidents,
        "rows": rows,
    }


def header(key: str, lang: Lang) -> str:
    """A column's header, as the overview's table shows it and the CSV writes it."""
    return render(step(f"dl_col_{key}"), lang)


def csv_header(lang: Lang = "nb") -> list[str]:
    return [header(key, lang) for key, _text in SCREEN_COLUMNS] + [
        header(key, lang) for key in EXTRA_COLUMNS
    ]


def csv_rows(
    listing: DeadlineList,
    lang: Lang = "nb",
    *,
    reminder: Callable[[ov.Deadline], str] | None = None,
) -> list[list[Any]]:
    """The rows of ``csv_header``: the screen's texts, then the extra columns.
    ``reminder(deadline)``: the reminder column's text ("" for each when not given)."""
    rows = []
    for group, item in listing.items:
        row: list[Any] = [
            text(group, item, lang) if text is not None else (reminder(item) if reminder else "")
            for _key, text in SCREEN_COLUMNS
        ]
        row += [item.date.isoformat(), item.contract_id, record_text(item, lang)]
        rows.append(row)
    return rows


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
        # the overview's columns (its table and the CSV files)
        "dl_col_when": ("Når", "When"),
        "dl_col_date": ("Dato", "Date"),
        "dl_col_kind": ("Frist", "Deadline"),
        "dl_col_customer": ("Kunde", "Customer"),
        "dl_col_contract": ("Avtale", "Contract"),
        "dl_col_reminder": ("Påminnelse", "Reminder"),
        "dl_col_what": ("Hva som skal gjøres", "What to do"),
        "dl_col_iso_date": ("Dato (ISO)", "Date (ISO)"),
        "dl_col_contract_id": ("Avtale-id", "Contract id"),
        "dl_col_record": ("Gjelder", "Record"),
        "dl_record_deliveries": ("Leveransemelding", "Delivery notice"),
        "dl_record_terminations": ("Oppsigelse", "Termination"),
        "dl_record_complaints": ("Reklamasjon", "Complaint"),
    }
)

#: The CSV header in each language (``csv_header``), for callers that pick by language.
CSV_HEADER: dict[Lang, list[str]] = {lang: csv_header(lang) for lang in LANGS}
