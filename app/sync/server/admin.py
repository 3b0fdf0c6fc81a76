"""Setting up the shared server: ``init`` (schema, roles, functions) and ``invite``.

Both connect with an administrator's URL (a superuser, or a role that may create roles
and owns the database). ``init`` is idempotent: run it again after an upgrade and it
applies the migrations not yet applied and replaces the functions, in one transaction.

Roles (cluster-wide, as PostgreSQL roles are): ``avtalevakt_owner`` owns the schema,
its tables and functions and never logs in; ``avtalevakt_users`` is the group every
invited person's login joins: it may call the public functions and read the conflicts,
nothing else. One Avtalevakt database per cluster is the intended set-up.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

import psycopg
from psycopg import sql

from ..connection import ServerError, connect, invitation_for, with_credentials
from .functions import FUNCTIONS_SQL, PUBLIC_FUNCTIONS
from .migrations import MIGRATIONS

SCHEMA = "avtalevakt"
OWNER_ROLE = "avtalevakt_owner"
USERS_ROLE = "avtalevakt_users"
#: PostgreSQL role names for people: plain, lower case, no quoting needed.
LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
#: Readable tables for the users' role (the conflict dialog lists open conflicts).
READABLE = ("conflicts", "pcs", "meta")


@dataclass(frozen=True)
class InitReport:
    before: int  # server schema version found (0: a new server)
    after: int
    applied: tuple[str, ...]


def _ensure_role(conn: psycopg.Connection, name: str) -> None:
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone()
    if not exists:
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))


def _server_schema(conn: psycopg.Connection) -> int:
    found = conn.execute(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND table_name = 'meta'",
        [SCHEMA],
    ).fetchone()
    if not found:
        return 0
    row = conn.execute(f"SELECT value FROM {SCHEMA}.meta WHERE key = 'server_schema'").fetchone()
    return int(row[0]) if row else 0


def init_server(url: str, *, password: str | None = None) -> InitReport:
    """Create or migrate the shared schema, roles and functions (idempotent)."""
    with connect(url, password=password, autocommit=False) as conn:
        try:
            # Two IT people running init at once: the second waits, then finds it done.
            conn.execute("SELECT pg_advisory_xact_lock(hashtext('avtalevakt.init'))")
            _ensure_role(conn, OWNER_ROLE)
            _ensure_role(conn, USERS_ROLE)
            owner, users = sql.Identifier(OWNER_ROLE), sql.Identifier(USERS_ROLE)
            schema = sql.Identifier(SCHEMA)
            conn.execute(
                sql.SQL("CREATE SCHEMA IF NOT EXISTS {} AUTHORIZATION {}").format(schema, owner)
            )
            before = _server_schema(conn)
            # Everything below is created as (and so owned by) the owner role.
            conn.execute(sql.SQL("SET LOCAL ROLE {}").format(owner))
            conn.execute(sql.SQL("SET LOCAL search_path = {}, pg_temp").format(schema))
            applied = []
            for number, what, statements in MIGRATIONS:
                if number > before:
                    conn.execute(statements)
                    applied.append(f"{number:04d} {what}")
            after = max(before, max(number for number, _, _ in MIGRATIONS))
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('server_schema', %s)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [str(after)],
            )
            # The server's identity: a PC that meets another server joins it anew.
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('server_id', gen_random_uuid()::text)"
                " ON CONFLICT (key) DO NOTHING"
            )
            conn.execute(FUNCTIONS_SQL)
            conn.execute("RESET ROLE")
            conn.execute(sql.SQL("REVOKE ALL ON SCHEMA {} FROM PUBLIC").format(schema))
            conn.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(schema, users))
            conn.execute(
                sql.SQL("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {} FROM PUBLIC").format(schema)
            )
            for signature in PUBLIC_FUNCTIONS:
                conn.execute(
                    sql.SQL("GRANT EXECUTE ON FUNCTION {}.{} TO {}").format(
                        schema, sql.SQL(signature), users
                    )
                )
            for table in READABLE:
                conn.execute(
                    sql.SQL("GRANT SELECT ON {}.{} TO {}").format(
                        schema, sql.Identifier(table), users
                    )
                )
            conn.execute(
                sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                    sql.Identifier(conn.info.dbname), users
                )
            )
            conn.commit()
        except psycopg.Error as exc:
            conn.rollback()
            raise ServerError.from_psycopg(exc) from exc
    return InitReport(before=before, after=after, applied=tuple(applied))


@dataclass(frozen=True)
class Invitation:
    login: str
    url: str  # with the password: what the person pastes (or the invitation below)
    code: str  # "avtalevakt-invitation:..."
    renewed: bool  # the login existed: it got a new password


def invite(url: str, name: str, *, password: str | None = None) -> Invitation:
    """A login for one person, in the users' role, with a new random password."""
    login = name.strip().lower()
    if not LOGIN_NAME.match(login):
        raise ValueError(name)
    secret = secrets.token_urlsafe(18)
    with connect(url, password=password, autocommit=False) as conn:
        try:
            if _server_schema(conn) == 0:
                raise ServerError("not_initialised")
            role = sql.Identifier(login)
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [login]).fetchone()
            verb = "ALTER" if exists else "CREATE"
            conn.execute(
                sql.SQL(verb + " ROLE {} WITH LOGIN PASSWORD {}").format(role, sql.Literal(secret))
            )
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(USERS_ROLE), role))
            conn.commit()
        except psycopg.Error as exc:
            conn.rollback()
            raise ServerError.from_psycopg(exc) from exc
    personal = with_credentials(url, user=login, password=secret)
    return Invitation(login, personal, invitation_for(personal), renewed=bool(exists))
