"""Size and start-up time of the packaged program next to ``python -m app``.

    python bench/startup.py [--runs 5] [--db PATH] [--json]

Each start is one ``--screenshot --wait`` run (offscreen, the overview page), timed
from process start until the program says (``AVTALEVAKT_REPORT_FIRST_PAINT`` set):

- ``first-paint``: its main window has painted (the navigation and the overview's
  frame, "Åpner databasen …");
- ``overview-filled``: the overview's list has been painted with its deadlines — the
  moment a user can read one (the database opened and checked, the overview computed);

and until the process ends (the start backup taken, the window grabbed to a PNG).
With each line the CPU seconds the process had used by then (Linux: /proc), which
load on the machine does not inflate as it does the wall clock (``*_cpu_s``,
``filled_cpu_ratio``).
Beside it, started and timed the same way, the minimal PySide6 window
(``bench/minimal_window.py``): ``start_ratio`` is the program's first paint over the
minimal window's, ``filled_ratio`` the overview filled in over the minimal window's
first paint (ratios of the medians). Runs are interleaved so load on the machine hits
each alike. ``bench/run.py`` measures the start with the same functions.

The database is a fresh demo database unless ``--db`` names one (for instance the
benchmark's large database, ``/tmp/avtalevakt-bench/large-1.sqlite``; only read, and
backed up at each start as the program does). Builds are taken from ``build/dist``
(make them with ``python build/build.py [--onefile]``); a missing build is reported
as such.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
EXE = "avtalevakt.exe" if sys.platform == "win32" else "avtalevakt"
ONEDIR = ROOT / "build" / "dist" / "onedir" / "avtalevakt" / EXE
ONEFILE = ROOT / "build" / "dist" / "onefile" / EXE


def folder_size(path: Path) -> int:
    # symlinks (PyInstaller links some libraries) would count their target twice
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


class Started(NamedTuple):
    """One timed start: seconds to the first paint and to the overview filled in (None:
    the program did not report it), seconds until the process ended, peak memory (MB),
    and the CPU seconds the process had used when it reported each (None where the
    system does not say: only Linux's /proc is read)."""

    painted_s: float | None
    filled_s: float | None
    ended_s: float
    rss_mb: float
    painted_cpu_s: float | None = None
    filled_cpu_s: float | None = None


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_seconds(pid: int) -> float | None:
    """User and system CPU seconds of process ``pid`` so far (all its threads), from
    /proc on Linux; None elsewhere. On a machine shared with other work the wall-clock
    time of a start is mostly the wait for a core; the CPU time is the program's own."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()  # after the command's name, which may hold spaces
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime (fields 14 and 15)


def timed_start(command: list[str]) -> Started:
    """Start ``command`` (a ``--screenshot`` run) and time it; raises CalledProcessError."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AVTALEVAKT_REPORT_FIRST_PAINT="1")
    # A user's Python writes bytecode on the first start and reads it on every later one
    # (a packaged build carries it): a start with it switched off would compile every
    # module of ours each time, which no user waits for.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=errors)
        seen: dict[bytes, float] = {}
        cpu: dict[bytes, float | None] = {}
        assert proc.stdout is not None
        for line in proc.stdout:
            said = line.strip()
            if said not in seen:
                seen[said] = time.perf_counter() - started
                cpu[said] = cpu_seconds(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)
        ended = time.perf_counter() - started
        proc.stdout.close()
        code = os.waitstatus_to_exitcode(status)
        if code:
            errors.seek(0)
            raise subprocess.CalledProcessError(code, command, stderr=errors.read())
    return Started(
        seen.get(b"first-paint"),
        seen.get(b"overview-filled"),
        ended,
        usage.ru_maxrss / 1024,
        cpu.get(b"first-paint"),
        cpu.get(b"overview-filled"),
    )


def app_command(db: Path, out: Path, *, program: list[str] | None = None) -> list[str]:
    """A start that paints, opens ``db``, fills the overview in and grabs it to ``out``."""
    program = program or [sys.executable, "-m", "app"]
    return [*program, "--db", str(db), "--screenshot", str(out), "--page", "overview", "--wait"]


def minimal_command(out: Path) -> list[str]:
    return [sys.executable, str(ROOT / "bench" / "minimal_window.py"), "--screenshot", str(out)]


def _median(starts: list[Started], field: str) -> float:
    values = [getattr(s, field) for s in starts]
    if None in values:
        raise RuntimeError(f"a start did not report its {field.replace('_s', '')}")
    return statistics.median(values)


def build_start(exe: Path, db: Path, out: Path, runs: int) -> dict[str, Any] | str:
    """A build's start-up (medians), or why it failed (an older build refuses a newer
    database)."""
    try:
        starts = [timed_start(app_command(db, out, program=[str(exe)])) for _ in range(runs)]
        return {
            "painted_s": round(_median(starts, "painted_s"), 3),
            "filled_s": round(_median(starts, "filled_s"), 3),
            "ended_s": round(_median(starts, "ended_s"), 3),
        }
    except subprocess.CalledProcessError as exc:
        lines = (exc.stderr or b"").decode(errors="replace").strip().splitlines()
        said = [line for line in lines if line.strip() and not line.startswith("[PYI")]
        return "failed: " + (said[-1] if said else f"status {exc.returncode}")
    except RuntimeError as exc:  # a build older than the reports
        return str(exc)


def compare_start(db: Path, out: Path, runs: int) -> dict[str, Any]:
    """``python -m app --screenshot --wait`` against the minimal window, interleaved.

    ``start_ratio``: first paint over the minimal window's first paint;
    ``filled_ratio``: overview filled in over the minimal window's first paint."""
    app, minimal = app_command(db, out), minimal_command(out)
    timed_start(minimal)  # warm the file cache for both, as a second start would
    timed_start(app)
    apps: list[Started] = []
    minimals: list[Started] = []
    for _ in range(runs):
        apps.append(timed_start(app))
        minimals.append(timed_start(minimal))
    app_paint, minimal_paint = _median(apps, "painted_s"), _median(minimals, "painted_s")
    filled = _median(apps, "filled_s")
    cpu: dict[str, Any] = {}
    if all(s.filled_cpu_s is not None for s in apps) and all(
        s.painted_cpu_s is not None for s in minimals
    ):
        minimal_cpu = _median(minimals, "painted_cpu_s")
        filled_cpu = _median(apps, "filled_cpu_s")
        cpu = {
            "start_app_cpu_s": round(_median(apps, "painted_cpu_s"), 3),
            "start_minimal_cpu_s": round(minimal_cpu, 3),
            "start_filled_cpu_s": round(filled_cpu, 3),
            "filled_cpu_ratio": round(filled_cpu / minimal_cpu, 2),
        }
    return {
        "start_app_s": round(app_paint, 3),
        "start_minimal_s": round(minimal_paint, 3),
        "start_ratio": round(app_paint / minimal_paint, 2),
        "start_filled_s": round(filled, 3),
        "filled_ratio": round(filled / minimal_paint, 2),
        "start_app_process_s": round(_median(apps, "ended_s"), 3),
        "start_runs": runs,
        "app_rss_mb": round(max(s.rss_mb for s in apps), 1),
        **cpu,
    }


def demo_database(folder: Path) -> Path:
    """A fresh demo database in ``folder`` (the same demo data on every run)."""
    db = folder / "demo.sqlite"
    subprocess.run(
        [sys.executable, "-m", "app", "demo", "--db", str(db), "--today", "2026-11-21"],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return db


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="database to start on (default: a demo one)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db, out = args.db or demo_database(Path(tmp)), Path(tmp) / "shot.png"
        result.update(compare_start(db, out, args.runs))
        if ONEDIR.exists():
            result["onedir_mb"] = round(folder_size(ONEDIR.parent) / 1e6, 1)
            result["onedir_start"] = build_start(ONEDIR, db, out, args.runs)
        if ONEFILE.exists():
            result["onefile_mb"] = round(ONEFILE.stat().st_size / 1e6, 1)
            result["onefile_start"] = build_start(ONEFILE, db, out, args.runs)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{'what':<30}{'size':>9}{'first paint':>14}{'filled in':>12}{'process':>10}")
    print(f"(medians of {args.runs} starts)")

    def row(what: str, size: str, *values: Any, unit: str = "s") -> None:
        shown = [f"{v:.3f} {unit}" if isinstance(v, float) else "–" for v in values]
        print(f"{what:<30}{size:>9}{shown[0]:>14}{shown[1]:>12}{shown[2]:>10}")

    row(
        "python -m app",
        "–",
        result["start_app_s"],
        result["start_filled_s"],
        result["start_app_process_s"],
    )
    row("minimal PySide6 window", "–", result["start_minimal_s"], None, None)
    row("  ratio to it", "", result["start_ratio"], result["filled_ratio"], None, unit="x")
    for kind, name in (("onedir", "one-folder build"), ("onefile", "one-file build")):
        start = result.get(f"{kind}_start")
        if f"{kind}_mb" not in result:
            flag = " --onefile" if kind == "onefile" else ""
            print(f"{name:<30}not built (python build/build.py{flag})")
        elif isinstance(start, str):
            print(f"{name:<30}{result[kind + '_mb']:>6} MB  {start}")
        else:
            row(
                name,
                f"{result[kind + '_mb']} MB",
                start["painted_s"],
                start["filled_s"],
                start["ended_s"],
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
