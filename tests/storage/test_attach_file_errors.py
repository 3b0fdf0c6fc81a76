"""The file to attach, missing, a folder or unreadable, is said as such in the user's
language (CLI audit, defect 3): ``attach … /tmp/nonexist.txt --lang en`` said "Database
error in …: finnes ikke / not found", a folder ``dir.pdf`` "Databasefeil i …: [Errno 21]
Is a directory"."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app.storage.attachments import (
    AttachIsAFolder,
    AttachMissing,
    AttachUnreadable,
    NotAccepted,
    check_file,
)


def test_a_missing_file_is_the_file_to_attach_not_the_database(tmp_path):  # noqa: ANN001
    with pytest.raises(AttachMissing) as caught:
        check_file(tmp_path / "nonexist.txt")
    assert caught.value.text("en") == (
        f"The file to attach does not exist: {tmp_path / 'nonexist.txt'}. Nothing was attached."
    )
    nb = caught.value.text("nb")
    assert nb.startswith("Finner ikke filen som skulle legges ved:")
    assert "Database" not in nb and "not found" not in nb


@pytest.mark.parametrize("name", ["dir.pdf", "Dokumenter"])
def test_a_folder_is_a_folder(tmp_path, name):  # noqa: ANN001
    (tmp_path / name).mkdir()
    with pytest.raises(AttachIsAFolder) as caught:
        check_file(tmp_path / name)
    assert caught.value.text("nb") == (
        f"{tmp_path / name} er en mappe, ikke en fil. Bare filer kan legges ved."
    )
    assert "Errno" not in caught.value.text("en")


def test_an_unreadable_file_says_why_in_words(tmp_path, monkeypatch):  # noqa: ANN001
    path = tmp_path / "hemmelig.pdf"
    path.write_bytes(b"%PDF-1.4")
    real_open = open

    def refusing(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if Path(file) == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing)
    with pytest.raises(AttachUnreadable) as caught:
        check_file(path)
    assert caught.value.text("nb").endswith(": ingen tilgang. Ingenting er lagt ved.")
    assert caught.value.text("en").endswith(": permission denied. Nothing was attached.")


def test_a_file_of_a_kind_not_taken_is_still_refused_by_kind(tmp_path):  # noqa: ANN001
    path = tmp_path / "program.exe"
    path.write_bytes(b"MZ")
    with pytest.raises(NotAccepted):
        check_file(path)
