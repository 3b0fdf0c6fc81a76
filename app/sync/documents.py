"""The documents behind attachments, between PCs (issue 15 item 5).

An attachment is a record and travels as every record (``codec.SPECS``); its bytes are
in the documents store beside each PC's database (``storage.documents``) and reach the
other PCs through the server's own documents (``server/documents.py``), in a sync round:

- **Before the push**, every document a queued new attachment refers to that the server
  lacks is sent, part by part, and checked there against its hash. The records go only
  after that, in the same round: a PC that pulls an attachment finds its document on
  the server. A document this PC does not have itself (its store was damaged) is left
  out: the record still goes, and the other PCs say the document is missing, as this
  one does.
- **After the pull**, when it brought attachments (or documents were missing here
  before), every document an attachment here refers to that the store lacks is fetched
  into a temporary file in the data folder and then put in the store, checked against
  its hash (the store is written for as long as a local copy takes, never during the
  download). What the server does not have yet (the PC that attached it runs an older
  program, or has not synced since) is asked for again at each round until it comes.
- **Once per file** (``documents`` in ``sync_state`` missing: the first round of a
  program that has this, or a file that joins a server): every document of every
  attachment here is compared with the server both ways, so attachments shared before
  the documents were get theirs. A database moved or copied without its documents file
  gets them again from the server at its next round.

A server from before the documents (server schema < 3: ``server init`` has not been
run with this program) shares the records only; the documents follow once it is.
A round with nothing to do opens neither the documents store nor asks the server.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from app.storage.documents import DocumentDamaged, DocumentStore, documents_path, referenced
from app.storage.errors import StorageError

from .server.documents import PART, SERVER_SCHEMA

Progress = Callable[[str, int, int], None] | None

#: ``sync_state`` keys: the documents were compared with the server once ("1"), and
#: some documents an attachment here refers to were missing after the last round ("1").
CHECKED = "documents"
WANTED = "documents_wanted"
#: Hashes asked about per call.
ASK_CHUNK = 1000


def supported(hello: dict[str, Any]) -> bool:
    return int(hello.get("server_schema") or 0) >= SERVER_SCHEMA


def known(pg: Any, hashes: Iterable[str]) -> dict[str, tuple[int, int]]:
    """The server's complete documents among ``hashes``: sha256 -> (size, parts)."""
    wanted = sorted(set(hashes))
    out: dict[str, tuple[int, int]] = {}
    for start in range(0, len(wanted), ASK_CHUNK):
        (found,) = pg.execute(
            "SELECT avtalevakt.documents_known(%s)", [wanted[start : start + ASK_CHUNK]]
        ).fetchone()
        out.update({sha: (int(size), int(parts)) for sha, (size, parts) in found.items()})
    return out


def send(pg: Any, store: DocumentStore, sha256: str, pc: str) -> bool:
    """Send one document of ``store`` to the server; False when the server found it
    damaged on the way (it is sent again at the next round)."""
    size = store.size_of(sha256)
    parts = 0
    pending = b""
    for chunk in store.chunks(sha256):  # the last chunk only once its hash was checked
        pending += chunk
        while len(pending) >= PART:
            _put_part(pg, sha256, parts, pending[:PART])
            pending = pending[PART:]
            parts += 1
    if pending or parts == 0:
        _put_part(pg, sha256, parts, pending)
        parts += 1
    (answer,) = pg.execute(
        "SELECT avtalevakt.finish_document(%s, %s, %s, %s)", [pc, sha256, size, parts]
    ).fetchone()
    return answer in ("stored", "known")


def _put_part(pg: Any, sha256: str, part: int, content: bytes) -> None:
    pg.execute("SELECT avtalevakt.put_document_part(%s, %s, %s)", [sha256, part, content])


def fetch(pg: Any, store: DocumentStore, sha256: str, size: int, parts: int) -> bool:
    """Fetch one document from the server into ``store``; False when what came is not
    what its hash says (nothing stored)."""
    folder = store.path.parent
    fd, name = tempfile.mkstemp(dir=folder, prefix=".incoming-", suffix=".part")
    partial = Path(name)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "w+b") as handle:
            for part in range(parts):
                (content,) = pg.execute(
                    "SELECT avtalevakt.get_document_part(%s, %s)", [sha256, part]
                ).fetchone()
                if content is None:
                    return False
                content = bytes(content)
                digest.update(content)
                handle.write(content)
            if digest.hexdigest() != sha256 or handle.tell() != size:
                return False
            handle.flush()
            handle.seek(0)
            try:
                store.put_stream(handle, size, expected=sha256)
            except DocumentDamaged:
                return False
        return True
    finally:
        partial.unlink(missing_ok=True)


def before_push(
    replica: Any, pg: Any, changes: list[dict[str, Any]], progress: Progress = None
) -> int:
    """Send the documents of the queued new attachments (all of them, the first time)
    that the server lacks; how many were sent."""
    conn = replica.conn
    if replica.get(CHECKED) != "1":
        hashes = referenced(conn) or set()
    else:
        news = (  # (the queue's ``new`` is its stored JSON text)
            json.loads(c["new"])
            for c in changes
            if c["table"] == "attachments" and c["action"] != "delete"
        )
        hashes = {str(new["sha256"]).lower() for new in news if new.get("sha256")}
    path = documents_path(replica.repos.database.path)
    if not hashes or not path.exists():
        return 0
    missing = sorted(set(hashes) - set(known(pg, hashes)))
    if not missing:
        return 0
    sent = 0
    with DocumentStore(path, create=False) as store:
        for number, sha in enumerate(missing, 1):
            if not store.has(sha):
                continue  # not here either: the record goes, the document cannot
            with contextlib.suppress(DocumentDamaged):
                sent += send(pg, store, sha, replica.pc)
            if progress:
                progress("documents", number, len(missing))
    return sent


def _store_lost(replica: Any) -> bool:
    """Attachments here but no documents file beside the database (it was moved or
    copied without it): the server's copies are fetched again. (Cheap: no store opened.)"""
    if documents_path(replica.repos.database.path).exists():
        return False
    return replica.conn.execute("SELECT 1 FROM attachments LIMIT 1").fetchone() is not None


def after_pull(replica: Any, pg: Any, touched: Iterable[str], progress: Progress = None) -> int:
    """Fetch the documents attachments here refer to and the store lacks, when the pull
    brought attachments or some were missing before (or the first time); how many came.
    Marks the file as compared once, and whether documents are still missing."""
    first = replica.get(CHECKED) != "1"
    wanted_before = replica.get(WANTED) == "1"
    if not (first or wanted_before or "attachments" in set(touched) or _store_lost(replica)):
        return 0
    wanted = referenced(replica.conn) or set()
    fetched = 0
    still: set[str] = set()
    if wanted:
        database_path = replica.repos.database.path
        with DocumentStore.beside(database_path) as store:
            missing = sorted(wanted - store.hashes())
            there = known(pg, missing) if missing else {}
            for number, sha in enumerate(missing, 1):
                if sha in there:
                    size, parts = there[sha]
                    # a store that cannot take it now: asked for again next round
                    with contextlib.suppress(StorageError):
                        fetched += fetch(pg, store, sha, size, parts)
                if progress:
                    progress("documents", number, len(missing))
            still = {sha for sha in missing if not store.has(sha)}
    flags = {CHECKED: "1", WANTED: "1" if still else "0"}
    if any(replica.get(key) != value for key, value in flags.items()):
        with replica.repos.transaction():
            for key, value in flags.items():
                replica.put(key, value)
    return fetched
