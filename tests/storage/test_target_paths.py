"""The path of a file the user names: a folder, an empty name and a missing folder are
said in words, the same for every writer (``storage.targets``; CLI audit defects 1, 4, 5).

``letter --out .`` (also ``/`` and ``''``), ``deadlines --ics ''`` and ``export --out .``
ended in a traceback (``ValueError: PosixPath('.') has an empty name`` from
``with_name``); an existing folder was said as "Kunne ikke skrive … (Is a directory)".
``export --out nope/x.json`` made ``nope`` silently where ``letter --out`` refused.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.storage.errors import _ERRNO_CODES, FileProblem, file_problem
from app.storage.targets import (
    FolderMissing,
    IsAFolder,
    NoName,
    NotAFolder,
    NotWritten,
    check_target,
    file_error,
    given_path,
    refuse_folder_target,
)

from .test_targets import _writers


def _tree(root: Path) -> set[Path]:
    return {p.relative_to(root) for p in root.rglob("*")}


def test_every_writer_says_a_folder_is_a_folder(qapp, database, repos, tmp_path, monkeypatch):  # noqa: ANN001
    folder = tmp_path / "ut"
    folder.mkdir()
    monkeypatch.chdir(folder)
    attachments, writers = _writers(database, repos, tmp_path)
    try:
        for target in (Path(""), Path("."), Path("/"), folder, Path("..")):
            for name, write in writers.items():
                with pytest.raises(IsAFolder) as caught:
                    write(target)
                text = caught.value.text("nb")
                assert "er en mappe" in text and "Oppgi et filnavn" in text, (name, target)
                assert "it is a folder" in caught.value.text("en")
                assert not (folder / ".part").exists()
        assert _tree(folder) == set()
    finally:
        attachments.close()


def test_every_writer_refuses_a_missing_folder_and_makes_none(qapp, database, repos, tmp_path):  # noqa: ANN001
    attachments, writers = _writers(database, repos, tmp_path)
    before = _tree(tmp_path)
    try:
        for name, write in writers.items():
            with pytest.raises(FolderMissing) as caught:
                write(tmp_path / "nope" / "a" / "fil.x")
            text = caught.value.text("nb")
            assert f"mappen {tmp_path / 'nope'} finnes ikke" in text, name
            assert f"the folder {tmp_path / 'nope'} does not exist" in caught.value.text("en")
        assert _tree(tmp_path) == before
    finally:
        attachments.close()


def test_a_file_where_a_folder_belongs_is_named(tmp_path):  # noqa: ANN001
    (tmp_path / "notat.txt").write_text("x")
    with pytest.raises(NotAFolder) as caught:
        check_target(tmp_path / "notat.txt" / "x.json")
    assert str(tmp_path / "notat.txt") in caught.value.text("nb")


def test_the_csv_folder_may_be_new_but_not_its_parent(tmp_path):  # noqa: ANN001
    refuse_folder_target(tmp_path / "ny")  # the folder named is made by the export
    with pytest.raises(FolderMissing):
        refuse_folder_target(tmp_path / "nope" / "a" / "b")
    assert not (tmp_path / "nope").exists()


def test_an_empty_name_is_refused_not_read_as_the_current_folder():
    for value in ("", " ", "\t"):
        with pytest.raises(NoName) as caught:
            given_path(value, option="--csv")
        assert caught.value.text("nb").startswith("--csv: ingen fil eller mappe oppgitt")
        assert caught.value.text("en").startswith("--csv: no file or folder given")
    assert given_path("a.json", option="--out") == Path("a.json")


#: the errnos the audit met (and their neighbours), as the OS says them
_COMMON = sorted(_ERRNO_CODES)


@given(number=st.sampled_from(_COMMON))
def test_a_known_os_error_is_said_in_the_users_words(number):  # noqa: ANN001
    exc = OSError(number, os.strerror(number), "/tmp/x")
    for problem in (file_problem(exc), file_error(exc, "/tmp/x")):
        nb, en = problem.text("nb"), problem.text("en")
        assert os.strerror(number) not in nb, nb
        assert "Errno" not in nb and "Errno" not in en
        assert nb != en


def test_an_unknown_errno_keeps_the_os_words_in_parentheses():
    exc = OSError(errno.ENOEXEC, "Exec format error", "/tmp/x")
    problem = file_error(exc, "/tmp/x")
    assert isinstance(problem, NotWritten)
    assert (
        problem.text("nb") == "Kunne ikke skrive /tmp/x (Exec format error). Ingenting er lagret."
    )
    assert isinstance(file_problem(exc), FileProblem)


def test_a_read_only_file_system_is_said_in_bokmal():
    exc = OSError(errno.EROFS, "Read-only file system", "/media/cd/a.csv")
    assert "Read-only" not in file_error(exc, "/media/cd/a.csv").text("nb")
    assert file_problem(exc).text("nb") == (
        "Filfeil i /media/cd/a.csv: filsystemet er skrivebeskyttet."
    )
