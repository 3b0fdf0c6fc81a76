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
    " ordinary_start, delivered, established FROM contracts"
)

#: The code points ``str.strip`` takes (``str.isspace``; the tests check the list).
WHITESPACE = (9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 133, 160, 5760, *range(8192, 8203),
              8232, 8233, 8239, 8287, 12288)  # fmt: skip


def _vouched_date(column: str, *, required: bool = False) -> str:
    """SQL: ``column`` holds what ``_Days`` passes (canonical ISO text of a real day within
    the bounds; SQLite's ``date(x, '+0 days')`` rolls 30 February over, so it differs
    from such a text), or NULL unless ``required``."""
    plain = (
        f"(typeof({column}) = 'text' AND date({column}, '+0 days') = {column}"
        f" AND {column} BETWEEN '{FIRST_DAY.isoformat()}' AND '{LAST_DAY.isoformat()}')"
    )
    return plain if required else f"({column} IS NULL OR {plain})"


_SPACES = ", ".join(map(str, WHITESPACE))

#: SQL: every value ``_Reader.contract`` checks passes its check (the checks' own
#: conditions or narrower), so the row is read as a plain line; a row it cannot vouch
#: for is read, and validated whole, as without the pre-filter.
_VOUCHED = " AND ".join(
    [
        "typeof(customer_id) = 'integer'",
        "typeof(title) = 'text'",
        "instr(title, char(0)) = 0",  # (SQLite's length stops at a NUL)
        "length(title) BETWEEN 1 AND 200",
        f"unicode(title) NOT IN ({_SPACES})",
        f"unicode(substr(title, -1)) NOT IN ({_SPACES})",
        _vouched_date("signed", required=True),
        *(_vouched_date(c) for c in ("ordinary_start", "delivered", "established")),
        *(
            f"({c} IS NULL OR {c} >= signed)"
            for c in ("ordinary_start", "delivered", "established")
        ),
    ]
)


def _month(text: Any) -> tuple[int, int] | None:
    """(year, month) of an ordinary start's ``YYYY-MM`` as stored; None if it is not one."""
    if type(text) is not str or len(text) != 7 or text[4] != "-":
        return None
    try:
        year, month = int(text[:4]), int(text[5:])
        date(year, month, 1)
    except ValueError:
        return None
    return year, month


def _span(column: str, span: tuple[date, date] | None, out: list[str], params: list[Any]) -> None:
    if span is not None:
        out.append(f"{column} BETWEEN ? AND ?")
        params += [span[0].isoformat(), span[1].isoformat()]


def pre_filter(
    keys: dict[tuple[Any, Any], tuple[Terms, list[tuple[int, int]]]],
    records: set[int],
    start: date,
    end: date,
) -> tuple[str, list[Any]]:
    """SQL condition on ``contracts`` and its parameters: the contracts that can have a
    deadline in [start, end], and some more (a superset). ``keys``: every stored
    (template, overrides) with its terms and the months of ordinary start under it;
    ``records``: the ids of the contracts with a delivery notice or termination read.

    Why no contract left out can have a deadline in the window: one left out has no
    notice or termination read (those are its only other sources, and a notice not read
    has no date in the window: ``overview.earliest_notice_of``); its row is plain
    (``_VOUCHED``), so it is read as the line of dates it stores and its stored dates
    compare as those dates do (canonical ISO text sorts in date order); and none of its
    dates is in a range its terms' ``overview.reach`` gives, which holds every contract
    with such a deadline in the window (the ranges of one template's terms are joined,
    ``Reach.union``: wider still). A NULL date meets no range (the deadline is not
    computed without it)."""
    by_template: dict[Any, ov.Reach] = {}  # (the terms of one template differ little)
    for (template, _overrides), (terms, months) in keys.items():
        got = ov.reach(terms, start=start, end=end, months=months)
        known = by_template.get(template)
        by_template[template] = got if known is None else known.union(got)
    params: list[Any] = []
    per_template: list[str] = []
    for template, got in by_template.items():
        parts: list[str] = []
        own: list[Any] = [template]
        _span("delivered", got.delivered, parts, own)
        if got.since is not None:
            parts.append(
                "(delivered IS NOT NULL AND coalesce(established, delivered) BETWEEN ? AND ?)"
            )
            own += [got.since[0].isoformat(), got.since[1].isoformat()]
        # the invoices go by the establishment date (OC 6.3: the delivery date without one)
        _span("coalesce(established, delivered)", got.established, parts, own)
        if got.established_before is not None:
            parts.append("coalesce(established, delivered) < ?")
            own.append(got.established_before.isoformat())
        if got.renewal_months:
            parts.append(
                f"substr(ordinary_start, 1, 7) IN ({', '.join('?' * len(got.renewal_months))})"
            )
            own += [f"{year:04d}-{month:02d}" for year, month in sorted(got.renewal_months)]
        if parts:
            per_template.append(f"(template IS ? AND ({' OR '.join(parts)}))")
            params += own
    # (SQLite tries them in this order: a row in view is not checked further)
    return (
        " OR ".join(
            [
                *per_template,
                "id IN (SELECT value FROM json_each(?))",
                f"NOT ifnull({_VOUCHED}, 0)",
            ]
        ),
        [*params, json.dumps(sorted(records))],
    )


class Facts:
    """``ContractFacts`` of the contracts in id order, read as they are iterated (once);
    ``left_out()``, iterated after them: the contracts not given (``overview.LeftOut``)."""

    def __init__(
        self,
        total: int,
        facts: Iterator[ov.ContractFacts],
        left_out: Callable[[], ov.LeftOut] = tuple,
    ) -> None:
        self.total = total
        self._facts = facts
        self._left_out = left_out

    def __len__(self) -> int:
        return self.total

    def __iter__(self) -> Iterator[ov.ContractFacts]:
        return self._facts

    def left_out(self) -> Iterator[tuple[Terms, int]]:
        yield from self._left_out()


#: More distinct (template, overrides) than this: every contract is read (the
#: pre-filter's SQL would grow with them).
MAX_FILTERED_TERMS = 200


def contract_facts(
    repos: Repositories,
    *,
    start: date,
    end: date,
    first: date | None = None,
    every: bool = False,
) -> Facts:
    """``ContractFacts`` of the contracts that can have a deadline in the overview window
    [start, end] (``pre_filter``; ``every``: of every contract), in id order; with
    ``first`` (``overview.shown``'s today), those that can have one it shows: deadlines
    that are not actions only from ``first`` on (``_Window.keeps``). Only the
    delivery notices that can have a date in it are read
    (``overview.earliest_notice_of``). The same facts as ``deadlines_report.contract_facts``
    (full records) gives, as lines; the deadlines in the window are the same
    (``Facts.left_out`` gives the others' terms, which count for the maintenance windows).

    The contracts are read as the facts are iterated, so the caller computes each one
    as it comes and keeps only its deadlines. The terms are known before from the
    distinct templates and overrides; a row that is not plainly valid is validated
    through its repository (the pre-filter reads every such row), and the first bad row
    raises the error the full records would: contracts first, then delivery notices,
    then terminations, each in id order (``_read_in_order``: then everything is read
    before the first fact is given, and no contract is left out).
    """
    reader = _Reader(repos)
    groups = _rows(
        repos,
        "SELECT template, NULLIF(overrides, '{}'), substr(ordinary_start, 1, 7), count(*)"
        " FROM contracts GROUP BY 1, 2, 3",
    )
    counts: dict[tuple[Any, Any], int] = {}
    months: dict[tuple[Any, Any], list[tuple[int, int]]] = {}
    for template, overrides, month, n in groups:
        key = (template, overrides)
        counts[key] = counts.get(key, 0) + n
        found = _month(month)
        months.setdefault(key, [])
        if found is not None:
            months[key].append(found)
    total = sum(counts.values())
    terms = {key: reader.terms[key] for key in counts}
    if None not in terms.values():  # else a contract is refused, or its record gives its terms
        notices, bad_notices = reader.notices(
            ov.earliest_notice_of(terms.values(), start=start), end
        )
        ended, bad_ended = reader.terminations()
        if not bad_notices and not bad_ended:
            sql, params = "1", []
            if not every and len(counts) <= MAX_FILTERED_TERMS:
                keys = {key: (terms[key], months[key]) for key in counts}
                sql, params = pre_filter(keys, {*notices, *ended}, first or start, end)
            rows = _rows(repos, f"{_CONTRACTS} WHERE {sql} ORDER BY id", params)
            seen: dict[tuple[Any, Any], int] = {}

            def left_out() -> Iterator[tuple[Terms, int]]:
                for key, n in counts.items():
                    if n > seen.get(key, 0):
                        yield terms[key], n - seen.get(key, 0)

            return Facts(
                len(rows),
                _streamed(
                    rows,
                    reader,
                    {k: tuple(v) for k, v in notices.items()},
                    {k: tuple(v) for k, v in ended.items()},
                    seen,
                ),
                left_out,
            )
    return Facts(total, iter(_read_in_order(repos, reader, start, end)))


def _streamed(
    rows: list[tuple],
    reader: _Reader,
    notices: dict[int, tuple],
    ended: dict[int, tuple],
    seen: dict[tuple[Any, Any], int],
) -> Iterator[ov.ContractFacts]:
    """The facts of these contract rows, checked as they are iterated; ``seen`` counts
    them by their stored (template, overrides)."""
    for row in rows:
        key = (row[3], row[4])
        seen[key] = seen.get(key, 0) + 1
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
    contracts = [reader.contract(row) for row in _rows(repos, f"{_CONTRACTS} ORDER BY id")]
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
