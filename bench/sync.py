"""Sharing at service-desk scale (issue 14): the first sync and a round with nothing to do.

    python bench/sync.py [--db PATH] [--scale 1] [--rounds 20] [--json]

On a throwaway PostgreSQL cluster (``tests/sync/cluster.py``: a temporary folder, Unix
socket only) and a copy of ``bench/generate.py``'s large database (10 000 contracts,
200 000 incidents at scale 1; made once and reused, as ``bench/run.py`` does):

- upload: the office PC's first round with an empty server: its records become the
  server's (join, push, pull), seconds;
- download: a second, empty PC's first round: it fetches every record, seconds;
- noop: a round when nothing changed anywhere, as the program runs it every 30 s (its
  own SQLite connection, the server connection kept from the round before: hello, an
  empty pull, the round's time written), median and slowest of ``--rounds`` rounds,
  milliseconds, on the office PC and on the second PC; beside it the same round with a
  new server connection each time (what ``python -m app sync`` does).

Beside each first sync its CPU time: this process's (``*_cpu_s``, the program's own
work) and the server's (``*_server_cpu_s``: every PostgreSQL process of the cluster,
read from /proc on Linux). On a machine shared with other work the wall clock also
counts the waits for a core; the CPU times compare between runs under different load.

Targets (issue 14): the first sync under a minute, a round with nothing to do under
50 ms. Reported beside the values, never asserted. ``--json`` prints one object.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.run import ensure_db  # noqa: E402 - after the path is set

TARGETS = {"upload_s": 60.0, "download_s": 60.0, "noop_ms": 50.0}


def server_cpu(data: Path) -> float | None:
    """CPU seconds the cluster's processes have used: the postmaster's own and its
    ended children's (it waits for them), plus the running ones' (Linux; else None)."""
    try:
        postmaster = int((data / "postmaster.pid").read_text().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")

        def fields(pid: int) -> list[str]:
            text = Path(f"/proc/{pid}/stat").read_text()
            return text[text.rindex(")") + 2 :].split()

        own = fields(postmaster)  # state is field 3: utime is index 11 after the name
        total = sum(int(v) for v in own[11:15])  # utime, stime, cutime, cstime
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    child = fields(int(entry.name))
                except OSError:
                    continue
                if int(child[1]) == postmaster:
                    total += int(child[11]) + int(child[12])
        return total / ticks
    except (OSError, ValueError, IndexError):
        return None


class Timed:
    """Wall clock, this process's CPU and the server's CPU of one block, in seconds."""

    def __init__(self, data: Path) -> None:
        self.data = data

    def __enter__(self) -> Timed:
        self.server = server_cpu(self.data)
        self.cpu, self.start = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.start
        self.own_cpu = time.process_time() - self.cpu
        time.sleep(0.2)  # the round's server process has ended: the postmaster reaps it
        after = server_cpu(self.data)
        self.server_cpu = None if after is None or self.server is None else after - self.server


def default_db(scale: float) -> Path:
    return Path(tempfile.gettempdir()) / "avtalevakt-bench-sync" / f"large-{scale:g}.sqlite"


def measure(source: Path, rounds: int) -> dict[str, Any]:
    import psycopg

    from app.storage.database import open_database
    from app.storage.repositories import Repositories
    from app.sync.connection import connect
    from app.sync.engine import sync_round
    from app.sync.server.admin import init_server, invite
    from tests.sync.cluster import Cluster

    work = Path(tempfile.mkdtemp(prefix="avtalevakt-sync-bench-"))
    cluster = Cluster.start()
    try:
        with psycopg.connect(cluster.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE desk")
        admin = cluster.url("desk")
        init_server(admin)
        url = invite(admin, "bench").url
        office_file = work / "office.sqlite"
        shutil.copy(source, office_file)
        result: dict[str, Any] = {}
        with open_database(office_file, backup=False) as office:
            repos = Repositories(office, user="office")
            records = sum(
                office.db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("customers", "contracts", "services", "incidents", "complaints",
                          "delivery_notices", "terminations", "checklist_items", "notes")
            )  # fmt: skip
            result["records"] = records
            result["load_before"] = load()
            with Timed(cluster.data) as took:
                first = sync_round(repos, url, pc_name="office")
            keep(result, "upload", took)
            result["uploaded"] = first.pushed
            with open_database(work / "laptop.sqlite", backup=False) as laptop:
                other = Repositories(laptop, user="laptop")
                with Timed(cluster.data) as took:
                    fetched = sync_round(other, url, pc_name="laptop")
                keep(result, "download", took)
                result["downloaded"] = fetched.pulled
                pg = connect(url, autocommit=True)
                for name, target in (("office", office), ("laptop", laptop)):
                    times, fresh = [], []
                    for _ in range(rounds):
                        start = time.perf_counter()
                        own = target.reopen()  # as the program's worker does
                        done = sync_round(
                            Repositories(own, user=name), url, pc_name=name, connection=pg
                        )
                        own.close()
                        times.append((time.perf_counter() - start) * 1000)
                        assert done.pushed == done.pulled == 0, done
                        start = time.perf_counter()
                        sync_round(Repositories(target, user=name), url, pc_name=name)
                        fresh.append((time.perf_counter() - start) * 1000)
                    result[f"noop_{name}_ms"] = round(statistics.median(times), 1)
                    result[f"noop_{name}_max_ms"] = round(max(times), 1)
                    result[f"noop_{name}_new_connection_ms"] = round(statistics.median(fresh), 1)
                pg.close()
        result["noop_ms"] = max(result["noop_office_ms"], result["noop_laptop_ms"])
        result["load_after"] = load()
        result["db_mb"] = round(source.stat().st_size / 1e6, 1)
        return result
    finally:
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)


def keep(result: dict[str, Any], name: str, took: Timed) -> None:
    result[f"{name}_s"] = round(took.wall, 1)
    result[f"{name}_cpu_s"] = round(took.own_cpu, 1)
    if took.server_cpu is not None:
        result[f"{name}_server_cpu_s"] = round(took.server_cpu, 1)


def load() -> str:
    """The 1-minute load average (other work on the machine), or '' where unknown."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return ""


def cpu_text(result: dict[str, Any], name: str) -> str:
    server = result.get(f"{name}_server_cpu_s")
    text = f"CPU {result[f'{name}_cpu_s']} s here"
    return text + (f", {server} s on the server" if server is not None else "")


def number(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def report(result: dict[str, Any]) -> str:
    from bench.run import machine

    lines = [
        f"Machine: {machine()}",
        f"Database: {result['db_mb']} MB, {number(result['records'])} records",
        f"Load average (1 min) before / after: {result['load_before']} / {result['load_after']}",
        "",
        f"{'measure':<14}{'value':>10}{'target':>12}  met",
    ]
    units = {"upload_s": "s", "download_s": "s", "noop_ms": "ms"}
    details = {
        "upload_s": (
            f"{number(result['uploaded'])} changes sent (join, push, pull); "
            + cpu_text(result, "upload")
        ),
        "download_s": (
            f"{number(result['downloaded'])} changes fetched by an empty PC; "
            + cpu_text(result, "download")
        ),
        "noop_ms": (
            f"medians: office {result['noop_office_ms']} ms (slowest "
            f"{result['noop_office_max_ms']}), second PC {result['noop_laptop_ms']} ms "
            f"(slowest {result['noop_laptop_max_ms']}); with a new connection each round "
            f"{result['noop_office_new_connection_ms']} / "
            f"{result['noop_laptop_new_connection_ms']} ms"
        ),
    }
    for name, target in TARGETS.items():
        value, unit = result[name], units[name]
        met = "yes" if value <= target else "NO"
        lines.append(f"{name:<14}{f'{value} {unit}':>10}{f'≤ {target:g} {unit}':>12}  {met}")
        lines.append(f"    {details[name]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, help="large database (generated when missing)")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=20, help="rounds with nothing to do")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    db = args.db or default_db(args.scale)
    ensure_db(db, args.scale)
    result = measure(db, args.rounds)
    print(json.dumps(result) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
