"""Records to rows and back, in repr-stable formats, validated by the model both ways.

Dates ISO text, times ISO text with offset, Decimals TEXT, enums their values, booleans
0/1, nested values (contacts, overrides, the transfer checklist) canonical JSON text.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

from pydantic import BaseModel, ValidationError

from app.domain.attachments import OWNER_FIELDS, Attachment
from app.domain.errors import describe
from app.domain.explain import Lang
from app.domain.records import (
    STORED,
    STORED_ROW,
    ChecklistItem,
    Complaint,
    Contract,
    Customer,
    DeliveryNotice,
    Incident,
    Note,
    Record,
    Service,
    TemplateVariant,
    Termination,
)
from app.domain.reminders import ReminderAck

from .database import sort_key
from .errors import BadRecord

#: Values ``plain`` gives back as they are (exact types: an enum that is also a str is not).
_AS_IS = frozenset({str, int, float, bool, type(None)})


#: A model class's field names (pydantic's ``model_fields`` is a property that costs
#: microseconds a call; a PC's first sync asks it for every record, issue 14).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def field_names(cls: type[BaseModel]) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(cls.model_fields)
    return names


def plain(value: Any) -> Any:
    """A JSON-ready copy of ``value``; sets become sorted lists so the text is stable."""
    if type(value) in _AS_IS:  # most values: checked first (a PC's first sync, issue 14)
        return value
    if isinstance(value, BaseModel):
        out = {}
        for k in field_names(type(value)):
            v = getattr(value, k)
            out[k] = v if type(v) in _AS_IS else plain(v)  # (the same test, without a call)
        return out
    if isinstance(value, dict):
        return {str(plain(k)): plain(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted((plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    return value


def dumps(value: Any) -> str:
    """Canonical JSON text: sorted keys, no spaces, UTF-8 as is."""
    return dumps_plain(plain(value))


def dumps_plain(value: Any) -> str:
    """``dumps`` of a value that is ``plain`` already (``record_json``'s, the outbox's):
    the same text, without walking the value a second time."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def record_json(model: Record) -> dict[str, Any]:
    """A record as JSON values (the form of history entries and export files)."""
    return plain(model)


@dataclass(frozen=True)
class TableSpec:
    """How one kind of record is stored."""

    table: str  # SQL table
    model: type[Record]
    json_fields: frozenset[str] = frozenset()
    references: dict[str, str] = field(default_factory=dict)  # field -> parent table
    order_by: str = "id"
    utc_fields: tuple[str, ...] = ()  # datetime fields with a *_utc copy for ordering
    #: Columns computed from the record on every write (search and sort keys), never read.
    derived: dict[str, Callable[[Any], Any]] = field(default_factory=dict)

    @property
    def fields(self) -> list[str]:
        return list(field_names(self.model))

    @property
    def columns(self) -> list[str]:
        return self.fields + [f"{name}_utc" for name in self.utc_fields]

    def to_row(self, model: Record, values: dict[str, Any] | None = None) -> dict[str, Any]:
        """The record's row: its ``record_json`` (``values``, when the caller has it
        already: a PC's first sync writes the same values into the record's history
        entry) with booleans as 0/1 and nested values as canonical JSON text."""
        if values is None:
            values = record_json(model)
        row: dict[str, Any] = {}
        for name in self.fields:
            value = values[name]
            if name in self.json_fields:
                row[name] = dumps_plain(value)
            elif type(value) is bool:
                row[name] = int(value)
            else:
                row[name] = value
        for name in self.utc_fields:
            value = getattr(model, name)
            row[f"{name}_utc"] = (
                value.astimezone(UTC).isoformat() if isinstance(value, datetime) else None
            )
        for name, compute in self.derived.items():
            row[name] = compute(model)
        return row

    def from_json(self, data: dict[str, Any], *, where: str, row: bool = False) -> Record:
        """Validate JSON values (a row's, an import file's) through the model.

        ``stored``: what was accepted once is read as it is, also a control character in
        a name saved before ``domain.text`` refused it (the record stays readable).
        ``row``: read back from this database; an import file's values are new input to
        the rules ``text.STORED_ROW`` names (``true`` for a number in the overrides)."""
        context = {STORED: True, STORED_ROW: True} if row else {STORED: True}
        try:
            # written before: a rule made stricter since may let it through (text.STORED)
            return self.model.model_validate(data, context=context)
        except ValidationError as exc:
            raise BadRecordError(where=where, error=exc) from None

    def from_row(self, row: dict[str, Any]) -> Record:
        data = {name: row[name] for name in self.fields if name in row}
        for name in self.json_fields:
            if isinstance(data.get(name), str):
                # bad JSON stays text: the model then rejects it, naming the field
                with contextlib.suppress(json.JSONDecodeError):
                    data[name] = json.loads(data[name])
        return self.from_json(data, where=f"{self.table} id {row.get('id')}", row=True)


class BadRecordError(BadRecord):
    """A row its model rejects; the message names the record and every bad field."""

    def __init__(self, *, where: str, error: ValidationError) -> None:
        self.where = where
        self.error = error
        super().__init__(where=where, detail=describe(error, "en"))

    def text(self, lang: Lang = "nb") -> str:
        return f"{self.where}: {describe(self.error, lang)}"


SPECS: dict[str, TableSpec] = {
    spec.table: spec
    for spec in (
        # before the contracts: a contract names its variant (by key) in ``template``
        TableSpec("template_variants", TemplateVariant, frozenset({"defaults"})),
        TableSpec(
            "customers",
            Customer,
            frozenset({"contacts"}),
            derived={
                "name_key": lambda c: sort_key(c.name),
                "name_fold": lambda c: c.name.casefold(),
            },
        ),
        TableSpec(
            "contracts",
            Contract,
            frozenset({"overrides"}),
            {"customer_id": "customers"},
            derived={
                "title_key": lambda c: sort_key(c.title),
                "title_fold": lambda c: c.title.casefold(),
            },
        ),
        TableSpec("services", Service, references={"contract_id": "contracts"}),
        TableSpec(
            "incidents",
            Incident,
            references={"contract_id": "contracts", "service_id": "services"},
            order_by="start_utc, id",
            utc_fields=("start", "end"),
        ),
        TableSpec("complaints", Complaint, references={"contract_id": "contracts"}),
        TableSpec("delivery_notices", DeliveryNotice, references={"contract_id": "contracts"}),
        TableSpec(
            "terminations",
            Termination,
            frozenset({"transfer_done"}),
            {"contract_id": "contracts"},
        ),
        TableSpec(
            "checklist_items",
            ChecklistItem,
            references={"contract_id": "contracts"},
            order_by="phase, id",
        ),
        TableSpec(
            "notes",
            Note,
            references={"contract_id": "contracts", "customer_id": "customers"},
        ),
        # issue 15: documents attached to a record, and acknowledged reminders
        TableSpec(
            "attachments",
            Attachment,
            references={field: table for table, field in OWNER_FIELDS.items()},
            order_by="added, id",
        ),
        TableSpec("reminder_acks", ReminderAck, order_by="at, id"),
    )
}

#: Tables in an order where every parent comes before its children.
TABLE_ORDER: tuple[str, ...] = tuple(SPECS)
