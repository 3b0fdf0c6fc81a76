"""The shared server's schema: numbered SQL migrations, and its functions.

Everything lives in the PostgreSQL schema ``avtalevakt`` of the database the URL names.
Tables change only by a new migration appended to ``MIGRATIONS`` (never edited once
released); the functions are code and are replaced by ``server init`` every time, so a
fixed function reaches a server with the next ``init``.

The server keeps records as JSON objects (``records.data``), keyed by table and global
id (``uid``), so it needs no migration when a record gains a field: which program
version may write is governed by the data format (``meta.data_schema``, see
``functions.sql``'s ``check_client``).
"""

from __future__ import annotations

from . import documents as _documents

#: (number, what it does, SQL). The server's schema version is the highest applied.
MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "records, change log, conflicts, PCs",
        """
        CREATE TABLE meta (
            key text PRIMARY KEY,
            value text NOT NULL
        );
        -- Every PC that has synced: its id (the database identity of its SQLite file),
        -- a name people recognise, and how far it has read the change log.
        CREATE TABLE pcs (
            pc uuid PRIMARY KEY,
            name text NOT NULL DEFAULT '',
            login text NOT NULL DEFAULT session_user,
            first_seen timestamptz NOT NULL DEFAULT now(),
            last_seen timestamptz NOT NULL DEFAULT now(),
            pulled bigint NOT NULL DEFAULT 0,
            client_schema integer NOT NULL DEFAULT 0
        );
        -- The current shared state of every record (tombstones: deleted = true).
        CREATE TABLE records (
            tbl text NOT NULL,
            uid uuid NOT NULL,
            version bigint NOT NULL,
            data jsonb NOT NULL,
            deleted boolean NOT NULL DEFAULT false,
            seq bigint NOT NULL,
            PRIMARY KEY (tbl, uid)
        );
        -- Which record refers to which (contract -> customer ...): a delete of a record
        -- that another PC has just given a child is a conflict, never a dangling child.
        CREATE TABLE links (
            parent_tbl text NOT NULL,
            parent_uid uuid NOT NULL,
            child_tbl text NOT NULL,
            child_uid uuid NOT NULL,
            PRIMARY KEY (parent_tbl, parent_uid, child_tbl, child_uid)
        );
        CREATE INDEX links_child ON links (child_tbl, child_uid);
        -- The change log, in commit order (see functions.sql: push takes a lock that
        -- makes seq order commit order). One row per change a PC sent, keyed by
        -- (pc, change_no) so a change is applied once; change_no is NULL for rows the
        -- server adds itself (a record restored because a child was added to it).
        CREATE SEQUENCE log_seq;
        CREATE TABLE log (
            seq bigint PRIMARY KEY,
            pc uuid NOT NULL,
            change_no bigint,
            tbl text NOT NULL,
            uid uuid NOT NULL,
            action text NOT NULL,
            version bigint NOT NULL,
            at timestamptz NOT NULL,
            os_user text NOT NULL DEFAULT '',
            login text NOT NULL DEFAULT session_user,
            changed jsonb NOT NULL DEFAULT '{}',
            data jsonb,
            deleted boolean NOT NULL DEFAULT false,
            conflicts jsonb NOT NULL DEFAULT '[]',
            clean boolean NOT NULL DEFAULT true,
            digest text NOT NULL DEFAULT '',
            committed timestamptz NOT NULL DEFAULT now(),
            UNIQUE (pc, change_no)
        );
        CREATE INDEX log_record ON log (tbl, uid, seq);
        -- A field two PCs changed from the same starting value: the server's value
        -- stayed (theirs), the other one is kept here (mine), until someone resolves it
        -- with a normal edit. kind: 'field', 'delete' (a delete that clashed with an
        -- edit: the record was kept), 'edit_deleted' (an edit of a deleted record: it
        -- was restored).
        CREATE TABLE conflicts (
            id bigserial PRIMARY KEY,
            tbl text NOT NULL,
            uid uuid NOT NULL,
            field text,
            kind text NOT NULL DEFAULT 'field',
            base jsonb,
            theirs jsonb,
            theirs_pc uuid,
            theirs_user text NOT NULL DEFAULT '',
            theirs_at timestamptz,
            mine jsonb,
            mine_pc uuid NOT NULL,
            mine_user text NOT NULL DEFAULT '',
            mine_at timestamptz NOT NULL,
            opened_seq bigint NOT NULL,
            resolved_seq bigint,
            resolved_pc uuid,
            resolved_user text
        );
        CREATE INDEX conflicts_open ON conflicts (tbl, uid) WHERE resolved_seq IS NULL;
        """,
    ),
    (
        2,
        "tombstones found fast",
        # purge_tombstones() looks for deleted records older than every PC's position
        """
        CREATE INDEX records_tombstones ON records (seq) WHERE deleted;
        """,
    ),
]

# issue 15: the documents behind attachments (remind's, kept in server/documents.py)
MIGRATIONS.append(_documents.MIGRATION)

SERVER_SCHEMA = max(number for number, _, _ in MIGRATIONS)
