"""Repositories: domain records in, domain records out, every change in the history.

``Repositories(database)`` has one repository per kind of record (``customers``,
``contracts``, ``services``, ``incidents``, ``complaints``, ``deliveries``,
``terminations``, ``checklist``, ``notes``). Every write validates through the pydantic
model, checks the records it refers to, and runs in one transaction together with its
history row (when, OS user, before and after as JSON), all written by one function,
``Repository._store``, which also keeps each record's ``uid`` and ``version`` (the
conventions are in ``migrations.record_identity``): a save that started from an older
version than the stored one raises ``StaleRecord`` with both. Nothing is deleted in
cascade: deleting a record others refer to raises ``InUse``.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from uuid import uuid4

from app.domain.attachments import Attachment
from app.domain.periods import OSLO, to_utc
from app.domain.records import (
    ChecklistItem,
    Complaint,
    Contract,
    Customer,
    DeliveryNotice,
    Incident,
    Note,
    Record,
    Service,
    Termination,
)
from app.domain.reminders import ReminderAck

from . import outbox
from .chain import GENESIS, entry_hash
from .codec import SPECS, TableSpec, dumps, dumps_plain, record_json
from .database import Database, rows_in
from .errors import InUse, NotFound, ReferenceMissing, StaleRecord, StorageError, classify
from .users import os_user

if TYPE_CHECKING:
    from .template_variants import VariantRepository

M = TypeVar("M", bound=Record)

#: Validated records kept per repository (see ``Repository._model``).
ROW_CACHE_SIZE = 20_000

#: Repository attribute -> SQL table.
REPOSITORY_TABLES: dict[str, str] = {
    "variants": "template_variants",  # issue 11: storage/template_variants.py
    "customers": "customers",
    "contracts": "contracts",
    "services": "services",
    "incidents": "incidents",
    "complaints": "complaints",
    "deliveries": "delivery_notices",
    "terminations": "terminations",
    "checklist": "checklist_items",
    "notes": "notes",
    "attachments": "attachments",  # issue 15 (app.storage.attachments)
    "reminder_acks": "reminder_acks",
}


def oslo_now() -> datetime:
    return datetime.now(OSLO)


@dataclass(frozen=True)
class HistoryEntry:
    """One change: when, who, what, and the record before and after (JSON values)."""

    id: int
    when: datetime
    user: str
    action: str  # "insert", "update", "delete"
    table: str
    record_id: int
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    #: The PC that made the change (issue 14): its id, and its name where sync has
    #: learnt it ("" otherwise, e.g. this PC before it ever synced).
    pc: str | None = None
    pc_name: str = ""


#: The columns ``_history_entry`` reads, in its order.
ENTRY_COLUMNS = (
    "id, at, user, action, table_name, record_id, before, after, origin_pc,"
    " (SELECT name FROM sync_pcs WHERE sync_pcs.pc = history.origin_pc)"
)


@dataclass(frozen=True)
class Origin:
    """Where a change written by sync came from (issue 14): the PC that made it, its
    number there (None for the server's own rows), who and when. Such a write gets its
    history entry with these, and no outbox row (it is not this PC's change)."""

    pc: str
    change_no: int | None
    user: str
    at: datetime


@dataclass(frozen=True)
class ContractRow:
    """A line of the contract list: enough to show and sort, without loading the record."""

    id: int
    customer_id: int
    customer_name: str
    org_number: str
    title: str
    template: str
    signed: date
    monthly_fee: Decimal


def _like(text: str) -> str:
    escaped = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _direction(descending: bool) -> str:
    return "DESC" if descending else "ASC"


class Repository(Generic[M]):
    """Reads and writes one kind of record."""

    def __init__(self, repos: Repositories, spec: TableSpec) -> None:
        self._repos = repos
        self.spec = spec
        self._cache: dict[tuple, M] = {}
        self.model: type[M] = spec.model  # type: ignore[assignment]

    @property
    def _db(self) -> Database:
        return self._repos.database

    @property
    def repos(self) -> Repositories:
        """The database's repositories this one is of (a record's references)."""
        return self._repos

    # --- reading ---------------------------------------------------------------------

    def _select(
        self,
        where: str = "",
        params: list[Any] | None = None,
        order: str = "",
        progress: Callable[[int, int], None] | None = None,
    ) -> list[M]:
        sql = f"SELECT * FROM {self.spec.table}"
        if where:
            sql += f" WHERE {where}"
        sql += f" ORDER BY {order or self.spec.order_by}"
        try:
            cursor = self._db.db.execute(sql, params or [])
            names = tuple(d[0] for d in cursor.description)
            rows = cursor.fetchall()
        except sqlite3.Error as exc:
            raise classify(exc, self._db.path) from exc
        if progress is None:
            return [self._model(names, row) for row in rows]
        out = []
        for done, row in enumerate(rows):
            if done % 500 == 0:
                progress(done, len(rows))
            out.append(self._model(names, row))
        return out

    def _model(self, names: tuple[str, ...], row: tuple) -> M:
        """The validated record of a row, reused when the very same row was read before.

        Validation is a pure function of the row's values, so a row read again (the
        overview after an edit, a page reloaded) gives the same frozen record without
        validating it again; a changed row is a different key. A bad row is never kept:
        it raises every time. The cache is bounded (emptied when full).
        """
        key = (names, row)
        found = self._cache.get(key)
        if found is None:
            found = self.spec.from_row(dict(zip(names, row, strict=True)))  # type: ignore[assignment]
            if len(self._cache) >= ROW_CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = found
        return found  # type: ignore[return-value]

    def in_range(self, field: str, first: Any, last: Any) -> list[M]:
        """Records whose ``field`` lies in [first, last] (dates and times as stored: ISO text)."""
        if field not in self.spec.columns:
            raise ValueError(f"{self.spec.table} have no field {field}")
        first, last = (v.isoformat() if hasattr(v, "isoformat") else v for v in (first, last))
        return self._select(f'"{field}" >= ? AND "{field}" <= ?', [first, last])

    def get(self, record_id: int) -> M:
        found = self._select("id = ?", [record_id])
        if not found:
            raise NotFound(table=self.spec.table, id=record_id)
        return found[0]

    def all(self, *, progress: Callable[[int, int], None] | None = None) -> list[M]:
        """Every record; ``progress(done, total)`` now and then (it may raise to stop)."""
        return self._select(progress=progress)

    def count_all(self) -> int:
        return self._db.db.execute(f"SELECT count(*) FROM {self.spec.table}").fetchone()[0]

    def for_contract(self, contract_id: int) -> list[M]:
        if "contract_id" not in self.spec.fields:
            raise TypeError(f"{self.spec.table} do not belong to a contract")
        return self._select("contract_id = ?", [contract_id])

    # --- writing ---------------------------------------------------------------------

    def _validated(self, model: M | dict[str, Any]) -> M:
        """The record validated by its model (again: ``model_construct`` skips it)."""
        if isinstance(model, dict):
            return self.model.model_validate(model)
        if not isinstance(model, self.model):
            raise TypeError(
                f"{self.spec.table} take {self.model.__name__}, not {type(model).__name__}"
            )
        return self.model.model_validate(model.model_dump())

    def _check_references(self, model: M) -> None:
        self._check_references_many([model])

    def _check_references_many(self, models: list[M]) -> None:
        """Every reference of each model names a record this file has, and an
        incident's service belongs to the incident's contract; asked by a query per
        parent table (``rows_in``: a PC's first round stores thousands at once). The
        first model that fails, at its first failing reference, raises."""
        conn = self._db.db.conn
        wanted: dict[str, set[int]] = {}
        for model in models:
            for name, parent in self.spec.references.items():
                value = getattr(model, name)
                if value is not None:
                    wanted.setdefault(parent, set()).add(value)
        found: dict[str, set[int]] = {}
        owners: dict[int, int] = {}  # service id -> its contract (incidents' check)
        for parent, ids in wanted.items():
            if parent == "services":
                sql = "SELECT id, contract_id FROM services WHERE id IN ({marks})"
                owners.update(rows_in(conn, sql, sorted(ids)))
                found[parent] = set(owners)
            else:
                sql = f"SELECT id FROM {parent} WHERE id IN ({{marks}})"
                found[parent] = {row[0] for row in rows_in(conn, sql, sorted(ids))}
        checks_service = self.spec.table == "incidents"
        for model in models:
            for name, parent in self.spec.references.items():
                value = getattr(model, name)
                if value is not None and value not in found[parent]:
                    raise ReferenceMissing(table=self.spec.table, field=name, value=value)
            # An incident's service must belong to the incident's contract.
            if checks_service and getattr(model, "service_id", None) is not None:
                owner = owners.get(model.service_id)
                if owner is not None and owner != model.contract_id:
                    raise ReferenceMissing(
                        table="incidents", field="service_id", value=model.service_id
                    )

    def _write(self, sql: str, params: list[Any]) -> sqlite3.Cursor:
        try:
            return self._db.db.conn.execute(sql, params)
        except sqlite3.IntegrityError as exc:
            raise StorageError(path=self._db.path, detail=f"{self.spec.table}: {exc}") from exc

    def add(self, model: M | dict[str, Any]) -> M:
        """Store a new record (its ``id`` must be None); returns it as stored, with its
        id, its uid (kept when the record has one) and version 1."""
        record = self._validated(model)
        if record.id is not None:
            raise ValueError(f"a new {self.spec.table} record must not have an id ({record.id})")
        with self._db.transaction():
            self._check_references(record)
            return self._store(before=None, record=record)

    def update(self, model: M | dict[str, Any]) -> M:
        """Replace the stored record with the same id; returns it as stored.

        ``model.version`` is the version the change started from (a record read from
        storage carries it): when the stored record has another version, someone else
        changed it meanwhile and ``StaleRecord`` is raised with both; nothing is written.
        """
        record = self._validated(model)
        if record.id is None:
            raise ValueError(f"cannot update a {self.spec.table} record without an id")
        if record.version < 1:
            raise ValueError(
                f"an update of {self.spec.table} id {record.id} must carry the version it "
                "started from (a record read from storage has it)"
            )
        with self._db.transaction():
            before = self._find(record.id)
            if before is None:  # it was stored once (it has a version): deleted meanwhile
                raise self._stale(record, None)
            self._check_references(record)
            return self._store(before=before, record=record)

    def delete(self, record_id: int, *, version: int | None = None) -> None:
        """Delete a record no other record refers to (else ``InUse``).

        With ``version`` (the one the user saw), a record changed since is not deleted
        (``StaleRecord``)."""
        with self._db.transaction():
            before = self.get(record_id)
            if version is not None and version != before.version:
                raise self._stale(before.model_copy(update={"version": version}), before)
            refused = self.in_use(record_id)
            if refused is not None:
                raise refused
            self._store(before=before, record=None)

    def in_use(self, record_id: int) -> InUse | None:
        """Why ``record_id`` cannot be deleted (the records that refer to it), or None:
        what ``delete`` refuses with, asked first (the program says it before it asks
        "Slette …?", instead of asking and then refusing)."""
        users = self._repos._referring(self.spec.table, record_id)
        return InUse(table=self.spec.table, id=record_id, counts=users) if users else None

    def add_fetched(self, records: list[tuple[M, Origin]]) -> list[M]:
        """Records other PCs made, new to this file, stored together (issue 14: a PC's
        first round fetches the whole shared database).

        The same result as ``add`` of each inside ``Repositories.applying(origin)``, one
        after the other: each record validated once by its model (the caller's
        ``model_validate``; ``add`` would validate it again), its references checked as
        ``add`` checks them, the rows written with one ``executemany`` (the ids SQLite
        would give one by one: its next rowid, these tables have no AUTOINCREMENT), their
        history entries (the origin's PC, number, user and time; no outbox row) appended
        with ``append_history_many``. In the caller's transaction; a record must not
        refer to one of the same call (no table refers to itself).
        """
        table = self.spec.table
        stored: list[M] = []
        rows: list[list[Any]] = []
        entries: list[tuple[dict[str, Any], str | None, int | None]] = []
        with self._db.transaction():
            (last,) = self._db.db.conn.execute(
                f"SELECT coalesce(max(id), 0) FROM {table}"
            ).fetchone()
            columns: list[str] = []
            for record, _origin in records:
                if not isinstance(record, self.model) or record.uid is None:
                    raise TypeError(f"{table} take {self.model.__name__} records with a uid")
            self._check_references_many([record for record, _origin in records])
            for offset, (record, origin) in enumerate(records, start=1):
                record = record.model_copy(update={"id": last + offset, "version": 1})
                values = record_json(record)  # once, for the row and the history entry
                row = self.spec.to_row(record, values)
                row["uid"] = str(record.uid)
                columns = list(row)
                rows.append(list(row.values()))
                stored.append(record)
                entry = history_entry(
                    "insert",
                    table,
                    record.id,
                    None,
                    record,
                    user=origin.user,
                    at=origin.at,
                    after_json=values,
                )
                entries.append((entry, origin.pc, origin.change_no))
            if not rows:
                return []
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            try:
                self._db.db.conn.executemany(
                    f"INSERT INTO {table} ({names}) VALUES ({marks})", rows
                )
            except sqlite3.IntegrityError as exc:
                raise StorageError(path=self._db.path, detail=f"{table}: {exc}") from exc
            append_history_many(self._db.db.conn, entries)
        return stored

    def find_uid(self, uid: str) -> M | None:
        """The record with this global id, None when this file has none."""
        found = self._select("uid = ?", [str(uid)])
        return found[0] if found else None

    def _find(self, record_id: int) -> M | None:
        found = self._select("id = ?", [record_id])
        return found[0] if found else None

    def _stale(self, yours: M, stored: M | None) -> StaleRecord:
        last = self._db.db.conn.execute(
            "SELECT user, at FROM history WHERE table_name = ? AND record_id = ?"
            " ORDER BY id DESC LIMIT 1",
            [self.spec.table, yours.id],
        ).fetchone()
        return StaleRecord(
            path=self._db.path,
            table=self.spec.table,
            yours=yours,
            stored=stored,
            changed_by=last[0] if last else "",
            changed_at=datetime.fromisoformat(last[1]) if last else None,
        )

    def _store(self, *, before: M | None, record: M | None) -> M:
        """THE write of a record: its row, its version and its history entry, in the
        transaction the caller holds (every add, update and delete comes here).

        ``before`` None: insert ``record`` (a new uid unless it has one; version 1).
        ``record`` None: delete ``before``. Both: update, when ``record`` started from
        ``before.version`` (else ``StaleRecord``) and changes anything (else nothing is
        written and ``before`` is returned); the version goes up by one.
        """
        table = self.spec.table
        if before is None:
            assert record is not None
            row = self.spec.to_row(record)
            row.pop("id")
            row["uid"] = str(record.uid or uuid4())
            row["version"] = 1
            columns = ", ".join(f'"{c}"' for c in row)
            marks = ", ".join("?" for _ in row)
            cursor = self._write(
                f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values())
            )
            stored = self.get(cursor.lastrowid)
            self._repos._log("insert", table, stored.id, None, stored)
            return stored
        if record is None:
            cursor = self._write(
                f"DELETE FROM {table} WHERE id = ? AND version = ?", [before.id, before.version]
            )
            if cursor.rowcount != 1:
                raise self._stale(before, self._find(before.id))
            self._repos._log("delete", table, before.id, before, None)
            return before
        if record.version != before.version:
            raise self._stale(record, before)
        if record.uid is not None and record.uid != before.uid:
            raise ValueError(f"{table} id {record.id}: the uid of a record never changes")
        row = self.spec.to_row(record)
        row.pop("id")
        old = self.spec.to_row(before)
        old.pop("id")
        row["uid"] = old["uid"]
        if row == old:  # compared as stored text: 0 and 0.00 are different
            return before  # nothing changed: no write, no new version
        row["version"] = before.version + 1
        assignments = ", ".join(f'"{c}" = ?' for c in row)
        cursor = self._write(
            f"UPDATE {table} SET {assignments} WHERE id = ? AND version = ?",
            [*row.values(), before.id, before.version],
        )
        if cursor.rowcount != 1:  # another connection wrote in between
            raise self._stale(record, self._find(before.id))
        stored = self.get(before.id)
        self._repos._log("update", table, stored.id, before, stored)
        return stored


class ContractRepository(Repository[Contract]):
    ORDER = {
        # the stored sort keys order exactly as the NB collation would (codepoints)
        "customer": "cu.name_key",
        "org_number": "cu.org_number",
        "title": "c.title_key",
        "template": "c.template",
        "signed": "c.signed",
        "monthly_fee": "CAST(c.monthly_fee AS REAL)",  # ordering only; values stay TEXT
        "id": "c.id",
    }

    def for_customer(self, customer_id: int) -> list[Contract]:
        return self._select("customer_id = ?", [customer_id])

    @staticmethod
    def _patterns(text: str) -> list[str]:
        """The filter's LIKE patterns (customer name, org number, title), or [] for none."""
        text = text.strip()
        if not text:
            return []
        digits = text.replace(" ", "").replace("\u00a0", "")
        return [_like(text), _like(digits), _like(text)]

    def _filter(self, text: str) -> tuple[str, list[Any]]:
        params = self._patterns(text)
        if not params:
            return "", []
        return (
            "WHERE (cu.name_fold LIKE ? ESCAPE '\\' OR cu.org_number LIKE ? ESCAPE '\\'"
            " OR c.title_fold LIKE ? ESCAPE '\\')",
            params,
        )

    def search(
        self,
        text: str = "",
        *,
        order_by: str = "customer",
        descending: bool = False,
        limit: int = 200,
        offset: int = 0,
    ) -> list[ContractRow]:
        """Contracts whose customer name, org number or title contains ``text`` (any case)."""
        if order_by not in self.ORDER:
            raise ValueError(f"order_by must be one of {', '.join(self.ORDER)}")
        where, params = self._filter(text)
        way = _direction(descending)
        sql = (
            "SELECT c.id, c.customer_id, cu.name, cu.org_number, c.title, c.template,"
            " c.signed, c.monthly_fee FROM contracts c JOIN customers cu ON cu.id = c.customer_id "
            f"{where} ORDER BY {self.ORDER[order_by]} {way}, c.id {way} LIMIT ? OFFSET ?"
        )
        try:
            rows = self._db.db.conn.execute(sql, [*params, limit, offset]).fetchall()
        except sqlite3.Error as exc:
            raise classify(exc, self._db.path) from exc
        return [
            ContractRow(
                id=r[0],
                customer_id=r[1],
                customer_name=r[2],
                org_number=r[3],
                title=r[4],
                template=r[5],
                signed=date.fromisoformat(r[6]),
                monthly_fee=Decimal(r[7]),
            )
            for r in rows
        ]

    def count(self, text: str = "") -> int:
        """How many contracts ``search(text)`` finds, all pages together.

        Counted over the contracts alone, the customers that match looked up once (a
        list of their ids): joined, SQLite walked the customers and looked up each one's
        contracts, which on 100 000 contracts took 4-7x as long (issue 16, bench/run.py
        --scale 10). Every contract has its customer (NOT NULL, a foreign key), so the
        join never dropped a row."""
        params = self._patterns(text)
        sql = "SELECT count(*) FROM contracts c"
        if params:
            sql += (
                " WHERE (c.customer_id IN (SELECT id FROM customers"
                " WHERE name_fold LIKE ? ESCAPE '\\' OR org_number LIKE ? ESCAPE '\\')"
                " OR c.title_fold LIKE ? ESCAPE '\\')"
            )
        try:
            return self._db.db.conn.execute(sql, params).fetchone()[0]
        except sqlite3.Error as exc:
            raise classify(exc, self._db.path) from exc


class IncidentRepository(Repository[Incident]):
    ORDER = {
        "start": "i.start_utc",
        "end": "i.end_utc",
        "cause": "i.cause",
        "contract": "i.contract_id",
        "id": "i.id",
    }

    def _filter(
        self, text: str, contract_id: int | None, causes: Iterable[str] = ()
    ) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if contract_id is not None:
            clauses.append("i.contract_id = ?")
            params.append(contract_id)
        text = text.strip()
        if text:
            # the causes whose shown name contains the text (the list shows names, not keys)
            named = [str(c) for c in causes]
            marks = ", ".join("?" for _ in named)
            clauses.append(
                "(fold(i.description) LIKE ? ESCAPE '\\' OR i.cause LIKE ? ESCAPE '\\'"
                " OR c.title_fold LIKE ? ESCAPE '\\'"
                f" OR c.customer_id IN ({_CUSTOMERS_LIKE})"
                + (f" OR i.cause IN ({marks})" if named else "")
                + ")"
            )
            params += [_like(text)] * 4 + named
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def search(
        self,
        text: str = "",
        *,
        contract_id: int | None = None,
        order_by: str = "start",
        descending: bool = True,
        limit: int = 200,
        offset: int = 0,
        causes: Iterable[str] = (),
    ) -> list[Incident]:
        """Incidents whose description, cause, contract title or customer name contains
        ``text`` (or whose cause is one of ``causes``: those whose shown name matches)."""
        if order_by not in self.ORDER:
            raise ValueError(f"order_by must be one of {', '.join(self.ORDER)}")
        where, params = self._filter(text, contract_id, causes)
        way = _direction(descending)
        sql = (
            "SELECT i.* FROM incidents i JOIN contracts c ON c.id = i.contract_id "
            f"{where} ORDER BY {self.ORDER[order_by]} {way}, i.id {way} LIMIT ? OFFSET ?"
        )
        try:
            cursor = self._db.db.conn.execute(sql, [*params, limit, offset])
            names = tuple(d[0] for d in cursor.description)
            rows = cursor.fetchall()
        except sqlite3.Error as exc:
            raise classify(exc, self._db.path) from exc
        return [self._model(names, row) for row in rows]

    def count(
        self, text: str = "", *, contract_id: int | None = None, causes: Iterable[str] = ()
    ) -> int:
        where, params = self._filter(text, contract_id, causes)
        sql = f"SELECT count(*) FROM incidents i JOIN contracts c ON c.id = i.contract_id {where}"
        return self._db.db.conn.execute(sql, params).fetchone()[0]

    def for_period(self, contract_id: int, start: datetime, end: datetime) -> list[Incident]:
        """What a contract's compensation for ``[start, end)`` needs of its incidents.

        The ones that overlap the period (indexed on contract and start), plus, for each
        service that only incidents outside the period name, one of those: the
        calculator clips incidents to the period itself, so the others change no number,
        but which services are named at all decides how an Office Center contract is
        split into lines. The answer is the same as with every incident of the contract.
        """
        found = self.between(contract_id, start, end)
        named = {i.service_id for i in found if i.service_id is not None}
        rows = self._db.db.conn.execute(
            "SELECT service_id, min(id) FROM incidents WHERE contract_id = ?"
            " AND service_id IS NOT NULL GROUP BY service_id",
            [contract_id],
        ).fetchall()
        extra = [row_id for service_id, row_id in rows if service_id not in named]
        if extra:
            marks = ", ".join("?" for _ in extra)
            found += self._select(f"id IN ({marks})", extra)
        # by instant: Oslo times sort by the clock, ignoring the fold of October's
        # repeated hour (02:15 winter time came after 02:45 summer time)
        return sorted(found, key=lambda i: (to_utc(i.start), i.id or 0))

    def count_open(self) -> int:
        """Incidents still going on (no end), counted in SQL."""
        sql = 'SELECT count(*) FROM incidents WHERE "end" IS NULL'
        return self._db.db.conn.execute(sql).fetchone()[0]

    def between(self, contract_id: int, start: datetime, end: datetime) -> list[Incident]:
        """Incidents of a contract that overlap ``[start, end)`` (still-open ones too)."""
        return self._select(
            "contract_id = ? AND start_utc < ? AND (end_utc IS NULL OR end_utc > ?)",
            [contract_id, _utc(end), _utc(start)],
        )


# Customers whose name contains the filter text (the lists show the customer's name).
_CUSTOMERS_LIKE = "SELECT id FROM customers WHERE fold(name) LIKE ? ESCAPE '\\'"


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


class ContractListRepository(Repository[M]):
    """Records of every contract shown as one long list (complaints, delivery notices):
    filtered, sorted and paged in SQL, with the contract's title for the text filter."""

    #: Sort key -> SQL (``r`` the records, ``c`` their contract).
    ORDER: dict[str, str] = {}
    #: Text columns the filter looks in (case-folded), besides the contract's title.
    TEXT: tuple[str, ...] = ()
    #: Date columns the filter looks in as shown (``15.05.2026``).
    DATES: tuple[str, ...] = ()

    def _filter(self, text: str) -> tuple[str, list[Any]]:
        text = text.strip()
        if not text:
            return "", []
        clauses = ["c.title_fold LIKE ? ESCAPE '\\'", f"c.customer_id IN ({_CUSTOMERS_LIKE})"]
        clauses += [f"fold(r.{name}) LIKE ? ESCAPE '\\'" for name in self.TEXT]
        clauses += [f"strftime('%d.%m.%Y', r.{name}) LIKE ? ESCAPE '\\'" for name in self.DATES]
        return "WHERE (" + " OR ".join(clauses) + ")", [_like(text)] * len(clauses)

    def search(
        self,
        text: str = "",
        *,
        order_by: str = "id",
        descending: bool = True,
        limit: int = 200,
        offset: int = 0,
    ) -> list[M]:
        """Records whose contract title, text or shown date contains ``text`` (any case)."""
        if order_by not in self.ORDER:
            raise ValueError(f"order_by must be one of {', '.join(self.ORDER)}")
        where, params = self._filter(text)
        way = _direction(descending)
        sql = (
            f"SELECT r.* FROM {self.spec.table} r JOIN contracts c ON c.id = r.contract_id "
            f"{where} ORDER BY {self.ORDER[order_by]} {way}, r.id {way} LIMIT ? OFFSET ?"
        )
        try:
            cursor = self._db.db.conn.execute(sql, [*params, limit, offset])
            names = tuple(d[0] for d in cursor.description)
            rows = cursor.fetchall()
        except sqlite3.Error as exc:
            raise classify(exc, self._db.path) from exc
        return [self._model(names, row) for row in rows]

    def count(self, text: str = "") -> int:
        where, params = self._filter(text)
        sql = (
            f"SELECT count(*) FROM {self.spec.table} r JOIN contracts c ON c.id = r.contract_id "
            f"{where}"
        )
        return self._db.db.conn.execute(sql, params).fetchone()[0]


class ComplaintRepository(ContractListRepository[Complaint]):
    ORDER = {
        "complained": "r.complained",
        "contract": "c.title_key",
        "delivered": "r.delivered",
        "id": "r.id",
    }
    TEXT = ("nature",)
    DATES = ("complained", "delivered")


class DeliveryNoticeRepository(ContractListRepository[DeliveryNotice]):
    ORDER = {
        "sent": "r.sent",
        "contract": "c.title_key",
        "part": "r.partial_label",
        "id": "r.id",
    }
    TEXT = ("partial_label",)
    DATES = ("sent",)


class NoteRepository(Repository[Note]):
    def for_customer(self, customer_id: int) -> list[Note]:
        return self._select("customer_id = ?", [customer_id])


class Repositories:
    """Every repository over one open database, with the history of changes."""

    customers: Repository[Customer]
    variants: VariantRepository
    contracts: ContractRepository
    services: Repository[Service]
    incidents: IncidentRepository
    complaints: ComplaintRepository
    deliveries: DeliveryNoticeRepository
    terminations: Repository[Termination]
    checklist: Repository[ChecklistItem]
    notes: NoteRepository
    attachments: Repository[Attachment]
    reminder_acks: Repository[ReminderAck]

    def __init__(
        self,
        database: Database,
        *,
        user: str | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.database = database
        self.user = user or os_user()
        self.clock = clock or oslo_now
        self._origin: Origin | None = None
        from .template_variants import VariantRepository  # a module of its own (issue 11)

        classes: dict[str, type[Repository]] = {
            "variants": VariantRepository,
            "contracts": ContractRepository,
            "incidents": IncidentRepository,
            "complaints": ComplaintRepository,
            "deliveries": DeliveryNoticeRepository,
            "notes": NoteRepository,
        }
        for attribute, table in REPOSITORY_TABLES.items():
            cls = classes.get(attribute, Repository)
            setattr(self, attribute, cls(self, SPECS[table]))
        # the domain knows this database's template variants (contracts' terms need them)
        self.variants.install()

    def share_rows_with(self, other: Repositories) -> Repositories:
        """Read rows through ``other``'s memo of validated records (``Repository._model``)
        and return self: a worker's repositories over a connection of its own, that would
        otherwise validate every row again (1 s of a pass over 20 000 complaints).
        Validation is a pure function of a row's values, whichever connection read them."""
        for attribute in REPOSITORY_TABLES:
            getattr(self, attribute)._cache = getattr(other, attribute)._cache
        return self

    def repository(self, name: str) -> Repository:
        """A repository by attribute name (``deliveries``) or table (``delivery_notices``)."""
        for attribute, table in REPOSITORY_TABLES.items():
            if name in (attribute, table):
                return getattr(self, attribute)
        raise KeyError(name)

    def transaction(self):
        """Group several writes into one transaction (all or nothing)."""
        return self.database.transaction()

    def customer_names(self) -> dict[int, str]:
        """Customer id -> name, as stored (for lists that show names only)."""
        rows = self.database.db.conn.execute("SELECT id, name FROM customers")
        return dict(rows.fetchall())

    def is_empty(self) -> bool:
        """No records and no history."""
        conn = self.database.db.conn
        return all(
            conn.execute(f"SELECT NOT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
            for table in (*SPECS, "history")
        )

    # --- history ---------------------------------------------------------------------

    @contextlib.contextmanager
    def applying(self, origin: Origin) -> Iterator[Repositories]:
        """Writes in this block record a change another PC made (see ``Origin``)."""
        previous, self._origin = self._origin, origin
        try:
            yield self
        finally:
            self._origin = previous

    def note_unchanged(self, table: str, record: Record) -> None:
        """A history entry for a change that arrived but changes nothing here (fields
        this PC has changed since and not yet sent stay on top), so every change is in
        every PC's history once."""
        self._log("update", table, record.id, record, record)

    def note_absent(self, table: str, uid: str) -> None:
        """A history entry for a change that arrived for a record deleted here (its delete
        not yet sent, or the change crossed it): before and after empty, the record's
        last number here. Nothing when this file never had the record."""
        row = self.database.db.conn.execute(
            "SELECT record_id FROM history WHERE table_name = ?"
            " AND json_extract(coalesce(after, before), '$.uid') = ? ORDER BY id DESC LIMIT 1",
            [table, str(uid)],
        ).fetchone()
        if row is not None:
            self._log("update", table, row[0], None, None)

    def _log(
        self, action: str, table: str, record_id: int, before: Record | None, after: Record | None
    ) -> None:
        conn = self.database.db.conn
        origin = self._origin
        if origin is None:
            user, moment = self.user, self.clock()
            if moment.tzinfo is None:
                raise ValueError("the clock must give an aware datetime")
            # Issue 14: the same transaction queues the change for the shared server.
            change_no = outbox.record_change(
                conn, action=action, table=table, before=before, after=after, user=user, at=moment
            )
            pc = outbox.replica_id(conn) if change_no is not None else None
        else:
            user, moment, pc, change_no = origin.user, origin.at, origin.pc, origin.change_no
        append_history(
            conn,
            history_entry(action, table, record_id, before, after, user=user, at=moment),
            origin_pc=pc,
            origin_change=change_no,
        )

    def history(self, table: str, record_id: int) -> list[HistoryEntry]:
        """Every change of one record, oldest first."""
        sql_table = REPOSITORY_TABLES.get(table, table)
        rows = self.database.db.conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM history"
            " WHERE table_name = ? AND record_id = ? ORDER BY id",
            [sql_table, record_id],
        ).fetchall()
        return [_history_entry(row) for row in rows]

    def contract_history(self, contract_id: int) -> list[HistoryEntry]:
        """Every change of a contract and of the records that belong to it, oldest first.

        A record belongs to the contract when its ``contract_id`` (before or after the
        change) is the contract's id; a record moved to another contract shows in both.
        """
        rows = self.database.db.conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM history"
            " WHERE (table_name = 'contracts' AND record_id = ?)"
            " OR json_extract(after, '$.contract_id') = ?"
            " OR json_extract(before, '$.contract_id') = ?"
            " ORDER BY id",
            [contract_id, contract_id, contract_id],
        ).fetchall()
        return [_history_entry(row) for row in rows]

    def all_history(self) -> list[HistoryEntry]:
        rows = self.database.db.conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM history ORDER BY id"
        ).fetchall()
        return [_history_entry(row) for row in rows]

    def _referring(self, table: str, record_id: int) -> dict[str, int]:
        """Tables with records that refer to ``table``'s record ``record_id``, and how many."""
        conn = self.database.db.conn
        found: dict[str, int] = {}
        for spec in SPECS.values():
            for name, parent in spec.references.items():
                if parent != table:
                    continue
                (n,) = conn.execute(
                    f"SELECT count(*) FROM {spec.table} WHERE {name} = ?", [record_id]
                ).fetchone()
                if n:
                    found[spec.table] = found.get(spec.table, 0) + n
        return found


def history_entry(
    action: str,
    table: str,
    record_id: int,
    before: Record | None,
    after: Record | None,
    *,
    user: str,
    at: datetime,
    after_json: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The covered columns of one history entry (but ``id``), as ``_log`` writes them.

    ``after_json``: ``record_json(after)``, when the caller has it already."""
    if after is not None and after_json is None:
        after_json = record_json(after)
    return {
        "uid": str(uuid4()),
        "at": at.astimezone(OSLO).isoformat(),
        "user": user,
        "action": action,
        "table_name": table,
        "record_id": record_id,
        "before": None if before is None else dumps(record_json(before)),
        "after": None if after is None else dumps_plain(after_json),
    }


def append_history(
    conn: sqlite3.Connection,
    entry: dict[str, Any],
    *,
    origin_pc: str | None = None,
    origin_change: int | None = None,
) -> int:
    """Append one entry to the history, chained to the last one (``storage.chain``).

    ``entry`` has the covered columns but ``id``; returns the new id. Call it inside the
    write's transaction (the chain's end is read and extended under its lock).
    ``origin_pc``/``origin_change`` (issue 14: which PC's change, its number there) are
    stored beside the entry; the hash does not cover them (CHAIN_FORMAT 1 is fixed).
    """
    return append_history_many(conn, [(entry, origin_pc, origin_change)])[-1]


def append_history_many(
    conn: sqlite3.Connection, entries: list[tuple[dict[str, Any], str | None, int | None]]
) -> list[int]:
    """``append_history`` for several entries in order (``(entry, origin_pc,
    origin_change)``): the chain's end read once, each hash over the one before, the rows
    written with one ``executemany`` and the head once (a PC's first round, issue 14)."""
    last = conn.execute("SELECT id, hash FROM history ORDER BY id DESC LIMIT 1").fetchone()
    prev = last[1] if last and last[1] else None
    if prev is None:  # the first chained entry links to the seal of those before it
        found = conn.execute("SELECT value FROM meta WHERE key = 'history_seal'").fetchone()
        prev = found[0] if found else GENESIS
    next_id = (last[0] + 1) if last else 1
    rows = []
    for entry, origin_pc, origin_change in entries:
        row = {**entry, "id": next_id}
        row["prev_hash"], row["hash"] = prev, entry_hash(prev, row)
        rows.append({**row, "origin_pc": origin_pc, "origin_change": origin_change})
        prev, next_id = row["hash"], next_id + 1
    if not rows:
        return []
    conn.executemany(
        "INSERT INTO history (id, uid, at, user, action, table_name, record_id, before, after,"
        " prev_hash, hash, origin_pc, origin_change) VALUES (:id, :uid, :at, :user, :action,"
        " :table_name, :record_id, :before, :after, :prev_hash, :hash, :origin_pc,"
        " :origin_change)",
        rows,
    )
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('history_head', ?)",
        [f"{rows[-1]['id']}:{rows[-1]['hash']}"],
    )
    return [row["id"] for row in rows]


def _history_entry(row: tuple) -> HistoryEntry:
    return HistoryEntry(
        id=row[0],
        when=datetime.fromisoformat(row[1]),
        user=row[2],
        action=row[3],
        table=row[4],
        record_id=row[5],
        before=None if row[6] is None else json.loads(row[6]),
        after=None if row[7] is None else json.loads(row[7]),
        pc=row[8],
        pc_name=row[9] or "",
    )
