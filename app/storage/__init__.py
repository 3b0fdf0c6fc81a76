"""The only layer that knows SQLite: the database file, its schema, backups, repositories.

- ``paths``: where the database lives by default.
- ``database``: ``open_database`` (checks, backup, PRAGMAs, migrations), ``restore_backup``.
- ``migrations``: the schema as sqlite-utils ``Migrations``.
- ``repositories``: domain records in and out, with the change history.
- ``exchange``: JSON export/import, CSV export; ``demo``: demo data; ``compute``: the
  domain calculators on stored records.
"""
