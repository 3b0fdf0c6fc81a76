"""The ``deadlines`` and ``letter`` commands on a demo database with a fixed today (issue 5)."""

import csv
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from app.cli import run_command
from app.domain.records import Contract, Customer, Termination
from app.storage.database import open_database
from app.storage.letters import LetterLog
from app.storage.repositories import Repositories

TODAY = "2026-11-20"  # a Friday


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert run_command(["demo", "--db", str(path), "--today", TODAY]) == 0
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    """A fresh copy of the demo database for one test."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    return path


def deadlines(capsys, db, *args):
    status = run_command(["deadlines", "--db", str(db), "--today", TODAY, *args])
    return status, capsys.readouterr()


def add_oc_termination(db) -> tuple[int, int]:
    """An Office Center customer whose service ended 30 Oct: deletion notice overdue."""
    with open_database(db) as database:
        repos = Repositories(database)
        customer = repos.customers.add(
            Customer(
                name="Veien Regnskap AS", org_number="974760673", address="Veien 1\n3511 Hønefoss"
            )
        )
        contract = repos.contracts.add(
            Contract(
                customer_id=customer.id,
                title="Skyserver",
                template="office_center",
                signed=date(2024, 1, 5),
                delivered=date(2024, 2, 1),
            )
        )
        term = repos.terminations.add(
            Termination(
                contract_id=contract.id,
                received=date(2026, 7, 30),
                from_contact="Siri Veien",
                effective_end=date(2026, 10, 30),
            )
        )
        return contract.id, term.id


def test_readable_list_groups_and_summary(capsys, demo):
    status, out = deadlines(capsys, demo)
    assert status == 0
    lines = out.out.splitlines()
    assert lines[0] == "Frister per fre. 20.11.2026 (neste 60 dager)"
    assert lines[1] == "1 forfalt, 0 i dag, 3 neste 7 dager"
    headings = [line for line in lines if line and not line.startswith(" ")][2:]
    assert headings == ["Forfalt (1)", "Neste 7 dager (3)", "Senere (5)"]
    # the demo's Office Center service ended 25.10: deletion by 24.11, notice by 17.11
    # the kind's name carries the contract's own number (OC 5.4: 5 working days here)
    assert lines[4].startswith(
        "  tir. 17.11.2026  Slettevarsel (5 virkedager før) · Tyristrand Elektro AS"
    )
    assert "Send slettevarsel til Kari Nilsen (sletting 24.11.2026, OC 5.4)." in lines[5]
    assert (
        "  ons. 25.11.2026  Godkjenningsperiode slutter (8 virkedager) · Tyrifjord Tannklinikk AS"
        in out.out
    )


def test_json_objects_in_group_then_date_order(capsys, demo):
    contract_id, term_id = add_oc_termination(demo)
    status, out = deadlines(capsys, demo, "--json")
    assert status == 0
    items = json.loads(out.out)
    for item in items:
        assert {"date", "kind", "contract", "customer", "record", "text", "group"} <= set(item)
    order = ["overdue", "today", "week", "later"]
    keys = [(order.index(i["group"]), i["date"]) for i in items]
    assert keys == sorted(keys)
    overdue = [(i["date"], i["kind"], i["record"]) for i in items if i["group"] == "overdue"]
    # the demo's own termination (ended 25.10) is overdue; the one added here (ended
    # Fri 30.10: deletion by Sun 29.11, notice by Mon 23.11) is not due yet
    assert overdue == [("2026-11-17", "deletion_notice", "terminations:2")]
    mine = {i["kind"]: i for i in items if i["record"] == f"terminations:{term_id}"}
    assert mine["deletion_notice"]["date"] == "2026-11-23"
    assert mine["deletion_notice"]["group"] == "week"
    assert "Siri Veien" in mine["deletion_notice"]["text"]
    assert mine["copy_order"]["date"] == "2026-11-25"
    # 29.11 is more than 7 days after 20.11
    assert mine["deletion"]["date"] == "2026-11-29" and mine["deletion"]["group"] == "later"
    assert mine["deletion"]["contract"] == contract_id


def test_overdue_actions_come_first_and_count_in_the_summary(capsys, demo):
    add_oc_termination(demo)
    status, out = (
        run_command(["deadlines", "--db", str(demo), "--today", "2026-12-01"]),
        capsys.readouterr(),
    )
    assert status == 0
    lines = out.out.splitlines()
    # the demo's OC 8.2 one-year limit falls on 01.12.2026 too
    assert lines[1] == "4 forfalt, 1 i dag, 0 neste 7 dager"
    assert lines[3] == "Forfalt (4)"
    notice, deletion = "Slettevarsel (5 virkedager før)", "Sletting av data (innen 30 dager)"
    assert f"tir. 17.11.2026  {notice} · Tyristrand Elektro AS" in lines[4]  # the demo's
    assert f"man. 23.11.2026  {notice} · Veien Regnskap AS – Skyserver" in lines[6]
    assert f"tir. 24.11.2026  {deletion} · Tyristrand Elektro AS" in lines[8]
    assert f"søn. 29.11.2026  {deletion} · Veien Regnskap AS" in lines[10]
    assert lines[13] == "I dag (1)"


def test_ics_and_csv_hold_one_entry_per_deadline(capsys, demo, tmp_path):
    add_oc_termination(demo)
    ics, table = tmp_path / "frister.ics", tmp_path / "frister.csv"
    status, out = deadlines(capsys, demo, "--json", "--ics", str(ics), "--csv", str(table))
    assert status == 0
    items = json.loads(out.out)
    assert f"{len(items)} frister skrevet til" in out.err
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert len(events) == len(items) >= 10
    assert sorted(e.decoded("dtstart").isoformat()[:10] for e in events) == sorted(
        i["date"] for i in items
    )
    raw = table.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    # the overview's columns, as the window shows and exports them
    assert rows[0][:3] == ["Når", "Dato", "Frist"]
    assert rows[0][-3:] == ["Dato (ISO)", "Avtale-id", "Gjelder"]
    assert len(rows) == len(items) + 1
    assert ["Neste 7 dager", "man. 23.11.2026", "Slettevarsel (5 virkedager før)"] in [
        r[:3] for r in rows
    ]
    assert "2026-11-23" in [r[-3] for r in rows]


def test_english_and_bad_input(capsys, demo):
    status, out = deadlines(capsys, demo, "--lang", "en")
    assert status == 0 and "1 overdue, 0 today, 3 in the next 7 days" in out.out
    status = run_command(["deadlines", "--db", str(demo), "--today", "20.11.2026"])
    assert status == 2 and "ÅÅÅÅ-MM-DD" in capsys.readouterr().err
    status = run_command(["deadlines", "--db", str(demo.parent / "missing.sqlite")])
    assert status == 2 and capsys.readouterr().err.strip()


def pdf_text(path):
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    # NFKC: the PDF sets "ffi" as a ligature glyph
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def test_letter_command_writes_the_pdf_and_logs_it(capsys, demo, tmp_path):
    _, term_id = add_oc_termination(demo)
    out = tmp_path / "slettevarsel.pdf"
    status = run_command(
        ["letter", "deletion_notice", "--db", str(demo), "--id", str(term_id), "--out", str(out),
         "--today", TODAY, "--place", "Hønefoss", "--signer", "Ola Hansen"]
    )  # fmt: skip
    assert status == 0, capsys.readouterr().err
    said = capsys.readouterr()
    assert "Varsel om sletting av data skrevet til" in said.out
    assert said.err == ""  # in time (notice by 23.11): nothing to warn about
    text = pdf_text(out)
    assert "Office Center Hønefoss AS" in text and "Att.: Siri Veien" in text
    assert "søn. 29.11.2026" in text and "ons. 25.11.2026" in text  # deletion, copy order
    assert "punkt 5.4" in text and "punkt 5.6" in text and "Hønefoss, 20.11.2026" in text
    with open_database(demo) as database:
        (entry,) = LetterLog(database).for_record("terminations", term_id)
    assert (entry.kind, entry.lang, entry.path) == ("deletion_notice", "nb", str(out.resolve()))
    assert entry.produced_at.tzinfo is not None


def test_letter_command_warns_on_standard_error_when_the_notice_is_late(capsys, demo, tmp_path):
    # the demo's own Office Center termination: notice due 17.11, deletion 24.11
    out = tmp_path / "sent.pdf"
    status = run_command(
        ["letter", "deletion_notice", "--db", str(demo), "--id", "2", "--out", str(out),
         "--today", TODAY]
    )  # fmt: skip
    said = capsys.readouterr()
    assert status == 0 and out.read_bytes().startswith(b"%PDF")  # the letter is still made
    assert said.err.startswith("Merk: Varselet er for sent: etter OC 5.4")
    assert "tir. 17.11.2026" in said.err and "tir. 24.11.2026" in said.err


def test_letter_command_in_english_for_a_demo_complaint(capsys, demo, tmp_path):
    with open_database(demo) as database:
        complaint = next(
            c
            for c in Repositories(database).complaints.all()
            if c.discovered is not None
            and Repositories(database).contracts.get(c.contract_id).template == "office_center"
        )
    out = tmp_path / "complaint.pdf"
    status = run_command(
        ["letter", "complaint_ack", "--db", str(demo), "--id", str(complaint.id), "--out", str(out),
         "--lang", "en", "--today", TODAY]
    )  # fmt: skip
    assert status == 0, capsys.readouterr().err
    text = pdf_text(out)
    assert "Acknowledgement of complaint" in text and "clause 8.2" in text
    assert complaint.complained.strftime("%d.%m.%Y") in text


def test_letter_that_does_not_apply_is_refused_without_a_file(capsys, demo, tmp_path):
    out = tmp_path / "x.pdf"
    # the demo's termination is on a Sodvin contract: no deletion notice (OC 5.3–5.6 only)
    status = run_command(
        [
            "letter",
            "deletion_notice",
            "--db",
            str(demo),
            "--id",
            "1",
            "--out",
            str(out),
            "--today",
            TODAY,
        ]
    )
    assert status == 2
    # the template says which letters it has (Sodvin 5.3 transfers the data, no deletion)
    assert "Sodvin – Azure Tjenesteavtale har ikke brevet" in capsys.readouterr().err
    assert not out.exists()
    status = run_command(
        ["letter", "complaint_ack", "--db", str(demo), "--id", "999", "--out", str(out)]
    )
    assert status == 2 and capsys.readouterr().err.strip()
    with open_database(demo) as database:
        assert LetterLog(database).all() == []


@pytest.mark.skipif(sys.platform == "win32", reason="SIGPIPE is a POSIX signal")
def test_deadlines_piped_into_a_reader_that_stops_early_ends_quietly(demo):
    """`avtalevakt deadlines | head -1`: no traceback on stderr when the reader goes away."""
    process = subprocess.Popen(
        # 25 years of deadlines as JSON: well over a pipe's 64 KiB buffer, so the program
        # is still writing when the reader closes its end
        [sys.executable, "-m", "app", "deadlines", "--db", str(demo), "--today", TODAY]
        + ["--days", "9000", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
    )
    first = process.stdout.readline()
    process.stdout.close()  # as `head -1` does after its line
    _, errors = process.communicate(timeout=60)
    assert first.decode("utf-8").startswith("[")
    assert errors.decode("utf-8") == ""
    assert process.returncode == 141  # 128 + SIGPIPE, as `head` leaves any Unix tool
