"""What the overview reads of every contract: a few columns, one query per table.

The overview needs the dates, titles and terms of every contract, not every contract
as a validated record: ``contract_facts`` reads those columns into the overview's small
frozen lines (``ContractLine``, ``NoticeLine``, ``TerminationLine``) and computes the
terms once per distinct template and overrides text.

Every value read is checked (``_plain_*``): it must be *plainly* what the record's model
would give for it (an ISO date in canonical form and in its order, a name without
blanks at either end, a known template, overrides its template accepts, ...), a
conservative test. A row with any value read that is not plainly valid is read and
validated whole through its repository instead, so a bad value the overview uses is
refused with the same error as before, and a row the model accepts after all gives the
same values. Columns the overview does not use (fees, notes, e-mail addresses, ...)
are not read, so a bad value there no longer stops the overview: the record is refused
where it is used.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from app.domain import overview as ov
from app.domain.records import Contract, DeliveryNotice, Termination
from app.domain.terms import TEMPLATE_IDS, Terms, terms_for

from .errors import classify
from .repositories import Repositories

_TEMPLATES = frozenset(TEMPLATE_IDS)
_fromiso = date.fromisoformat


class _NotPlain(Exception):
    """A value read is not plainly valid: the row is validated through its repository."""


class _Days(dict):
    """Stored ``date`` fields, parsed once per distinct text: ``days[text]`` is the date
    (None for NULL); anything but canonical ISO text (what the codec writes; e.g. not
    20261122 or 2026-W47-7, which the model refuses) raises ``_NotPlain``."""

    def __missing__(self, text: Any) -> date | None:
        if text is None:
            return None
        try:
            day = _fromiso(text)
        except (TypeError, ValueError):
            raise _NotPlain from None
        if day.isoformat() != text:
            raise _NotPlain
        self[text] = day
        return day


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
    if template not in _TEMPLATES or not (overrides is None or type(overrides) is str):
        return None
    try:
        value = {} if overrides is None else json.loads(overrides)
        return terms_for(template, value) if isinstance(value, dict) else None
    except Exception:  # noqa: BLE001 - the record's own validation names the problem
        return None


def _contract_line(row: tuple, names: dict[int, str], days: _Days) -> tuple[ov.ContractLine, str]:
    cid, customer_id, title, template, _overrides, signed, ordinary, delivered, established = row
    signed = days[signed]
    if signed is None:
        raise _NotPlain
    line = ov.ContractLine(
        _id(cid),
        _text(title, low=1, high=200),
        template,  # checked with the overrides
        _in_order(signed, days[ordinary]),
        _in_order(signed, days[delivered]),
        _in_order(signed, days[established]),
    )
    return line, names.get(_id(customer_id), "")


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
    tid, contract_id, contact, received, end, planned, copy, notice, deleted = row
    received = days[received]
    if received is None:
        raise _NotPlain
    effective_end = _in_order(received, days[end])
    line = ov.TerminationLine(
        _id(tid),
        _text(contact, low=1, high=200),
        effective_end,
        _in_order(effective_end, days[planned]),
        days[copy],
        days[notice],
        days[deleted],
    )
    return _id(contract_id), line


def contract_facts(
    repos: Repositories,
    *,
    start: date,
    end: date,
    progress: Callable[[int, int], None] | None = None,
) -> list[ov.ContractFacts]:
    """``ContractFacts`` of every contract, in id order, for the overview window
    [start, end]: only the delivery notices that can have a date in it are read
    (``overview.earliest_notice_of``). ``progress(done, total)`` every 500 contracts read.

    The same facts as ``deadlines_report.contract_facts`` (full records) gives, in lines.
    """
    names = repos.customer_names()
    days = _Days()
    rows = _rows(
        repos,
        "SELECT id, customer_id, title, template, NULLIF(overrides, '{}'), signed,"
        " ordinary_start, delivered, established FROM contracts ORDER BY id",
    )
    terms_of: dict[tuple[Any, Any], Terms | None] = {}
    contracts: list[tuple[Contract | ov.ContractLine, str, Terms]] = []
    for done, row in enumerate(rows):
        if progress is not None and done % 500 == 0:
            progress(done, len(rows))
        key = (row[3], row[4])
        try:
            terms = terms_of[key]
        except KeyError:
            terms = terms_of[key] = _terms_of(*key)
        try:
            if terms is None:
                raise _NotPlain
            line, customer = _contract_line(row, names, days)
            contracts.append((line, customer, terms))
        except _NotPlain:  # validated like every record: a bad row raises its error here
            record = repos.contracts.get(row[0])
            contracts.append((record, names.get(record.customer_id, ""), record.terms()))

    first = ov.earliest_notice_of((terms for _c, _n, terms in contracts), start=start)
    notices: dict[int, list[DeliveryNotice | ov.NoticeLine]] = {}
    for row in _rows(
        repos,
        "SELECT id, contract_id, sent, partial_label, rejected_on,"
        " CASE WHEN rejected_on IS NOT NULL THEN rejection_reason END, rejection_significant"
        ' FROM delivery_notices WHERE "sent" >= ? AND "sent" <= ? ORDER BY id',
        [first.isoformat(), end.isoformat()],
    ):
        try:
            contract_id, line = _notice_line(row, days)
            notices.setdefault(contract_id, []).append(line)
        except _NotPlain:
            notice = repos.deliveries.get(row[0])
            notices.setdefault(notice.contract_id, []).append(notice)

    ended: dict[int, list[Termination | ov.TerminationLine]] = {}
    for row in _rows(
        repos,
        "SELECT id, contract_id, from_contact, received, effective_end, planned_deletion,"
        " copy_ordered_on, notice_sent_on, deleted_on FROM terminations ORDER BY id",
    ):
        try:
            contract_id, line = _termination_line(row, days)
            ended.setdefault(contract_id, []).append(line)
        except _NotPlain:
            termination = repos.terminations.get(row[0])
            ended.setdefault(termination.contract_id, []).append(termination)

    notices_of = {k: tuple(v) for k, v in notices.items()}
    ended_of = {k: tuple(v) for k, v in ended.items()}
    return [
        ov.ContractFacts(
            contract,
            customer,
            notices_of.get(contract.id, ()),
            ended_of.get(contract.id, ()),
            terms,
        )
        for contract, customer, terms in contracts
    ]
