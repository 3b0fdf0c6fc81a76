"""Damage that passes the open check, or breaks it in odd places, is still damage (issue
12 item 6): random bit flips and a truncation of a real demo file, then the commands that
read it. Every one answers in one line (or its normal output), none with a traceback,
and what SQLite cannot read is called damaged with the newest backup named.

The file is real (a demo database with a backup from its last start), every flip a real
byte of it; the seed is fixed so a failure is reproducible (``FLIPS`` more with
``AVTALEVAKT_FLIPS``).
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.cli import run_command
from app.storage.backups import list_backups
from app.storage.database import open_database, open_read_only
from app.storage.demo import fill_demo
from app.storage.errors import DatabaseDamaged
from app.storage.repositories import Repositories

FLIPS = int(os.environ.get("AVTALEVAKT_FLIPS", "120"))


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> tuple[Path, bytes]:
    folder = tmp_path_factory.mktemp("flips")
    path = folder / "desk.sqlite"
    with open_database(path) as database:
        fill_demo(Repositories(database), date(2026, 11, 21))
    with open_database(path):  # a start: takes the backup the messages must name
        pass
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path, path.read_bytes()


def _run(args: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = run_command(args)  # an exception here is the traceback a user would see
    return status, err.getvalue()


def _commands(path: Path, out: Path) -> list[list[str]]:
    return [
        ["export", "--db", str(path), "--out", str(out)],
        ["deadlines", "--db", str(path), "--today", "2026-11-21"],
        ["verify", "--db", str(path)],
    ]


def _answers_calmly(path: Path, tmp_path: Path) -> None:
    for args in _commands(path, tmp_path / "ut.json"):
        status, err = _run(args)
        assert status in (0, 1, 2), (args, status, err)
        lines = err.strip().splitlines()
        assert status == 0 or len(lines) <= 1, (args, err)
        if "skadet" in err:  # damage: the restore offer names the backup
            assert "Nyeste sikkerhetskopi:" in err, err


def test_random_bit_flips_and_a_truncation_never_give_a_traceback(pristine, tmp_path):
    source, data = pristine
    backups = source.parent / "backups"
    rng = random.Random(20261202)
    path = tmp_path / "desk.sqlite"
    (tmp_path / "backups").symlink_to(backups, target_is_directory=True)
    for n in range(FLIPS + 1):
        damaged = bytearray(data)
        if n == FLIPS:
            damaged = damaged[:-1]  # one byte short
        else:
            where = rng.randrange(len(damaged))
            damaged[where] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(damaged))
        for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            extra.unlink(missing_ok=True)
        _answers_calmly(path, tmp_path)


def _replace_once(path: Path, old: bytes, new: bytes) -> None:
    data = path.read_bytes()
    assert data.count(old) >= 1, old
    path.write_bytes(data.replace(old, new, 1))


def test_a_byte_of_an_index_name_is_damage_with_the_restore_offer(pristine, tmp_path):
    source, data = pristine
    path = source.parent / "indeks.sqlite"
    path.write_bytes(data)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        (name,) = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL LIMIT 1"
        ).fetchone()
    with open_database(path):  # a backup of this file, for the offer
        pass
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    encoded = name.encode()
    _replace_once(path, encoded, b"\xf4" + encoded[1:])  # in the schema table
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(path)
    assert caught.value.newest_backup in list_backups(path)
    with pytest.raises(DatabaseDamaged):
        open_read_only(path)
    status, err = _run(["export", "--db", str(path), "--out", str(tmp_path / "x.json")])
    assert status == 2 and "skadet" in err and "Nyeste sikkerhetskopi:" in err


def test_a_byte_inside_a_stored_text_is_damage_with_the_restore_offer(pristine, tmp_path):
    """The open check passes (the page is sound, the column has no CHECK), the text is no
    UTF-8: export read it and printed sqlite3's 'Could not decode to UTF-8 column'
    traceback."""
    source, data = pristine
    path = source.parent / "tekst.sqlite"
    path.write_bytes(data)
    marker = "Merknad som blir skadet på disken"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "UPDATE customers SET note = ? WHERE id = (SELECT min(id) FROM customers)", [marker]
        )
        conn.commit()
    with open_database(path):  # the backup the offer names
        pass
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _replace_once(path, marker.encode(), b"\xff" + marker.encode()[1:])
    with open_database(path, backup=False):  # the check finds nothing wrong
        pass
    export, deadlines, verify = _commands(path, tmp_path / "x.json")
    for args in (export, verify):  # both read every text
        status, err = _run(args)
        assert status == 2 and "skadet" in err and "Nyeste sikkerhetskopi:" in err, (args, err)
    assert _run(deadlines) == (0, "")  # the list reads no note: it is given as ever
