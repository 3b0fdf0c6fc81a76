"""No file the program writes for the user goes over a database (``storage.targets``).

``avtalevakt export --db F --out F`` wrote the JSON export over the database ``F``:
every contract lost, and no backup (a command that only reads takes none). Every writer
of a user-chosen file now refuses a database (the program's, its backups and documents
store, any SQLite file) and a database's working files (``-wal``, ``-shm``,
``-journal``, ``.lock``), before it writes anything.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.domain.records import TemplateVariant
from app.reports.calendar_export import write_ics
from app.storage.archive import export_archive
from app.storage.attachments import Attachments
from app.storage.backups import list_backups, make_backup
from app.storage.csv_files import write_csv
from app.storage.documents import documents_path
from app.storage.exchange import export_csv, export_json
from app.storage.targets import (
    NotAFolder,
    WouldDisturbDatabase,
    WouldOverwriteDatabase,
    database_at,
    refuse_database_target,
)
from app.storage.template_variants import write_variant

from .conftest import contract, customer

ROOT = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _writers(database, repos, tmp_path):  # noqa: ANN001, ANN202
    """Each writer of a file the user names, as a function of the target path."""
    from PySide6.QtGui import QTextDocument

    from app.reports.pdf import write_pdf

    c = repos.customers.add(customer())
    k = repos.contracts.add(contract(c.id))
    attachments = Attachments(repos)
    sha = attachments.attach_bytes("contracts", k.id, b"%PDF-1.4 avtale", name="a.pdf")
    sha = sha.attachment.sha256
    document = QTextDocument()
    document.setPlainText("Bekreftelse")
    variant = repos.variants.add(
        TemplateVariant(name="Sodvin 15", base="sodvin", defaults={"approval_working_days": 15})
    )
    return attachments, {
        "JSON export": lambda out: export_json(database, out),
        "ZIP export": lambda out: export_archive(database, out),
        "CSV": lambda out: write_csv([["Hole"]], ["Kunde"], out),
        "calendar": lambda out: write_ics([], out),
        "PDF": lambda out: write_pdf(document, out),
        "copy of an attachment": lambda out: attachments.save_copy(sha, out),
        "template variant": lambda out: write_variant(variant, out),
    }


def test_every_writer_refuses_the_database_and_its_files(qapp, database, repos, tmp_path):  # noqa: ANN001
    path = database.path
    backup = make_backup(database.db.conn, path)
    assert list_backups(path) == [backup]
    attachments, writers = _writers(database, repos, tmp_path)
    try:
        protected = {
            "the database": (path, WouldOverwriteDatabase),
            "its -wal": (Path(f"{path}-wal"), WouldDisturbDatabase),
            "its -shm": (Path(f"{path}-shm"), WouldDisturbDatabase),
            "its -journal (none now)": (Path(f"{path}-journal"), WouldDisturbDatabase),
            "its lock file": (Path(f"{path}.lock"), WouldDisturbDatabase),
            "a backup": (backup, WouldOverwriteDatabase),
            "the documents store": (documents_path(path), WouldOverwriteDatabase),
        }
        for what, (target, error) in protected.items():
            before = _digest(target)
            for writer_name, write in writers.items():
                with pytest.raises(error):
                    write(target)
                assert _digest(target) == before, (writer_name, what)
                assert not Path(f"{target}.part").exists(), (writer_name, what)
        assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # and each of them still writes where it may
        for writer_name, write in writers.items():
            target = tmp_path / f"out-{writer_name.replace(' ', '-')}.file"
            write(target)
            assert target.stat().st_size > 0, writer_name
    finally:
        attachments.close()


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need extra rights on Windows")
def test_a_link_to_the_database_is_the_database(database, tmp_path):  # noqa: ANN001
    link = tmp_path / "snarvei.json"
    link.symlink_to(database.path)
    with pytest.raises(WouldOverwriteDatabase):
        refuse_database_target(link)


def test_other_files_and_new_names_are_free(tmp_path):  # noqa: ANN001
    old_export = tmp_path / "eksport.json"
    old_export.write_text("{}")
    assert database_at(old_export) is None  # an earlier export may be replaced
    assert database_at(tmp_path / "ny.pdf") is None
    assert database_at(tmp_path / "ny.pdf-wal") is None  # no database beside it
    assert database_at(tmp_path) is None


def test_the_messages_say_which_file_and_what_to_do(database):  # noqa: ANN001
    with pytest.raises(WouldOverwriteDatabase) as whole:
        refuse_database_target(database.path)
    assert whole.value.text("nb") == (
        f"Skriver ikke til {database.path}: filen er en database, og den ville gått tapt. "
        "Velg et annet filnavn."
    )
    with pytest.raises(WouldDisturbDatabase) as part:
        refuse_database_target(f"{database.path}-wal")
    assert f"hører til databasen {database.path}" in part.value.text("nb")
    assert "Choose another file name." in part.value.text("en")


def test_the_export_command_leaves_the_database_whole(tmp_path):  # noqa: ANN001
    db = tmp_path / "avtalevakt.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "app", *args],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            timeout=120,
        )

    assert run("demo", "--db", str(db), "--today", date(2026, 11, 21).isoformat()).returncode == 0
    before = _digest(db)
    refused = run("export", "--db", str(db), "--out", str(db))
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        f"Skriver ikke til {db}: filen er en database, og den ville gått tapt. "
        "Velg et annet filnavn."
    )
    assert _digest(db) == before
    assert run("verify", "--db", str(db)).returncode == 0


def test_the_csv_folder_is_neither_the_database_nor_another_file(database, tmp_path):  # noqa: ANN001
    before = _digest(database.path)
    with pytest.raises(WouldOverwriteDatabase):
        export_csv(database, database.path)
    assert _digest(database.path) == before
    note = tmp_path / "notat.txt"
    note.write_text("mitt")
    with pytest.raises(NotAFolder) as error:
        export_csv(database, note)
    assert error.value.text("nb") == f"{note} er en fil, ikke en mappe. Velg en mappe for filene."
    assert note.read_text() == "mitt"
    assert export_csv(database, tmp_path / "csv")["customers"] == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on Windows")
def test_a_fifo_is_not_opened_to_look(tmp_path):  # noqa: ANN001
    """(Reading a FIFO's first bytes would wait for a writer: the check must not hang.)"""
    fifo = tmp_path / "rør"
    os.mkfifo(fifo)
    assert database_at(fifo) is None


# --- a writer that fails half-way (storage.targets.written) -----------------------------

LIMITED = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
"""


def _limited(tmp_path, code: str, limit: int) -> subprocess.CompletedProcess:  # noqa: ANN001
    """``code`` in a fresh interpreter that may write no file past ``limit`` bytes (set
    by ``code`` itself, after its set-up, with ``LIMIT()``): a real failure of a write,
    as a full disk gives one."""
    script = (
        LIMITED
        + f"def LIMIT():\n    resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script + code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def _export_cut_short(tmp_path, database, repos, *exports: str) -> subprocess.CompletedProcess:  # noqa: ANN001
    """Each of ``exports`` (``"export_json, PATH"``: the function of ``storage.exchange``
    and where it writes) run on ``database``, read-only, with files limited to 20 kB; a
    refusal's bokmål text is printed. Sixty customers with long notes come first, so that
    the export is larger than that."""
    for n in range(60):
        repos.customers.add(customer(name=f"Kunde {n} AS", note="x" * 500))
    calls = "".join(f"    said({export})\n" for export in exports)
    code = f"""
from app.storage.database import open_read_only
from app.storage.exchange import export_csv, export_json
from app.storage.errors import StorageError
def said(export, *args):
    try:
        export(db, *args)
    except StorageError as exc:
        print(exc.text("nb"))
with open_read_only({str(database.path)!r}) as db:
    LIMIT()
{calls}"""
    return _limited(tmp_path, code, limit=20_000)


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_an_export_cut_short_leaves_no_file_and_says_why(database, repos, tmp_path):  # noqa: ANN001
    out = tmp_path / "alt.json"
    earlier = tmp_path / "forrige.json"
    earlier.write_text('{"earlier": true}')
    done = _export_cut_short(
        tmp_path, database, repos, f"export_json, {str(out)!r}", f"export_json, {str(earlier)!r}"
    )
    assert done.returncode == 0, done.stderr
    # (EFBIG, as on a FAT32 stick past 4 GB: said in bokmål, not the OS's "File too large")
    too_large = (
        "Kunne ikke skrive {}: filen ble større enn filsystemet tillater (en minnepinne med "
        "FAT32 tar høyst 4 GB per fil). Velg et annet sted. Ingenting er lagret."
    )
    assert done.stdout.splitlines() == [too_large.format(out), too_large.format(earlier)]
    assert not out.exists() and earlier.read_text() == '{"earlier": true}'
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_a_pdf_qt_could_not_write_whole_is_refused_not_stored_empty(tmp_path):  # noqa: ANN001
    """Qt's PDF writer says nothing when a write fails: on a full disk the letter command
    stored an empty file as the letter. The PDF's missing end is now found."""
    out = tmp_path / "brev.pdf"
    done = _limited(
        tmp_path,
        f"""
from PySide6.QtGui import QTextDocument
from app.reports.pdf import write_pdf
from app.storage.errors import StorageError
document = QTextDocument()
document.setPlainText("Bekreftelse på mottatt reklamasjon\\n" * 400)
LIMIT()
try:
    write_pdf(document, {str(out)!r})
except StorageError as exc:
    print(exc.text("nb"))
""",
        limit=4_000,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"PDF-filen {out} ble ikke skrevet ferdig (er mappen skrivebeskyttet?). "
        "Ingenting er lagret."
    )
    assert not out.exists() and not (tmp_path / "brev.pdf.part").exists()


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_a_csv_export_cut_short_leaves_the_folder_as_it_was(database, repos, tmp_path):  # noqa: ANN001
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "customers.csv").write_text("fra forrige eksport")
    done = _export_cut_short(tmp_path, database, repos, f"export_csv, {str(folder)!r}")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Kunne ikke skrive {folder}{os.sep}")  # the file's own name
    assert [p.name for p in folder.iterdir()] == ["customers.csv"]
    assert (folder / "customers.csv").read_text() == "fra forrige eksport"


@pytest.mark.skipif(
    os.name != "posix",
    reason="a name past NAME_MAX (255) is ENAMETOOLONG on POSIX; Windows says "
    "ERROR_FILENAME_EXCED_RANGE, which Python gives as ENOENT (said as FolderGone)",
)
def test_a_name_too_long_is_said_in_the_users_language(tmp_path):  # noqa: ANN001
    from app.storage.targets import NameTooLong, written

    target = tmp_path / ("kontrakt-" * 40 + ".json")  # 360 bytes: past NAME_MAX (255)
    with pytest.raises(NameTooLong) as caught, written(target) as partial:
        partial.write_text("{}")
    assert caught.value.text("nb") == (
        f"Kan ikke skrive {target}: navnet eller mappestien er for lang. Velg et kortere navn."
    )
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_and_a_read_only_folder_are_said_as_such(tmp_path):  # noqa: ANN001
    import errno

    from app.storage.errors import DiskFull
    from app.storage.targets import NotWritable, file_error

    full = file_error(OSError(errno.ENOSPC, "No space left on device"), tmp_path / "a.json")
    assert isinstance(full, DiskFull)
    assert full.text("nb").startswith(f"Disken er full: kan ikke skrive til {tmp_path / 'a.json'}.")
    locked = file_error(PermissionError(errno.EACCES, "Permission denied"), tmp_path / "a.pdf")
    assert isinstance(locked, NotWritable)
    assert "skrivebeskyttet" in locked.text("nb") and "read-only" in locked.text("en")


def test_a_file_open_in_another_program_on_windows_is_said_so(tmp_path):  # noqa: ANN001
    """(Windows refuses to replace a file a PDF viewer holds open: WinError 32, which
    Python gives as EACCES, and "read-only" would send the user looking elsewhere.)"""
    import errno

    from app.storage.targets import FileInUse, file_error

    held = PermissionError(errno.EACCES, "The process cannot access the file")
    held.winerror = 32
    error = file_error(held, tmp_path / "brev.pdf")
    assert isinstance(error, FileInUse)
    assert "åpen i et annet program" in error.text("nb")
