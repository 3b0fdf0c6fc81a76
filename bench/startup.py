"""Size and start-up time of the packaged program next to ``python -m app``.

    python bench/startup.py [--runs 5] [--db PATH] [--json]

Start-up is measured on ``--screenshot`` runs (offscreen, the overview page): from
process start until the program says its main window has painted (it prints
``first-paint`` in the event-loop pass after its first paint when
``AVTALEVAKT_REPORT_FIRST_PAINT`` is set; the database is opened only after that).
Beside it, measured the same way, the minimal PySide6 window
(``bench/minimal_window.py``) and the ratio of the medians; the whole process (start,
paint, grab to a PNG, exit) of both; and the start until the overview is filled in
(``--screenshot --wait``: the database opened and checked, the overview computed, the
start backup taken; until the process ends). Runs are interleaved so load on the
machine hits each alike. ``bench/run.py`` measures the start with the same functions.

The database is a fresh demo database unless ``--db`` names one (for instance the
benchmark's large database, ``/tmp/avtalevakt-bench/large-1.sqlite``; only read, and
backed up at each start as the program does). Builds are taken from ``build/dist``
(make them with ``python build/build.py [--onefile]``); a missing build is reported
as such, and a build older than the first-paint report by its whole-process time.
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
    """One timed start: seconds to the first paint (None: the program did not report
    it), seconds until the process ended, its peak memory (MB)."""

    painted_s: float | None
    ended_s: float
    rss_mb: float


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
        painted = None
        assert proc.stdout is not None
        for line in proc.stdout:
            if painted is None and line.strip() == b"first-paint":
                painted = time.perf_counter() - started
        _, status, usage = os.wait4(proc.pid, 0)
        ended = time.perf_counter() - started
        proc.stdout.close()
        code = os.waitstatus_to_exitcode(status)
        if code:
            errors.seek(0)
            raise subprocess.CalledProcessError(code, command, stderr=errors.read())
    return Started(painted, ended, usage.ru_maxrss / 1024)


def app_command(db: Path, out: Path, *, program: list[str] | None = None) -> list[str]:
    program = program or [sys.executable, "-m", "app"]
    return [*program, "--db", str(db), "--screenshot", str(out), "--page", "overview"]


def minimal_command(out: Path) -> list[str]:
    return [sys.executable, str(ROOT / "bench" / "minimal_window.py"), "--screenshot", str(out)]


def build_start(exe: Path, db: Path, out: Path, runs: int) -> dict[str, Any] | str:
    """A build's start-up (medians), or why it failed (an older build refuses a newer
    database)."""
    try:
        starts = [timed_start(app_command(db, out, program=[str(exe)])) for _ in range(runs)]
    except subprocess.CalledProcessError as exc:
        lines = (exc.stderr or b"").decode(errors="replace").strip().splitlines()
        said = [line for line in lines if line.strip() and not line.startswith("[PYI")]
        return "failed: " + (said[-1] if said else f"status {exc.returncode}")
    painted = [s.painted_s for s in starts if s.painted_s is not None]
    return {
        "painted_s": round(statistics.median(painted), 3) if painted else None,
        "ended_s": round(statistics.median(s.ended_s for s in starts), 3),
    }


def compare_start(db: Path, out: Path, runs: int) -> dict[str, Any]:
    """``python -m app --screenshot`` against the minimal window, and with ``--wait``.

    ``start_ratio`` is the ratio of the medians to the first paint;
    ``start_process_ratio`` that of the whole processes (paint, grab, exit)."""
    app, minimal = app_command(db, out), minimal_command(out)
    timed_start(minimal)  # warm the file cache for both, as a second start would
    timed_start(app)
    runs_of: dict[str, list[Started]] = {"app": [], "minimal": [], "filled": []}
    for _ in range(runs):  # interleaved
        runs_of["app"].append(timed_start(app))
        runs_of["minimal"].append(timed_start(minimal))
        runs_of["filled"].append(timed_start([*app, "--wait"]))

    def median(name: str, field: str) -> float:
        values = [getattr(s, field) for s in runs_of[name]]
        if None in values:
            raise RuntimeError(f"{name} did not report its first paint")
        return statistics.median(values)

    app_paint, minimal_paint = median("app", "painted_s"), median("minimal", "painted_s")
    app_end, minimal_end = median("app", "ended_s"), median("minimal", "ended_s")
    return {
        "start_app_s": round(app_paint, 3),
        "start_minimal_s": round(minimal_paint, 3),
        "start_ratio": round(app_paint / minimal_paint, 2),
        "start_app_process_s": round(app_end, 3),
        "start_minimal_process_s": round(minimal_end, 3),
        "start_process_ratio": round(app_end / minimal_end, 2),
        "start_filled_s": round(median("filled", "ended_s"), 3),
        "app_rss_mb": round(max(s.rss_mb for s in runs_of["app"] + runs_of["filled"]), 1),
    }


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
        db, out = args.db or Path(tmp) / "bench.sqlite", Path(tmp) / "shot.png"
        if args.db is None:
            subprocess.run(
                [sys.executable, "-m", "app", "demo", "--db", str(db), "--today", "2026-11-21"],
                check=True,
                capture_output=True,
                cwd=ROOT,
            )
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
    print(f"{'what':<30}{'size':>9}{'first paint':>14}{'whole process':>16}")
    print(f"(medians of {args.runs} starts)")

    def row(what: str, size: str, painted: Any, ended: Any, unit: str = "s") -> None:
        shown = [f"{v:.3f} {unit}" if isinstance(v, float) else "–" for v in (painted, ended)]
        print(f"{what:<30}{size:>9}{shown[0]:>14}{shown[1]:>16}")

    row("python -m app", "–", result["start_app_s"], result["start_app_process_s"])
    row("minimal PySide6 window", "–", result["start_minimal_s"], result["start_minimal_process_s"])
    row(
        "  ratio (target <= 1.5)",
        "",
        result["start_ratio"],
        result["start_process_ratio"],
        "x",
    )
    row("python -m app, filled in", "–", None, result["start_filled_s"])
    for kind, name in (("onedir", "one-folder build"), ("onefile", "one-file build")):
        start = result.get(f"{kind}_start")
        if f"{kind}_mb" not in result:
            flag = " --onefile" if kind == "onefile" else ""
            print(f"{name:<30}not built (python build/build.py{flag})")
        elif isinstance(start, str):
            print(f"{name:<30}{result[kind + '_mb']:>6} MB  {start}")
        else:
            row(name, f"{result[kind + '_mb']} MB", start["painted_s"], start["ended_s"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
