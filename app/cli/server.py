"""``server init`` and ``server invite``: setting up the shared PostgreSQL server.

    python -m app server init URL                 # schema, roles, functions (idempotent)
    python -m app server invite NAME --url URL    # a login for one person

URL is an administrator's PostgreSQL URL (a superuser or a role that may create roles),
e.g. ``postgresql://postgres@db.example.no/avtalevakt?sslmode=verify-full``; its
password may be in the URL, in ``PGPASSWORD`` or in ``~/.pgpass``. ``invite`` prints the
person's invitation: paste it in File → Settings → "Delt database" (or give the URL it
contains to ``sync --server``). Send it as you would send a password.
"""

from __future__ import annotations

import argparse

from app.cli.common import fail, say
from app.domain.explain import phrase, register_texts
from app.sync.connection import Lang, ServerError, display


def add_parser(sub: argparse._SubParsersAction) -> None:
    admin_url = say("PostgreSQL-adressen til en administrator", "administrator's PostgreSQL URL")
    messages = say("språk for meldinger", "language of messages")
    server = sub.add_parser(
        "server",
        help=say("sett opp den delte PostgreSQL-serveren", "set up the shared PostgreSQL server"),
    )
    verbs = server.add_subparsers(
        dest="verb",
        required=True,
        metavar=say("HANDLING", "ACTION"),
        title=say("handlinger", "actions"),
    )
    init = verbs.add_parser(
        "init",
        help=say(
            "lag eller oppdater serverens skjema (trygt å kjøre flere ganger)",
            "create or migrate the server's schema (idempotent)",
        ),
    )
    init.add_argument("url", metavar="URL", help=admin_url)
    init.add_argument("--lang", choices=["nb", "en"], default="nb", help=messages)
    init.set_defaults(func=run_init)
    invite = verbs.add_parser(
        "invite", help=say("lag en pålogging for én person", "make a login for one person")
    )
    invite.add_argument(
        "name",
        metavar=say("NAVN", "NAME"),
        help=say("personens påloggingsnavn (a–z, 0–9, _)", "the person's login name (a-z, 0-9, _)"),
    )
    invite.add_argument("--url", required=True, metavar="URL", help=admin_url)
    invite.add_argument("--lang", choices=["nb", "en"], default="nb", help=messages)
    invite.set_defaults(func=run_invite)


def _setup_error(exc: ServerError, lang: Lang) -> str:
    """The server's error for a set-up command: these queue nothing, so an unreachable
    server is not followed by sync's "changes stay queued"."""
    if exc.code == "unreachable":
        return phrase("server_error.unreachable_setup", lang, detail=exc.detail)
    return exc.text(lang)


def run_init(args: argparse.Namespace, extra: list[str]) -> int:
    from app.sync.server.admin import init_server

    lang = args.lang
    try:
        report = init_server(args.url)
    except ServerError as exc:
        return fail(_setup_error(exc, lang))
    where = display(args.url)
    if not report.applied:
        print(phrase("cli.server.up_to_date", lang, where=where, after=str(report.after)))
    else:
        steps = "; ".join(report.applied)
        print(
            phrase(
                "cli.server.migrated",
                lang,
                where=where,
                before=str(report.before),
                after=str(report.after),
                steps=steps,
            )
        )
    return 0


def run_invite(args: argparse.Namespace, extra: list[str]) -> int:
    from app.sync.server.admin import invite

    lang = args.lang
    try:
        invitation = invite(args.url, args.name)
    except ValueError:
        return fail(phrase("cli.server.bad_name", lang, name=args.name))
    except ServerError as exc:
        return fail(_setup_error(exc, lang))
    code = "cli.server.renewed" if invitation.renewed else "cli.server.made"
    print(phrase(code, lang, login=invitation.login))
    print(invitation.code)
    print(phrase("cli.server.or_url", lang, url=invitation.url))
    return 0


register_texts(
    {
        "cli.server.up_to_date": (
            "{where}: allerede oppdatert (serverskjema {after}); funksjonene er lagt inn på nytt.",
            "{where}: already up to date (server schema {after}); functions replaced.",
        ),
        "cli.server.migrated": (
            "{where}: serverskjema {before} -> {after} ({steps}).",
            "{where}: server schema {before} -> {after} ({steps}).",
        ),
        "cli.server.bad_name": (
            "NAVN: «{name}» kan bare ha små bokstaver a–z, sifre og _ (høyst 63 tegn)",
            "NAME: '{name}' may only have lower-case letters a-z, digits and _ (63 at most)",
        ),
        "cli.server.renewed": (
            "Nytt passord for {login}. Invitasjon (lim inn under Fil → Innstillinger → Delt database):",
            "New password for {login}. Invitation (paste in File → Settings → Shared database):",
        ),
        "cli.server.made": (
            "Bruker laget: {login}. Invitasjon (lim inn under Fil → Innstillinger → Delt database):",
            "Login made: {login}. Invitation (paste in File → Settings → Shared database):",
        ),
        "cli.server.or_url": ("Eller adressen: {url}", "Or the URL: {url}"),
    }
)
