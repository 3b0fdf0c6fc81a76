"""The change history as a hash chain: each entry carries the SHA-256 of the one before.

As in a Certificate Transparency log, an entry's ``hash`` covers its own content and the
``prev_hash`` of the entry before it, so changing, removing or moving any entry breaks
every link after it. What an entry's hash is taken over (``CHAIN_FORMAT`` 1, fixed
forever; anyone can recompute it with a few lines of any language):

    SHA-256 of the UTF-8 bytes of the JSON array
    [prev_hash, id, uid, at, user, action, table_name, record_id, before, after]
    written without spaces (separators "," and ":"), non-ASCII characters as they are,
    where ``before`` and ``after`` are the stored JSON *texts* (or null).

The first entry of a new database links to ``GENESIS`` (64 zeros). Entries written
before the chain existed (a database from before schema 8) have no hash: they are
*unchained*, never given hashes after the fact. At the migration their seal was taken
(the same fold over them from ``GENESIS``, kept in ``meta.history_seal``), and the first
chained entry links to it: from the migration on, those entries cannot change unseen
either, but nothing proves what happened to them before. ``meta.history_head`` keeps
``"id:hash"`` of the last entry, so a removed last entry shows too.

Pure functions over plain rows; ``repositories`` appends, ``verify`` checks.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..domain.explain import phrase, register_texts

GENESIS = "0" * 64
CHAIN_FORMAT = 1
#: The columns of a history row that its hash covers, in order (after ``prev_hash``).
COVERED = ("id", "uid", "at", "user", "action", "table_name", "record_id", "before", "after")


def entry_hash(prev_hash: str, entry: Mapping[str, Any]) -> str:
    """The hash of one history entry (a row as a mapping of its columns) after ``prev_hash``."""
    payload = [prev_hash, *(entry[name] for name in COVERED)]
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def seal(entries: Iterable[Mapping[str, Any]], start: str = GENESIS) -> str:
    """The fold of ``entry_hash`` over entries (the seal of unchained entries)."""
    running = start
    for entry in entries:
        running = entry_hash(running, entry)
    return running


@dataclass(frozen=True)
class Break:
    """The first place the chain does not hold: which entry, and what is wrong there."""

    entry_id: int | None  # None: not one entry (e.g. the head in meta)
    code: str  # see PROBLEMS
    detail: dict[str, Any]

    def text(self, lang: str = "nb") -> str:
        values = {name: str(value) for name, value in self.detail.items()}
        return phrase(f"chain.{self.code}", lang, id=str(self.entry_id), **values)


PROBLEMS: dict[str, tuple[str, str]] = {
    "content": (
        "oppføring {id} ({what}) er endret etter at den ble skrevet: innholdet stemmer ikke "
        "med kontrollsummen",
        "entry {id} ({what}) was changed after it was written: its content does not match its hash",
    ),
    "link": (
        "oppføring {id} ({what}) peker ikke på oppføringen før den: en oppføring foran den "
        "er fjernet, endret eller flyttet{gap}",
        "entry {id} ({what}) does not link to the entry before it: an entry before it was "
        "removed, changed or moved{gap}",
    ),
    "seal": (
        "oppføringene fra før kjeden (til og med {id}) er endret etter at de ble forseglet",
        "the entries from before the chain (up to {id}) were changed after they were sealed",
    ),
    "unchained_after": (
        "oppføring {id} ({what}) har ingen kontrollsum, men kommer etter kjeden begynte: "
        "den er lagt inn utenom programmet eller kontrollsummen er fjernet",
        "entry {id} ({what}) has no hash but comes after the chain began: it was added "
        "outside the program, or its hash was removed",
    ),
    "head": (
        "den siste oppføringen (id {last}) mangler eller er endret: databasen husker "
        "{head_id} som siste",
        "the last entry (id {last}) is missing or changed: the database remembers "
        "{head_id} as the last",
    ),
}

register_texts({f"chain.{code}": texts for code, texts in PROBLEMS.items()})


def describe_entry(entry: Mapping[str, Any]) -> str:
    return f"{entry['at'][:16].replace('T', ' ')} {entry['action']} {entry['table_name']} {entry['record_id']}"


@dataclass(frozen=True)
class ChainReport:
    entries: int
    chained: int
    unchained: int
    head: str | None  # the last entry's hash (or the seal when nothing is chained yet)
    first_break: Break | None
    breaks: int

    @property
    def ok(self) -> bool:
        return self.first_break is None


def check(
    entries: Iterable[Mapping[str, Any]],
    *,
    stored_seal: str | None = None,
    stored_head: str | None = None,
) -> ChainReport:
    """Check a whole history, oldest first (rows with ``prev_hash`` and ``hash``).

    Every link is checked against the stored hashes, so one changed entry is reported
    there and the entries after it (whose links still hold) are not.
    """
    running = GENESIS
    chained = unchained = count = breaks = 0
    first: Break | None = None
    last: Mapping[str, Any] | None = None
    previous_id: int | None = None

    def problem(found: Break) -> None:
        nonlocal first, breaks
        breaks += 1
        if first is None:
            first = found

    for entry in entries:
        count += 1
        what = describe_entry(entry)
        if entry.get("hash") is None:
            if chained:
                problem(Break(entry["id"], "unchained_after", {"what": what}))
            else:
                unchained += 1
                running = entry_hash(running, entry)
            last, previous_id = entry, entry["id"]
            continue
        if not chained and unchained and stored_seal is not None and stored_seal != running:
            problem(Break(previous_id, "seal", {}))
        chained += 1
        if entry.get("prev_hash") != running:
            gap = ""
            if previous_id is not None and entry["id"] != previous_id + 1:
                gap = f" (id {previous_id + 1}–{entry['id'] - 1})"
            problem(Break(entry["id"], "link", {"what": what, "gap": gap}))
        if entry_hash(entry.get("prev_hash") or "", entry) != entry["hash"]:
            problem(Break(entry["id"], "content", {"what": what}))
        running = entry["hash"]
        last, previous_id = entry, entry["id"]
    if not chained and unchained and stored_seal is not None and stored_seal != running:
        problem(Break(previous_id, "seal", {}))
    if stored_head is not None:
        expected = f"{last['id']}:{last['hash']}" if last is not None and chained else None
        if expected is not None and stored_head != expected:
            head_id = stored_head.split(":", 1)[0]
            problem(Break(None, "head", {"last": last["id"], "head_id": head_id}))
    return ChainReport(
        entries=count,
        chained=chained,
        unchained=unchained,
        head=running if count else None,
        first_break=first,
        breaks=breaks,
    )
