"""What reminders need from storage (issue 15): the acknowledgements recorded, a new one,
and the user's lead times.

Acknowledgements are records (``reminder_acks``, with history) that name their deadline's
record by table and ``uid``; the schedule (``app.domain.reminders``) knows deadlines by
the overview's local reference (``terminations:12``). This module translates between
the two. Lead times are the user's own settings, a small JSON file in the program's
data folder that the program and the ``reminders`` command both read.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

from app.domain import reminders as rm
from app.domain.reminders import LeadTime, ReminderAck, ReminderKey

from .errors import NotFound, StorageError
from .paths import REMINDER_SETTINGS_FILE_NAME, default_data_dir
from .repositories import Repositories

#: The overview's record prefixes (``Deadline.record``) -> SQL tables, and back.
RECORD_TABLES: dict[str, str] = {
    "deliveries": "delivery_notices",
    "terminations": "terminations",
    "complaints": "complaints",
    "contracts": "contracts",
}
_PREFIXES = {table: prefix for prefix, table in RECORD_TABLES.items()}


def _split(record: str) -> tuple[str, int] | None:
    prefix, _, number = record.partition(":")
    if prefix not in RECORD_TABLES or not number.isdigit():
        return None
    return RECORD_TABLES[prefix], int(number)


def acks(repos: Repositories) -> list[rm.Ack]:
    """Every acknowledgement recorded, as the schedule takes them (those of records
    this file no longer has are left out)."""
    stored = repos.reminder_acks.all()
    conn = repos.database.db.conn
    ids: dict[tuple[str, str], int] = {}
    for table in {a.table_name for a in stored if a.table_name}:
        if table not in _PREFIXES:
            continue
        uids = sorted({str(a.record_uid) for a in stored if a.table_name == table and a.record_uid})
        for start in range(0, len(uids), 500):
            part = uids[start : start + 500]
            marks = ", ".join("?" for _ in part)
            for uid, rid in conn.execute(
                f"SELECT uid, id FROM {table} WHERE uid IN ({marks})", part
            ):
                ids[(table, uid)] = rid
    out = []
    for a in stored:
        if a.table_name:
            rid = ids.get((a.table_name, str(a.record_uid)))
            if rid is None or a.table_name not in _PREFIXES:
                continue
            record = f"{_PREFIXES[a.table_name]}:{rid}"
        else:
            record = ""
        key = ReminderKey(a.kind, record, a.deadline)
        out.append(rm.Ack(key, a.user, a.at, a.snoozed_until))
    return out


def acknowledge(
    repos: Repositories, key: ReminderKey, *, snoozed_until: object = None
) -> ReminderAck:
    """Record this user's acknowledgement (or, with ``snoozed_until``, snooze) of the
    reminder ``key``, with its history entry; ``NotFound`` for a record not in the file."""
    table_name, record_uid = "", None
    if key.record:
        found = _split(key.record)
        if found is None:
            raise NotFound(table=key.record, id=0)
        table_name, record_id = found
        record_uid = repos.repository(table_name).get(record_id).uid
    return repos.reminder_acks.add(
        ReminderAck(
            kind=key.kind,
            table_name=table_name,
            record_uid=record_uid,
            deadline=key.date,
            user=repos.user,
            at=repos.clock(),
            snoozed_until=snoozed_until,
        )
    )


def unacknowledge(repos: Repositories, key: ReminderKey) -> int:
    """Take back this user's acknowledgements of ``key`` (deleted, with history): the
    reminder is due again. How many were taken back."""
    mine = [a for a in acks_of(repos, key) if a.user == repos.user]
    with repos.transaction():
        for ack in mine:
            repos.reminder_acks.delete(ack.id, version=ack.version)
    return len(mine)


def acks_of(repos: Repositories, key: ReminderKey) -> list[ReminderAck]:
    table_name, record_uid = "", None
    if key.record:
        found = _split(key.record)
        if found is None:
            return []
        table_name, record_id = found
        record_uid = repos.repository(table_name).get(record_id).uid
    return [
        a
        for a in repos.reminder_acks._select(
            "kind = ? AND table_name = ? AND deadline = ?",
            [key.kind, table_name, key.date.isoformat()],
        )
        if a.record_uid == record_uid
    ]


# --- lead times: the user's settings ----------------------------------------------------


class LeadTimesUnreadable(StorageError):
    nb = "Påminnelsesinnstillingene i {path} kan ikke leses ({detail}); standardverdiene brukes."
    en = "The reminder settings in {path} cannot be read ({detail}); the defaults are used."


def lead_times_path() -> Path:
    """``reminders.json`` in the program's data folder (tests point it elsewhere)."""
    return default_data_dir() / REMINDER_SETTINGS_FILE_NAME


def load_lead_times(path: Path | None = None) -> dict[str, LeadTime]:
    """The user's lead times by kind (only those changed from the defaults); a file that
    cannot be read raises ``LeadTimesUnreadable`` (the caller falls back to defaults)."""
    path = path or lead_times_path()
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("lead_times", {}), dict):
            raise ValueError("not an object of lead times")
        return {
            str(kind): LeadTime.from_json(value)
            for kind, value in data.get("lead_times", {}).items()
        }
    except (OSError, ValueError) as exc:
        raise LeadTimesUnreadable(path=path, detail=str(exc)) from exc


def save_lead_times(lead_times: Mapping[str, LeadTime], path: Path | None = None) -> Path:
    """Keep the lead times that differ from the defaults (0600, written atomically)."""
    path = path or lead_times_path()
    changed = {
        kind: lead.to_json()
        for kind, lead in sorted(lead_times.items())
        if lead != rm.lead_time(kind, None)
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump({"version": 1, "lead_times": changed}, handle, indent=1, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    return path
