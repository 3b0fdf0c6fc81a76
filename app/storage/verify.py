"""``verify``: does the database prove itself? Integrity, the history chain, the replay.

Three questions, each answered with the first place it fails, named so a person can
look it up:

1. **Integrity**: SQLite's ``integrity_check`` and the foreign keys.
2. **The chain** (``storage.chain``): every history entry's hash and its link to the
   one before, the seal of the entries from before the chain, the remembered last entry.
3. **The replay**: the records as the history says they are (each record's last entry)
   equal the tables, field by field. Fields an older entry does not name (added to the
   schema after it was written) are not compared.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..domain.explain import phrase, register_texts
from .chain import ChainReport, check
from .codec import SPECS, record_json
from .database import Database
from .errors import Lang, table_name

register_texts(
    {
        "verify.difference_field": (
            "{what}: «{field}» er {table_value} i tabellen, men "
            "historikken (oppføring {entry}) sier {history_value}",
            "{what}: '{field}' is {table_value} in the table, but the "
            "history (entry {entry}) says {history_value}",
        ),
        "verify.difference_no_history": (
            "{what} finnes i tabellen, men ikke i historikken",
            "{what} is in the table but not in the history",
        ),
        "verify.difference_missing": (
            "{what} mangler i tabellen; historikken (oppføring {entry}) sier at den finnes",
            "{what} is missing from the table; the history (entry {entry}) says it exists",
        ),
        "verify.difference_before": (
            "oppføring {entry} ({what}): «før» stemmer ikke med oppføringene foran den",
            "entry {entry} ({what}): its 'before' does not match the entries before it",
        ),
        "verify.difference_other": (
            "{what} kan ikke leses: {table_value}",
            "{what} cannot be read: {table_value}",
        ),
        "verify.of": ("Kontroll av {path}", "Verification of {path}"),
        "verify.damaged": ("Skadet: {problems}", "Damaged: {problems}"),
        "verify.whole": (
            "Filen er hel (integrity_check ok).",
            "The file is whole (integrity_check ok).",
        ),
        "verify.broken": ("Historikken er BRUTT: {problem}", "The history is BROKEN: {problem}"),
        "verify.unchanged_one": (
            "Historikken er uendret: 1 oppføring i kjeden",
            "The history is unchanged: 1 entry in the chain",
        ),
        "verify.unchanged": (
            "Historikken er uendret: {n} oppføringer i kjeden",
            "The history is unchanged: {n} entries in the chain",
        ),
        "verify.unchained_one": (
            "1 oppføring er fra før kjeden (forseglet, men ikke bevist fra før)",
            "1 entry is from before the chain (sealed, not proven before)",
        ),
        "verify.unchained": (
            "{n} oppføringer er fra før kjeden (forseglet, men ikke bevist fra før)",
            "{n} entries are from before the chain (sealed, not proven before)",
        ),
        "verify.head": ("Siste kontrollsum: {head}", "Last hash: {head}"),
        "verify.differ_one": (
            "Tabellene avviker fra historikken på 1 punkt:",
            "The tables differ from the history in 1 place:",
        ),
        "verify.differ": (
            "Tabellene avviker fra historikken på {n} punkter:",
            "The tables differ from the history in {n} places:",
        ),
        "verify.equal": ("Tabellene er lik historikken.", "The tables equal the history."),
        "verify.ok": ("OK", "OK"),
        "verify.failed": ("FEIL", "FAILED"),
    }
)


def _counted(code: str, n: int, lang: Lang) -> str:
    """A count in a sentence: its singular for one ("1 punkt", "1 place")."""
    return phrase(f"{code}_one", lang) if n == 1 else phrase(code, lang, n=str(n))


#: At most this many replay differences are listed (all are counted).
SHOWN = 20


@dataclass(frozen=True)
class Difference:
    """Where the tables and the history's replay disagree."""

    table: str
    record_id: int
    code: str  # "field", "no_history", "missing", "unreadable", "before"
    entry_id: int | None = None
    field: str = ""
    table_value: Any = None
    history_value: Any = None

    def text(self, lang: Lang = "nb") -> str:
        code = self.code if self.code in ("field", "no_history", "missing", "before") else "other"
        return phrase(
            f"verify.difference_{code}",
            lang,
            what=f"{table_name(self.table, lang)} id {self.record_id}",
            entry=str(self.entry_id),
            field=self.field,
            table_value=show_value(self.table_value) if code == "field" else str(self.table_value),
            history_value=show_value(self.history_value) if code == "field" else "",
        )

    def to_json(self, lang: Lang) -> dict[str, Any]:
        return {
            "table": self.table,
            "id": self.record_id,
            "problem": self.code,
            "entry": self.entry_id,
            "field": self.field or None,
            "text": self.text(lang),
        }


def show_value(value: Any) -> str:
    """A value of a record as JSON text, cut at 60 characters."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


@dataclass
class Report:
    path: str
    schema_version: int
    integrity: list[str]
    chain: ChainReport
    differences: list[Difference] = field(default_factory=list)
    difference_count: int = 0
    checked_at: datetime | None = None

    @property
    def ok(self) -> bool:
        return not self.integrity and self.chain.ok and not self.difference_count

    def lines(self, lang: Lang = "nb") -> list[str]:
        """The report for a person, one fact a line; problems first."""
        out = [phrase("verify.of", lang, path=self.path)]
        if self.integrity:
            out.append(phrase("verify.damaged", lang, problems="; ".join(self.integrity[:5])))
        else:
            out.append(phrase("verify.whole", lang))
        c = self.chain
        if c.first_break is not None:
            more = f" (+{c.breaks - 1})" if c.breaks > 1 else ""
            out.append(phrase("verify.broken", lang, problem=c.first_break.text(lang)) + more)
        else:
            out.append(_counted("verify.unchanged", c.chained, lang))
        if c.unchained:
            out.append(_counted("verify.unchained", c.unchained, lang))
        if c.head:
            out.append(phrase("verify.head", lang, head=c.head))
        if self.difference_count:
            out.append(_counted("verify.differ", self.difference_count, lang))
            out += ["  " + d.text(lang) for d in self.differences]
        else:
            out.append(phrase("verify.equal", lang))
        out.append(phrase("verify.ok" if self.ok else "verify.failed", lang))
        return out

    def to_json(self, lang: Lang = "nb") -> dict[str, Any]:
        c = self.chain
        return {
            "path": self.path,
            "ok": self.ok,
            "schema_version": self.schema_version,
            "integrity": self.integrity,
            "chain": {
                "ok": c.ok,
                "entries": c.entries,
                "chained": c.chained,
                "unchained": c.unchained,
                "head": c.head,
                "breaks": c.breaks,
                "first_break": None
                if c.first_break is None
                else {
                    "entry": c.first_break.entry_id,
                    "problem": c.first_break.code,
                    "text": c.first_break.text(lang),
                },
            },
            "replay": {
                "ok": not self.difference_count,
                "differences": self.difference_count,
                "first": [d.to_json(lang) for d in self.differences],
            },
            "checked_at": self.checked_at.isoformat() if self.checked_at else None,
        }


HISTORY_COLUMNS = "id, uid, at, user, action, table_name, record_id, before, after, prev_hash, hash"


def _history(database: Database) -> Iterator[dict[str, Any]]:
    cursor = database.db.conn.execute(f"SELECT {HISTORY_COLUMNS} FROM history ORDER BY id")
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def _meta(database: Database, key: str) -> str | None:
    row = database.db.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def check_chain(database: Database) -> ChainReport:
    """The chain alone (what the contract page shows): fast, no tables read."""
    return check(
        _history(database),
        stored_seal=_meta(database, "history_seal"),
        stored_head=_meta(database, "history_head"),
    )


def compare(
    history: Iterable[Mapping[str, Any]],
    records: Iterable[tuple[str, int, dict[str, Any] | Exception]],
) -> Iterator[Difference]:
    """Where ``records`` and the replay of ``history`` disagree: the one comparison, of a
    database's tables (``replay``) and of an import file's records (``exchange``).

    ``history``: entries oldest first, as the history table's rows (``table_name``,
    ``record_id``, ``action``, ``before`` and ``after`` as JSON text, ``id``).
    ``records``: ``(table, id, its record_json)``, or the exception that stopped it being
    read; consumed only after the whole history. Fields an entry does not name (added
    to the schema after it was written) are not compared."""
    state: dict[tuple[str, int], tuple[dict[str, Any], int]] = {}
    for entry in history:
        table, record_id = entry["table_name"], entry["record_id"]
        if table not in SPECS:
            continue
        key = (table, record_id)
        before = None if entry["before"] is None else json.loads(entry["before"])
        known = state.get(key)
        if before is not None and known is not None and not _agrees(known[0], before):
            yield Difference(table, record_id, "before", entry_id=entry["id"])
        if entry["action"] == "delete":
            state.pop(key, None)
        else:
            state[key] = (json.loads(entry["after"]), entry["id"])
    for table, record_id, current in records:
        said = state.pop((table, record_id), None)
        if isinstance(current, Exception):
            yield Difference(table, record_id, "unreadable", table_value=str(current))
            continue
        if said is None:
            yield Difference(table, record_id, "no_history")
            continue
        after, entry_id = said
        for name, value in after.items():
            if name in current and current[name] != value:
                yield Difference(
                    table,
                    record_id,
                    "field",
                    entry_id=entry_id,
                    field=name,
                    table_value=current[name],
                    history_value=value,
                )
    for (table, record_id), (_, entry_id) in sorted(state.items()):
        yield Difference(table, record_id, "missing", entry_id=entry_id)


def _table_records(
    database: Database,
) -> Iterator[tuple[str, int, dict[str, Any] | Exception]]:
    """Every row of the tables as ``compare`` takes it."""
    conn = database.db.conn
    for table, spec in SPECS.items():
        cursor = conn.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [d[0] for d in cursor.description]
        for row in cursor:
            values = dict(zip(names, row, strict=True))
            try:
                current: dict[str, Any] | Exception = record_json(spec.from_row(values))
            except Exception as exc:  # noqa: BLE001 - any unreadable row is a finding
                current = exc
            yield table, values["id"], current


def replay(database: Database) -> tuple[list[Difference], int]:
    """The history replayed against the tables: (the first differences, how many)."""
    found: list[Difference] = []
    count = 0
    for difference in compare(_history(database), _table_records(database)):
        count += 1
        if len(found) < SHOWN:
            found.append(difference)
    return found, count


def _agrees(known: dict[str, Any], before: dict[str, Any]) -> bool:
    return all(known[k] == v for k, v in before.items() if k in known)


def verify(database: Database) -> Report:
    """Every check, on one read snapshot of the file."""
    conn = database.db.conn
    opened = not conn.in_transaction
    if opened:
        conn.execute("BEGIN")
    try:
        integrity = database.integrity_problems()
        chain = check_chain(database)
        differences, count = replay(database)
    finally:
        if opened:
            conn.execute("ROLLBACK")
    return Report(
        path=str(database.path),
        schema_version=database.schema_version,
        integrity=integrity,
        chain=chain,
        differences=differences,
        difference_count=count,
        checked_at=datetime.now(UTC),
    )
