"""Export and import *with the documents*: a ZIP archive (issue 15).

An export file is JSON (``exchange``); a database with attachments also has their
documents, which do not belong in a JSON text. ``export --out FILE.zip`` (and the
program's "Eksporter alt…" when there are attachments) writes a ZIP archive instead:

    avtalevakt.json          the export file, exactly as ``export --out FILE.json`` writes it
    documents/<sha256>       every document an attachment refers to, once

Any unzip tool opens it; the documents' names are their hashes, so nothing in the
archive can be mistaken for another document, and every one is checked against its
name when imported. Entries are written and read a megabyte at a time (a 1 GB store
never is in memory), already compressed kinds (PDF, images, Office's own ZIP formats)
are stored, the others deflated.

Import reads the JSON entry and checks it as ``exchange`` does, checks that every
attachment's document is in the archive (or already in the documents store), copies
the documents into the store (each checked against its hash), and only then writes the
records, in one transaction. A failed import leaves at most documents that nothing
refers to, removed at the next backup.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.explain import Step, register_texts
from .database import Database
from .documents import DocumentDamaged, DocumentStore
from .errors import os_reason
from .exchange import ImportFileError, Problem, export_data, import_data
from .targets import refuse_database_target, written

DATA_ENTRY = "avtalevakt.json"
DOCUMENTS = "documents/"
Progress = Callable[[int, int], None]

#: Media types whose files are compressed already: stored in the archive as they are.
_COMPRESSED = (
    "application/pdf",
    "image/",
    "application/vnd.openxmlformats",
    "application/vnd.oasis",
)


def is_archive(path: Path | str) -> bool:
    return Path(path).suffix.lower() == ".zip" or zipfile.is_zipfile(path)


def _documents_of(data: dict[str, Any]) -> dict[str, tuple[int, str]]:
    """sha256 -> (size, media type) of the documents the export's attachments refer to."""
    found: dict[str, tuple[int, str]] = {}
    for row in data.get("tables", {}).get("attachments", []) or []:
        if isinstance(row, dict) and isinstance(row.get("sha256"), str):
            found.setdefault(row["sha256"], (row.get("size", 0), str(row.get("media_type", ""))))
    return found


class _Share:
    """One part of a job's progress bar: ``report(done, total)`` of this part is shown as
    the part ``[start, start + span)`` of a bar of ``SCALE`` steps."""

    SCALE = 1000

    def __init__(self, progress: Progress | None, start: float, span: float) -> None:
        self.progress, self.start, self.span = progress, start, span

    def __call__(self, done: int, total: int) -> None:
        if self.progress is not None:
            fraction = done / total if total else 1.0
            self.progress(int(self.SCALE * (self.start + self.span * fraction)), self.SCALE)


def _document_bytes(database: Database) -> int:
    row = database.db.conn.execute(
        "SELECT coalesce(sum(size), 0) FROM (SELECT DISTINCT sha256, size FROM attachments)"
    ).fetchone()
    return int(row[0])


def _weights(records: int, document_bytes: int) -> float:
    """The part of the bar the records take (a record counts as much as 1 kB)."""
    return records * 1024 / (records * 1024 + document_bytes) if document_bytes else 1.0


def export_archive(
    database: Database, out: Path | str, *, progress: Progress | None = None
) -> dict[str, int]:
    """Write the export and every document to the ZIP archive ``out``; the counts per
    table, plus ``documents``. ``progress(done, total)`` over the records read and the
    bytes of documents written (it may raise to cancel: no file is left then)."""
    out = Path(out)
    refuse_database_target(out)  # (storage.targets) before everything is read
    records = sum(
        database.db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("history", "letters", *_record_tables())
    )
    share = _weights(records, _document_bytes(database))
    data = export_data(database, progress=_Share(progress, 0.0, share))
    wanted = _documents_of(data)
    byte_total = sum(size for size, _type in wanted.values())
    documents_progress = _Share(progress, share, 1.0 - share)
    done = 0
    with written(out) as partial:  # (storage.targets)
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
            archive.writestr(DATA_ENTRY, text.encode("utf-8"), compresslevel=6)
            if wanted:
                with DocumentStore.beside(database.path, create=False) as store:
                    for sha, (size, media_type) in sorted(wanted.items()):
                        info = zipfile.ZipInfo(DOCUMENTS + sha)
                        info.compress_type = (
                            zipfile.ZIP_STORED
                            if media_type.startswith(_COMPRESSED)
                            else zipfile.ZIP_DEFLATED
                        )
                        info.file_size = size
                        with archive.open(info, "w") as entry:
                            for part in store.chunks(sha):
                                entry.write(part)
                                done += len(part)
                                documents_progress(done, byte_total)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
    documents_progress(1, 1)
    counts = {table: len(rows) for table, rows in data["tables"].items()}
    counts["history"] = len(data["history"])
    counts["letters"] = len(data["letters"])
    counts["documents"] = len(wanted)
    return counts


def _record_tables() -> tuple[str, ...]:
    from .codec import SPECS

    return tuple(SPECS)


def _refused(code: str, file: Path, /, **values: str) -> ImportFileError:
    return ImportFileError([Problem.of(code, **values)], path=file)


register_texts(
    {
        "archive.no_entry": ("arkivet har ingen {entry}", "the archive has no {entry}"),
        "archive.bad_zip": (
            "filen er ikke et helt ZIP-arkiv (skadet eller ufullstendig)",
            "the file is not a whole ZIP archive (damaged or incomplete)",
        ),
        "archive.cannot_read": (
            "kan ikke lese arkivet {path}: {error}",
            "cannot read the archive {path}: {error}",
        ),
        "archive.not_json": (
            "{entry} er ikke gyldig JSON ({error})",
            "{entry} is not valid JSON ({error})",
        ),
        "archive.document_damaged": (
            "dokumentet {sha} i arkivet er skadet ({error})",
            "the document {sha} in the archive is damaged ({error})",
        ),
        "archive.documents_missing": (
            "{n} vedlegg viser til dokumenter som ikke er med i filen "
            "({shown}); eksporter til en .zip-fil for å ta dokumentene med",
            "{n} attachments refer to documents that are not in the file "
            "({shown}); export to a .zip file to take the documents along",
        ),
    }
)


def read_archive_data(path: Path) -> Any:
    """The export inside an archive (its JSON entry), or the refusal saying why not."""
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                raw = archive.read(DATA_ENTRY)
            except KeyError:
                raise _refused("archive.no_entry", path, entry=DATA_ENTRY) from None
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        # the reason in the user's words: "File is not a zip file" stood in bokmål
        reason = os_reason(exc) if isinstance(exc, OSError) else Step("archive.bad_zip")
        raise _refused("archive.cannot_read", path, path=str(path), error=reason) from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _refused("archive.not_json", path, entry=DATA_ENTRY, error=str(exc)) from None


def require_documents(
    database: Database, data: Any, *, available: set[str] = frozenset(), path: Path | None = None
) -> None:
    """Refuse an import whose attachments refer to documents neither in ``available``
    (the archive's) nor in the database's documents store."""
    wanted = set(_documents_of(data if isinstance(data, dict) else {}))
    missing = wanted - set(available)
    if missing:
        with DocumentStore.beside(database.path) as store:
            missing = {sha for sha in missing if not store.has(sha)}
    if missing:
        shown = ", ".join(sorted(missing)[:3]) + (" …" if len(missing) > 3 else "")
        raise ImportFileError(
            [Problem.of("archive.documents_missing", n=str(len(missing)), shown=shown)],
            path=path,
        )


def bring_documents(
    database: Database,
    data: Any,
    source: Path | None,
    *,
    progress: Progress | None = None,
) -> int:
    """Before an import writes its records: the documents of the archive ``source`` (if
    it is one) that the store lacks go into it, each checked against its hash; then
    every attachment's document must be in the store (``require_documents``). How many
    documents were copied; ``progress(done, total)`` over their bytes."""
    wanted = _documents_of(data if isinstance(data, dict) else {})
    if not wanted:
        return 0
    if source is None or not source.is_file() or not zipfile.is_zipfile(source):
        require_documents(database, data, path=source)
        return 0
    copied = 0
    with zipfile.ZipFile(source) as archive:
        names = {
            info.filename[len(DOCUMENTS) :]: info
            for info in archive.infolist()
            if info.filename.startswith(DOCUMENTS)
        }
        require_documents(database, data, available=set(names), path=source)
        with DocumentStore.beside(database.path) as store:
            new = [sha for sha in sorted(wanted) if not store.has(sha)]
            byte_total = sum(names[sha].file_size for sha in new)
            done = 0
            for sha in new:
                info = names[sha]
                try:
                    with archive.open(info) as entry:
                        store.put_stream(entry, info.file_size, expected=sha)
                except (DocumentDamaged, zipfile.BadZipFile, OSError) as exc:
                    raise _refused(
                        "archive.document_damaged", source, sha=sha, error=str(exc)
                    ) from None
                copied += 1
                done += info.file_size
                if progress is not None:
                    progress(done, byte_total)
    return copied


def import_archive(
    database: Database,
    path: Path | str,
    *,
    progress: Progress | None = None,
    **kwargs: Any,
) -> Any:
    """Import an archive (see the module docstring); ``kwargs`` as ``import_data``. One
    progress bar: the documents first, then the records."""
    from .exchange import check_import

    path = Path(path)
    data = read_archive_data(path)
    try:
        checked = check_import(data)  # every record checked before a document is copied
    except ImportFileError as exc:
        exc.path = path
        raise
    wanted = _documents_of(data)
    records = sum(len(rows) for rows in data.get("tables", {}).values())
    share = 1.0 - _weights(records, sum(size for size, _ in wanted.values()))
    bring_documents(database, data, path, progress=_Share(progress, 0.0, share))
    return import_data(
        database,
        data,
        checked=checked,
        source=str(path),
        progress=_Share(progress, share, 1.0 - share) if progress else None,
        **kwargs,
    )
