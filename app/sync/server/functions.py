"""The server's functions (PL/pgSQL), replaced by every ``server init``.

PCs never write the tables: they call ``push`` and ``pull`` (``SECURITY DEFINER``, owned
by the schema's owner role), so the change log cannot be rewritten by a client.

- **Commit order.** ``push`` first takes ``LOCK TABLE log IN SHARE ROW EXCLUSIVE MODE``
  (it conflicts with itself, not with readers) and only then draws sequence numbers, so
  one push at a time numbers its changes and commits before the next one gets a number:
  the order of ``seq`` is the order of commits, and a reader that has seen ``seq = n``
  will never later find a committed row below ``n``. (A sequence alone has holes under
  concurrent writers: a transaction that drew 9 can commit after one that drew 10.)
- **Once only.** Every change carries ``(pc, change_no)``; a change already in the log is
  not applied again, its stored answer is returned (a retry after a lost reply).
- **Merge.** An update carries, per field, the value the user started from (``old``) and
  the new one. A field still at its starting value on the server takes the new value;
  a field someone else changed meanwhile keeps the server's value and the other one goes
  to ``conflicts`` (both values, who, when, the starting value). Clock times are kept for
  people, never compared. A delete that clashes with an edit (a field changed since the
  deleter saw it, or a child added meanwhile) keeps the record; an edit of a deleted
  record restores it; both are conflicts. Nothing sent is ever dropped.
"""

from __future__ import annotations

from . import documents as _documents

#: The channel ``push`` notifies (payload: the last seq it wrote) when it commits.
CHANNEL = "avtalevakt_changes"

#: SQLSTATE of a client whose data format is older than the server's.
CLIENT_TOO_OLD = "AV001"

FUNCTIONS_SQL = r"""
-- Every function is dropped and made again, so none of an older signature stays behind.
DO $drop$
DECLARE
    f record;
BEGIN
    FOR f IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
             JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'avtalevakt'
    LOOP
        EXECUTE 'DROP FUNCTION ' || f.signature;
    END LOOP;
END
$drop$;

CREATE OR REPLACE FUNCTION check_client(p_schema integer, p_raise boolean)
RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE
    v_schema integer;
BEGIN
    SELECT value::integer INTO v_schema FROM meta WHERE key = 'data_schema';
    v_schema := coalesce(v_schema, 0);
    IF p_schema < v_schema THEN
        RAISE EXCEPTION USING
            ERRCODE = 'AV001',
            MESSAGE = format('client data schema %s is older than the server''s %s',
                             p_schema, v_schema),
            DETAIL = v_schema::text;
    END IF;
    IF p_raise AND p_schema > v_schema THEN
        -- A newer program writes: from now on older ones must upgrade before they sync.
        INSERT INTO meta (key, value) VALUES ('data_schema', p_schema::text)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value;
        v_schema := p_schema;
    END IF;
    RETURN v_schema;
END
$fn$;

CREATE OR REPLACE FUNCTION hello(p_pc uuid, p_name text, p_schema integer)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = avtalevakt, pg_temp AS $fn$
DECLARE
    v_data_schema integer;
BEGIN
    v_data_schema := check_client(p_schema, false);
    INSERT INTO pcs (pc, name, client_schema) VALUES (p_pc, p_name, p_schema)
    ON CONFLICT (pc) DO UPDATE
        SET name = excluded.name, login = session_user, last_seen = now(),
            client_schema = excluded.client_schema;
    RETURN jsonb_build_object(
        'server_schema', (SELECT value::integer FROM meta WHERE key = 'server_schema'),
        'server_id', (SELECT value FROM meta WHERE key = 'server_id'),
        'data_schema', v_data_schema,
        'last_seq', (SELECT coalesce(max(seq), 0) FROM log),
        'last_change_no', (SELECT coalesce(max(change_no), 0) FROM log WHERE pc = p_pc),
        'login', session_user
    );
END
$fn$;

-- The log row that last set a field of a record (who the server's value came from);
-- without a field (''), the record's last change: who changed what a delete clashed with
-- (it named the record's creator, seen in a real window).
CREATE OR REPLACE FUNCTION last_setter(p_tbl text, p_uid uuid, p_field text)
RETURNS log LANGUAGE sql STABLE AS $fn$
    SELECT * FROM log
    WHERE tbl = p_tbl AND uid = p_uid
      AND (p_field = '' OR changed ? p_field OR action = 'insert')
    ORDER BY seq DESC LIMIT 1
$fn$;

CREATE OR REPLACE FUNCTION open_conflict(
    p_tbl text, p_uid uuid, p_field text, p_kind text, p_base jsonb, p_theirs jsonb,
    p_mine jsonb, p_pc uuid, p_user text, p_at timestamptz, p_seq bigint
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
    v_conflict conflicts%ROWTYPE;
    v_setter log%ROWTYPE;
BEGIN
    -- The same PC editing its own losing value again continues its conflict.
    IF p_kind = 'field' THEN
        UPDATE conflicts SET mine = p_mine, mine_user = p_user, mine_at = p_at
        WHERE id = (SELECT id FROM conflicts
                    WHERE tbl = p_tbl AND uid = p_uid AND field = p_field
                      AND resolved_seq IS NULL AND mine_pc = p_pc
                      AND mine IS NOT DISTINCT FROM p_base
                    ORDER BY id DESC LIMIT 1)
        RETURNING * INTO v_conflict;
        IF FOUND THEN
            RETURN to_jsonb(v_conflict);
        END IF;
    END IF;
    v_setter := last_setter(p_tbl, p_uid, coalesce(p_field, ''));
    INSERT INTO conflicts (tbl, uid, field, kind, base, theirs, theirs_pc, theirs_user,
                           theirs_at, mine, mine_pc, mine_user, mine_at, opened_seq)
    VALUES (p_tbl, p_uid, p_field, p_kind, p_base, p_theirs, v_setter.pc, coalesce(v_setter.os_user, ''),
            v_setter.at, p_mine, p_pc, p_user, p_at, p_seq)
    RETURNING * INTO v_conflict;
    RETURN to_jsonb(v_conflict);
END
$fn$;

-- A record's last state in the log: a tombstone purged from ``records`` (every PC had
-- read past its delete) is still there, so a late edit or child can bring it back.
CREATE OR REPLACE FUNCTION purged_state(p_tbl text, p_uid uuid)
RETURNS log LANGUAGE sql STABLE AS $fn$
    SELECT * FROM log WHERE tbl = p_tbl AND uid = p_uid AND data IS NOT NULL
    ORDER BY seq DESC LIMIT 1
$fn$;

-- A record some PC deleted comes back, because another PC gave it a child meanwhile.
CREATE OR REPLACE FUNCTION restore_parent(
    p_pc uuid, p_tbl text, p_uid uuid, p_user text, p_at timestamptz, p_child text
) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
    v_cur records%ROWTYPE;
    v_seq bigint;
    v_conflict jsonb;
BEGIN
    SELECT * INTO v_cur FROM records WHERE tbl = p_tbl AND uid = p_uid FOR UPDATE;
    IF NOT FOUND THEN
        -- purged: its last state from the log
        SELECT tbl, uid, version, data, true, seq INTO v_cur
        FROM purged_state(p_tbl, p_uid);
        IF NOT FOUND OR v_cur.data IS NULL THEN
            RETURN;
        END IF;
    ELSIF NOT v_cur.deleted THEN
        RETURN;
    END IF;
    v_seq := nextval('log_seq');
    v_conflict := open_conflict(p_tbl, p_uid, NULL, 'delete', NULL, 'null'::jsonb,
                                to_jsonb(p_child), p_pc, p_user, p_at, v_seq);
    INSERT INTO records (tbl, uid, version, data, deleted, seq)
    VALUES (p_tbl, p_uid, v_cur.version + 1, v_cur.data, false, v_seq)
    ON CONFLICT (tbl, uid) DO UPDATE
        SET deleted = false, version = excluded.version, seq = excluded.seq;
    INSERT INTO log (seq, pc, change_no, tbl, uid, action, version, at, os_user, changed,
                     data, deleted, conflicts, clean)
    VALUES (v_seq, p_pc, NULL, p_tbl, p_uid, 'restore', v_cur.version + 1, p_at, p_user,
            '{}', v_cur.data, false, jsonb_build_array(v_conflict), false);
END
$fn$;

CREATE OR REPLACE FUNCTION apply_change(p_pc uuid, c jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
    v_no bigint := (c->>'no')::bigint;
    v_tbl text := c->>'table';
    v_uid uuid := (c->>'uid')::uuid;
    v_action text := c->>'action';
    v_at timestamptz := (c->>'at')::timestamptz;
    v_user text := coalesce(c->>'user', '');
    v_new jsonb := coalesce(c->'new', '{}'::jsonb);
    v_old jsonb := coalesce(c->'old', '{}'::jsonb);
    v_prev log%ROWTYPE;
    v_cur records%ROWTYPE;
    v_found boolean;
    v_data jsonb;
    v_deleted boolean := false;
    v_version bigint := 0;
    v_changed jsonb := '{}'::jsonb;
    v_conflicts jsonb := '[]'::jsonb;
    v_modified boolean := false;
    v_seq bigint;
    v_key text;
    v_mine jsonb;
    v_base jsonb;
    v_theirs jsonb;
    v_parent jsonb;
    v_row conflicts%ROWTYPE;
BEGIN
    SELECT * INTO v_prev FROM log WHERE pc = p_pc AND change_no = v_no;
    IF FOUND THEN
        RETURN jsonb_build_object('no', v_no, 'seq', v_prev.seq, 'version', v_prev.version,
                                  'conflicts', v_prev.conflicts, 'clean', v_prev.clean,
                                  'replayed', true);
    END IF;

    -- Parents first: one deleted meanwhile comes back (before this row in the log).
    IF v_action IN ('insert', 'update') AND jsonb_typeof(c->'parents') = 'array' THEN
        FOR v_parent IN SELECT value FROM jsonb_array_elements(c->'parents') LOOP
            PERFORM restore_parent(p_pc, v_parent->>0, (v_parent->>1)::uuid, v_user, v_at,
                                   v_tbl);
        END LOOP;
    END IF;

    v_seq := nextval('log_seq');
    SELECT * INTO v_cur FROM records WHERE tbl = v_tbl AND uid = v_uid FOR UPDATE;
    v_found := FOUND;
    IF NOT v_found AND v_action <> 'insert' THEN
        -- a tombstone purged meanwhile: the record as it was deleted (from the log)
        SELECT tbl, uid, version, data, true, seq INTO v_cur
        FROM purged_state(v_tbl, v_uid);
        v_found := FOUND AND v_cur.data IS NOT NULL;
    END IF;
    IF v_found THEN
        v_data := v_cur.data;
        v_deleted := v_cur.deleted;
        v_version := v_cur.version;
    END IF;

    IF v_action = 'resolve' THEN
        UPDATE conflicts SET resolved_seq = v_seq, resolved_pc = p_pc, resolved_user = v_user
        WHERE id = (c->>'conflict')::bigint AND resolved_seq IS NULL
        RETURNING * INTO v_row;
        IF FOUND THEN
            v_conflicts := jsonb_build_array(to_jsonb(v_row));
        END IF;
    ELSIF v_action IN ('insert', 'update') THEN
        IF NOT v_found THEN
            IF v_action = 'update' THEN
                RAISE EXCEPTION 'update of a record the server does not have: % %', v_tbl, v_uid;
            END IF;
            v_data := v_new;
            v_modified := true;
            SELECT coalesce(jsonb_object_agg(key, jsonb_build_array(NULL, value)), '{}'::jsonb)
            INTO v_changed FROM jsonb_each(v_new);
        ELSE
            IF v_deleted THEN
                -- An edit of a record deleted meanwhile: the edit wins, the record is back.
                v_deleted := false;
                v_modified := true;
                v_conflicts := v_conflicts || open_conflict(
                    v_tbl, v_uid, NULL, 'edit_deleted', NULL, 'null'::jsonb, v_new, p_pc,
                    v_user, v_at, v_seq);
            END IF;
            FOR v_key, v_mine IN SELECT key, value FROM jsonb_each(v_new) LOOP
                v_theirs := coalesce(v_data -> v_key, 'null'::jsonb);
                v_base := coalesce(v_old -> v_key, 'null'::jsonb);
                IF v_theirs = v_mine THEN
                    CONTINUE;
                ELSIF v_theirs = v_base THEN
                    v_data := jsonb_set(v_data, ARRAY[v_key], v_mine);
                    v_changed := v_changed || jsonb_build_object(
                        v_key, jsonb_build_array(v_theirs, v_mine));
                    v_modified := true;
                ELSE
                    v_conflicts := v_conflicts || open_conflict(
                        v_tbl, v_uid, v_key, 'field', v_base, v_theirs, v_mine, p_pc, v_user,
                        v_at, v_seq);
                END IF;
            END LOOP;
        END IF;
        IF jsonb_typeof(c->'parents') = 'array' THEN
            DELETE FROM links WHERE child_tbl = v_tbl AND child_uid = v_uid;
            INSERT INTO links (parent_tbl, parent_uid, child_tbl, child_uid)
            SELECT value->>0, (value->>1)::uuid, v_tbl, v_uid
            FROM jsonb_array_elements(c->'parents')
            ON CONFLICT DO NOTHING;
        END IF;
    ELSIF v_action = 'delete' THEN
        IF v_found AND NOT v_deleted THEN
            IF EXISTS (SELECT 1 FROM jsonb_each(v_data) d
                       WHERE d.value IS DISTINCT FROM coalesce(v_old -> d.key, 'null'::jsonb))
               OR EXISTS (SELECT 1 FROM links l
                          JOIN records r ON r.tbl = l.child_tbl AND r.uid = l.child_uid
                          WHERE l.parent_tbl = v_tbl AND l.parent_uid = v_uid
                            AND NOT r.deleted) THEN
                -- Changed (or given a child) since the deleter saw it: the record stays.
                v_conflicts := v_conflicts || open_conflict(
                    v_tbl, v_uid, NULL, 'delete', v_old, v_data, 'null'::jsonb, p_pc, v_user,
                    v_at, v_seq);
            ELSE
                v_deleted := true;
                v_modified := true;
                DELETE FROM links WHERE child_tbl = v_tbl AND child_uid = v_uid;
            END IF;
        END IF;
    ELSE
        RAISE EXCEPTION 'unknown action %', v_action;
    END IF;

    IF v_modified THEN
        v_version := v_version + 1;
        INSERT INTO records (tbl, uid, version, data, deleted, seq)
        VALUES (v_tbl, v_uid, v_version, v_data, v_deleted, v_seq)
        ON CONFLICT (tbl, uid) DO UPDATE
            SET version = excluded.version, data = excluded.data,
                deleted = excluded.deleted, seq = excluded.seq;
    END IF;
    INSERT INTO log (seq, pc, change_no, tbl, uid, action, version, at, os_user, changed,
                     data, deleted, conflicts, clean, digest)
    VALUES (v_seq, p_pc, v_no, v_tbl, v_uid, v_action, v_version, v_at, v_user, v_changed,
            v_data, v_deleted, v_conflicts, v_conflicts = '[]'::jsonb,
            coalesce(c->>'digest', ''));
    RETURN jsonb_build_object('no', v_no, 'seq', v_seq, 'version', v_version,
                              'conflicts', v_conflicts, 'clean', v_conflicts = '[]'::jsonb);
END
$fn$;

-- A chunk of nothing but inserts of records the server has never had (a PC joining with
-- its records, issue 14: a first sync of 270 000 records) written by set: the very rows
-- apply_change would write one by one (seq in the chunk's order, version 1, no
-- conflicts). NULL, and nothing written, when any change of the chunk is not such an
-- insert (already in the log: a retry; a record the server has; a uid twice; a parent
-- deleted or purged, which apply_change would bring back): push then goes one by one.
CREATE OR REPLACE FUNCTION push_new(p_pc uuid, p_changes jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
    v_n integer := jsonb_array_length(p_changes);
    v_first bigint;
    v_results jsonb;
BEGIN
    IF v_n = 0 THEN
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(p_changes) c
               WHERE c->>'action' IS DISTINCT FROM 'insert'
                  OR jsonb_typeof(coalesce(c->'parents', '[]'::jsonb)) <> 'array')
       OR (SELECT count(DISTINCT (c->>'table', c->>'uid'))
           FROM jsonb_array_elements(p_changes) c) <> v_n
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(p_changes) c
                  JOIN log l ON l.pc = p_pc AND l.change_no = (c->>'no')::bigint)
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(p_changes) c
                  JOIN records r ON r.tbl = c->>'table' AND r.uid = (c->>'uid')::uuid)
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(p_changes) c,
                       jsonb_array_elements(coalesce(c->'parents', '[]'::jsonb)) p
                  WHERE EXISTS (SELECT 1 FROM records r
                                WHERE r.tbl = p->>0 AND r.uid = (p->>1)::uuid AND r.deleted)
                     OR (NOT EXISTS (SELECT 1 FROM records r
                                     WHERE r.tbl = p->>0 AND r.uid = (p->>1)::uuid)
                         AND EXISTS (SELECT 1 FROM log l WHERE l.tbl = p->>0
                                     AND l.uid = (p->>1)::uuid AND l.data IS NOT NULL)))
    THEN
        RETURN NULL;
    END IF;
    -- the numbers apply_change would draw one by one (push holds the log's lock)
    v_first := nextval('log_seq');
    PERFORM setval('log_seq', v_first + v_n - 1);
    DELETE FROM links l USING jsonb_array_elements(p_changes) c
    WHERE l.child_tbl = c->>'table' AND l.child_uid = (c->>'uid')::uuid;
    WITH input AS MATERIALIZED (
        SELECT v_first + e.ord - 1 AS seq, (e.c->>'no')::bigint AS no, e.c->>'table' AS tbl,
               (e.c->>'uid')::uuid AS uid, coalesce(e.c->'new', '{}'::jsonb) AS data,
               (e.c->>'at')::timestamptz AS at, coalesce(e.c->>'user', '') AS os_user,
               coalesce(e.c->>'digest', '') AS digest,
               coalesce(e.c->'parents', '[]'::jsonb) AS parents
        FROM jsonb_array_elements(p_changes) WITH ORDINALITY AS e(c, ord)
    ), linked AS (
        INSERT INTO links (parent_tbl, parent_uid, child_tbl, child_uid)
        SELECT p->>0, (p->>1)::uuid, i.tbl, i.uid
        FROM input i, jsonb_array_elements(i.parents) p
        ON CONFLICT DO NOTHING
    ), stored AS (
        INSERT INTO records (tbl, uid, version, data, deleted, seq)
        SELECT tbl, uid, 1, data, false, seq FROM input
    ), logged AS (
        INSERT INTO log (seq, pc, change_no, tbl, uid, action, version, at, os_user, changed,
                         data, deleted, conflicts, clean, digest)
        SELECT seq, p_pc, no, tbl, uid, 'insert', 1, at, os_user,
               (SELECT coalesce(jsonb_object_agg(key, jsonb_build_array(NULL, value)),
                                '{}'::jsonb) FROM jsonb_each(data)),
               data, false, '[]'::jsonb, true, digest
        FROM input
    )
    SELECT jsonb_agg(jsonb_build_object('no', no, 'seq', seq, 'version', 1,
                                        'conflicts', '[]'::jsonb, 'clean', true) ORDER BY seq)
    INTO v_results FROM input;
    RETURN v_results;
END
$fn$;

CREATE OR REPLACE FUNCTION push(p_pc uuid, p_schema integer, p_changes jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = avtalevakt, pg_temp AS $fn$
DECLARE
    v_change jsonb;
    v_results jsonb[] := '{}';
    v_result jsonb;
    v_last bigint := 0;
BEGIN
    PERFORM check_client(p_schema, true);
    -- Commit order (see the module docstring): one push at a time numbers its changes.
    LOCK TABLE log IN SHARE ROW EXCLUSIVE MODE;
    INSERT INTO pcs (pc, client_schema) VALUES (p_pc, p_schema)
    ON CONFLICT (pc) DO UPDATE SET last_seen = now(), login = session_user;
    v_result := push_new(p_pc, p_changes);
    IF v_result IS NOT NULL THEN
        PERFORM pg_notify('avtalevakt_changes',
                          (v_result -> (jsonb_array_length(v_result) - 1) ->> 'seq'));
        RETURN v_result;
    END IF;
    FOR v_change IN SELECT value FROM jsonb_array_elements(p_changes) LOOP
        v_result := apply_change(p_pc, v_change);
        v_results := array_append(v_results, v_result);
        v_last := greatest(v_last, (v_result->>'seq')::bigint);
    END LOOP;
    IF v_last > 0 THEN
        PERFORM pg_notify('avtalevakt_changes', v_last::text);
    END IF;
    RETURN to_jsonb(v_results);
END
$fn$;

-- The change log after position p_after, in commit order, without this PC's own changes
-- that the server took as they were sent ("clean") and that the PC knows it sent
-- (change_no <= p_known; a file restored from a backup gets the later ones back).
-- "upto" is the position to read from next time; rows and upto come from one snapshot.
-- A row carries what a PC applies (``Replica.pulled``), nothing else: not ``changed``,
-- which for an insert is every field again (a first sync's download was twice its
-- size), nor version, clean, digest or committed, which only the server reads.
CREATE OR REPLACE FUNCTION pull(p_pc uuid, p_schema integer, p_after bigint, p_limit integer,
                                p_known bigint)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = avtalevakt, pg_temp AS $fn$
DECLARE
    v_result jsonb;
BEGIN
    PERFORM check_client(p_schema, false);
    UPDATE pcs SET pulled = greatest(pulled, p_after), last_seen = now() WHERE pc = p_pc;
    WITH page AS (
        SELECT log.seq, log.pc, log.change_no, log.tbl, log.uid, log.action, log.at,
               log.os_user, log.login, log.data, log.deleted, log.conflicts,
               coalesce(pcs.name, '') AS pc_name
        FROM log LEFT JOIN pcs USING (pc)
        WHERE seq > p_after AND NOT (log.pc = p_pc AND clean AND change_no <= p_known)
        ORDER BY seq LIMIT p_limit
    ), counted AS (
        SELECT count(*) AS n, max(seq) AS last FROM page
    )
    SELECT jsonb_build_object(
        'rows', coalesce((SELECT jsonb_agg(to_jsonb(page) ORDER BY seq) FROM page), '[]'),
        'upto', CASE WHEN counted.n >= p_limit THEN counted.last
                     ELSE greatest(p_after, (SELECT coalesce(max(seq), 0) FROM log)) END
    ) INTO v_result FROM counted;
    RETURN v_result;
END
$fn$;

-- What the server holds of this PC's changes after change_no p_after: {change_no: digest}.
-- A PC whose file was restored from a backup numbers new changes again from where the
-- backup was; by the digests it tells a retry (same change) from a new one.
CREATE OR REPLACE FUNCTION sent_changes(p_pc uuid, p_after bigint)
RETURNS jsonb LANGUAGE sql STABLE SECURITY DEFINER SET search_path = avtalevakt, pg_temp AS $fn$
    SELECT coalesce(jsonb_object_agg(change_no::text, digest), '{}'::jsonb)
    FROM log WHERE pc = p_pc AND change_no > p_after
$fn$;

-- Tombstones are kept until every PC has read past them (a PC's ``pulled`` is the
-- position it had applied before its latest pull, so its own later edits of a record
-- it has since seen deleted were pushed first). A change that still meets a purged
-- record finds its last state in the log (``purged_state``).
CREATE OR REPLACE FUNCTION purge_tombstones()
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = avtalevakt, pg_temp AS $fn$
DECLARE
    v_done integer;
BEGIN
    DELETE FROM records
    WHERE deleted AND seq <= (SELECT coalesce(min(pulled), 0) FROM pcs);
    GET DIAGNOSTICS v_done = ROW_COUNT;
    RETURN v_done;
END
$fn$;
"""

#: Functions a PC's login may call (the rest are internal to push).
PUBLIC_FUNCTIONS = (
    "hello(uuid, text, integer)",
    "push(uuid, integer, jsonb)",
    "pull(uuid, integer, bigint, integer, bigint)",
    "sent_changes(uuid, bigint)",
    "purge_tombstones()",
)

# issue 15: the documents behind attachments (remind's functions, in server/documents.py)
FUNCTIONS_SQL += _documents.FUNCTIONS_SQL
PUBLIC_FUNCTIONS += _documents.PUBLIC_FUNCTIONS
