"""Everything in or out as one JSON file (with its schema version), or CSV per table.

Export reads one consistent snapshot: the records, their change history and the log of
letters produced from them (``letters``, from schema version 3). Import checks the whole file first – every record
through its model, every reference inside the file, the history entries, and that the
records are what the file's own history says (``verify.compare``, the comparison
``verify`` makes of a database) – and only then writes, in one transaction: a bad file changes nothing, and the error names the
record and the field. Import goes into an empty database, or replaces everything with
``replace=True`` (the backup taken when the database was opened keeps the old state).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import tempfile
import typing
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal
from uuid import UUID, uuid4

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from app import __version__
from app.domain import templates
from app.domain.errors import Described, DomainError
from app.domain.explain import Lang, Step, phrase, register_texts
from app.domain.model import FrozenModel
from app.domain.records import Record
from app.domain.termination import check_termination
from app.domain.terms import WHOLE_NUMBER_TERMS

from . import chain
from .codec import SPECS, TABLE_ORDER, BadRecordError, dumps, record_json
from .database import Database
from .errors import DatabaseLocked, ImportRefused, StorageError, counts_text
from .migrations import MIGRATION_NAMES, SCHEMA_VERSION
from .repositories import Repositories
from .targets import file_error, refuse_database_target, refuse_folder_target, written
from .template_variants import FILE_KIND as VARIANT_FILE_KIND
from .verify import Difference, compare, show_value

FORMAT = "avtalevakt"
Progress = Callable[[int, int], None]

#: The start of every JSON export (``export_data`` writes ``format`` first).
_JSON_EXPORT_START = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"format"\s*:\s*"avtalevakt"')


def export_kind(path: Path | str) -> Literal["JSON", "ZIP"] | None:
    """ "JSON" or "ZIP" when ``path`` is one of the program's exports (a JSON file that
    starts as ``export_data`` writes it; a ZIP archive with the export's data entry),
    else None (also when the file cannot be read). Asked of a file SQLite calls damaged:
    an export given where a database belongs is said as such (``ExportGivenAsDatabase``)."""
    import zipfile

    from .archive import DATA_ENTRY

    try:
        with open(path, "rb") as handle:
            head = handle.read(512)
        if _JSON_EXPORT_START.match(head):
            return "JSON"
        if head.startswith(b"PK\x03\x04"):
            with zipfile.ZipFile(path) as archive:
                return "ZIP" if DATA_ENTRY in archive.namelist() else None
    except (OSError, zipfile.BadZipFile):
        return None
    return None


# --- export ----------------------------------------------------------------------------


def _rows(database: Database, sql: str) -> list[dict[str, Any]]:
    cursor = database.db.conn.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def export_data(database: Database, *, progress: Progress | None = None) -> dict[str, Any]:
    """Every record and the whole history, as JSON values, from one snapshot.

    ``progress(done, total)`` is called now and then with the rows read so far (an
    exception it raises, e.g. a cancel, ends the export and nothing is written).
    """
    conn = database.db.conn
    opened = not conn.in_transaction
    if opened:
        conn.execute("BEGIN")  # one read snapshot for all tables
    try:
        names = [*SPECS, "history", "letters"]
        total = sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in names)
        done = 0

        def counted(rows: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
            nonlocal done
            for row in rows:
                yield row
                done += 1
                if progress and done % 500 == 0:
                    progress(done, total)

        tables = {
            table: [
                record_json(spec.from_row(row))
                for row in counted(_rows(database, f"SELECT * FROM {table} ORDER BY id"))
            ]
            for table, spec in SPECS.items()
        }
        history = [
            {
                "id": row["id"],
                "uid": row["uid"],
                "at": row["at"],
                "user": row["user"],
                "action": row["action"],
                "table": row["table_name"],
                "record_id": row["record_id"],
                "before": None if row["before"] is None else json.loads(row["before"]),
                "after": None if row["after"] is None else json.loads(row["after"]),
                "prev_hash": row["prev_hash"],
                "hash": row["hash"],
            }
            for row in counted(_rows(database, "SELECT * FROM history ORDER BY id"))
        ]
        letters = [
            {**{k: v for k, v in row.items() if k != "table_name"}, "table": row["table_name"]}
            for row in counted(
                _rows(database, f"SELECT {_LETTER_COLUMNS} FROM letters ORDER BY id")
            )
        ]
        if progress:
            progress(total, total)
    finally:
        if opened:
            conn.execute("ROLLBACK")
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "migrations": list(MIGRATION_NAMES),
        "program_version": __version__,
        "tables": tables,
        "history": history,
        "letters": letters,
    }


def _write_atomically(path: Path, text: str) -> None:
    with (
        written(path, make_folder=True) as partial,  # (storage.targets)
        open(partial, "w", encoding="utf-8", newline="\n") as handle,
    ):
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def export_json(
    database: Database, out: Path | str, *, progress: Progress | None = None
) -> dict[str, int]:
    """Write everything to ``out``; returns the number of records per table (and history).

    ``out`` ending in ``.zip``: an archive with the attachments' documents too
    (``storage.archive``, issue 15)."""
    if Path(out).suffix.lower() == ".zip":
        from .archive import export_archive

        return export_archive(database, out, progress=progress)
    # never over a database (storage.targets): refused before everything is read
    refuse_database_target(out)
    data = export_data(database, progress=progress)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    counts = _counts(data)
    if progress is not None:
        # the last chance to stop before the file is written: making the text of a large
        # database takes seconds, and a cancel meanwhile (closing the window) must leave
        # no file rather than write it anyway
        total = sum(counts.values())
        progress(total, total)
    _write_atomically(Path(out), text)
    return counts


def _counts(data: dict[str, Any]) -> dict[str, int]:
    counts = {table: len(rows) for table, rows in data["tables"].items()}
    counts["history"] = len(data["history"])
    counts["letters"] = len(data["letters"])
    return counts


def export_csv(
    database: Database,
    folder: Path | str,
    *,
    progress: Progress | None = None,
    lang: Lang = "nb",
) -> dict[str, int]:
    """One CSV file per table in ``folder``, written by the program's one CSV writer
    (``csv_files.write_csv``: UTF-8 with BOM and ``;`` as Excel in Norway expects, text
    that would be a formula neutralised, issue 12 item 10). Amounts always with two
    decimals and the language's decimal mark, other decimals with theirs (Excel reads
    "18500.00" as text, and "12500,5" is no way to write money: issue 13 item 12);
    nested values as JSON text, yes/no as 1/0. Returns the number of rows per file.

    All files or none: they are written into a hidden folder inside ``folder`` and moved
    into place only when every one is complete (a full disk half-way left some tables'
    files beside the message "Ingenting ble lagret"); any failure removes the hidden
    folder, and files of an earlier export stay as they were."""
    folder = Path(folder)
    refuse_folder_target(folder)
    folder.mkdir(parents=True, exist_ok=True)
    data = export_data(database, progress=progress)
    staging = Path(tempfile.mkdtemp(prefix=".avtalevakt-csv-", dir=folder))
    try:
        try:
            counts = _write_csv_tables(data, staging, lang)
        except StorageError as exc:  # said of the file the user will look for
            if exc.path is None or exc.path.parent != staging:
                raise
            raise type(exc)(path=folder / exc.path.name, detail=exc.detail, **exc.values) from exc
        for name in sorted(counts):
            target = folder / f"{name}.csv"
            refuse_database_target(target)
            try:
                os.replace(staging / f"{name}.csv", target)
            except OSError as exc:
                raise file_error(exc, target) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return counts


def _write_csv_tables(data: dict[str, Any], folder: Path, lang: Lang) -> dict[str, int]:
    from .csv_files import write_csv

    counts: dict[str, int] = {}
    named = {**data["tables"], "history": data["history"], "letters": data["letters"]}
    for table, rows in named.items():
        model = SPECS[table].model if table in SPECS else None
        columns = (
            list(model.model_fields)
            if model is not None
            else ["id", "uid", "at", "user", "action", "table", "record_id", "before", "after"]
            if table == "history"
            else list(LetterRow.model_fields)
        )
        kinds = {c: _decimal_kind(model, c) for c in columns} if model is not None else {}
        counts[table] = write_csv(
            ([_csv_value(row.get(c), kinds.get(c)) for c in columns] for row in rows),
            columns,
            folder / f"{table}.csv",
            lang=lang,
        )
    return counts


def _decimal_kind(model: type[BaseModel], name: str) -> str | None:
    """ "money" for an amount field (a Decimal of two decimal places), "decimal" for
    another Decimal field, else None."""
    field = model.model_fields[name]
    members = typing.get_args(field.annotation) or (field.annotation,)
    metadata = list(field.metadata)
    for member in members:
        metadata.extend(getattr(member, "__metadata__", ()))
    if Decimal not in members and field.annotation is not Decimal:
        return None
    places = [getattr(m, "decimal_places", None) for m in metadata]
    return "money" if 2 in places else "decimal"


def _csv_value(value: Any, kind: str | None = None) -> Any:
    if value is None:
        return ""
    if kind == "money" and not isinstance(value, (dict, list)):
        from .csv_files import money

        return money(value)
    if kind == "decimal" and isinstance(value, (str, int)) and not isinstance(value, bool):
        with contextlib.suppress(ArithmeticError, ValueError):
            return Decimal(str(value))
    if isinstance(value, (dict, list)):
        return dumps(value)
    if isinstance(value, bool):
        return int(value)
    return value


# --- import: checking ------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an import file: a catalog code and its values."""

    code: str
    values: dict[str, Any] = dataclass_field(default_factory=dict)

    @classmethod
    def of(cls, code: str, **values: Any) -> Problem:
        return cls(code, values)

    def text(self, lang: Lang = "nb") -> str:
        return phrase(self.code, lang, **self.values)


register_texts(
    {
        "import.file_not_found": ("finner ikke filen {path}", "file not found: {path}"),
        "import.cannot_read": ("kan ikke lese {path}: {error}", "cannot read {path}: {error}"),
        "import.not_json": (
            "ikke gyldig JSON (linje {line}, kolonne {column}: {msg})",
            "not valid JSON (line {line}, column {column}: {msg})",
        ),
        "import.at": ("{where}: {problem}", "{where}: {problem}"),
        "import.not_export": (
            "dette er ikke en eksportfil fra Avtalevakt",
            "this is not an Avtalevakt export file",
        ),
        # a file Contract templates → Export variant made (``template_variants``): the
        # program's own, so it is said as what it is and where it is imported
        "import.variant_file": (
            "filen er en eksportert malvariant{name}, ikke en eksport av alt. En malvariant "
            "importeres i programmet med Avtalemaler → Importer variant … (avtalevakt "
            "--page templates åpner siden).",
            "the file is an exported template variant{name}, not an export of everything. "
            "A template variant is imported in the program with Contract templates → "
            "Import variant… (avtalevakt --page templates opens that page).",
        ),
        "import.schema_version": (
            "schema_version mangler eller er ugyldig",
            "schema_version is missing or invalid",
        ),
        "import.too_new": (
            "filen er fra en nyere versjon av Avtalevakt (skjemaversjon {version}, "
            "dette programmet kjenner {known})",
            "the file is from a newer version of Avtalevakt (schema version {version}, "
            "this program knows {known})",
        ),
        "import.no_tables": ("«tables» mangler", "'tables' is missing"),
        "import.unknown_table": ("ukjent tabell «{name}»", "unknown table '{name}'"),
        "import.not_list": ("{where}: må være en liste", "{where}: must be a list"),
        "import.not_object": ("{where}: må være et objekt", "{where}: must be an object"),
        "import.float": (
            '{where}: må være et tall i anførselstegn (f.eks. "12500.50"), ikke et flyttall',
            '{where}: must be a number in quotes (e.g. "12500.50"), not a floating-point number',
        ),
        "import.id_missing": ("{where}.id: mangler", "{where}.id: is required"),
        "import.twice": ("{where}: finnes to ganger", "{where}: appears twice"),
        "import.reference": (
            "{where}: viser til id {value}, som ikke finnes i filen",
            "{where}: refers to id {value}, which is not in the file",
        ),
        "import.other_contract": (
            "{where}.service_id: tjenesten hører til en annen avtale",
            "{where}.service_id: the service belongs to another contract",
        ),
        "import.history_about": (
            "{where}: gjelder {table} id {id}, som ikke finnes i filen",
            "{where}: is about {table} id {id}, which is not in the file",
        ),
        "import.letter_refers": (
            "{where}: viser til {table} id {id}, som ikke finnes i filen",
            "{where}: refers to {table} id {id}, which is not in the file",
        ),
        "import.more": ("{shown} (+{more} til)", "{shown} (+{more} more)"),
        "import.dependents": (
            "{n} poster i filen viser til {where}, som selv ble avvist ({counts})",
            "{n} records in the file refer to {where}, which was itself refused ({counts})",
        ),
        "import.dependents_one": (
            "1 post i filen viser til {where}, som selv ble avvist ({counts})",
            "1 record in the file refers to {where}, which was itself refused ({counts})",
        ),
        "import.history_differs": (
            "{where}: er {value} i filen, men filens egen historikk (oppføring {entry}) "
            "sier {said}",
            "{where}: is {value} in the file, but the file's own history (entry {entry}) "
            "says {said}",
        ),
        "import.history_before": (
            "{where}: «before» stemmer ikke med oppføringene foran den i filen",
            "{where}: its 'before' does not match the entries before it in the file",
        ),
        "import.history_hint": (
            ". Postene i en eksportfil skal stemme med historikken i samme fil; denne filen "
            "er trolig endret etter at den ble eksportert. Eksporter på nytt fra databasen "
            "den kom fra, eller sett verdiene tilbake slik historikken sier.",
            ". The records in an export file must match the history in the same file; this "
            "file was probably changed after it was exported. Export again from the "
            "database it came from, or set the values back to what the history says.",
        ),
    }
)


class ImportFileError(ImportRefused):
    """The file was refused as a whole; nothing was written. Lists the first problems."""

    SHOWN = 5

    def __init__(
        self,
        problems: list[Found],
        *,
        path: Path | None = None,
    ):
        self.problems = problems
        super().__init__(path=path, detail="")

    def text(self, lang: Lang = "nb") -> str:
        shown = "; ".join(p.text(lang) for p in self.problems[: self.SHOWN])
        more = len(self.problems) - self.SHOWN
        if more > 0:
            shown = phrase("import.more", lang, shown=shown, more=str(more))
        text = phrase(ImportRefused.text_code(), lang, detail=shown)
        if any(isinstance(p, HistoryDiffers) for p in self.problems):
            text += phrase("import.history_hint", lang)
        return text


class HistoryRow(FrozenModel):
    model_config = ConfigDict(extra="forbid")

    id: int = Field(gt=0, lt=2**63)  # SQLite's integers (issue 12 item 14)
    uid: UUID | None = None  # files from before schema 7 have none: a new one is given
    at: AwareDatetime
    user: str
    action: Literal["insert", "update", "delete"]
    table: Literal[tuple(SPECS)]  # type: ignore[valid-type]
    record_id: int = Field(gt=0, lt=2**63)
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    # the chain (schema 8 on); entries of older files have none
    prev_hash: str | None = Field(None, pattern="^[0-9a-f]{64}$")
    hash: str | None = Field(None, pattern="^[0-9a-f]{64}$")


class LetterRow(FrozenModel):
    """A line of the letters log (``app.storage.letters``), kept with the records."""

    model_config = ConfigDict(extra="forbid")

    id: int = Field(gt=0, lt=2**63)
    uid: UUID | None = None  # as in HistoryRow
    kind: str
    table: Literal[tuple(SPECS)]  # type: ignore[valid-type]
    record_id: int = Field(gt=0, lt=2**63)
    contract_id: int | None = Field(gt=0, lt=2**63)
    produced_at: AwareDatetime
    lang: str
    path: str
    user: str


_LETTER_COLUMNS = "id, uid, kind, table_name, record_id, contract_id, produced_at, lang, path, user"


@dataclass(frozen=True)
class CheckedImport:
    """A file that passed every check: records ready to write, by table."""

    records: dict[str, list[Any]]
    history: list[dict[str, Any]]
    letters: list[dict[str, Any]]
    #: The file's history chain as checked (``storage.chain``).
    chain: chain.ChainReport
    #: Each record's ``record_json`` (as ``records``), made once: compared with the
    #: history, then written (``TableSpec.to_row``). None: made when written.
    values: dict[str, list[dict[str, Any]]] | None = None

    @property
    def total(self) -> int:
        rows = sum(len(rows) for rows in self.records.values())
        return rows + len(self.history) + len(self.letters)


def read_import_file(path: Path | str) -> Any:
    """The export in a file: JSON, or the JSON inside an archive with documents
    (``storage.archive``, issue 15)."""
    path = Path(path)
    from . import archive

    if archive.is_archive(path):
        return archive.read_archive_data(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ImportFileError(
            [Problem.of("import.file_not_found", path=str(path))], path=path
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFileError(
            [Problem.of("import.cannot_read", path=str(path), error=str(exc))], path=path
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            [
                Problem.of(
                    "import.not_json", line=str(exc.lineno), column=str(exc.colno), msg=exc.msg
                )
            ],
            path=path,
        ) from None


def _row_record(
    table: str,
    row: Any,
    label: str,
    problems: list[Found],
) -> Record | None:
    """A row of the file as its record, or None with its problems added."""
    if not isinstance(row, dict):
        problems.append(Problem.of("import.not_object", where=label))
        return None
    floats = [where for where in _floats(row) if not _whole_number_term(table, where)]
    if floats:  # issue 12 item 14: an amount is exact text, never a binary fraction
        problems.extend(Problem.of("import.float", where=f"{label}.{where}") for where in floats)
        return None
    try:
        record = SPECS[table].from_json(row, where=label)
    except BadRecordError as exc:
        problems.append(exc)
        return None
    if record.id is None:
        problems.append(Problem.of("import.id_missing", where=label))
        return None
    return record


@dataclass(frozen=True)
class Dependents:
    """The records of the file that refer to a row refused for its own problems (the
    row is in the file: "viser til id 1, som ikke finnes i filen" said of each read as
    if it were not), counted by table."""

    where: str  # the refused row's place: "contracts[0] (id 1)"
    counts: dict[str, int]

    def text(self, lang: Lang = "nb") -> str:
        n = sum(self.counts.values())
        return phrase(
            "import.dependents_one" if n == 1 else "import.dependents",
            lang,
            n=str(n),
            where=self.where,
            counts=counts_text(self.counts, lang),
        )


def _rule_problems(records: dict[str, list[Any]]) -> list[Problem]:
    """What a contract's rules refuse in a record of it, as a form would (issue 11): a
    planned deletion OC 5.3 does not allow (``termination.check_termination``)."""
    contracts = {record.id: record for _label, record in records.get("contracts", [])}
    out = []
    for label, term in records.get("terminations", []):
        contract = contracts.get(term.contract_id)
        if contract is None:
            continue
        try:
            check_termination(term, terms=contract.terms(), ordinary_start=contract.ordinary_start)
        except DomainError as exc:
            where = f"{label}.{exc.problem.field}"
            out.append(
                Problem.of(
                    "import.at", where=where, problem=Step(exc.problem.code, exc.problem.values)
                )
            )
    return out


def _variant_name(data: dict[str, Any]) -> str:
    """`` («name»)`` of the variant in an exported variant's file, "" if it has none."""
    variant = data.get("variant")
    name = variant.get("name") if isinstance(variant, dict) else None
    if not isinstance(name, str) or not name.strip():
        return ""
    name = " ".join(name.split())
    return f" («{name if len(name) <= 60 else name[:57] + '…'}»)"


def check_import(data: Any) -> CheckedImport:
    """Every check, nothing written; raises ``ImportFileError`` listing the problems."""
    problems: list[Found] = []
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        if isinstance(data, dict) and data.get("kind") == VARIANT_FILE_KIND:
            raise ImportFileError([Problem.of("import.variant_file", name=_variant_name(data))])
        raise ImportFileError([Problem.of("import.not_export")])
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFileError([Problem.of("import.schema_version")])
    if version > SCHEMA_VERSION:
        raise ImportFileError(
            [Problem.of("import.too_new", version=str(version), known=str(SCHEMA_VERSION))]
        )
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise ImportFileError([Problem.of("import.no_tables")])
    for name in tables:
        if name not in SPECS:
            problems.append(Problem.of("import.unknown_table", name=str(name)))
    records: dict[str, list[Any]] = {}
    ids: dict[str, set[int]] = {}
    # rows in the file refused for their own problems: (table, id) -> (label, the place
    # in ``problems`` after theirs), where what refers to them is counted
    refused: dict[tuple[str, int], tuple[str, int]] = {}
    for table in TABLE_ORDER:
        rows = tables.get(table, [])
        if not isinstance(rows, list):
            problems.append(Problem.of("import.not_list", where=table))
            continue
        checked = []
        seen: set[int] = set()
        uids: set[UUID] = set()
        for index, row in enumerate(rows):
            label = f"{table}[{index}]"
            if isinstance(row, dict) and row.get("id") is not None:
                label += f" (id {row.get('id')})"
            record = _row_record(table, row, label, problems)
            if record is not None and record.id in seen:
                problems.append(Problem.of("import.twice", where=f"{label}.id"))
                continue  # (what refers to the id refers to the row accepted before)
            if record is not None and record.uid is not None and record.uid in uids:
                problems.append(Problem.of("import.twice", where=f"{label}.uid"))
                record = None
            if record is None:
                row_id = row.get("id") if isinstance(row, dict) else None
                if type(row_id) is int:
                    refused.setdefault((table, row_id), (label, len(problems)))
                continue
            seen.add(record.id)
            if record.uid is not None:
                uids.add(record.uid)
            if record.uid is None or record.version < 1:
                # files from before schema 7 carry no uid or version: new ones, given
                # here so the record compared with the history is the one written
                record = record.model_copy(
                    update={"uid": record.uid or uuid4(), "version": max(record.version, 1)}
                )
            checked.append((label, record))
        ids[table] = seen
        records[table] = checked
        if table == "template_variants":  # the contracts checked next may be on these
            templates.install_variants(record for _label, record in checked)
    # references inside the file
    dependents: dict[tuple[str, int], Counter[str]] = {}
    for table, checked in records.items():
        spec = SPECS[table]
        services = {r.id: r.contract_id for _, r in records.get("services", [])}
        for label, record in checked:
            for field, parent in spec.references.items():
                value = getattr(record, field)
                if value is None or value in ids.get(parent, set()):
                    continue
                if (parent, value) in refused:  # in the file: its own problem is named
                    dependents.setdefault((parent, value), Counter())[table] += 1
                    continue
                problems.append(
                    Problem.of("import.reference", where=f"{label}.{field}", value=str(value))
                )
            if (
                table == "incidents"
                and record.service_id in services
                and services[record.service_id] != record.contract_id
            ):
                problems.append(Problem.of("import.other_contract", where=label))
    # what refers to a refused row: one line right after the row's own problem
    for key in sorted(dependents, key=lambda key: refused[key][1], reverse=True):
        label, place = refused[key]
        problems.insert(place, Dependents(label, dict(dependents[key])))
    problems += _rule_problems(records)
    history = data.get("history", [])
    checked_history: list[dict[str, Any]] = []
    if not isinstance(history, list):
        problems.append(Problem.of("import.not_list", where="history"))
    else:
        seen_ids: set[int] = set()
        for index, entry in enumerate(history):
            label = f"history[{index}]"
            try:
                row = HistoryRow.model_validate(entry)
            except ValidationError as exc:
                problems.append(Problem.of("import.at", where=label, problem=Described(exc)))
                continue
            if row.id in seen_ids:
                problems.append(Problem.of("import.twice", where=f"{label}.id"))
                continue
            seen_ids.add(row.id)
            checked_history.append(
                {
                    "id": row.id,
                    "uid": str(row.uid or uuid4()),
                    "at": entry["at"],  # verbatim: the text is the evidence
                    "user": row.user,
                    "action": row.action,
                    "table_name": row.table,
                    "record_id": row.record_id,
                    "before": None if row.before is None else dumps(row.before),
                    "after": None if row.after is None else dumps(row.after),
                    "prev_hash": row.prev_hash,
                    "hash": row.hash,
                }
            )
    checked_history.sort(key=lambda entry: entry["id"])
    checked_letters = _check_letters(data.get("letters", []), problems)
    problems += _dangling(tables, checked_history, checked_letters)
    found_chain = chain.check(checked_history)
    values = {t: [record_json(r) for _, r in rows] for t, rows in records.items()}
    if found_chain.ok and isinstance(history, list) and len(checked_history) == len(history):
        # the records as the file's own history says they are: verify's comparison
        # (a broken chain is refused, or accepted as no proof, by ``import_data``)
        problems += _history_differences(records, values, checked_history, history)
    if problems:
        raise ImportFileError(problems)
    return CheckedImport(
        records={t: [r for _, r in rows] for t, rows in records.items()},
        history=checked_history,
        letters=checked_letters,
        chain=found_chain,
        values=values,
    )


#: What of ``verify.compare``'s findings refuses an import: a record's value that is not
#: the one its history's last entry gives it, an entry whose "before" is not what the
#: entries before it left. ("missing", a record the history has and the file has not, is
#: ``_dangling``'s "history_about"; "no_history", a record without any entry, says
#: nothing against the file and is what databases the program did not write all of have;
#: every record of a checked file is readable.)
_REFUSING_DIFFERENCES = ("field", "before")


@dataclass(frozen=True)
class HistoryDiffers:
    """A record of the file that differs from the file's own history
    (``verify.Difference``), said at its place in the file."""

    difference: Difference
    where: str  # "contracts[0] (id 1)", or for "before" the history entry's place

    def text(self, lang: Lang = "nb") -> str:
        d = self.difference
        if d.code == "field":
            return phrase(
                "import.history_differs",
                lang,
                where=f"{self.where}.{d.field}",
                value=show_value(d.table_value),
                entry=str(d.entry_id),
                said=show_value(d.history_value),
            )
        return phrase("import.history_before", lang, where=self.where)


#: One thing an import file is refused for (each says itself with ``text(lang)``).
Found = Problem | BadRecordError | HistoryDiffers | Dependents


def _history_differences(
    records: dict[str, list[tuple[str, Any]]],
    values: dict[str, list[dict[str, Any]]],
    history: list[dict[str, Any]],
    in_file: list[Any],
) -> list[HistoryDiffers]:
    """The file's records (``values``: their ``record_json``) against its history
    (checked, in id order; ``in_file`` as the file has it), as ``verify`` compares a
    database's tables (``verify.compare``), before anything is written."""
    labels = {(t, record.id): label for t, rows in records.items() for label, record in rows}
    places = {
        entry["id"]: f"history[{index}] (id {entry['id']})" for index, entry in enumerate(in_file)
    }
    found = compare(
        history,
        (
            (t, record.id, current)
            for t, rows in records.items()
            for (_, record), current in zip(rows, values[t], strict=True)
        ),
    )
    return [
        HistoryDiffers(
            d,
            labels[(d.table, d.record_id)] if d.code == "field" else places[d.entry_id],
        )
        for d in found
        if d.code in _REFUSING_DIFFERENCES
    ]


#: The field of a table's record that holds terms (``Terms``' names, JSON values).
_TERMS_FIELDS = {"contracts": "overrides", "template_variants": "defaults"}


def _whole_number_term(table: str, where: str) -> bool:
    """``where`` (a float's place in a row) is a whole-number term of a contract's
    overrides or a variant's defaults: the model's own check names it there ("a whole
    number without decimals: 8, not 8.0", ``terms.check_kinds``), not the float check's
    "a number in quotes", which is an amount's advice."""
    field, _, term = where.partition(".")
    return field == _TERMS_FIELDS.get(table) and term in WHOLE_NUMBER_TERMS


def _floats(value: Any, path: str = "") -> Iterator[str]:
    """Where a JSON value holds a float (a number with a fraction or an exponent)."""
    if isinstance(value, float):
        yield path or "?"
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _floats(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _floats(item, f"{path}[{index}]")


def _dangling(
    tables: dict[str, Any], history: list[dict[str, Any]], letters: list[dict[str, Any]]
) -> list[Problem]:
    """History and letter entries must be about records of the file: one in its tables
    (a row refused for its own problems counts: it is named already), or one its history
    shows deleted (issue 12 item 14)."""
    present = {
        (table, row.get("id"))
        for table, rows in tables.items()
        if isinstance(rows, list)
        for row in rows
        if isinstance(row, dict)
    }
    last: dict[tuple[str, int], str] = {}
    for entry in history:  # in id order: the last action on each record
        last[(entry["table_name"], entry["record_id"])] = entry["action"]
    known = present | {key for key, action in last.items() if action == "delete"}
    problems = []
    for index, entry in enumerate(history):
        key = (entry["table_name"], entry["record_id"])
        if key not in known:
            problems.append(
                Problem.of(
                    "import.history_about",
                    where=f"history[{index}] (id {entry['id']})",
                    table=str(key[0]),
                    id=str(key[1]),
                )
            )
    for index, letter in enumerate(letters):
        for key in (
            (letter["table_name"], letter["record_id"]),
            ("contracts", letter["contract_id"]),
        ):
            if key[1] is not None and key not in known:
                problems.append(
                    Problem.of(
                        "import.letter_refers",
                        where=f"letters[{index}] (id {letter['id']})",
                        table=str(key[0]),
                        id=str(key[1]),
                    )
                )
    return problems


def _check_letters(letters: Any, problems: list[Found]) -> list[dict[str, Any]]:
    if not isinstance(letters, list):
        problems.append(Problem.of("import.not_list", where="letters"))
        return []
    checked, seen = [], set()
    for index, entry in enumerate(letters):
        label = f"letters[{index}]"
        try:
            row = LetterRow.model_validate(entry)
        except ValidationError as exc:
            problems.append(Problem.of("import.at", where=label, problem=Described(exc)))
            continue
        if row.id in seen:
            problems.append(Problem.of("import.twice", where=f"{label}.id"))
            continue
        seen.add(row.id)
        checked.append(
            {
                **row.model_dump(),
                "uid": str(row.uid or uuid4()),
                "table_name": row.table,
                "produced_at": entry["produced_at"],
            }
        )
    return checked


# --- import: writing -------------------------------------------------------------------


@dataclass(frozen=True)
class ImportSummary:
    counts: dict[str, int]
    replaced: bool
    #: The backup of the content that was replaced (None when nothing was).
    backup: Path | None = None


class BackupFailed(ImportRefused):
    """No backup of the content an import would replace could be taken (issue 12 item 3)."""

    nb = (
        "Importen ble avvist, ingenting er endret: det kunne ikke tas en sikkerhetskopi av "
        "innholdet som skulle erstattes ({detail})."
    )
    en = (
        "The import was refused, nothing has changed: no backup could be taken of the "
        "content it would replace ({detail})."
    )

    def __init__(self, *, cause: Exception, **kwargs: Any) -> None:
        self.cause = cause
        super().__init__(**kwargs)

    def text(self, lang: Lang = "nb") -> str:
        cause = self.cause
        self.detail = cause.text(lang) if isinstance(cause, StorageError) else str(cause)
        return super().text(lang)


class DatabaseNotEmpty(ImportRefused):
    nb = (
        "Importen ble avvist, ingenting er endret: databasen {path} har allerede innhold "
        "(bruk en ny database, eller erstatt alt innhold)."
    )
    en = (
        "The import was refused, nothing has changed: the database {path} already has "
        "content (use a new database, or replace all content)."
    )


class BrokenHistory(ImportRefused):
    """The file's history chain is broken (an entry changed, removed or moved)."""

    nb = (
        "Importen ble avvist, ingenting er endret: historikken i filen er brutt ({where}). "
        "Importer med --accept-broken-history for å ta den inn likevel; oppføringene regnes "
        "da som fra før kjeden."
    )
    en = (
        "The import was refused, nothing has changed: the history in the file is broken "
        "({where}). Import with --accept-broken-history to take it anyway; its entries then "
        "count as from before the chain."
    )

    def __init__(self, *, found: chain.ChainReport, **kwargs: Any) -> None:
        self.found = found
        super().__init__(**kwargs)

    def text(self, lang: Lang = "nb") -> str:
        assert self.found.first_break is not None
        self.values["where"] = self.found.first_break.text(lang)
        return super().text(lang)


def _set_chain_ends(conn: Any, history: list[dict[str, Any]]) -> None:
    """After writing an imported history: the seal of its unchained entries, its head."""
    unchained = [entry for entry in history if entry["hash"] is None]
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('history_seal', ?)",
        [chain.seal(unchained)],
    )
    chained = [entry for entry in history if entry["hash"] is not None]
    if chained:
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('history_head', ?)",
            [f"{chained[-1]['id']}:{chained[-1]['hash']}"],
        )
    else:
        conn.execute("DELETE FROM meta WHERE key = 'history_head'")


def import_data(
    database: Database,
    data: Any,
    *,
    replace: bool = False,
    source: str = "",
    user: str | None = None,
    clock: Callable[[], datetime] | None = None,
    progress: Progress | None = None,
    accept_broken_history: bool = False,
    checked: CheckedImport | None = None,
) -> ImportSummary:
    """Check ``data`` as a whole, then write all of it in one transaction, or nothing.

    A file whose history chain does not hold is refused, unless
    ``accept_broken_history``: its entries are then stored as from before the chain
    (unchained, sealed as they are) and the import is recorded as such. Content that is
    replaced is backed up first, inside the transaction; when no backup can be taken
    the import is refused (``BackupFailed``). ``checked``: ``check_import(data)`` done.
    """
    checked = checked or check_import(data)
    if not checked.chain.ok and not accept_broken_history:
        raise BrokenHistory(detail=checked.chain.first_break.text("en"), found=checked.chain)
    # issue 15: an archive's documents into the documents store, and no attachment whose
    # document is in neither (``storage.archive``)
    from .archive import bring_documents

    bring_documents(database, data, Path(source) if source else None)
    repos = Repositories(database, user=user, clock=clock)
    conn = database.db.conn
    for _attempt in range(3):
        # The backup is taken just before the write transaction (SQLite cannot copy a
        # database through a connection that is writing to it); if another connection
        # committed in between (data_version moved), it is taken again.
        seen = conn.execute("PRAGMA data_version").fetchone()[0]
        content = not repos.is_empty() or _has_letters(conn)
        if content and not replace:
            raise DatabaseNotEmpty(path=database.path)
        backup = None
        if content:
            try:
                backup = database.backup()
            except (StorageError, OSError) as exc:
                raise BackupFailed(path=database.path, cause=exc) from exc
        with database.transaction():
            if conn.execute("PRAGMA data_version").fetchone()[0] == seen:
                _write_import(
                    conn,
                    checked,
                    data,
                    clear=content,
                    imported=(repos.clock().isoformat(), repos.user, source, int(replace)),
                    progress=progress,
                )
                break
    else:
        raise DatabaseLocked(path=database.path, detail="written to during the import")
    if progress:
        progress(checked.total, checked.total)
    counts = {table: len(rows) for table, rows in checked.records.items()}
    counts["history"] = len(checked.history)
    counts["letters"] = len(checked.letters)
    return ImportSummary(counts=counts, replaced=backup is not None, backup=backup)


def _has_letters(conn: Any) -> bool:
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM letters)").fetchone()[0])


def _write_import(
    conn: Any,
    checked: CheckedImport,
    data: Any,
    *,
    clear: bool,
    imported: tuple[str, str, str, int],
    progress: Progress | None,
) -> None:
    """Inside the import's transaction: the old content out, the file's in."""
    total, done = checked.total, 0
    if clear:
        # The history is append-only (triggers); lift that for this transaction only.
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'history'"
        ).fetchall()
        for name, _ in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("DELETE FROM history")
        conn.execute("DELETE FROM letters")
        for table in reversed(TABLE_ORDER):
            conn.execute(f"DELETE FROM {table}")
        for _, sql in triggers:
            conn.execute(sql)
    for table in TABLE_ORDER:
        spec = SPECS[table]
        values = checked.values[table] if checked.values is not None else None
        for index, record in enumerate(checked.records[table]):
            # (a uid and a version given: ``check_import``)
            row = spec.to_row(record, None if values is None else values[index])
            columns = ", ".join(f'"{c}"' for c in row)
            marks = ", ".join("?" for _ in row)
            conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
            done += 1
            if progress and done % 100 == 0:
                progress(done, total)
    broken_history = not checked.chain.ok
    history = checked.history
    if broken_history:  # accepted (checked above): none of it counts as chained
        history = [{**entry, "prev_hash": None, "hash": None} for entry in history]
    for entry in history:
        conn.execute(
            "INSERT INTO history (id, uid, at, user, action, table_name, record_id, before,"
            " after, prev_hash, hash) VALUES (:id, :uid, :at, :user, :action, :table_name,"
            " :record_id, :before, :after, :prev_hash, :hash)",
            entry,
        )
        done += 1
        if progress and done % 100 == 0:
            progress(done, total)
    _set_chain_ends(conn, history)
    for entry in checked.letters:
        conn.execute(
            f"INSERT INTO letters ({_LETTER_COLUMNS}) VALUES (:id, :uid, :kind, :table_name,"
            " :record_id, :contract_id, :produced_at, :lang, :path, :user)",
            entry,
        )
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:  # checked above; a second line of defence
        raise StorageError(detail=f"foreign key check: {broken[:3]}")
    digest = hashlib.sha256(
        json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    at, user, source, replace = imported
    conn.execute(
        "INSERT INTO imports (at, user, source, sha256, records, replaced, broken_history)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [at, user, source, digest, total, replace, int(broken_history)],
    )


def import_json(database: Database, path: Path | str, **kwargs: Any) -> ImportSummary:
    """Read, check and import an export file (see ``import_data``), or an archive with
    documents (``storage.archive``, issue 15)."""
    from . import archive
    from .import_file import refuse_not_an_export, worded

    refuse_not_an_export(path)  # a database, a PDF …: said in words, as the command does
    if archive.is_archive(path):
        return archive.import_archive(database, path, **kwargs)
    try:
        data = read_import_file(path)
    except ImportFileError as exc:
        raise worded(exc) from None  # a JSON syntax error's reason in the user's words
    try:
        return import_data(database, data, source=str(path), **kwargs)
    except ImportFileError as exc:
        exc.path = Path(path)
        raise
