"""The outbox: every local change of a record, as the shared server will be told it.

Written by the repositories' one write function in the same transaction as the record
and its history entry (issue 14 item 2), so a crash can never lose a change that sync
has not sent. A row is the change in the server's terms: the record's ``uid``, the
fields it changed with their values before (the value the user started from) and after,
references to other records as *their* uids (local ids differ between PCs), the
record's parents (for the server's delete checks), who and when. ``change_no``
(AUTOINCREMENT: never reused) numbers the changes of this file; the server applies each
(PC, change number) once.

``app.sync`` reads and clears it; storage never talks to a server.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import datetime
from typing import Any

from app.domain.records import Record

from .codec import SPECS, TableSpec, dumps_plain, record_json

#: Tables whose records are shared (every record table; parents before children).
SHARED_TABLES: tuple[str, ...] = tuple(SPECS)
#: The letters log (append-only, issue 14 item 4): shared as inserts, never conflicting.
LETTERS = "letters"
#: Fields that are this file's own and never shared: the readable number, the identity
#: (the key of the change itself) and the local write counter.
LOCAL_FIELDS = frozenset({"id", "uid", "version"})


def uid_of(conn: sqlite3.Connection, table: str, record_id: int | None) -> str | None:
    if record_id is None:
        return None
    row = conn.execute(f"SELECT uid FROM {table} WHERE id = ?", [record_id]).fetchone()
    if row is None:
        raise LookupError(f"{table} id {record_id} has no uid")
    return row[0]


def id_of(conn: sqlite3.Connection, table: str, uid: str | None) -> int | None:
    if uid is None:
        return None
    row = conn.execute(f"SELECT id FROM {table} WHERE uid = ?", [uid]).fetchone()
    if row is None:
        raise LookupError(f"{table} uid {uid} is not in this file")
    return row[0]


def wire_fields(
    conn: sqlite3.Connection,
    spec: TableSpec,
    record: Record,
    uids: dict[tuple[str, int], str] | None = None,
    values: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The record's shared fields as JSON values, references as the parents' uids.

    ``uids``: uids already looked up, by (table, id), for as long as the caller's
    transaction lasts. ``values``: ``record_json(record)``, when the caller has it
    (not changed here)."""
    data = dict(values) if values is not None else record_json(record)
    for name in LOCAL_FIELDS:
        data.pop(name, None)
    for name, parent in spec.references.items():
        data[name] = _looked_up(uids, uid_of, conn, parent, data.get(name))
    return data


def local_fields(
    conn: sqlite3.Connection,
    spec: TableSpec,
    data: dict[str, Any],
    known: dict[tuple[str, str], int] | None = None,
) -> dict[str, Any]:
    """``wire_fields`` back: references as this file's ids (raises ``LookupError``).

    ``known``: ids already looked up, by (table, uid), kept while the caller's
    transaction lasts (a record's id never changes)."""
    local = dict(data)
    for name, parent in spec.references.items():
        if name in local:  # (a single field's value, as a conflict resolves, has no others)
            local[name] = _looked_up(known, id_of, conn, parent, local[name])
    return local


def _looked_up(
    cache: dict[tuple[str, Any], Any] | None,
    lookup: Any,
    conn: sqlite3.Connection,
    table: str,
    key: Any,
) -> Any:
    """``lookup(conn, table, key)`` (``uid_of``, ``id_of``), kept in ``cache`` by
    (table, key) when there is one (None and a None key: asked each time)."""
    if cache is None or key is None:
        return lookup(conn, table, key)
    found = cache.get((table, key))
    if found is None:
        found = cache[(table, key)] = lookup(conn, table, key)
    return found


def parents_of(spec: TableSpec, data: dict[str, Any]) -> list[list[str]]:
    return [[parent, data[name]] for name, parent in spec.references.items() if data.get(name)]


def digest(change: dict[str, Any]) -> str:
    """A fingerprint of a change's content (the server tells a retry from a new change)."""
    keys = ("table", "uid", "action", "old", "new", "conflict")
    text = json.dumps({k: change.get(k) for k in keys}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def record_change(
    conn: sqlite3.Connection,
    *,
    action: str,
    table: str,
    before: Record | None,
    after: Record | None,
    user: str,
    at: datetime,
) -> int | None:
    """Queue one change of a shared record; returns its change number (None: nothing
    to share, e.g. an update that changed no shared field)."""
    if table not in SPECS:
        return None
    spec = SPECS[table]
    old = wire_fields(conn, spec, before) if before is not None else {}
    new = wire_fields(conn, spec, after) if after is not None else {}
    if action == "update":
        changed = [k for k in new if new[k] != old.get(k)]
        if not changed:
            return None
        old = {k: old.get(k) for k in changed}
        new = {k: new[k] for k in changed}
        parents = parents_of(spec, wire_fields(conn, spec, after))
    elif action == "insert":
        parents = parents_of(spec, new)
    else:  # delete: the whole record as the user saw it (the server checks nothing changed)
        parents = []
    record = after if after is not None else before
    assert record is not None and record.uid is not None
    return _insert(
        conn,
        table=table,
        uid=str(record.uid),
        action=action,
        old=old,
        new=new,
        parents=parents,
        user=user,
        at=at,
    )


def letter_wire(conn: sqlite3.Connection, row: dict[str, Any]) -> dict[str, Any]:
    """A letters log row as the server holds it: the record and contract by uid (a
    record no longer in this file: None, the letter still travels)."""

    def uid_or_none(table: str, record_id: int | None) -> str | None:
        try:
            return uid_of(conn, table, record_id)
        except (LookupError, sqlite3.OperationalError):
            return None

    return {
        "kind": row["kind"],
        "record_table": row["table_name"],
        "record": uid_or_none(row["table_name"], row["record_id"]),
        "contract": uid_or_none("contracts", row["contract_id"]),
        "produced_at": row["produced_at"],
        "lang": row["lang"],
        "path": row["path"],
        "user": row["user"],
    }


def record_letter(conn: sqlite3.Connection, row: dict[str, Any], *, initial: bool = False) -> int:
    """Queue a letter logged here (in the transaction that logs it). No parents: a
    letter never keeps its record from being deleted."""
    return _insert(
        conn,
        table=LETTERS,
        uid=row["uid"],
        action="insert",
        old={},
        new=letter_wire(conn, row),
        parents=[],
        user=row["user"],
        at=datetime.fromisoformat(row["produced_at"]),
        initial=initial,
    )


def record_resolution(
    conn: sqlite3.Connection, *, conflict: int, table: str, uid: str, user: str, at: datetime
) -> int:
    """Queue that a conflict was resolved (after the edit that resolves it, if any)."""
    return _insert(
        conn,
        table=table,
        uid=uid,
        action="resolve",
        old={},
        new={},
        parents=[],
        user=user,
        at=at,
        conflict=conflict,
    )


def record_initial(
    conn: sqlite3.Connection,
    *,
    table: str,
    uid: str,
    state: dict[str, Any],
    user: str,
    at: datetime,
) -> int:
    """Queue a record as its first server should get it (it is older than the outbox)."""
    spec = SPECS[table]
    return _insert(
        conn,
        table=table,
        uid=uid,
        action="insert",
        old={},
        new=state,
        parents=parents_of(spec, state),
        user=user,
        at=at,
        initial=True,
    )


def record_initials(
    conn: sqlite3.Connection,
    items: list[tuple[str, str, dict[str, Any]]],
    *,
    user: str,
    at: datetime,
) -> list[int]:
    """``record_initial`` for several records ``(table, uid, state)`` in order, written
    with one ``executemany`` (a PC joining its first server, issue 14); returns their
    change numbers, the ones AUTOINCREMENT would give one by one."""
    (last,) = conn.execute(
        "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0),"
        " coalesce((SELECT max(change_no) FROM outbox), 0))"
    ).fetchone()
    rows = []
    for offset, (table, uid, state) in enumerate(items, start=1):
        row = _row(
            table=table,
            uid=uid,
            action="insert",
            old={},
            new=state,
            parents=parents_of(SPECS[table], state),
            user=user,
            at=at,
            initial=True,
        )
        rows.append([last + offset, *row])
    conn.executemany(f"INSERT INTO outbox (change_no, {_COLUMNS}) VALUES (?, {_MARKS})", rows)
    return [row[0] for row in rows]


_COLUMNS = "table_name, uid, action, old, new, parents, at, user, conflict, digest, initial"
_MARKS = ", ".join("?" for _ in _COLUMNS.split(","))


def _row(*, conflict: int | None = None, initial: bool = False, **change: Any) -> list[Any]:
    wire = {k: change[k] for k in ("table", "uid", "action", "old", "new")} | {"conflict": conflict}
    return [
        change["table"],
        change["uid"],
        change["action"],
        # JSON values already (``digest`` below takes them as they are too)
        dumps_plain(change["old"]),
        dumps_plain(change["new"]),
        dumps_plain(change["parents"]),
        change["at"].isoformat(),
        change["user"],
        conflict,
        digest(wire),
        int(initial),
    ]


def _insert(
    conn: sqlite3.Connection, *, conflict: int | None = None, initial: bool = False, **change: Any
) -> int:
    cursor = conn.execute(
        f"INSERT INTO outbox ({_COLUMNS}) VALUES ({_MARKS})",
        _row(conflict=conflict, initial=initial, **change),
    )
    return cursor.lastrowid  # type: ignore[return-value]


def replica_id(conn: sqlite3.Connection) -> str:
    """This file's id as a PC: the database identity, or the one it took after being
    restored from a backup (``sync_state.pc``)."""
    row = conn.execute("SELECT value FROM sync_state WHERE key = 'pc'").fetchone()
    if row:
        return row[0]
    return conn.execute("SELECT value FROM meta WHERE key = 'database_id'").fetchone()[0]


def pending_count(conn: sqlite3.Connection) -> int:
    """Changes not yet taken by the server."""
    return conn.execute("SELECT count(*) FROM outbox WHERE seq IS NULL").fetchone()[0]
