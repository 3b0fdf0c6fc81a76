"""Kill the program's storage with SIGKILL during saves, imports, backups and restores,
and check after every kill: 0 committed records lost, 0 integrity failures, the history
chain valid (``verify``: the chain, and the tables equal to the history's replay).

    python -m tools.crash_test [--kills 200] [--seed 1]

prints one line per kind and the totals (the figure in README). Each kill is real
(``Popen.kill``: SIGKILL on POSIX) at a random moment while a child process works on a
real file in a temporary folder:

- **save**: bursts of a customer and its contract in one transaction, each commit
  reported on stdout; every reported one must be there afterwards;
- **import**: ``import --replace`` of two exports in turn; afterwards the file holds
  exactly one of them (all or nothing);
- **backup**: backups taken one after another; afterwards every backup listed is whole
  and leftovers (``.part``) are removed as at a start;
- **restore**: two backups restored in turn; afterwards the file is there (never
  missing) and holds exactly one of them.

``tests/robustness/test_crash_kills.py`` runs it with a small count in CI.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("save", "import", "backup", "restore")
ORG = "914573262"


# --- the children (``python -m tools.crash_test child KIND FOLDER``) -------------------------


def _child(kind: str, folder: Path) -> None:
    from app.domain.records import Contract, Customer
    from app.storage import backups
    from app.storage.database import open_database
    from app.storage.exchange import import_json
    from app.storage.repositories import Repositories

    db = folder / "desk.sqlite"
    print("ready", flush=True)
    if kind == "save":
        with open_database(db, backup=False, timeout=30) as database:
            repos = Repositories(database, user="crash")
            n = 0
            while True:
                with repos.transaction():
                    customer = repos.customers.add(Customer(name=f"Kunde {n}", org_number=ORG))
                    repos.contracts.add(
                        Contract(
                            customer_id=customer.id,
                            title=f"Avtale {n}",
                            template="sodvin",
                            signed=date(2026, 1, 1),
                        )
                    )
                print(f"ok {customer.id}", flush=True)
                n += 1
    elif kind == "import":
        with open_database(db, backup=False, timeout=30) as database:
            n = 0
            while True:
                source = folder / ("a.json" if n % 2 else "b.json")
                import_json(database, source, replace=True)
                print(f"ok {source.name}", flush=True)
                n += 1
    elif kind == "backup":
        with open_database(db, backup=False, timeout=30) as database:
            while True:
                print(f"ok {database.backup(keep=4).name}", flush=True)
    elif kind == "restore":
        a, b = folder / "a.sqlite", folder / "b.sqlite"
        n = 0
        while True:
            backups.restore_backup(a if n % 2 else b, db)
            print(f"ok {n}", flush=True)
            n += 1


# --- the parent ----------------------------------------------------------------------------


@dataclass
class Tally:
    kills: int = 0
    committed: int = 0
    lost: int = 0
    integrity_failures: int = 0
    chain_failures: int = 0
    other_failures: list[str] = field(default_factory=list)

    def line(self, kind: str) -> str:
        return (
            f"{kind:8} {self.kills:4} kills  {self.committed:6} committed  {self.lost} lost  "
            f"{self.integrity_failures} integrity failures  {self.chain_failures} broken chains"
            + (
                f"  {len(self.other_failures)} other: {self.other_failures[:3]}"
                if self.other_failures
                else ""
            )
        )

    @property
    def ok(self) -> bool:
        return not (
            self.lost or self.integrity_failures or self.chain_failures or self.other_failures
        )


def _names(db: Path) -> set[str]:
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {name for (name,) in conn.execute("SELECT name FROM customers")}
    finally:
        conn.close()


def _check(db: Path, tally: Tally) -> None:
    """Integrity and the history chain (``verify``) of the file after a kill."""
    from app.storage.database import open_read_only
    from app.storage.verify import verify

    with open_read_only(db) as database:
        if database.integrity_problems():
            tally.integrity_failures += 1
        report = verify(database)
        if not report.ok:
            tally.chain_failures += 1


def _prepare(kind: str, folder: Path) -> Callable[[Path, list[str], Tally], None]:
    """Make the folder's files for ``kind``; returns the check after each kill."""
    from app.domain.records import Customer
    from app.storage.backups import backups_of, expected_identity, remove_leftovers
    from app.storage.database import open_database
    from app.storage.demo import fill_demo
    from app.storage.exchange import export_json
    from app.storage.repositories import Repositories

    db = folder / "desk.sqlite"
    with open_database(db, backup=False) as database:
        repos = Repositories(database, user="crash")
        if kind != "save":
            fill_demo(repos, date(2026, 11, 20))
    if kind == "save":
        committed: set[int] = set()

        def after_save(db: Path, lines: list[str], tally: Tally) -> None:
            import sqlite3

            committed.update(int(line.split()[1]) for line in lines if line.startswith("ok "))
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            try:
                there = {i for (i,) in conn.execute("SELECT id FROM customers")}
            finally:
                conn.close()
            tally.committed = len(committed)
            tally.lost = len(committed - there)
            _check(db, tally)

        return after_save
    if kind in ("import", "restore"):
        with open_database(db, backup=False) as database:  # state a: the demo
            export_json(database, folder / "a.json")
        with open_database(db, backup=False) as database:  # state b: one customer more
            Repositories(database, user="crash").customers.add(
                Customer(name="B AS", org_number=ORG)
            )
            export_json(database, folder / "b.json")
        if kind == "restore":
            from app.storage.backups import copy_database

            with open_database(db, backup=False) as database:
                copy_database(database.db.conn, folder / "b.sqlite")
                with database.transaction():  # back to a (deleting B), as a backup of a
                    repos = Repositories(database, user="crash")
                    (b,) = [c for c in repos.customers.all() if c.name == "B AS"]
                    repos.customers.delete(b.id)
                copy_database(database.db.conn, folder / "a.sqlite")
        states = (_names_of(folder / "a.json"), _names_of(folder / "b.json"))

        def after_whole(db: Path, lines: list[str], tally: Tally) -> None:
            tally.committed += sum(1 for line in lines if line.startswith("ok "))
            if not db.exists():
                tally.other_failures.append("the file was missing")
                return
            remove_leftovers(db)
            if _names(db) not in states:
                tally.lost += 1  # neither one nor the other: half of something
            _check(db, tally)

        return after_whole

    def after_backup(db: Path, lines: list[str], tally: Tally) -> None:
        tally.committed += sum(1 for line in lines if line.startswith("ok "))
        remove_leftovers(db)
        if list((db.parent / "backups").glob("*.part")):
            tally.other_failures.append("a .part left after remove_leftovers")
        expected = expected_identity(db)
        for backup in backups_of(db):
            if backup.check(expected) is not None:
                tally.integrity_failures += 1
        _check(db, tally)

    return after_backup


def _names_of(export: Path) -> set[str]:
    data = json.loads(export.read_text(encoding="utf-8"))
    return {row["name"] for row in data["tables"]["customers"]}


def run(kills: int, *, seed: int = 1, folder: Path | None = None, say=print) -> dict[str, Tally]:  # noqa: ANN001
    """``kills`` SIGKILLs shared over the four kinds; a Tally per kind."""
    rng = random.Random(seed)
    own = folder is None
    base = Path(tempfile.mkdtemp(prefix="avtalevakt-crash-")) if own else folder
    tallies: dict[str, Tally] = {}
    try:
        for index, kind in enumerate(KINDS):
            share = kills // len(KINDS) + (1 if index < kills % len(KINDS) else 0)
            work = base / kind
            work.mkdir(parents=True)
            after = _prepare(kind, work)
            tally = tallies[kind] = Tally()
            for number in range(share):
                # the last kill of a kind that has met no commit yet comes after one, so
                # that every kind is killed at least once with committed work to lose (on
                # a loaded machine the first import may outlast every random moment)
                last = number == share - 1
                lines = _kill_once(kind, work, rng, after_a_commit=last and tally.committed == 0)
                tally.kills += 1
                after(work / "desk.sqlite", lines, tally)
            say(tally.line(kind))
    finally:
        if own:
            shutil.rmtree(base, ignore_errors=True)
    return tallies


def _kill_once(
    kind: str, work: Path, rng: random.Random, *, after_a_commit: bool = False
) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tools.crash_test", "child", kind, str(work)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    ready = proc.stdout.readline()
    if ready.strip() != "ready":
        raise RuntimeError(f"the {kind} child did not start: {proc.stderr.read()}")
    seen: list[str] = []
    if after_a_commit:  # the child's first reported commit, then the random moment
        while not (line := proc.stdout.readline()).startswith("ok"):
            if not line:
                raise RuntimeError(f"the {kind} child ended before a commit: {proc.stderr.read()}")
        seen.append(line.rstrip("\n"))
    time.sleep(rng.uniform(0.05, 0.6))  # somewhere in the middle of its work
    proc.kill()
    out, err = proc.communicate(timeout=60)
    lines = seen + out.splitlines()
    if proc.returncode != -9 and os.name == "posix":
        raise RuntimeError(f"the {kind} child ended by itself ({proc.returncode}): {err}")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["child"]:
        _child(args[1], Path(args[2]))
        return 0
    parser = argparse.ArgumentParser(prog="python -m tools.crash_test")
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args(args)
    started = time.perf_counter()
    tallies = run(options.kills, seed=options.seed)
    total = Tally()
    for tally in tallies.values():
        total.kills += tally.kills
        total.committed += tally.committed
        total.lost += tally.lost
        total.integrity_failures += tally.integrity_failures
        total.chain_failures += tally.chain_failures
        total.other_failures += tally.other_failures
    print(total.line("total") + f"  ({time.perf_counter() - started:.0f} s)")
    return 0 if total.ok else 1


if __name__ == "__main__":
    sys.exit(main())
