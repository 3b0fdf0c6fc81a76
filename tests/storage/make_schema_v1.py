"""Make ``data/schema_v1.sqlite``: a small database at schema version 1, with records.

Run from the repository root: ``python -m tests.storage.make_schema_v1``. The file is
committed; run this again only to recreate it, never after migration 0001 changes
(it must not). It applies the migrations up to, not including, 0002 and writes rows
with the SQL of version 1 (no ``notice_sent_on``/``deleted_on`` on terminations).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import sqlite_utils

from app.storage.migrations import MIGRATION_NAMES, migrations

TARGET = Path(__file__).resolve().parent / "data" / "schema_v1.sqlite"
AT = "2026-03-02T10:00:00+01:00"


def make(target: Path = TARGET) -> Path:
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(str(target))
    conn.execute("PRAGMA page_size = 1024")  # keep the committed file small
    db = sqlite_utils.Database(conn)
    migrations.apply(db, stop_before=MIGRATION_NAMES[1])
    rows = [
        "INSERT INTO customers (id, name, org_number, address, contacts, note) VALUES"
        " (1, 'Sokna Sag og Høvleri AS', '988236179', 'Sagbruksveien 1, 3536 Noresund',"
        ' \'[{"email":"ola@sokna.example.no","name":"Ola Kristiansen","phone":"","role":"Økonomisjef"}]\', \'\')',
        "INSERT INTO contracts (id, customer_id, title, template, overrides, signed, ordinary_start,"
        " delivered, monthly_fee, annual_fee, contract_sum) VALUES (1, 1, 'Azure – ERP', 'sodvin',"
        " '{\"approval_working_days\":8}', '2023-03-28', '2023-04-22', '2023-04-22',"
        " '14200.00', '170400.00', '511200.00')",
        "INSERT INTO services (id, contract_id, name, units, unit_price, uptime_pct) VALUES"
        " (1, 1, 'ERP-server', 1, '14200.00', '99.5')",
        'INSERT INTO incidents (id, contract_id, service_id, start, "end", cause, description,'
        " start_utc, end_utc) VALUES (1, 1, 1, '2026-02-10T08:15:00+01:00',"
        " '2026-02-10T11:45:00+01:00', 'supplier', 'Innlogging feilet',"
        " '2026-02-10T07:15:00+00:00', '2026-02-10T10:45:00+00:00')",
        "INSERT INTO complaints (id, contract_id, delivered, discovered, complained, channel,"
        " nature, extent, status) VALUES (1, 1, '2023-04-22', '2026-02-10', '2026-02-12',"
        " 'email', 'Driftsstans', 'Tre timer', 'open')",
        "INSERT INTO delivery_notices (id, contract_id, sent, rejected_on, rejection_reason,"
        " rejection_significant) VALUES (1, 1, '2023-04-05', '2023-04-12', 'Mangler backup', 1)",
        "INSERT INTO terminations (id, contract_id, received, from_contact, from_email,"
        " by_supplier, effective_end, planned_deletion, transfer_done) VALUES (1, 1,"
        " '2026-01-20', 'Ola Kristiansen', 'ola@sokna.example.no', 0, '2026-04-30',"
        " '2026-05-30', '{\"users\":\"2026-02-01\"}')",
        "INSERT INTO checklist_items (id, contract_id, phase, task, owner, done_on) VALUES"
        " (1, 1, 1, 'Kartlegge brukere', 'Kunde', '2023-03-30')",
        "INSERT INTO notes (id, contract_id, customer_id, created, text) VALUES"
        " (1, 1, 1, '2026-01-20T09:40:00+01:00', 'Oppsigelse mottatt')",
        "INSERT INTO history (at, user, action, table_name, record_id, before, after) VALUES"
        f" ('{AT}', 'kari', 'insert', 'customers', 1, NULL, '{{\"id\":1}}')",
    ]
    with db.atomic():
        for sql in rows:
            conn.execute(sql)
    conn.execute("VACUUM")
    conn.close()
    return target


if __name__ == "__main__":
    print(make(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET))
