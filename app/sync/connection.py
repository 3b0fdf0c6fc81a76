"""Reaching the shared server: URLs, invitations, passwords in the credential store.

A server is named by a PostgreSQL URL (``postgresql://kari@desk.example.no/avtalevakt
?sslmode=verify-full``). The password is never kept in a settings file or beside the
database: it goes to the operating system's credential store through ``keyring``
(Windows Credential Manager, macOS Keychain, Secret Service), keyed by the URL without
it. Where no store exists, libpq's own ``PGPASSWORD`` and ``~/.pgpass`` still work.

An invitation (``server invite``) is the personal URL, password included, wrapped as
``avtalevakt-invitation:…`` so it can be pasted as one word.
"""

from __future__ import annotations

import base64
import binascii
import os
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from app.domain.explain import phrase, register_texts

if TYPE_CHECKING:
    import psycopg

Lang = Literal["nb", "en"]
KEYRING_SERVICE = "Avtalevakt"
INVITATION_PREFIX = "avtalevakt-invitation:"
CONNECT_TIMEOUT = 10  # seconds
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


class ServerError(Exception):
    """Something about the server, in the user's words (``text(lang)``)."""

    TEXTS: dict[str, tuple[str, str]] = {
        "unreachable": (
            "Får ikke kontakt med serveren ({detail}). Endringene venter og sendes neste gang.",
            "Cannot reach the server ({detail}). Changes stay queued and go next time.",
        ),
        # the same for the set-up commands (server init, server invite), which queue nothing
        "unreachable_setup": (
            "Får ikke kontakt med serveren ({detail}). Ingenting er endret.",
            "Cannot reach the server ({detail}). Nothing was changed.",
        ),
        "auth_failed": (
            "Serveren godtok ikke brukernavn eller passord ({detail}).",
            "The server did not accept the user name or password ({detail}).",
        ),
        # a URL without its password, none in PGPASSWORD, ~/.pgpass or the credential store
        "no_password": (
            "Serveren vil ha et passord, og ingen er gitt: skriv det i adressen"
            " (postgresql://bruker:passord@…), i PGPASSWORD eller i ~/.pgpass, eller lim inn"
            " invitasjonen under Fil → Innstillinger → Delt database.",
            "The server wants a password and none was given: put it in the URL"
            " (postgresql://user:password@…), in PGPASSWORD or in ~/.pgpass, or paste the"
            " invitation in File → Settings → Shared database.",
        ),
        "not_initialised": (
            "Serveren er ikke satt opp for Avtalevakt: kjør «python -m app server init URL» først.",
            "The server is not set up for Avtalevakt: run 'python -m app server init URL' first.",
        ),
        "client_too_old": (
            "Denne versjonen av Avtalevakt er eldre enn den delte databasen (dataformat {mine},"
            " serveren har {theirs}). Oppgrader programmet; endringene dine venter til da.",
            "This version of Avtalevakt is older than the shared database (data format {mine},"
            " the server has {theirs}). Upgrade the program; your changes wait until then.",
        ),
        "permission": (
            "Serveren nektet: {detail}. Er brukeren invitert med «server invite»?",
            "The server refused: {detail}. Was this login made with 'server invite'?",
        ),
        "bad_url": (
            "Ugyldig serveradresse eller invitasjon: {detail}",
            "Not a server address or invitation: {detail}",
        ),
        "other": ("Serverfeil: {detail}", "Server error: {detail}"),
    }

    def __init__(self, code: str, detail: str = "", **values: object) -> None:
        self.code = code
        self.detail = detail
        self.values = values
        super().__init__(self.text("en"))

    def text(self, lang: Lang = "nb") -> str:
        code = self.code if self.code in self.TEXTS else "other"
        values = {name: str(value) for name, value in self.values.items()}
        return phrase(f"server_error.{code}", lang, detail=self.detail, **values)

    @classmethod
    def from_psycopg(cls, exc: Exception) -> ServerError:
        import psycopg

        state = getattr(exc, "sqlstate", None)
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        if state == "AV001":
            diag = getattr(exc, "diag", None)
            theirs = diag.message_detail if diag is not None else "?"
            return cls("client_too_old", first, mine="?", theirs=theirs)
        if state in ("28P01", "28000"):
            return cls("auth_failed", first)
        if state == "42501":
            return cls("permission", first)
        if state in ("3F000", "42883", "42P01"):
            return cls("not_initialised", first)
        if isinstance(exc, psycopg.OperationalError):
            if "no password supplied" in first:
                return cls("no_password", first)
            if "password" in first or "authentication" in first:
                return cls("auth_failed", first)
            return cls("unreachable", first)
        return cls("other", first)


register_texts({f"server_error.{code}": texts for code, texts in ServerError.TEXTS.items()})


# --- URLs and invitations ------------------------------------------------------------------


def _netloc(user: str | None, password: str | None, hostport: str) -> str:
    if not user:
        return hostport
    auth = quote(user, safe="")
    if password:
        auth += ":" + quote(password, safe="")
    return f"{auth}@{hostport}"


def split_url(url: str) -> tuple[str, str | None]:
    """``(url without its password, password or None)``; raises ``ServerError('bad_url')``."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("postgresql", "postgres"):
        raise ServerError("bad_url", url)
    auth, _, hostport = parts.netloc.rpartition("@")
    user, _, password = auth.partition(":")
    clean = urlunsplit(parts._replace(netloc=_netloc(unquote(user), None, hostport)))
    return clean, (unquote(password) if password else None)


def with_credentials(url: str, *, user: str, password: str | None) -> str:
    parts = urlsplit(url)
    hostport = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=_netloc(user, password, hostport)))


def with_sslmode(url: str, sslmode: str | None) -> str:
    """The URL with ``sslmode`` set (or removed with None)."""
    if sslmode is not None and sslmode not in SSL_MODES:
        raise ServerError("bad_url", f"sslmode={sslmode}")
    parts = urlsplit(url)
    query = [q for q in parts.query.split("&") if q and not q.startswith("sslmode=")]
    if sslmode:
        query.append(f"sslmode={sslmode}")
    return urlunsplit(parts._replace(query="&".join(query)))


def sslmode_of(url: str) -> str | None:
    for item in urlsplit(url).query.split("&"):
        if item.startswith("sslmode="):
            return item.partition("=")[2]
    return None


def invitation_for(url: str) -> str:
    return INVITATION_PREFIX + base64.urlsafe_b64encode(url.encode()).decode().rstrip("=")


def read_address(text: str) -> tuple[str, str | None]:
    """A URL or an invitation as pasted: ``(url without password, password or None)``."""
    text = text.strip()
    if text.startswith(INVITATION_PREFIX):
        code = text[len(INVITATION_PREFIX) :]
        try:
            text = base64.urlsafe_b64decode(code + "=" * (-len(code) % 4)).decode()
        except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
            raise ServerError("bad_url", "invitation") from exc
    return split_url(text)


def display(url: str) -> str:
    """The URL as shown to people: without its password."""
    try:
        return split_url(url)[0]
    except ServerError:
        return url


# --- passwords ---------------------------------------------------------------------------


def _keyring_key(url: str) -> str:
    return split_url(url)[0]


def credential_store() -> Any | None:
    """The operating system's credential store, as a ``keyring`` backend, or None.

    ``keyring`` on its own takes the installed backend of highest priority, and that can
    be a file: ``keyrings.alt`` (our test extras install it, so do some distributions)
    offers ``PlaintextKeyring``, the password in clear text in a file in the data folder,
    and ``EncryptedKeyring``, which asks for a master password on the terminal (the
    desktop program would wait for it unseen). Neither is the store the program promises
    (Windows Credential Manager, macOS Keychain, Secret Service, KWallet), so a file store
    is used only when someone chose it: ``PYTHON_KEYRING_BACKEND`` or keyring's own
    ``keyringrc.cfg``, as the sync tests do. Otherwise the best OS store that is usable
    here is taken, or None: then the password is kept for the session only (libpq's
    ``PGPASSWORD`` and ``~/.pgpass`` still work)."""
    import keyring.backend
    import keyring.core

    if os.environ.get("PYTHON_KEYRING_BACKEND") or keyring.core.load_config() is not None:
        return keyring.get_keyring()
    stores = [
        backend
        for backend in keyring.backend.get_all_keyring()
        if keyring.core.recommended(backend)  # priority >= 1: a real store, usable here
        and not type(backend).__module__.startswith(("keyrings.alt", "keyring.backends.chainer"))
    ]
    return max(stores, key=lambda backend: backend.priority, default=None)


def stored_password(url: str) -> str | None:
    """The password kept for this server in the credential store (None: none, or no store)."""
    try:
        from keyring.errors import KeyringError

        store = credential_store()
        if store is None:
            return None
        try:
            return store.get_password(KEYRING_SERVICE, _keyring_key(url))
        except KeyringError:
            return None
    except Exception:  # a broken backend must not stop the program; libpq may still log in
        return None


def store_password(url: str, password: str) -> bool:
    """Keep the password in the credential store; False when this system has none."""
    try:
        from keyring.errors import KeyringError

        store = credential_store()
        if store is None:
            return False
        try:
            store.set_password(KEYRING_SERVICE, _keyring_key(url), password)
        except KeyringError:
            return False
        return True
    except Exception:
        return False


def forget_password(url: str) -> None:
    try:
        store = credential_store()
        if store is not None:
            store.delete_password(KEYRING_SERVICE, _keyring_key(url))
    except Exception:
        pass


# --- connecting --------------------------------------------------------------------------


def connect(
    url: str,
    *,
    password: str | None = None,
    autocommit: bool = True,
    timeout: int = CONNECT_TIMEOUT,
) -> psycopg.Connection:
    """A connection to the server; a password in the URL, given, or from the store."""
    import psycopg

    clean, in_url = split_url(url)
    secret = password or in_url or stored_password(clean)
    extra: dict[str, object] = {"connect_timeout": timeout, "application_name": "Avtalevakt"}
    if secret:
        extra["password"] = secret
    try:
        return psycopg.connect(clean, autocommit=autocommit, **extra)
    except psycopg.Error as exc:
        raise ServerError.from_psycopg(exc) from exc
