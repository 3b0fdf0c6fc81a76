"""The database schema, as sqlite-utils ``Migrations``: one named function per change.

Rules (ARCHITECTURE.md): a migration is never edited once released; a change to the
schema is a new function appended at the end, named ``NNNN_what_it_does``. Each runs in
a transaction together with the record of it having been applied, after the backup
taken at start (``database.open_database``). ``tests/storage/data/schema_vN.sqlite``
keeps a database of every earlier version, and the tests migrate each of them.

Storage formats are repr-stable: dates ISO text, times ISO text with their UTC offset
(plus a ``*_utc`` copy for ordering), money and percentages as TEXT decimals (never
REAL), enums as their values, booleans 0/1, nested values as JSON text.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("avtalevakt")

#: The names of every migration, in order; the schema version is how many are applied.
MIGRATION_NAMES: list[str] = []


def change(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    """Register a migration under ``name``; it also sets ``PRAGMA user_version``."""

    def register(func: Callable[[Database], None]) -> Callable[[Database], None]:
        version = len(MIGRATION_NAMES) + 1

        def apply(db: Database) -> None:
            func(db)
            db.execute(f"PRAGMA user_version = {version}")

        apply.__name__ = name
        apply.__doc__ = func.__doc__
        migrations(name=name)(apply)
        MIGRATION_NAMES.append(name)
        return func

    return register


def _run(db: Database, statements: list[str]) -> None:
    for sql in statements:
        db.execute(sql)


def _append_only(table: str) -> list[str]:
    return [
        f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END""",
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END""",
    ]


@change("0001_create_records")
def create_records(db: Database) -> None:
    """Customers, contracts and everything recorded on them; the change history."""
    _run(
        db,
        [
            """CREATE TABLE customers (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                org_number TEXT NOT NULL,
                address TEXT NOT NULL DEFAULT '',
                contacts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(contacts)),
                note TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX customers_org_number ON customers (org_number)",
            "CREATE INDEX customers_name ON customers (name COLLATE NOCASE)",
            """CREATE TABLE contracts (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customers (id),
                title TEXT NOT NULL,
                template TEXT NOT NULL,
                overrides TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(overrides)),
                signed TEXT NOT NULL,
                ordinary_start TEXT,
                delivered TEXT,
                established TEXT,
                monthly_fee TEXT NOT NULL DEFAULT '0',
                annual_fee TEXT NOT NULL DEFAULT '0',
                establishment_fee TEXT NOT NULL DEFAULT '0',
                contract_sum TEXT NOT NULL DEFAULT '0',
                establishment_sum TEXT NOT NULL DEFAULT '0',
                units INTEGER NOT NULL DEFAULT 0,
                unit_price TEXT NOT NULL DEFAULT '0',
                note TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX contracts_customer ON contracts (customer_id)",
            "CREATE INDEX contracts_title ON contracts (title COLLATE NOCASE)",
            "CREATE INDEX contracts_signed ON contracts (signed)",
            """CREATE TABLE services (
                id INTEGER PRIMARY KEY,
                contract_id INTEGER NOT NULL REFERENCES contracts (id),
                name TEXT NOT NULL,
                units INTEGER NOT NULL DEFAULT 1,
                unit_price TEXT NOT NULL DEFAULT '0',
                uptime_pct TEXT
            )""",
            "CREATE INDEX services_contract ON services (contract_id)",
            """CREATE TABLE incidents (
                id INTEGER PRIMARY KEY,
                contract_id INTEGER NOT NULL REFERENCES contracts (id),
                service_id INTEGER REFERENCES services (id),
                start TEXT NOT NULL,
                "end" TEXT,
                cause TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                start_utc TEXT NOT NULL,
                end_utc TEXT
            )""",
            "CREATE INDEX incidents_contract_start ON incidents (contract_id, start_utc)",
            "CREATE INDEX incidents_start ON incidents (start_utc)",
            "CREATE INDEX incidents_service ON incidents (service_id)",
            """CREATE TABLE complaints (
                id INTEGER PRIMARY KEY,
                contract_id INTEGER NOT NULL REFERENCES contracts (id),
                delivered TEXT NOT NULL,
                discovered TEXT,
                complained TEXT NOT NULL,
                channel TEXT NOT NULL,
                nature TEXT NOT NULL,
                extent TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'open',
                note TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX complaints_contract ON complaints (contract_id)",
            """CREATE TABLE delivery_notices (
                id INTEGER PRIMARY KEY,
                contract_id INTEGER NOT NULL REFERENCES contracts (id),
                sent TEXT NOT NULL,
                partial_label TEXT NOT NULL DEFAULT '',
                rejected_on TEXT,
                rejection_reason TEXT NOT NULL DEFAULT '',
                rejection_significant INTEGER NOT NULL DEFAULT 1
            )""",
            "CREATE INDEX delivery_notices_contract ON delivery_notices (contract_id)",
            """CREATE TABLE terminations (
                id INTEGER PRIMARY KEY,
                contract_id INTEGER NOT NULL REFERENCES contracts (id),
                received TEXT NOT NULL,
                from_contact TEXT NOT NULL,
                from_email TEXT NOT NULL DEFAULT '',
                by_supplier INTEGER NOT NULL DEFAULT 0,
                effective_end TEXT,
                planned_deletion TEXT,
                copy_ordered_on TEXT,
                transfer_done TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(transfer_done)),
                note TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX terminations_contract ON terminations (contract_id)",
            """CREATE TABLE checklist_items (
                id INTEGER PRIMARY KEY,
                contract_id INTEGER NOT NULL REFERENCES contracts (id),
                phase INTEGER NOT NULL,
                task TEXT NOT NULL,
                owner TEXT NOT NULL DEFAULT '',
                done_on TEXT,
                note TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX checklist_items_contract ON checklist_items (contract_id, phase)",
            """CREATE TABLE notes (
                id INTEGER PRIMARY KEY,
                contract_id INTEGER REFERENCES contracts (id),
                customer_id INTEGER REFERENCES customers (id),
                created TEXT NOT NULL,
                text TEXT NOT NULL
            )""",
            "CREATE INDEX notes_contract ON notes (contract_id)",
            "CREATE INDEX notes_customer ON notes (customer_id)",
            # Every change: when, who (OS user), what, the record before and after (JSON).
            """CREATE TABLE history (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                user TEXT NOT NULL,
                action TEXT NOT NULL,
                table_name TEXT NOT NULL,
                record_id INTEGER NOT NULL,
                before TEXT CHECK (before IS NULL OR json_valid(before)),
                after TEXT CHECK (after IS NULL OR json_valid(after))
            )""",
            "CREATE INDEX history_record ON history (table_name, record_id)",
            *_append_only("history"),
            # Imports into this file (housekeeping of the file, not exported).
            """CREATE TABLE imports (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                user TEXT NOT NULL,
                source TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                records INTEGER NOT NULL,
                replaced INTEGER NOT NULL
            )""",
        ],
    )


@change("0002_termination_notice_and_deletion")
def termination_notice_and_deletion(db: Database) -> None:
    """OC 5.3, 5.4: when the deletion notice went out and when the data was deleted."""
    _run(
        db,
        [
            "ALTER TABLE terminations ADD COLUMN notice_sent_on TEXT",
            "ALTER TABLE terminations ADD COLUMN deleted_on TEXT",
        ],
    )


@change("0003_letters")
def letters(db: Database) -> None:
    """Letters produced from a record (issue 5): which, about what, when, and where the file went."""
    _run(
        db,
        [
            """CREATE TABLE letters (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                table_name TEXT NOT NULL,
                record_id INTEGER NOT NULL,
                contract_id INTEGER,
                produced_at TEXT NOT NULL,
                lang TEXT NOT NULL,
                path TEXT NOT NULL DEFAULT '',
                user TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX letters_record ON letters (table_name, record_id)",
            "CREATE INDEX letters_contract ON letters (contract_id)",
        ],
    )


@change("0004_search_keys")
def search_keys(db: Database) -> None:
    """Issue 7: the contract list sorts and filters 10 000 rows in SQL without calling
    Python per row. Customer names and contract titles get their Norwegian sort key
    (``database.sort_key``) and case-folded text as columns, indexed for ordering; the
    repositories write them with every record (``codec.TableSpec.derived``)."""
    _run(
        db,
        [
            "ALTER TABLE customers ADD COLUMN name_key TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE customers ADD COLUMN name_fold TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE contracts ADD COLUMN title_key TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE contracts ADD COLUMN title_fold TEXT NOT NULL DEFAULT ''",
            "UPDATE customers SET name_key = nb_key(name), name_fold = fold(name)",
            "UPDATE contracts SET title_key = nb_key(title), title_fold = fold(title)",
            "CREATE INDEX customers_name_key ON customers (name_key)",
            "CREATE INDEX contracts_title_key ON contracts (title_key)",
        ],
    )


@change("0005_list_order")
def list_order(db: Database) -> None:
    """Issue 7: the complaints and delivery-notices pages page through 20 000 records in
    SQL, newest first; the overview reads the delivery notices of a date range."""
    _run(
        db,
        [
            "CREATE INDEX complaints_complained ON complaints (complained, id)",
            "CREATE INDEX delivery_notices_sent ON delivery_notices (sent, id)",
        ],
    )


@change("0006_incident_period_indexes")
def incident_period_indexes(db: Database) -> None:
    """Issue 7: a contract's quarter reads only the incidents that overlap it. The index on
    (contract, start) found every incident that started before the quarter's end and read
    each row to test its end; with the end in the index (and the id, so that lists still
    come out in (start, id) order without sorting) only the overlapping rows are read.
    Which services a contract's incidents name is answered from an index alone."""
    _run(
        db,
        [
            "DROP INDEX incidents_contract_start",
            "CREATE INDEX incidents_contract_span ON incidents (contract_id, start_utc, id, end_utc)",
            "CREATE INDEX incidents_contract_service ON incidents (contract_id, service_id)",
        ],
    )


#: Tables of editable records (everything ``codec.SPECS`` stores): each has ``uid`` and
#: ``version`` from 0007 on.
RECORD_TABLES = (
    "customers",
    "contracts",
    "services",
    "incidents",
    "complaints",
    "delivery_notices",
    "terminations",
    "checklist_items",
    "notes",
)
#: Append-only tables: each has a ``uid`` from 0007 on (never a version: never changed).
LOG_TABLES = ("history", "letters")

#: ``PRAGMA application_id`` of every Avtalevakt database from 0007 on ("AVTV"): tools
#: such as ``file`` and SQLite itself can tell our files from other SQLite files.
APPLICATION_ID = 0x41565456

#: A version-4 UUID in SQL (SQLite has no UUID function): 122 random bits, the version
#: and variant bits set as RFC 9562 says.
SQL_UUID4 = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || "
    "'-' || lower(hex(randomblob(6)))"
)


def _guard_uid(table: str) -> list[str]:
    """``uid`` is required on insert and never changes (the column was added by ALTER
    TABLE, which cannot give it NOT NULL without a default)."""
    return [
        f"""CREATE TRIGGER {table}_uid_required BEFORE INSERT ON {table}
            WHEN NEW.uid IS NULL BEGIN SELECT RAISE(ABORT, '{table}.uid is required'); END""",
        f"""CREATE TRIGGER {table}_uid_fixed BEFORE UPDATE OF uid ON {table}
            WHEN NEW.uid IS NOT OLD.uid
            BEGIN SELECT RAISE(ABORT, '{table}.uid never changes'); END""",
    ]


@change("0007_record_identity")
def record_identity(db: Database) -> None:
    """Issue 12 (and the ground issue 14's sharing builds on): identities and versions.

    Conventions, for every later migration and every writer (``repositories`` keeps them
    in one function, ``Repository._store``):

    - **The database file** has an identity: ``meta.database_id``, a UUID made when the
      file gets this schema (also the replica id when PCs share records), and
      ``PRAGMA application_id = APPLICATION_ID``. Backups are filed by it and a restore
      refuses a backup of another database. A copy of the file (a backup restored) keeps
      the identity; an import into another file does not carry it.
    - **Every record** (the tables in ``RECORD_TABLES``, and any record table a later
      migration adds) has ``uid`` (a UUID as lowercase text, given when first stored,
      never changed, unique in its table: the record's identity across files and PCs;
      ``id`` stays the readable local number) and ``version`` (an integer: 1 when
      stored, +1 at every write that changes the record; exported and imported as is).
    - A write that starts from a version other than the stored one is refused
      (``errors.StaleRecord``): nothing is overwritten silently.
    - **Append-only tables** (``LOG_TABLES``: history, letters) have a ``uid`` too, and
      no version.

    Existing rows get new UUIDs and version 1.
    """
    statements = [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        f"INSERT INTO meta (key, value) VALUES ('database_id', {SQL_UUID4})",
        f"PRAGMA application_id = {APPLICATION_ID}",
    ]
    for table in RECORD_TABLES:
        statements += [
            f"ALTER TABLE {table} ADD COLUMN uid TEXT",
            f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1"
            " CHECK (version >= 1)",
            f"UPDATE {table} SET uid = {SQL_UUID4}",
            f"CREATE UNIQUE INDEX {table}_uid ON {table} (uid)",
            *_guard_uid(table),
        ]
    # the history is append-only: its triggers are lifted for this one update
    statements += [
        "DROP TRIGGER history_no_update",
        "ALTER TABLE history ADD COLUMN uid TEXT",
        f"UPDATE history SET uid = {SQL_UUID4}",
        *_append_only("history")[:1],
        "CREATE UNIQUE INDEX history_uid ON history (uid)",
        *_guard_uid("history"),
        "ALTER TABLE letters ADD COLUMN uid TEXT",
        f"UPDATE letters SET uid = {SQL_UUID4}",
        "CREATE UNIQUE INDEX letters_uid ON letters (uid)",
        *_guard_uid("letters"),
    ]
    _run(db, statements)


@change("0008_history_chain")
def history_chain(db: Database) -> None:
    """Issue 12: the change history proves itself, as a hash chain (``storage.chain``).

    Every entry from now on carries ``prev_hash`` and ``hash``. Entries already there stay
    *unchained* (no hash is invented for them); their seal (the fold of the chain's hash
    over them, as they are now) is kept in ``meta.history_seal`` and the first new entry
    links to it. ``meta.history_head`` is ``"id:hash"`` of the last chained entry.
    ``imports.broken_history`` records an import whose file's chain did not hold (taken
    with ``--accept-broken-history``: its entries are then unchained).
    """
    from .chain import seal

    _run(
        db,
        [
            "ALTER TABLE history ADD COLUMN prev_hash TEXT",
            "ALTER TABLE history ADD COLUMN hash TEXT",
            "ALTER TABLE imports ADD COLUMN broken_history INTEGER NOT NULL DEFAULT 0",
        ],
    )
    cursor = db.execute(
        "SELECT id, uid, at, user, action, table_name, record_id, before, after"
        " FROM history ORDER BY id"
    )
    names = [d[0] for d in cursor.description]
    value = seal(dict(zip(names, row, strict=True)) for row in cursor)
    db.execute("INSERT INTO meta (key, value) VALUES ('history_seal', ?)", [value])


@change("0010_template_variants")
def template_variants(db: Database) -> None:
    """Issue 11: the user's template variants ("Sodvin 2025 med 15 dagers godkjenning").

    ``template_variants`` holds a built-in template (``base``) with defaults of its own
    (``defaults``: overrides of the base template's terms, JSON) and a ``name``. ``key``
    is what a contract on the variant stores in ``contracts.template`` (made from the
    name and the uid when first stored, never changed: a renamed variant keeps its
    contracts). A record table with 0007's conventions: ``uid``, ``version``.
    """
    _run(
        db,
        [
            """CREATE TABLE template_variants (
                id INTEGER PRIMARY KEY,
                uid TEXT,
                version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
                key TEXT NOT NULL,
                name TEXT NOT NULL,
                base TEXT NOT NULL,
                defaults TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(defaults)),
                note TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE UNIQUE INDEX template_variants_uid ON template_variants (uid)",
            "CREATE UNIQUE INDEX template_variants_key ON template_variants (key)",
            *_guard_uid("template_variants"),
            """CREATE TRIGGER template_variants_key_fixed BEFORE UPDATE OF key
                ON template_variants WHEN NEW.key IS NOT OLD.key
                BEGIN SELECT RAISE(ABORT, 'template_variants.key never changes'); END""",
        ],
    )


@change("0011_sync_outbox")
def sync_outbox(db: Database) -> None:
    """Issue 14: sharing records between PCs through a PostgreSQL server.

    - ``outbox``: every local change of a record, written by the repositories' one write
      function in the same transaction as the record and its history entry
      (``storage.outbox``); ``change_no`` never reused (AUTOINCREMENT); ``seq`` is the
      server's log position once it took the change, ``conflicted`` the fields for which
      it kept its own value; ``initial`` marks the inserts that bring a record older than
      the outbox to its first server (sent first). Rows go once the pulled log has
      passed them.
    - ``sync_state``: the server, this file's position in its log, the last sync.
    - ``sync_conflicts``: the server's open and resolved conflicts (its ids).
    - ``sync_pcs``: the names of the PCs whose changes arrived here.
    - ``history.origin_pc`` / ``origin_change``: which PC's change (its number there) an
      entry records; unique, so a change arrives in the history exactly once.
    """
    _run(
        db,
        [
            """CREATE TABLE outbox (
                change_no INTEGER PRIMARY KEY AUTOINCREMENT,
                table_name TEXT NOT NULL,
                uid TEXT NOT NULL,
                action TEXT NOT NULL,
                old TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(old)),
                new TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(new)),
                parents TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(parents)),
                at TEXT NOT NULL,
                user TEXT NOT NULL,
                conflict INTEGER,
                digest TEXT NOT NULL,
                seq INTEGER,
                conflicted TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(conflicted)),
                initial INTEGER NOT NULL DEFAULT 0
            )""",
            "CREATE INDEX outbox_record ON outbox (table_name, uid)",
            "CREATE INDEX outbox_seq ON outbox (seq)",
            "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """CREATE TABLE sync_conflicts (
                id INTEGER PRIMARY KEY,
                tbl TEXT NOT NULL,
                uid TEXT NOT NULL,
                field TEXT,
                kind TEXT NOT NULL,
                base TEXT,
                theirs TEXT,
                theirs_pc TEXT,
                theirs_user TEXT,
                theirs_at TEXT,
                mine TEXT,
                mine_pc TEXT,
                mine_user TEXT,
                mine_at TEXT,
                opened_seq INTEGER,
                resolved_seq INTEGER,
                resolved_pc TEXT,
                resolved_user TEXT
            )""",
            "CREATE INDEX sync_conflicts_record ON sync_conflicts (tbl, uid)",
            "CREATE TABLE sync_pcs (pc TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '')",
            "ALTER TABLE history ADD COLUMN origin_pc TEXT",
            "ALTER TABLE history ADD COLUMN origin_change INTEGER",
            "CREATE UNIQUE INDEX history_origin ON history (origin_pc, origin_change)"
            " WHERE origin_change IS NOT NULL",
        ],
    )


def _new_record_table(table: str, columns: str, *, checks: str = "") -> list[str]:
    """A table of records made after 0007, with its conventions from the start: ``uid``
    (required, unique, never changed) and ``version`` (see ``record_identity``)."""
    return [
        f"""CREATE TABLE {table} (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
            {columns}{checks}
        )""",
        f"CREATE UNIQUE INDEX {table}_uid ON {table} (uid)",
        *_guard_uid(table)[1:],
    ]


#: Attachment field -> the table of the record it belongs to (``domain.attachments``).
ATTACHMENT_OWNERS = {
    "customer_id": "customers",
    "contract_id": "contracts",
    "complaint_id": "complaints",
    "delivery_notice_id": "delivery_notices",
    "termination_id": "terminations",
    "incident_id": "incidents",
}


@change("0014_attachments")
def attachments(db: Database) -> None:
    """Issue 15: documents attached to records. A row is the record of one attachment
    (name, media type, size, SHA-256, when and by whom); the bytes are in the documents
    store beside the database (``storage.documents``), once per content. It belongs to
    exactly one customer, contract, complaint, delivery notice, termination or incident:
    a reference of its own to each, so a record with attachments is not deleted in
    cascade and an import checks them like every other reference."""
    owners = ",\n            ".join(
        f"{name} INTEGER REFERENCES {table} (id)" for name, table in ATTACHMENT_OWNERS.items()
    )
    one_owner = " + ".join(f"({name} IS NOT NULL)" for name in ATTACHMENT_OWNERS)
    _run(
        db,
        [
            *_new_record_table(
                "attachments",
                f"""{owners},
            name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size > 0),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            added TEXT NOT NULL,
            added_by TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT 'file',
            note TEXT NOT NULL DEFAULT ''""",
                checks=f",\n            CHECK ({one_owner} = 1)",
            ),
            *(
                f"CREATE INDEX attachments_{name} ON attachments ({name}) WHERE {name} IS NOT NULL"
                for name in ATTACHMENT_OWNERS
            ),
            "CREATE INDEX attachments_sha256 ON attachments (sha256)",
        ],
    )


@change("0015_reminder_acks")
def reminder_acks(db: Database) -> None:
    """Issue 15: a user's acknowledgement ("sett") or snooze of a reminder, appended (the
    newest of a user's counts). It names the deadline by kind, its record's table and
    ``uid`` (not a reference: it must never stop a record from being deleted, and means
    the same on every PC) and the date the deadline had, so a changed date re-arms."""
    _run(
        db,
        [
            *_new_record_table(
                "reminder_acks",
                """kind TEXT NOT NULL,
            table_name TEXT NOT NULL DEFAULT '',
            record_uid TEXT,
            deadline TEXT NOT NULL,
            user TEXT NOT NULL,
            at TEXT NOT NULL,
            snoozed_until TEXT""",
            ),
            "CREATE INDEX reminder_acks_deadline ON reminder_acks (deadline)",
        ],
    )


@change("0022_open_incidents_index")
def open_incidents_index(db: Database) -> None:
    """Issue 16: the overview counts the incidents still going on (no end) each time it
    is computed; without an index that read every incident (25 ms of a 200 000-incident
    desk's start, growing with every incident ever recorded). A partial index holds only
    the open ones, so the count is as quick as there are open incidents."""
    _run(db, ['CREATE INDEX incidents_open ON incidents (id) WHERE "end" IS NULL'])


SCHEMA_VERSION = len(MIGRATION_NAMES)
