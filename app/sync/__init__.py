"""Sharing one set of records between PCs through a PostgreSQL server (issue 14).

Each PC keeps its SQLite file as its working copy; every local write also records what
changed in the outbox (``app.storage.outbox``, same transaction). A sync round pushes
the outbox to the server in one transaction and pulls the server's change log after the
PC's last position. This layer sits above storage (ui -> sync -> storage -> domain);
storage never imports it. The server's schema and functions are in ``server/``.
"""
