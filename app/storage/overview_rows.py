"""What the overview reads of every contract: a few columns, one query per table.

The overview needs the dates, titles and terms of every contract, not every contract
as a validated record: ``contract_facts`` reads those columns into the overview's small
frozen lines (``ContractLine``, ``NoticeLine``, ``TerminationLine``) and computes the
terms once per distinct template and overrides text.

Every value read is checked (``_Reader``, ``_Days``, ``_text``): it must be *plainly*
what the record's model would give for it (an ISO date in canonical form and in its
order, a name without blanks at either end, a known template, overrides its template
accepts, ...), a conservative test. A row with any value read that is not plainly valid
is read and validated whole through its repository instead, so a bad value the overview
uses is refused with the same error as before, and a row the model accepts after all
gives the same values. Columns the overview does not use (fees, notes, e-mail
addresses, ...) are not read, so a bad value there no longer stops the overview: the
record is refused where it is used."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from app.domain import overview as ov
from app.domain import templates
from app.domain.bounds import FIRST_DAY, LAST_DAY
from app.domain.records import Contract
from app.domain.terms import Terms, terms_for

from .errors import classify
from .repositories import Repositories

_fromiso = date.fromisoformat


class _NotPlain(Exception):
    """A value read is not plainly valid: the row is validated through its repository."""


class _Days(dict):
    """Stored ``date`` fields, parsed once per distinct text: ``days[text]`` is the date
    (None for NULL); anything but canonical ISO text (what the codec writes; e.g. not
    20261122 or 2026-W47-7, which the model refuses) raises ``_NotPlain``."""

    def __init__(self) -> None:
        super().__init__({None: None})

    def __missing__(self, text: Any) -> date | None:
        try:
            day = _fromiso(text)
        except (TypeError, ValueError):
            raise _NotPlain from None
        if day.isoformat() != text or not FIRST_DAY <= day <= LAST_DAY:  # (domain.bounds)
            raise _NotPlain
        self[text] = day
        return day


class _Checked(dict):
    """``checked[value]``: the value as its check gives it, checked once per distinct value
    (titles, names and dates repeat a lot on a desk); the check raises ``_NotPlain``."""

    def __init__(self, check: Callable[[Any], Any]) -> None:
        super().__init__()
        self.check = check

    def __missing__(self, value: Any) -> Any:
        self[value] = checked = self.check(value)
        return checked


def _required(days: _Days) -> Callable[[Any], date]:
    def check(text: Any) -> date:
        day = days[text]
        if day is None:
            raise _NotPlain
        return day

    return check


def _in_order(first: date | None, then: date | None) -> date | None:
    """``then``, not before ``first`` when both are set (``records._not_before``)."""
    if then is not None and first is not None and then < first:
        raise _NotPlain
    return then


def _text(value: Any, *, low: int = 0, high: int = 4000) -> str:
    """``records.Text`` / ``Name`` stored as validated: stripped, ``low``..``high`` long.

    ``str.strip`` takes every blank pydantic's strip takes (and a few control characters
    more), so a value it leaves unchanged is the validated one."""
    if type(value) is not str or not low <= len(value) <= high or value.strip() != value:
        raise _NotPlain
    return value


def _id(value: Any) -> int:
    if type(value) is not int:
        raise _NotPlain
    return value


def _rows(repos: Repositories, sql: str, params: list[Any] | None = None) -> list[tuple]:
    try:
        return repos.database.db.conn.execute(sql, params or []).fetchall()
    except sqlite3.Error as exc:
        raise classify(exc, repos.database.path) from exc


def _terms_of(template: Any, overrides: Any) -> Terms | None:
    """The terms of a stored template and overrides text (NULL: ``{}``); None if the
    model might reject them (the record's own validation then says why)."""
    if not templates.known(template) or not (overrides is None or type(overrides) is str):
        return None
    try:
        value = {} if overrides is None else json.loads(overrides)
        return terms_for(template, value) if isinstance(value, dict) else None
    except Exception:  # noqa: BLE001 - the record's own validation names the problem
        return None


def _notice_line(row: tuple, days: _Days) -> tuple[int, ov.NoticeLine]:
    nid, contract_id, sent, label, rejected_on, reason, significant = row
    sent = days[sent]
    if sent is None:
        raise _NotPlain
    rejected = _in_order(sent, days[rejected_on])
    # a rejection needs its reason (not read otherwise)
    if rejected is not None and not _text(reason):
        raise _NotPlain
    if type(significant) is not int or significant not in (0, 1):
        raise _NotPlain
    line = ov.NoticeLine(_id(nid), sent, _text(label), rejected, bool(significant))
    return _id(contract_id), line


def _termination_line(row: tuple, days: _Days) -> tuple[int, ov.TerminationLine]:
    tid, contract_id, contact, received, by_supplier, end, planned, copy, notice, deleted = row
    received = days[received]
    if received is None:
        raise _NotPlain
    if type(by_supplier) is not int or by_supplier not in (0, 1):
        raise _NotPlain
    effective_end = _in_order(received, days[end])
    line = ov.TerminationLine(
        _id(tid),
        _text(contact, low=1, high=200),
        received,
        bool(by_supplier),
        effective_end,
        _in_order(effective_end, days[planned]),
        days[copy],
        days[notice],
        days[deleted],
    )
    return _id(contract_id), line


class _Reader:
    """The checks of one read: dates, titles and terms once per distinct value."""

    def __init__(self, repos: Repositories) -> None:
        self.repos = repos
        self.names = repos.customer_names()
        self.days = _Days()
        self.signed = _Checked(_required(self.days))
        self.titles = _Checked(lambda title: _text(title, low=1, high=200))
        self.terms = _Checked(lambda key: _terms_of(*key))

    def contract(self, row: tuple) -> tuple[Contract | ov.ContractLine, str, Terms]:
        """A contract row as a line with its customer's name and terms; a row not plainly
        valid as its validated record (a bad row raises its error here)."""
        cid, customer, title, template, overrides, signed, ordinary, delivered, established = row
        try:
            terms = self.terms[template, overrides]
            days = self.days
            first, o, d, e = self.signed[signed], days[ordinary], days[delivered], days[established]
            if (
                terms is None
                or type(customer) is not int
                or (o is not None and o < first)
                or (d is not None and d < first)
                or (e is not None and e < first)
            ):
                raise _NotPlain
            line = ov.ContractLine(cid, self.titles[title], template, o, d, e)
            return line, self.names.get(customer, ""), terms
        except _NotPlain:
            record = self.repos.contracts.get(cid)
            return record, self.names.get(record.customer_id, ""), record.terms()

    def notices(self, first: date, end: date) -> tuple[dict[int, list], list[int]]:
        """Lines of the delivery notices sent in [first, end] by contract, in id order, and
        the ids of the rows that are not plainly valid (not validated yet)."""
        out: dict[int, list] = {}
        others: list[int] = []
        for row in _rows(
            self.repos,
            "SELECT id, contract_id, sent, partial_label, rejected_on,"
            " CASE WHEN rejected_on IS NOT NULL THEN rejection_reason END, rejection_significant"
            ' FROM delivery_notices WHERE "sent" >= ? AND "sent" <= ? ORDER BY id',
            [first.isoformat(), end.isoformat()],
        ):
            try:
                contract_id, line = _notice_line(row, self.days)
                out.setdefault(contract_id, []).append(line)
            except _NotPlain:
                others.append(row[0])
        return out, others

    def terminations(self) -> tuple[dict[int, list], list[int]]:
        """Lines of every termination by contract, in id order, and the ids of the rows
        that are not plainly valid (not validated yet)."""
        out: dict[int, list] = {}
        others: list[int] = []
        for row in _rows(
            self.repos,
            "SELECT id, contract_id, from_contact, received, by_supplier, effective_end,"
            " planned_deletion, copy_ordered_on, notice_sent_on, deleted_on"
            " FROM terminations ORDER BY id",
        ):
            try:
                contract_id, line = _termination_line(row, self.days)
                out.setdefault(contract_id, []).append(line)
            except _NotPlain:
                others.append(row[0])
        return out, others


_CONTRACTS = (
    "SELECT id, customer_id, title, template, NULLIF(overrides, '{}'), signed,"
    " ordinary_start, delivered, established FROM contracts ORDER BY id"
)


class Facts:
    """``ContractFacts`` of every contract in id order, read as they are iterated (once)."""

    def __init__(self, total: int, facts: Iterator[ov.ContractFacts]) -> None:
        self.total = total
        self._facts = facts

    def __len__(self) -> int:
        return self.total

    def __iter__(self) -> Iterator[ov.ContractFacts]:
        return self._facts


def contract_facts(repos: Repositories, *, start: date, end: date) -> Facts:
    """``ContractFacts`` of every contract, in id order, for the overview window
    [start, end]: only the delivery notices that can have a date in it are read
    (``overview.earliest_notice_of``). The same facts as ``deadlines_report.contract_facts``
    (full records) gives, as lines.

    The contracts are read as the facts are iterated, so the caller computes each one
    as it comes and keeps only its deadlines. The terms are known before from the
    distinct templates and overrides; a row that is not plainly valid is validated
    through its repository, and the first bad row raises the error the full records
    would: contracts first, then delivery notices, then terminations, each in id order
    (``_read_in_order``: then everything is read before the first fact is given).
    """
    reader = _Reader(repos)
    total = _rows(repos, "SELECT count(*) FROM contracts")[0][0]
    keys = _rows(repos, "SELECT DISTINCT template, NULLIF(overrides, '{}') FROM contracts")
    terms = [reader.terms[key] for key in keys]
    if None not in terms:  # else a contract is refused, or its record gives its terms
        notices, bad_notices = reader.notices(ov.earliest_notice_of(terms, start=start), end)
        ended, bad_ended = reader.terminations()
        if not bad_notices and not bad_ended:
            return Facts(
                total,
                _streamed(
                    repos,
                    reader,
                    {k: tuple(v) for k, v in notices.items()},
                    {k: tuple(v) for k, v in ended.items()},
                ),
            )
    return Facts(total, iter(_read_in_order(repos, reader, start, end)))


def _streamed(
    repos: Repositories, reader: _Reader, notices: dict[int, tuple], ended: dict[int, tuple]
) -> Iterator[ov.ContractFacts]:
    try:
        cursor = repos.database.db.conn.execute(_CONTRACTS)
    except sqlite3.Error as exc:
        raise classify(exc, repos.database.path) from exc
    for row in cursor:
        contract, customer, terms = reader.contract(row)
        yield ov.ContractFacts(
            contract,
            customer,
            notices.get(contract.id, ()),
            ended.get(contract.id, ()),
            terms,
        )


def _read_in_order(
    repos: Repositories, reader: _Reader, start: date, end: date
) -> list[ov.ContractFacts]:
    """Every row read and checked in the order the full records were: contracts, then the
    notices (from the earliest one any contract's terms need), then the terminations."""
    contracts = [reader.contract(row) for row in _rows(repos, _CONTRACTS)]
    first = ov.earliest_notice_of((terms for _c, _n, terms in contracts), start=start)
    notices, bad_notices = reader.notices(first, end)
    for nid in bad_notices:
        notice = repos.deliveries.get(nid)
        notices.setdefault(notice.contract_id, []).append(notice)
    ended, bad_ended = reader.terminations()
    for tid in bad_ended:
        termination = repos.terminations.get(tid)
        ended.setdefault(termination.contract_id, []).append(termination)
    for items in (*notices.values(), *ended.values()):
        items.sort(key=lambda item: item.id)
    return [
        ov.ContractFacts(
            contract,
            customer,
            tuple(notices.get(contract.id, ())),
            tuple(ended.get(contract.id, ())),
            terms,
        )
        for contract, customer, terms in contracts
    ]
