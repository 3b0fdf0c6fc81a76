"""Crashes and neighbours: SIGKILL in the middle of writes, two processes on one file.

Each kill is real (``Popen.kill``: SIGKILL on POSIX, TerminateProcess on Windows); every
commit the writer reported must be there afterwards, with integrity_check ok.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from decimal import Decimal

from app.storage.database import open_database
from app.storage.demo import fill_demo
from app.storage.exchange import export_data, export_json
from app.storage.repositories import Repositories

from .conftest import REPO_ROOT, TODAY, Clock

KILLS = 12


def _child(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.storage.child", *map(str, args)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _committed_lines(proc: subprocess.Popen, wanted: int) -> list[list[str]]:
    lines = []
    while len(lines) < wanted:
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"writer ended early: {proc.stderr.read()}")
        lines.append(line.split())
    return lines


def test_sigkill_during_bursts_of_writes_loses_no_commit(db_path):
    with open_database(db_path):
        pass
    rng = random.Random(20261121)
    reported: list[list[str]] = []
    for run in range(KILLS):
        proc = _child("writer", db_path, f"r{run}")
        reported += _committed_lines(proc, rng.randint(1, 25))
        proc.kill()  # mid-burst: the next transaction is under way
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    with open_database(db_path, backup=False) as database:
        assert database.integrity_problems() == []
        repos = Repositories(database)
        for _, tag, n, customer_id, contract_id in reported:
            assert repos.customers.get(int(customer_id)).name == f"{tag} kunde {n}"
            got = repos.contracts.get(int(contract_id))
            assert got.title == f"{tag} avtale {n}"
            assert got.monthly_fee == Decimal(n) + Decimal("0.25")
            assert len(repos.incidents.for_contract(got.id)) == 1
        # bursts are whole: no customer without its contract and incident
        counts = [repos.customers.count_all(), repos.contracts.count_all()]
        assert counts == [repos.incidents.count_all()] * 2
        assert counts[0] >= len(reported)
        assert len(repos.all_history()) == 3 * counts[0]


def test_two_processes_on_one_file(db_path):
    with open_database(db_path):
        pass
    procs = [_child("writer", db_path, tag, 25) for tag in ("a", "b")]
    with open_database(db_path, backup=False) as database:  # and a reader meanwhile
        repos = Repositories(database)
        while any(p.poll() is None for p in procs):
            repos.contracts.search("avtale", limit=10)
    outputs = [p.communicate(timeout=60) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert len(out.splitlines()) == 25
    with open_database(db_path, backup=False) as database:
        assert database.integrity_problems() == []
        repos = Repositories(database)
        names = {c.name for c in repos.customers.all()}
        assert names == {f"{t} kunde {n}" for t in "ab" for n in range(25)}
        assert repos.contracts.count_all() == 50


def test_import_killed_half_way_leaves_the_database_as_it_was(tmp_path, db_path):
    with open_database(db_path) as database:
        fill_demo(Repositories(database, user="tester", clock=Clock()), TODAY)
        before = export_data(database)
    # a bigger file to import: the demo of another day, with many more incidents
    other = tmp_path / "other.sqlite"
    source = tmp_path / "other.json"
    with open_database(other) as database:
        fill_demo(Repositories(database, clock=Clock()), TODAY.replace(month=6))
        export_json(database, source)
    data = json.loads(source.read_text(encoding="utf-8"))
    template = data["tables"]["incidents"][0]
    for n in range(1500):
        data["tables"]["incidents"].append({**template, "id": 10_000 + n, "uid": None})
    source.write_text(json.dumps(data), encoding="utf-8")

    proc = _child("import", db_path, source)
    line = proc.stdout.readline()
    assert line.startswith("half"), proc.stderr.read()
    proc.kill()
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stderr.close()
    with open_database(db_path, backup=False) as database:
        assert database.integrity_problems() == []
        assert export_data(database) == before
