"""The shared PostgreSQL server: schema migrations, functions, ``init`` and ``invite``."""
