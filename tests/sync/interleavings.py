"""Random interleavings of three PCs editing, deleting and syncing (issue 14).

``run(seed, steps, url, folder, admin_url)`` plays one random history: three replicas (real SQLite
files) add, edit and delete complaints on shared contracts, log letters about them and
sync at random moments; then each syncs until quiet. It returns the problems found: a
replica that differs from the server (records or letters log), a change missing from a
replica's history or there twice. The test runs a
few seeds; ``tools/sync_interleavings.py`` runs many.
"""

from __future__ import annotations

import random
from pathlib import Path

import psycopg

from app.domain.records import ComplaintStatus
from app.storage.letters import LetterLog

from .desks import Desk, seed, server_state

FIELDS = ("nature", "extent", "note", "status")


def _value(rnd: random.Random, field: str):
    if field == "status":
        return rnd.choice(list(ComplaintStatus))
    return f"{field} {rnd.randint(1, 5)}"  # few values: equal edits and conflicts both occur


def _step(rnd: random.Random, desk: Desk) -> None:
    complaints = desk.repos.complaints.all()
    roll = rnd.random()
    if roll < 0.25 or not complaints:
        template = complaints[0] if complaints else None
        if template is None:
            return
        desk.repos.complaints.add(
            template.model_copy(
                update={"id": None, "uid": None, "version": 0, "nature": f"ny {rnd.randint(1, 99)}"}
            )
        )
    elif roll < 0.8:
        record = rnd.choice(complaints)
        field = rnd.choice(FIELDS)
        desk.repos.complaints.update(record.model_copy(update={field: _value(rnd, field)}))
    elif roll < 0.88:
        record = rnd.choice(complaints)
        LetterLog(desk.database, user=desk.name).add(
            kind="complaint_reply", table="complaints", record_id=record.id,
            contract_id=record.contract_id, lang=rnd.choice(("nb", "en")),
        )  # fmt: skip
    elif len(complaints) > 1:
        desk.repos.complaints.delete(rnd.choice(complaints[1:]).id)


def run(seed_: int, steps: int, url: str, folder: Path, admin_url: str) -> list[str]:
    rnd = random.Random(seed_)
    desks = [Desk(folder / f"s{seed_}-{name}", name, url) for name in ("a", "b", "c")]
    try:
        seed(desks[0].repos)
        for desk in desks:
            desk.sync()
        for _ in range(steps):
            desk = rnd.choice(desks)
            if rnd.random() < 0.3:
                desk.sync()
            else:
                _step(rnd, desk)
        for _ in range(2):
            for desk in desks:
                desk.sync()
        problems = []
        server = server_state(admin_url)
        for desk in desks:
            if desk.state() != server:
                problems.append(f"seed {seed_}: {desk.name} differs from the server")
        with psycopg.connect(admin_url) as conn:
            changes = {
                (str(pc), no)
                for pc, no in conn.execute(
                    "SELECT pc, change_no FROM avtalevakt.log"
                    " WHERE change_no IS NOT NULL AND tbl <> 'letters'"
                )
            }
            letters = {
                str(uid)
                for (uid,) in conn.execute(
                    "SELECT uid FROM avtalevakt.records WHERE tbl = 'letters'"
                )
            }
        for desk in desks:
            here = {u for (u,) in desk.database.db.conn.execute("SELECT uid FROM letters")}
            if here != letters:
                problems.append(f"seed {seed_}: {desk.name}'s letters differ from the server")
        for desk in desks:
            origins = desk.history_origins()
            if len(origins) != len(set(origins)):
                problems.append(f"seed {seed_}: {desk.name} has a change twice in its history")
            missing = changes - set(origins)
            if missing:
                problems.append(f"seed {seed_}: {desk.name}'s history lacks {len(missing)} changes")
        return problems
    finally:
        for desk in desks:
            desk.close()
