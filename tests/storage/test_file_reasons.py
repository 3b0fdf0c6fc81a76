"""Where the program reads the user's files, an OS error is said in the user's words
(``errors.os_reason``; CLI audit, defect 4): reading a file into the documents store and
a damaged ZIP given to import said Python's English ("[Errno 13] Permission denied",
"File is not a zip file")."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app.storage.documents import DocumentStore
from app.storage.errors import FileProblem
from app.storage.exchange import ImportFileError, read_import_file


def test_a_file_the_store_cannot_read_says_why_in_words(tmp_path, monkeypatch):  # noqa: ANN001
    source = tmp_path / "brev.pdf"
    source.write_bytes(b"%PDF-1.4 x")
    real_open = open

    def refusing(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if Path(file) == source:
            raise PermissionError(errno.EACCES, "Permission denied", str(source))
        return real_open(file, *args, **kwargs)

    store = DocumentStore(tmp_path / "docs.sqlite")
    try:
        monkeypatch.setattr("builtins.open", refusing)
        with pytest.raises(FileProblem) as caught:
            store.put_file(source)
    finally:
        monkeypatch.undo()
        store.close()
    assert caught.value.text("nb") == f"Filfeil i {source}: ingen tilgang."
    assert caught.value.text("en") == f"File error in {source}: permission denied."


def test_a_damaged_zip_is_said_in_words(tmp_path):  # noqa: ANN001
    path = tmp_path / "alt.zip"
    path.write_bytes(b"PK\x03\x04 cut short")
    with pytest.raises(ImportFileError) as caught:
        read_import_file(path)
    nb = caught.value.text("nb")
    assert "not a zip file" not in nb.lower()
    assert "filen er ikke et helt ZIP-arkiv (skadet eller ufullstendig)" in nb
    assert "the file is not a whole ZIP archive" in caught.value.text("en")


@pytest.mark.parametrize("opener", ["open_database", "open_read_only", "acquire"])
def test_a_database_name_too_long_is_said_in_words(tmp_path, opener):  # noqa: ANN001
    """``Path.is_dir`` raises for a name too long to look up (Python 3.11): it escaped as
    "Filfeil: [Errno 36] File name too long" from every command given such a --db."""
    from app.storage import database, lock

    path = tmp_path / ("a" * 300 + ".sqlite")
    call = {
        "open_database": database.open_database,
        "open_read_only": database.open_read_only,
        "acquire": lambda p: lock.acquire(p, purpose="demo").__enter__(),
    }[opener]
    with pytest.raises(FileProblem) as caught:
        call(path)
    assert caught.value.text("nb") == f"Filfeil i {path}: navnet eller mappestien er for lang."
