"""Open conflicts between PCs, and resolving one with a normal edit.

A conflict is the server's (its id); each PC keeps a copy (``sync_conflicts``) that the
log updates. Resolving is an ordinary save of the record with the value chosen (the
server's, the other PC's, or a new one), followed by a ``resolve`` change naming the
conflict: both go through the outbox like any edit and reach every PC.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain.explain import Lang, phrase, register_texts
from app.domain.periods import OSLO
from app.storage import outbox
from app.storage.codec import SPECS
from app.storage.errors import table_name
from app.storage.repositories import Repositories

KIND_TEXT = {
    "field": ("samme felt endret på to PC-er", "the same field changed on two PCs"),
    "delete": (
        "slettet på én PC mens den ble endret på en annen: posten er beholdt",
        "deleted on one PC while changed on another: the record was kept",
    ),
    "edit_deleted": (
        "endret på én PC etter at den var slettet på en annen: posten er gjenopprettet",
        "changed on one PC after it was deleted on another: the record was restored",
    ),
}

register_texts({f"conflict.{kind}": texts for kind, texts in KIND_TEXT.items()})
register_texts(
    {
        "conflict.field_line": (
            "#{id} {what}, {field}: {kind} — beholdt {theirs} ({theirs_by}), "
            "den andre {mine} ({mine_by}), fra {base}",
            "#{id} {what}, {field}: {kind} — kept {theirs} ({theirs_by}), "
            "the other {mine} ({mine_by}), from {base}",
        )
    }
)


@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    uid: str
    record_id: int | None  # this file's number of the record (None: not here)
    field: str | None
    kind: str
    base: Any
    theirs: Any  # the server's value, which stayed
    theirs_by: str
    theirs_at: datetime | None
    mine: Any  # the other value, kept here
    mine_by: str
    mine_at: datetime | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "table": self.table,
            "record": self.record_id,
            "uid": self.uid,
            "field": self.field,
            "kind": self.kind,
            "base": self.base,
            "server_value": self.theirs,
            "server_value_by": self.theirs_by,
            "server_value_at": self.theirs_at.isoformat() if self.theirs_at else None,
            "other_value": self.mine,
            "other_value_by": self.mine_by,
            "other_value_at": self.mine_at.isoformat() if self.mine_at else None,
        }

    def describe(self, lang: Lang = "nb") -> str:
        what = f"{table_name(self.table, lang)} {self.record_id or self.uid}"
        kind = phrase(f"conflict.{self.kind}", lang) if self.kind in KIND_TEXT else self.kind
        if self.kind != "field":
            return f"#{self.id} {what}: {kind} ({self.mine_by})"
        return phrase(
            "conflict.field_line",
            lang,
            id=str(self.id),
            what=what,
            field=str(self.field),
            kind=kind,
            theirs=repr(self.theirs),
            theirs_by=self.theirs_by,
            mine=repr(self.mine),
            mine_by=self.mine_by,
            base=repr(self.base),
        )


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).astimezone(OSLO) if text else None


def _name(repos: Repositories, pc: str | None, user: str | None) -> str:
    row = repos.database.db.conn.execute("SELECT name FROM sync_pcs WHERE pc = ?", [pc]).fetchone()
    return f"{user or '?'}@{row[0]}" if row and row[0] else (user or "?")


def open_conflicts(
    repos: Repositories, *, table: str | None = None, uid: str | None = None
) -> list[Conflict]:
    conn = repos.database.db.conn
    sql = "SELECT * FROM sync_conflicts WHERE resolved_seq IS NULL"
    params: list[Any] = []
    if table is not None:
        sql += " AND tbl = ? AND uid = ?"
        params += [table, uid]
    cursor = conn.execute(sql + " ORDER BY id", params)
    names = [d[0] for d in cursor.description]
    found = []
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        local = None
        if row["tbl"] in SPECS:
            hit = conn.execute(
                f"SELECT id FROM {row['tbl']} WHERE uid = ?", [row["uid"]]
            ).fetchone()
            local = hit[0] if hit else None
        found.append(
            Conflict(
                id=row["id"],
                table=row["tbl"],
                uid=row["uid"],
                record_id=local,
                field=row["field"],
                kind=row["kind"],
                base=json.loads(row["base"]) if row["base"] is not None else None,
                theirs=json.loads(row["theirs"]) if row["theirs"] is not None else None,
                theirs_by=_name(repos, row["theirs_pc"], row["theirs_user"]),
                theirs_at=_when(row["theirs_at"]),
                mine=json.loads(row["mine"]) if row["mine"] is not None else None,
                mine_by=_name(repos, row["mine_pc"], row["mine_user"]),
                mine_at=_when(row["mine_at"]),
            )
        )
    return found


def resolve(
    repos: Repositories,
    conflict: Conflict,
    value: Any = None,
    *,
    keep_server: bool = True,
    delete_record: bool = False,
) -> None:
    """Resolve with a normal edit: the field set to ``value`` (unless the server's value
    is kept), or, for a record kept or restored against a delete, the record deleted
    after all (``delete_record``; ``InUse`` when others refer to it); then the
    resolution queued. One transaction: on an error nothing is written."""
    with repos.transaction():
        if delete_record and conflict.kind != "field" and conflict.record_id is not None:
            repos.repository(conflict.table).delete(conflict.record_id)
        elif conflict.kind == "field" and not keep_server and conflict.record_id is not None:
            repo = repos.repository(conflict.table)
            current = repo.get(conflict.record_id)
            fields = outbox.local_fields(
                repos.database.db.conn, SPECS[conflict.table], {conflict.field: value}
            )
            repo.update({**current.model_dump(), **fields})
        outbox.record_resolution(
            repos.database.db.conn,
            conflict=conflict.id,
            table=conflict.table,
            uid=conflict.uid,
            user=repos.user,
            at=datetime.now(OSLO),
        )
        repos.database.db.conn.execute(
            "UPDATE sync_conflicts SET resolved_seq = -1, resolved_user = ? WHERE id = ?",
            [repos.user, conflict.id],
        )
