"""The server's side of the documents behind attachments (issue 15 item 5).

The attachment *records* are shared as every record (``codec.SPECS``); their bytes are
kept here, content-addressed as on each PC (``storage.documents``): ``documents`` lists
the complete ones (hash, size, number of parts, which PC and login sent it first),
``document_parts`` holds their bytes in parts of ``PART`` (1 MiB), so neither side ever
has a 50 MB document in one message or in memory at once.

A PC sends a document part by part (``put_document_part``), then ``finish_document``,
which checks here that the parts are all there and hash to the name they were sent
under before the document is listed: a document on the server is always whole and what
its hash says (a broken upload is dropped and sent again at the next round). Parts of a
listed document are never written again. ``documents_known`` tells which of some hashes
the server has (with size and parts); ``get_document_part`` reads one part.

Decision: documents stay on the server once sent, also when every attachment to them
was removed (a document is small next to the log, and a PC that restores a backup may
still refer to it); pruning them is left for a later server migration.

Kept beside ``functions.py`` (share's), which appends these to the functions every
``server init`` replaces; the tables are server migration 3.
"""

from __future__ import annotations

from app.domain.attachments import MAX_BYTES
from app.storage.documents import CHUNK

#: Bytes per part (the documents store's chunk: a part is one incremental blob read).
PART = CHUNK
#: Most parts a document may have.
MAX_PARTS = -(-MAX_BYTES // PART)

MIGRATION = (
    3,
    "documents behind attachments",
    """
    -- A document the server has completely (its parts are in document_parts).
    CREATE TABLE documents (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint NOT NULL CHECK (size > 0),
        parts integer NOT NULL CHECK (parts > 0),
        pc uuid NOT NULL,
        login text NOT NULL DEFAULT session_user,
        added timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE document_parts (
        sha256 text NOT NULL,
        part integer NOT NULL CHECK (part >= 0),
        content bytea NOT NULL,
        PRIMARY KEY (sha256, part)
    );
    -- documents are mostly compressed already (PDF, images, Office): kept as they are
    ALTER TABLE document_parts ALTER COLUMN content SET STORAGE EXTERNAL;
    """,
)

FUNCTIONS_SQL = f"""
-- Which of these hashes the server has completely: {{sha256: [size, parts]}}.
CREATE OR REPLACE FUNCTION documents_known(p_hashes text[])
RETURNS jsonb LANGUAGE sql STABLE SECURITY DEFINER SET search_path = avtalevakt, pg_temp AS $fn$
    SELECT coalesce(jsonb_object_agg(sha256, jsonb_build_array(size, parts)), '{{}}'::jsonb)
    FROM documents WHERE sha256 = ANY (p_hashes)
$fn$;

-- One part of a document being sent (sent again: replaced; of a listed document: ignored).
CREATE OR REPLACE FUNCTION put_document_part(p_sha256 text, p_part integer, p_content bytea)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = avtalevakt, pg_temp AS $fn$
BEGIN
    IF p_sha256 !~ '^[0-9a-f]{{64}}$' OR p_part < 0 OR p_part >= {MAX_PARTS}
       OR octet_length(p_content) > {PART} THEN
        RAISE EXCEPTION USING ERRCODE = 'AV002',
            MESSAGE = format('not a part of a document: %s part %s', p_sha256, p_part);
    END IF;
    IF EXISTS (SELECT 1 FROM documents WHERE sha256 = p_sha256) THEN
        RETURN;
    END IF;
    INSERT INTO document_parts (sha256, part, content) VALUES (p_sha256, p_part, p_content)
    ON CONFLICT (sha256, part) DO UPDATE SET content = excluded.content;
END
$fn$;

-- The parts are all sent: 'stored' when they hash to p_sha256 (listed from now on),
-- 'known' when the server had it already, 'damaged' when not (the parts are dropped).
CREATE OR REPLACE FUNCTION finish_document(p_pc uuid, p_sha256 text, p_size bigint,
                                           p_parts integer)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = avtalevakt, pg_temp AS $fn$
DECLARE
    v_count integer;
    v_size bigint;
    v_hash text;
BEGIN
    IF EXISTS (SELECT 1 FROM documents WHERE sha256 = p_sha256) THEN
        RETURN 'known';
    END IF;
    SELECT count(*), coalesce(sum(octet_length(content)), 0) INTO v_count, v_size
    FROM document_parts WHERE sha256 = p_sha256 AND part < p_parts;
    IF p_parts BETWEEN 1 AND {MAX_PARTS} AND p_size BETWEEN 1 AND {MAX_BYTES}
       AND v_count = p_parts AND v_size = p_size THEN
        SELECT encode(sha256(string_agg(content, ''::bytea ORDER BY part)), 'hex') INTO v_hash
        FROM document_parts WHERE sha256 = p_sha256 AND part < p_parts;
    END IF;
    IF v_hash IS DISTINCT FROM p_sha256 THEN
        DELETE FROM document_parts WHERE sha256 = p_sha256;
        RETURN 'damaged';
    END IF;
    DELETE FROM document_parts WHERE sha256 = p_sha256 AND part >= p_parts;
    INSERT INTO documents (sha256, size, parts, pc) VALUES (p_sha256, p_size, p_parts, p_pc)
    ON CONFLICT (sha256) DO NOTHING;
    RETURN 'stored';
END
$fn$;

-- One part of a listed document (NULL for a document the server does not list).
CREATE OR REPLACE FUNCTION get_document_part(p_sha256 text, p_part integer)
RETURNS bytea LANGUAGE sql STABLE SECURITY DEFINER SET search_path = avtalevakt, pg_temp AS $fn$
    SELECT p.content FROM document_parts p JOIN documents d USING (sha256)
    WHERE p.sha256 = p_sha256 AND p.part = p_part
$fn$;
"""

PUBLIC_FUNCTIONS = (
    "documents_known(text[])",
    "put_document_part(text, integer, bytea)",
    "finish_document(uuid, text, bigint, integer)",
    "get_document_part(text, integer)",
)

#: The first server schema with the documents (older servers: records only, until the
#: IT person runs ``server init`` with this program).
SERVER_SCHEMA = MIGRATION[0]
