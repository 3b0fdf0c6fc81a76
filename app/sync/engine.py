"""One sync round: push the outbox, pull the change log, apply it to this file.

``sync_round(repos, url)``:

1. ``hello``: the server checks this program's data format (an older program is
   refused, its changes stay queued) and tells how many of this PC's changes it holds.
2. The first round with a server (or a file restored from a backup, see ``_check_sent``)
   joins: the queue becomes one insert per record, so the server gets everything.
3. **Push**: every queued change, oldest first, in one PostgreSQL transaction (chunks of
   ``PUSH_CHUNK`` per call). The answers (log position, conflicts) are stored only
   after the server committed; a reply lost on the way is sent again next time and the
   server answers it from its log (each change is applied once).
4. **Pull**: the log after this file's position, a page per SQLite transaction (records,
   history entries, conflicts and the new position together, so a crash re-reads the
   page at most). A row is applied as the record's state on the server, except the
   fields this PC changed and the server has not yet confirmed (they stay on top, and
   go to the server next push, merged there against their starting value). Each change
   from another PC becomes one history entry here, with that PC, its user and time.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

from app.domain.periods import OSLO
from app.domain.records import Record
from app.storage.codec import SPECS, record_json
from app.storage.database import rows_in
from app.storage.errors import InUse
from app.storage.migrations import SCHEMA_VERSION
from app.storage.outbox import (
    LETTERS,
    id_of,
    local_fields,
    record_initials,
    record_letter,
    wire_fields,
)
from app.storage.repositories import (
    Origin,
    Repositories,
    append_history_many,
    history_entry,
)
from app.storage.users import computer_name

from . import documents
from .connection import ServerError, connect, split_url

PUSH_CHUNK = 2000
PULL_PAGE = 5000
#: Records new to this file stored together (``Replica._add_new``) at most.
BULK = 5000
#: Tables whose records are never stored in bulk: a template variant's repository
#: installs the variants in the domain on every write (contracts' terms need them).
NOT_IN_BULK = frozenset({"template_variants"})
#: SQLite's page cache during a first round, KiB (its default is 2 000).
FIRST_ROUND_CACHE_KIB = 64 * 1024
#: How often a PC asks the server to drop the tombstones every PC has read past.
PURGE_EVERY = timedelta(hours=24)


@dataclass(frozen=True)
class RoundResult:
    pushed: int
    pulled: int
    conflicts: int  # open conflicts on this PC after the round
    at: datetime
    #: The tables whose records changed here by what was pulled (pages to refresh).
    tables: frozenset[str] = frozenset()

    def as_json(self) -> dict[str, int]:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts}


class SyncError(Exception):
    """The server's log could not be applied here (a bug or a damaged log): nothing of the
    page was applied; the round can be retried."""


def _rows(cursor: sqlite3.Cursor) -> Iterator[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


class Replica:
    """This file's side of sharing: its PC id, log position, queue and conflicts."""

    def __init__(self, repos: Repositories) -> None:
        self.repos = repos
        self.conn: sqlite3.Connection = repos.database.db.conn
        self._pc_names: dict[str, str] = {}  # sync_pcs rows written by this object
        self._me: tuple[str, int] | None = None  # (pc, pushed_upto) while a page is applied
        self._ids: dict[tuple[str, str], int] = {}  # parents' ids, while a page is applied

    # --- state ---------------------------------------------------------------------------

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def name(self) -> str:
        """This PC's name in other PCs' histories: the one set ("Navn på denne PC-en"),
        else the computer's."""
        return self.get("pc_name") or computer_name()

    def put(self, key: str, value: object) -> None:
        self.conn.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, str(value)],
        )

    @property
    def pc(self) -> str:
        """The PC id: the database's identity, unless this file became a new replica."""
        found = self.get("pc")
        if found:
            return found
        (database_id,) = self.conn.execute(
            "SELECT value FROM meta WHERE key = 'database_id'"
        ).fetchone()
        return database_id

    @property
    def position(self) -> int:
        return int(self.get("position", "0") or 0)

    @property
    def pushed_upto(self) -> int:
        return int(self.get("pushed_upto", "0") or 0)

    def server_url(self) -> str | None:
        return self.get("url")

    def last_sync(self) -> datetime | None:
        text = self.get("last_sync")
        return datetime.fromisoformat(text) if text else None

    def pending(self) -> int:
        return self.conn.execute("SELECT count(*) FROM outbox WHERE seq IS NULL").fetchone()[0]

    def open_conflicts(self) -> int:
        return self.conn.execute(
            "SELECT count(*) FROM sync_conflicts WHERE resolved_seq IS NULL"
        ).fetchone()[0]

    # --- joining -------------------------------------------------------------------------

    def join(self) -> int:
        """Make the queue complete for a server that has nothing of this file yet.

        Every change queued since the outbox exists stays (each has its history entry);
        a record older than the outbox gets an initial insert with its state before its
        first queued change, sent first. Queued changes of a record deleted before it was
        ever shared are dropped (there is nothing to share). Each initial insert gets an
        entry in this file's history ("shared"), so every change on the server is in every
        PC's history once.
        """
        at = datetime.now(OSLO)
        queued = 0
        with self.repos.transaction():
            self.conn.execute("UPDATE outbox SET seq = NULL, conflicted = '[]'")
            self.conn.execute("DELETE FROM outbox WHERE initial = 1")
            rows: dict[tuple[str, str], list[dict[str, Any]]] = {}
            for row in _rows(
                self.conn.execute(
                    "SELECT change_no, table_name, uid, action, old FROM outbox ORDER BY change_no"
                )
            ):
                rows.setdefault((row["table_name"], row["uid"]), []).append(row)
            live: set[tuple[str, str]] = set()
            pc, user = self.pc, self.repos.user
            uids: dict[tuple[str, int], str] = {}  # parents' uids, looked up once
            for table in SPECS:
                spec = SPECS[table]
                waiting: list[tuple[Record, dict[str, Any], dict[str, Any]]] = []
                for record in self.repos.repository(table).all():
                    key = (table, str(record.uid))
                    live.add(key)
                    changes = rows.get(key, [])
                    if changes and changes[0]["action"] == "insert":
                        continue
                    values = record_json(record)  # once, for the queue and the history
                    state = wire_fields(self.conn, spec, record, uids, values)
                    for change in reversed(changes):
                        state.update(json.loads(change["old"]))
                    waiting.append((record, values, state))
                    if len(waiting) >= BULK:
                        queued += self._share(table, waiting, pc=pc, user=user, at=at)
                        waiting = []
                queued += self._share(table, waiting, pc=pc, user=user, at=at)
            # the letters log: every letter not yet queued goes as an insert
            for letter in _rows(
                self.conn.execute(
                    "SELECT uid, kind, table_name, record_id, contract_id, produced_at, lang,"
                    " path, user FROM letters ORDER BY id"
                )
            ):
                if (LETTERS, letter["uid"]) not in rows:
                    record_letter(self.conn, letter, initial=True)
                    queued += 1
            for key, changes in rows.items():
                if key[0] == LETTERS:
                    continue
                if key not in live and changes[0]["action"] != "insert":
                    self.conn.execute(
                        "DELETE FROM outbox WHERE table_name = ? AND uid = ?", list(key)
                    )
            self.put("joined", "1")
        return queued

    def _share(
        self,
        table: str,
        waiting: list[tuple[Record, dict[str, Any], dict[str, Any]]],
        *,
        pc: str,
        user: str,
        at: datetime,
    ) -> int:
        """Initial inserts of records older than the outbox, each with its history entry
        ("shared": before and after the record, as ``note_unchanged`` writes it), the
        rows of each written together (``record_initials``, ``append_history_many``).
        ``waiting``: (record, its ``record_json``, the state to send)."""
        if not waiting:
            return 0
        numbers = record_initials(
            self.conn,
            [(table, str(record.uid), state) for record, _values, state in waiting],
            user=user,
            at=at,
        )
        entries = []
        for (record, values, _state), change_no in zip(waiting, numbers, strict=True):
            entry = history_entry(
                "update", table, record.id, None, record, user=user, at=at, after_json=values
            )
            entry["before"] = entry["after"]  # note_unchanged: the record before and after
            entries.append((entry, pc, change_no))
        append_history_many(self.conn, entries)
        return len(waiting)

    # --- push ----------------------------------------------------------------------------

    def queued(self) -> list[dict[str, Any]]:
        """The queued changes, in the order they are sent. ``old``, ``new`` and
        ``parents`` are the outbox's JSON text, sent as it is stored (``push_text``):
        a first sync queues every record, and parsing each only to write it again cost
        as much as the rest of the push here."""
        cursor = self.conn.execute(
            "SELECT change_no, table_name, uid, action, old, new, parents, at, user, conflict,"
            " digest FROM outbox WHERE seq IS NULL ORDER BY initial DESC, change_no"
        )
        return [
            {
                "no": r["change_no"],
                "table": r["table_name"],
                "uid": r["uid"],
                "action": r["action"],
                "old": r["old"],
                "new": r["new"],
                "parents": r["parents"],
                "at": r["at"],
                "user": r["user"],
                "conflict": r["conflict"],
                "digest": r["digest"],
            }
            for r in _rows(cursor)
        ]

    def took(self, results: list[dict[str, Any]]) -> None:
        """The server's answers to a push it committed: positions and conflicts."""
        with self.repos.transaction():
            upto = self.pushed_upto
            answers = []
            for result in results:
                lost = [c["field"] for c in result["conflicts"] if c.get("field")]
                answers.append([result["seq"], json.dumps(lost), result["no"]])
                for conflict in result["conflicts"]:
                    self.keep_conflict(conflict)
                upto = max(upto, int(result["no"]))
            self.conn.executemany(
                "UPDATE outbox SET seq = ?, conflicted = ? WHERE change_no = ?", answers
            )
            self.put("pushed_upto", upto)

    # --- pull ----------------------------------------------------------------------------

    def keep_conflict(self, c: dict[str, Any]) -> None:
        columns = (
            "id", "tbl", "uid", "field", "kind", "base", "theirs", "theirs_pc", "theirs_user",
            "theirs_at", "mine", "mine_pc", "mine_user", "mine_at", "opened_seq",
            "resolved_seq", "resolved_pc", "resolved_user",
        )  # fmt: skip
        values = [
            json.dumps(c.get(k)) if k in ("base", "theirs", "mine") else c.get(k) for k in columns
        ]
        marks = ", ".join("?" for _ in columns)
        updates = ", ".join(f"{k} = excluded.{k}" for k in columns[1:])
        self.conn.execute(
            f"INSERT INTO sync_conflicts ({', '.join(columns)}) VALUES ({marks})"
            f" ON CONFLICT (id) DO UPDATE SET {updates}",
            values,
        )

    def _pending_fields(self, table: str, uid: str, seq: int) -> tuple[set[str], bool]:
        """Fields of this record changed here and not yet confirmed by the log at ``seq``
        (minus those the server already kept its own value for), and whether a delete of
        it is pending."""
        fields: set[str] = set()
        deleting = False
        for new, conflicted, action in self.conn.execute(
            "SELECT new, conflicted, action FROM outbox WHERE table_name = ? AND uid = ?"
            " AND (seq IS NULL OR seq > ?)",
            [table, uid, seq],
        ):
            if action == "delete":
                deleting = True
            fields |= set(json.loads(new)) - set(json.loads(conflicted))
        return fields, deleting

    def _note_pc(self, row: dict[str, Any]) -> None:
        """The name of the PC a log row came from (once per name and page)."""
        name = row.get("pc_name")
        if name is None or self._pc_names.get(row["pc"]) == name:
            return
        self.conn.execute(
            "INSERT INTO sync_pcs (pc, name) VALUES (?, ?)"
            " ON CONFLICT (pc) DO UPDATE SET name = excluded.name",
            [row["pc"], name],
        )
        self._pc_names[row["pc"]] = name

    def _origin(self, row: dict[str, Any]) -> Origin:
        # this PC and how far it pushed: read once a page (neither changes in a pull)
        if self._me is None:
            self._me = (self.pc, self.pushed_upto)
        me, pushed = self._me
        own = row["pc"] == me
        change_no = row["change_no"] if not own or row["change_no"] > pushed else None
        return Origin(
            pc=row["pc"],
            change_no=change_no,
            user=row["os_user"] or row["login"],
            at=datetime.fromisoformat(row["at"]).astimezone(OSLO),
        )

    def _new_here(self, rows: list[dict[str, Any]]) -> set[int]:
        """The rows of a page that bring a record new to this file: the first row of its
        uid in the page, not a delete, no conflict in it, no record of that uid here and
        nothing of it in the outbox. Applying such a row is adding the record as the
        server has it (``apply`` would come to ``repo.add``), so they go together
        (``Repository.add_fetched``). Every other row (a record this PC has, or has
        changed or deleted and not yet sent) goes through ``apply``'s merge."""
        candidates: dict[tuple[str, str], int] = {}
        seen: set[tuple[str, str]] = set()
        for index, row in enumerate(rows):
            key = (row["tbl"], row["uid"])
            if key in seen:
                continue
            seen.add(key)
            if (
                row["tbl"] in SPECS
                and row["tbl"] not in NOT_IN_BULK
                and row["action"] != "resolve"
                and not row["deleted"]
                and not row["conflicts"]
                and row.get("data") is not None
            ):
                candidates[key] = index
        by_table: dict[str, list[str]] = {}
        for table, uid in candidates:
            by_table.setdefault(table, []).append(uid)
        known: set[tuple[str, str]] = set()
        for table, uids in by_table.items():
            for source in (
                f"SELECT uid FROM {table} WHERE uid IN ({{marks}})",
                f"SELECT uid FROM outbox WHERE table_name = '{table}' AND uid IN ({{marks}})",
            ):
                known.update((table, uid) for (uid,) in rows_in(self.conn, source, uids))
        return {index for key, index in candidates.items() if key not in known}

    def _add_new(self, rows: list[dict[str, Any]]) -> None:
        """Rows of one table that ``_new_here`` chose: validated once, stored together."""
        if not rows:
            return
        table = rows[0]["tbl"]
        spec = SPECS[table]
        records = []
        for row in rows:
            self._note_pc(row)
            try:
                fields = local_fields(self.conn, spec, row["data"], self._ids)
            except LookupError as exc:
                raise SyncError(f"log row {row['seq']}: {exc}") from exc
            record = spec.model.model_validate({**fields, "uid": row["uid"]})
            records.append((record, self._origin(row)))
        self.repos.repository(table).add_fetched(records)

    def apply(self, row: dict[str, Any]) -> None:
        """One log row, inside the caller's transaction."""
        for conflict in row["conflicts"]:
            self.keep_conflict(conflict)
        self._note_pc(row)
        table, uid = row["tbl"], row["uid"]
        if table == LETTERS:
            if row["action"] == "insert" and not row["deleted"]:
                self.add_letter(uid, row["data"])
            return
        if row["action"] == "resolve" or table not in SPECS:
            return
        origin = self._origin(row)
        spec = SPECS[table]
        repo = self.repos.repository(table)
        local = repo.find_uid(uid)
        pending, deleting = self._pending_fields(table, uid, row["seq"])
        with self.repos.applying(origin):
            if row["deleted"]:
                if local is not None and not pending:
                    try:
                        repo.delete(local.id)
                        return
                    except InUse:  # a child made here is on its way: the server keeps both
                        pass
                if origin.change_no is not None:
                    if local is not None:
                        self.repos.note_unchanged(table, local)
                    else:
                        self.repos.note_absent(table, uid)
                return
            if deleting and local is None:
                # deleted here, not yet sent: the server decides when the delete arrives
                if origin.change_no is not None:
                    self.repos.note_absent(table, uid)
                return
            try:
                fields = local_fields(self.conn, spec, row["data"])
            except LookupError as exc:
                raise SyncError(f"log row {row['seq']}: {exc}") from exc
            if local is None:
                repo.add(spec.model.model_validate({**fields, "uid": uid}))
                return
            current = record_json(local)
            merged = current | {k: v for k, v in fields.items() if k not in pending}
            if merged != current:
                repo.update(merged)
            elif origin.change_no is not None:
                self.repos.note_unchanged(table, local)

    def add_letter(self, uid: str, data: dict[str, Any]) -> None:
        """A letter another PC logged (once: the log is append-only). Its record and
        contract by this file's ids; a record deleted here keeps its last number here."""
        if self.conn.execute("SELECT 1 FROM letters WHERE uid = ?", [uid]).fetchone():
            return

        def local(table: str, record_uid: str | None) -> int | None:
            if record_uid is None or table not in SPECS:
                return None
            try:
                return id_of(self.conn, table, record_uid)
            except LookupError:
                found = self.conn.execute(
                    "SELECT record_id FROM history WHERE table_name = ? AND"
                    " json_extract(coalesce(after, before), '$.uid') = ?"
                    " ORDER BY id DESC LIMIT 1",
                    [table, record_uid],
                ).fetchone()
                return found[0] if found else None

        record_id = local(data["record_table"], data.get("record"))
        self.conn.execute(
            "INSERT INTO letters (uid, kind, table_name, record_id, contract_id, produced_at,"
            " lang, path, user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                uid,
                data["kind"],
                data["record_table"],
                record_id if record_id is not None else 0,
                local("contracts", data.get("contract")),
                data["produced_at"],
                data["lang"],
                data.get("path", ""),
                data.get("user", ""),
            ],
        )

    def pulled(self, rows: list[dict[str, Any]], upto: int) -> set[str]:
        """A page of the log: applied, and the position moved, in one transaction;
        returns the tables it touched here (``history`` and ``sync_conflicts`` included)."""
        touched: set[str] = set()
        self._pc_names = {}  # (a page rolled back wrote none of them)
        self._ids = {}  # parents' ids, for this page's records
        try:
            with self.repos.transaction():
                new = self._new_here(rows)
                batch: list[dict[str, Any]] = []
                for index, row in enumerate(rows):
                    # in the log's order: a batch is stored before any other row is applied
                    if index in new:
                        if batch and (batch[0]["tbl"] != row["tbl"] or len(batch) >= BULK):
                            self._add_new(batch)
                            batch = []
                        batch.append(row)
                    else:
                        self._add_new(batch)
                        batch = []
                        self._ids.clear()  # (a row applied one by one may delete a parent)
                        self.apply(row)
                    if row["conflicts"]:
                        touched.add("sync_conflicts")
                    if row["tbl"] == LETTERS:
                        touched.add(LETTERS)
                    elif row["tbl"] in SPECS and row["action"] != "resolve":
                        touched |= {row["tbl"], "history"}
                self._add_new(batch)
                self.put("position", upto)
                self.conn.execute("DELETE FROM outbox WHERE seq IS NOT NULL AND seq <= ?", [upto])
        finally:
            self._me = None  # (read again by the next page: a push may come between)
        return touched

    # --- a restored backup ---------------------------------------------------------------

    def become_new_replica(self) -> None:
        """This file is behind what the server holds of it (restored from a backup, or a
        copy): it continues as a new PC, re-reads the log and sends its queue again
        (values already on the server change nothing there: merges compare values)."""
        with self.repos.transaction():
            self.put("pc", str(uuid.uuid4()))
            self.put("position", 0)
            self.put("pushed_upto", 0)
            self.conn.execute("UPDATE outbox SET seq = NULL, conflicted = '[]'")


def conn_cache_size(conn: sqlite3.Connection, value: int) -> int:
    """``PRAGMA cache_size = value`` (pages when positive, -KiB when negative); returns
    the value it had, to set back."""
    (before,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = {int(value)}")
    return before


def push_text(changes: list[dict[str, Any]]) -> str:
    """``changes`` (``Replica.queued``) as the JSON array ``push`` takes: the stored JSON
    texts inserted as they are, the other values encoded."""
    text = encode_basestring  # (JSON string literals, as json.dumps writes them)
    return (
        "["
        + ",".join(
            f'{{"no":{int(c["no"])},"table":{text(c["table"])},"uid":{text(c["uid"])},'
            f'"action":{text(c["action"])},"old":{c["old"]},"new":{c["new"]},'
            f'"parents":{c["parents"]},"at":{text(c["at"])},"user":{text(c["user"])},'
            f'"conflict":{json.dumps(c["conflict"])},"digest":{text(c["digest"])}}}'
            for c in changes
        )
        + "]"
    )


def _check_sent(replica: Replica, pg: Any, known_by_server: int) -> None:
    """The server holds more of this PC's changes than this file knows it sent: either
    replies were lost (the same changes are queued: they are sent again, harmlessly) or
    the file was restored from a backup (its new changes reuse numbers the server has)."""
    if known_by_server <= replica.pushed_upto:
        return
    sent = pg.execute(
        "SELECT avtalevakt.sent_changes(%s, %s)", [replica.pc, replica.pushed_upto]
    ).fetchone()[0]
    queued = {str(c["no"]): c["digest"] for c in replica.queued()}
    if any(queued.get(no) != digest for no, digest in sent.items()):
        replica.become_new_replica()


@dataclass(frozen=True)
class ServerCheck:
    """What "Test" found: the server answers, is set up, and takes this program's data."""

    login: str
    server_schema: int
    data_schema: int  # the newest data format a PC has written (0: nothing yet)
    pcs: int  # PCs that have synced with it


def check_server(url: str, *, password: str | None = None) -> ServerCheck:
    """Connect and read (nothing is written): raises ``ServerError`` with the reason,
    ``client_too_old`` included, as a round would."""
    import psycopg

    with connect(url, password=password, autocommit=True) as pg:
        try:
            meta = dict(pg.execute("SELECT key, value FROM avtalevakt.meta").fetchall())
            (pcs,) = pg.execute("SELECT count(*) FROM avtalevakt.pcs").fetchone()
            login = pg.execute("SELECT session_user").fetchone()[0]
        except psycopg.Error as exc:
            raise ServerError.from_psycopg(exc) from exc
    data_schema = int(meta.get("data_schema", 0))
    if data_schema > SCHEMA_VERSION:
        raise ServerError("client_too_old", "", mine=SCHEMA_VERSION, theirs=data_schema)
    return ServerCheck(
        login=login,
        server_schema=int(meta.get("server_schema", 0)),
        data_schema=data_schema,
        pcs=pcs,
    )


def sync_round(
    repos: Repositories,
    url: str,
    *,
    password: str | None = None,
    pc_name: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    connection: Any = None,
) -> RoundResult:
    """Push, then pull; raises ``ServerError`` (nothing lost: the queue stays).

    ``connection``: an open connection to ``url`` to use (and leave open), as the
    program keeps one between its rounds; a round with nothing to do is then two calls
    (hello, pull) and one small write here (the time of the round)."""
    replica = Replica(repos)
    # the name given in the settings ("Navn på denne PC-en"), for the commands too: a
    # 'sync' from a script renamed the PC to its host name in every other PC's history
    name = pc_name or replica.name()
    clean_url = split_url(url)[0]
    opened = connection is None
    cache: int | None = None  # the page cache's size before a first round, to restore
    pg = connect(url, password=password, autocommit=True) if opened else connection
    try:
        try:
            hello = pg.execute(
                "SELECT avtalevakt.hello(%s, %s, %s)", [replica.pc, name, SCHEMA_VERSION]
            ).fetchone()[0]
            joining = replica.get("server_id") != hello["server_id"]
            if joining or replica.position == 0:
                # A first round writes every record here (join or download): SQLite's
                # page cache of 2 MB made each index insert a read (measured at 1x:
                # 4-5 s of a 45 s download). Memory only; the writes are as before.
                cache = conn_cache_size(repos.database.db.conn, -FIRST_ROUND_CACHE_KIB)
            if joining:
                # A server this file has not synced with: start from its beginning.
                with repos.transaction():
                    replica.put("server_id", hello["server_id"])
                    replica.put("position", 0)
                    replica.put("pushed_upto", 0)
                replica.join()
            else:
                was = replica.pc
                _check_sent(replica, pg, hello["last_change_no"])
                if replica.pc != was:  # continues as a new PC: the server meets it
                    pg.execute(
                        "SELECT avtalevakt.hello(%s, %s, %s)", [replica.pc, name, SCHEMA_VERSION]
                    )
            known = repos.database.db.conn.execute(
                "SELECT name FROM sync_pcs WHERE pc = ?", [replica.pc]
            ).fetchone()
            if replica.server_url() != clean_url or known is None or known[0] != name:
                with repos.transaction():
                    replica.put("url", clean_url)
                    # this PC's own name, for the history of its changes made here
                    repos.database.db.conn.execute(
                        "INSERT INTO sync_pcs (pc, name) VALUES (?, ?)"
                        " ON CONFLICT (pc) DO UPDATE SET name = excluded.name",
                        [replica.pc, name],
                    )

            changes = replica.queued()
            shares_documents = documents.supported(hello)
            if shares_documents:  # before the records: a PC pulling one finds its document
                documents.before_push(replica, pg, changes, progress)
            results: list[dict[str, Any]] = []
            if changes:
                with pg.transaction():
                    for start in range(0, len(changes), PUSH_CHUNK):
                        chunk = changes[start : start + PUSH_CHUNK]
                        results += pg.execute(
                            "SELECT avtalevakt.push(%s, %s, %s::jsonb)",
                            [replica.pc, SCHEMA_VERSION, push_text(chunk)],
                        ).fetchone()[0]
                        if progress:
                            progress("push", start + len(chunk), len(changes))
                replica.took(results)

            pulled = 0
            touched: set[str] = set()
            while True:
                page = pg.execute(
                    "SELECT avtalevakt.pull(%s, %s, %s, %s, %s)",
                    [replica.pc, SCHEMA_VERSION, replica.position, PULL_PAGE, replica.pushed_upto],
                ).fetchone()[0]
                rows = page["rows"]
                if rows or page["upto"] != replica.position:
                    touched |= replica.pulled(rows, page["upto"])
                me = replica.pc  # (a query: read once a page, not once a row)
                pulled += sum(1 for r in rows if r["pc"] != me)
                if progress:
                    progress("pull", pulled, pulled)
                if len(rows) < PULL_PAGE:
                    break
            if shares_documents:
                documents.after_pull(replica, pg, touched, progress)
            at = datetime.now(OSLO)
            purged = replica.get("purged_at")
            if purged is None or at - datetime.fromisoformat(purged) >= PURGE_EVERY:
                pg.execute("SELECT avtalevakt.purge_tombstones()")
                with repos.transaction():
                    replica.put("purged_at", at.isoformat())
        except Exception as exc:
            import psycopg

            if isinstance(exc, psycopg.Error):
                error = ServerError.from_psycopg(exc)
                if error.code == "client_too_old":
                    error.values["mine"] = SCHEMA_VERSION
                raise error from exc
            raise
    finally:
        if cache is not None:
            with contextlib.suppress(sqlite3.Error):  # (never hide the round's own error)
                conn_cache_size(repos.database.db.conn, cache)
        if opened:
            pg.close()
    with repos.transaction():
        replica.put("last_sync", at.isoformat())
    if any(result["conflicts"] for result in results):
        touched.add("sync_conflicts")
    return RoundResult(
        pushed=len(results),
        pulled=pulled,
        conflicts=replica.open_conflicts(),
        at=at,
        tables=frozenset(touched),
    )


__all__ = [
    "Replica",
    "RoundResult",
    "ServerCheck",
    "ServerError",
    "SyncError",
    "check_server",
    "sync_round",
    "wire_fields",
]
