"""``reminders``, ``reminders ack``, ``attach``, ``attachments``, ``attachment`` as a script
runs them (issue 15): the same schedule as the program, one-line errors, exit 2."""

from __future__ import annotations

import hashlib
import json

import pytest

from app.cli import run_command
from app.storage import reminders as stored_reminders
from app.storage.database import open_database
from app.storage.repositories import Repositories

TODAY = "2026-11-21"  # the demo's deletion notice is 3 days overdue, the deletion in 4


def run(capsys, *args):
    status = run_command(list(map(str, args)))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(autouse=True)
def own_lead_times(tmp_path, monkeypatch):
    path = tmp_path / "reminders.json"
    monkeypatch.setattr(stored_reminders, "lead_times_path", lambda: path)
    return path


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert run(capsys, "demo", "--db", path, "--today", TODAY)[0] == 0
    return path


def reminders(capsys, db, *more):
    status, out, err = run(capsys, "reminders", "--db", db, "--today", TODAY, "--json", *more)
    assert status == 0 and err == "", err
    return json.loads(out)


def test_reminders_due_from_the_same_schedule(demo_db, capsys):
    found = reminders(capsys, demo_db)
    assert [(r["kind"], r["record"], r["date"], r["state"]) for r in found] == [
        ("deletion_notice", "terminations:2", "2026-11-18", "due"),
        ("deletion", "terminations:2", "2026-11-25", "due"),
    ]
    assert found[0]["lead_time"] == {"days": 3, "working": True, "enabled": True}
    assert found[0]["starts"] == "2026-11-13" and found[0]["days_left"] == -3
    status, out, _ = run(capsys, "reminders", "--db", demo_db, "--today", TODAY)
    assert status == 0 and out.splitlines()[0].startswith("ons. 18.11.2026  Slettevarsel")
    assert "forfalt for 3 dager siden · Påminnelse" in out


def test_acknowledge_snooze_and_undo(demo_db, capsys):
    status, out, err = run(
        capsys,
        "reminders",
        "ack",
        "deletion_notice",
        "terminations:2",
        "--db",
        demo_db,
        "--today",
        TODAY,
    )
    assert status == 0 and out.startswith(
        "Sett: Slettevarsel (5 virkedager før), frist 18.11.2026, av "
    )
    assert [r["kind"] for r in reminders(capsys, demo_db)] == ["deletion"]
    everything = reminders(capsys, demo_db, "--all")
    assert everything[0]["state"] == "seen" and everything[0]["acknowledged_by"]
    # the history records it
    with open_database(demo_db, backup=False) as database:
        repos = Repositories(database)
        (ack,) = repos.reminder_acks.all()
        (entry,) = repos.history("reminder_acks", ack.id)
        assert entry.action == "insert" and entry.after["kind"] == "deletion_notice"
        assert entry.user == ack.user
    # an overdue action acknowledged after its day is back the next day
    status, out, _ = run(capsys, "reminders", "--db", demo_db, "--today", "2026-11-22", "--json")
    assert "deletion_notice" in out
    # snoozed until Monday: not before
    status, out, _ = run(
        capsys, "reminders", "ack", "deletion", "terminations:2", "--db", demo_db,
        "--today", TODAY, "--snooze-until", "2026-11-23",
    )  # fmt: skip
    assert status == 0 and out.startswith("Utsatt til 23.11.2026: Sletting av data")
    assert reminders(capsys, demo_db) == []
    # taken back: due again
    status, out, _ = run(
        capsys,
        "reminders",
        "ack",
        "deletion",
        "terminations:2",
        "--db",
        demo_db,
        "--today",
        TODAY,
        "--undo",
    )
    assert status == 0 and out.startswith("1 kvittering(er) tatt tilbake")
    assert [r["kind"] for r in reminders(capsys, demo_db)] == ["deletion"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("nothing", "terminations:2"), "Ingen påminnelse om nothing for terminations:2 i dag"),
        (
            ("deletion", "terminations:2", "--snooze-until", TODAY),
            "--snooze-until: må være etter i dag",
        ),
        (
            ("deletion", "terminations:2", "--date", "21.11.2026"),
            "--date: «21.11.2026» er ikke en dato",
        ),
    ],
)
def test_ack_refusals_are_one_line(demo_db, capsys, args, message):
    status, out, err = run(capsys, "reminders", "ack", *args, "--db", demo_db, "--today", TODAY)
    assert status == 2 and out == "" and err.count("\n") == 1 and message in err


def test_lead_times_from_the_users_settings(demo_db, capsys, own_lead_times):
    own_lead_times.write_text(
        json.dumps({"version": 1, "lead_times": {"approval_end": {"days": 5, "working": True}}})
    )
    kinds = [r["kind"] for r in reminders(capsys, demo_db)]
    assert "approval_end" in kinds  # 26.11 is 5 working days after 19.11
    own_lead_times.write_text("{not json")
    status, out, err = run(capsys, "reminders", "--db", demo_db, "--today", TODAY)
    assert status == 0 and "standardverdiene brukes" in err


def test_attach_list_and_extract_byte_identical(demo_db, capsys, tmp_path):
    content = b"From: kari@kunde.no\r\nSubject: Reklamasjon\r\n\r\nBackupen feiler.\r\n" * 50
    (tmp_path / "klage.eml").write_bytes(content)
    status, out, err = run(
        capsys, "attach", "complaints", 1, tmp_path / "klage.eml", "--db", demo_db, "--json"
    )
    assert status == 0 and err == ""
    made = json.loads(out)
    sha = hashlib.sha256(content).hexdigest()
    assert (made["name"], made["sha256"], made["size"], made["new_document"]) == (
        "klage.eml",
        sha,
        len(content),
        True,
    )
    status, out, _ = run(capsys, "attach", "deliveries", 1, tmp_path / "klage.eml", "--db", demo_db)
    assert status == 0 and "samme innhold var lagret fra før" in out
    status, out, _ = run(capsys, "attachments", "complaints", 1, "--db", demo_db, "--json")
    (listed,) = json.loads(out)
    assert {k: listed[k] for k in ("name", "sha256", "size", "by")} == {
        "name": "klage.eml", "sha256": sha, "size": len(content), "by": made["by"]
    }  # fmt: skip
    assert listed["added"] == made["added"]
    status, out, _ = run(capsys, "attachments", "delivery_notices", 1, "--db", demo_db)
    assert status == 0 and out.startswith("klage.eml\t")
    status, out, _ = run(
        capsys, "attachment", sha.upper(), "--db", demo_db, "--out", tmp_path / "ut.eml"
    )
    assert status == 0 and (tmp_path / "ut.eml").read_bytes() == content


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("attach", "complaints", 1, "{dir}/virus.exe"), "virus.exe kan ikke legges ved"),
        (("attach", "complaints", 99, "{dir}/a.pdf"), "99"),
        (("attach", "complaints", 1, "{dir}/mangler.pdf"), "mangler.pdf"),
        (("attachments", "services", 1), "invalid choice"),
        (("attachment", "abc", "--out", "{dir}/x"), "SHA256: 64 heksadesimale tegn"),
        (("attachment", "0" * 64, "--out", "{dir}/x"), "Ingen vedlegg har dokumentet"),
    ],
)
def test_attachment_refusals_are_one_line(demo_db, capsys, tmp_path, args, message):
    (tmp_path / "virus.exe").write_bytes(b"MZ")
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    argv = [str(a).replace("{dir}", str(tmp_path)) for a in args]
    if argv[0] == "attachments" and argv[1] == "services":
        with pytest.raises(SystemExit):
            run(capsys, *argv, "--db", demo_db, "--lang", "en")
        assert message in capsys.readouterr().err
        return
    status, out, err = run(capsys, *argv, "--db", demo_db)
    assert status == 2 and out == "" and err.count("\n") == 1 and message in err, err


def test_export_to_zip_and_import_carry_the_documents(demo_db, capsys, tmp_path):
    (tmp_path / "avtale.pdf").write_bytes(b"%PDF-1.7 signert" * 1000)
    assert run(capsys, "attach", "contracts", 1, tmp_path / "avtale.pdf", "--db", demo_db)[0] == 0
    status, out, err = run(capsys, "export", "--db", demo_db, "--out", tmp_path / "alt.zip")
    assert status == 0 and "1 vedlegg" in out and "1 dokumenter" in out
    target = tmp_path / "ny.sqlite"
    status, out, err = run(capsys, "import", "--db", target, tmp_path / "alt.zip")
    assert status == 0, err
    (a,) = json.loads(run(capsys, "attachments", "contracts", 1, "--db", target, "--json")[1])
    run(capsys, "attachment", a["sha256"], "--db", target, "--out", tmp_path / "tilbake.pdf")
    assert (tmp_path / "tilbake.pdf").read_bytes() == (tmp_path / "avtale.pdf").read_bytes()


def test_a_letter_produced_is_kept_as_a_document_of_its_record(demo_db, capsys, tmp_path):
    """Issue 15 item 8: the PDF as sent is an attachment of the termination."""
    out = tmp_path / "slettevarsel.pdf"
    status, _, err = run(
        capsys,
        "letter",
        "deletion_notice",
        "--db",
        demo_db,
        "--id",
        2,
        "--out",
        out,
        "--today",
        TODAY,
    )
    assert status == 0, err
    status, listed, _ = run(capsys, "attachments", "terminations", 2, "--db", demo_db, "--json")
    (kept,) = json.loads(listed)
    assert kept["name"] == "slettevarsel.pdf" and kept["source"] == "letter"
    assert kept["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert kept["note"].startswith("Varsel om sletting av data – ")  # the subject
    out.unlink()  # the file was moved or deleted since: the desk still has it
    assert run(capsys, "attachment", kept["sha256"], "--db", demo_db, "--out", out)[0] == 0
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_attach_refuses_the_database_it_writes_to_without_opening_it(
    demo_db, capsys, monkeypatch, suffix
):
    """(audit 03.12.2026, item 3) ``attach … desk.sqlite --db desk.sqlite``: the file was
    opened to see that it could be read, which ended the command's own SQLite locks on
    it (closing any descriptor of a file does, on POSIX) before it was refused by kind."""
    from pathlib import Path

    given = Path(f"{demo_db}{suffix}")
    real_open = open
    opened: list[str] = []

    def spying(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spying)
    status, out, err = run(capsys, "attach", "customers", 1, given, "--db", demo_db)
    monkeypatch.setattr("builtins.open", real_open)
    assert status == 2 and out == "" and err.count("\n") == 1, err
    assert f"{given} legges ikke ved:" in err and "åpen i programmet" in err
    assert not [f for f in opened if f.startswith(str(demo_db))]
    status, out, err = run(capsys, "attach", "customers", 1, given, "--db", demo_db, "--lang", "en")
    assert status == 2 and f"{given} is not attached:" in err
