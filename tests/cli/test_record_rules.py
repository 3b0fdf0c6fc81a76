"""``record add``/``update`` refuse what the form refuses (issue 11: a planned deletion
outside OC 5.3 is refused when entered): it stored one, and the database then made
exports that ``import`` refuses for that very record."""

from __future__ import annotations

import json

from app.cli import run_command
from app.storage.database import open_database
from app.storage.repositories import Repositories


def _terminations(db) -> list:  # noqa: ANN001
    with open_database(db, backup=False) as database:
        return Repositories(database).terminations.all()


def test_a_planned_deletion_oc_5_3_refuses_is_not_stored_by_record(tmp_path, capsys):  # noqa: ANN001
    db = tmp_path / "desk.sqlite"
    assert run_command(["demo", "--db", str(db), "--today", "2026-11-20"]) == 0
    with open_database(db, backup=False) as database:
        repos = Repositories(database)
        oc = next(c for c in repos.contracts.all() if c.template == "office_center")
    before = _terminations(db)
    capsys.readouterr()
    late = {
        "contract_id": oc.id,
        "received": "2026-10-01",
        "from_contact": "Kari",
        "effective_end": "2026-12-31",
        "planned_deletion": "2027-03-01",  # OC 5.3: at the latest 30.01.2027
    }
    assert (
        run_command(["record", "add", "terminations", "--db", str(db), "--json", json.dumps(late)])
        == 2
    )
    err = capsys.readouterr().err
    assert "planned_deletion" in err and "30.01.2027" in err and "OC 5.3" in err
    assert _terminations(db) == before  # nothing stored
    fine = {**late, "planned_deletion": "2027-01-15"}
    assert (
        run_command(["record", "add", "terminations", "--db", str(db), "--json", json.dumps(fine)])
        == 0
    )
    stored = json.loads(capsys.readouterr().out)
    change = json.dumps({"planned_deletion": "2027-02-15"})
    status = run_command(
        [
            "record",
            "update",
            "terminations",
            str(stored["id"]),
            "--db",
            str(db),
            "--json",
            change,
            "--lang",
            "en",
        ]
    )
    assert status == 2
    assert "planned_deletion" in capsys.readouterr().err
    (kept,) = [t for t in _terminations(db) if t.id == stored["id"]]
    assert kept.planned_deletion.isoformat() == "2027-01-15"
    # and what record stores, export and import carry
    out = tmp_path / "alt.json"
    assert run_command(["export", "--db", str(db), "--out", str(out)]) == 0
    assert run_command(["import", "--db", str(tmp_path / "copy.sqlite"), str(out)]) == 0
