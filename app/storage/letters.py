"""The log of letters produced from records: which letter, about which record, when, where.

A letter is part of what happened on a record (a deletion notice sent, a termination
confirmed), so the record's page can show "Slettevarsel laget 21.11.2026 (nb)". The log
is append-only history of the program's output: the file may since have been moved.
``contract_id`` is a plain number, not a foreign key, so the log never blocks deleting or
replacing records.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from uuid import uuid4

from app.domain.periods import OSLO

from . import outbox
from .database import Database
from .errors import classify
from .repositories import os_user, oslo_now


@dataclass(frozen=True)
class LetterEntry:
    id: int
    kind: str
    table: str
    record_id: int
    contract_id: int | None
    produced_at: datetime
    lang: str
    path: str
    user: str


_COLUMNS = "id, kind, table_name, record_id, contract_id, produced_at, lang, path, user"


def _entry(row: tuple) -> LetterEntry:
    return LetterEntry(
        id=row[0],
        kind=row[1],
        table=row[2],
        record_id=row[3],
        contract_id=row[4],
        produced_at=datetime.fromisoformat(row[5]),
        lang=row[6],
        path=row[7],
        user=row[8],
    )


class LetterLog:
    """Reads and appends the ``letters`` table of an open database."""

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

    def add(
        self,
        *,
        kind: str,
        table: str,
        record_id: int,
        contract_id: int | None,
        lang: str,
        path: str | Path = "",
        produced_at: datetime | None = None,
    ) -> LetterEntry:
        """Record that a letter was produced (now, unless ``produced_at`` says otherwise)."""
        moment = produced_at or self.clock()
        if moment.tzinfo is None:
            raise ValueError("produced_at must be an aware datetime")
        row = {
            "uid": str(uuid4()),
            "kind": kind,
            "table_name": table,
            "record_id": record_id,
            "contract_id": contract_id,
            "produced_at": moment.astimezone(OSLO).isoformat(),
            "lang": lang,
            "path": str(path),
            "user": self.user,
        }
        with self.database.transaction():
            try:
                cursor = self.database.db.conn.execute(
                    "INSERT INTO letters (uid, kind, table_name, record_id, contract_id,"
                    " produced_at, lang, path, user) VALUES (:uid, :kind, :table_name,"
                    " :record_id, :contract_id, :produced_at, :lang, :path, :user)",
                    row,
                )
                # issue 14: queued for the shared server in the same transaction
                outbox.record_letter(self.database.db.conn, row)
            except sqlite3.Error as exc:
                raise classify(exc, self.database.path) from exc
            return self.get(cursor.lastrowid)

    def _select(self, where: str = "", params: list | None = None) -> list[LetterEntry]:
        sql = f"SELECT {_COLUMNS} FROM letters"
        if where:
            sql += f" WHERE {where}"
        sql += " ORDER BY produced_at, id"
        try:
            rows = self.database.db.conn.execute(sql, params or []).fetchall()
        except sqlite3.Error as exc:
            raise classify(exc, self.database.path) from exc
        return [_entry(row) for row in rows]

    def get(self, letter_id: int) -> LetterEntry:
        found = self._select("id = ?", [letter_id])
        if not found:
            raise KeyError(letter_id)
        return found[0]

    def for_record(self, table: str, record_id: int) -> list[LetterEntry]:
        """Letters about one record, oldest first."""
        return self._select("table_name = ? AND record_id = ?", [table, record_id])

    def for_contract(self, contract_id: int) -> list[LetterEntry]:
        return self._select("contract_id = ?", [contract_id])

    def all(self) -> list[LetterEntry]:
        return self._select()
