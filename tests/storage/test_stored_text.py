"""A record stored before control characters were refused (``domain.text``) stays
readable, in the database and in an export of it; the check is for what is saved."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.storage.exchange import export_data

from .conftest import customer


def test_a_name_stored_with_a_nul_is_still_read_and_exported(repos, database):  # noqa: ANN001
    added = repos.customers.add(customer())
    database.db.conn.execute("UPDATE customers SET name = ? WHERE id = ?", ("A\x00B", added.id))
    stored = repos.customers.get(added.id)
    assert stored.name == "A\x00B"
    rows = export_data(database)["tables"]["customers"]
    assert [row["name"] for row in rows] == ["A\x00B"]
    # saving it again asks for the character to go, naming it
    with pytest.raises(ValidationError):
        type(stored).model_validate(stored.model_dump())
