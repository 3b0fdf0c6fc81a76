"""Size and start-up time of the packaged program next to ``python -m app``.

    python bench/startup.py [--runs 5] [--db PATH] [--json]

Start-up is measured as the wall time of rendering the overview page to a PNG
(``--screenshot``): process start, Qt, the main window built and painted once (the
database is opened after that first paint; ``--screenshot`` grabs the first painted
window and exits), exit. Beside it, as ``bench/run.py`` measures it: the minimal
PySide6 window started the same way (``bench/minimal_window.py``), the ratio of the
medians, and the start until the overview is filled in (``--screenshot --wait``: the
database opened and checked, the overview computed, the start backup taken). Runs are
interleaved so load on the machine hits each alike.

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

ROOT = Path(__file__).resolve().parent.parent
EXE = "avtalevakt.exe" if sys.platform == "win32" else "avtalevakt"
ONEDIR = ROOT / "build" / "dist" / "onedir" / "avtalevakt" / EXE
ONEFILE = ROOT / "build" / "dist" / "onefile" / EXE


def folder_size(path: Path) -> int:
    # symlinks (PyInstaller links some libraries) would count their target twice
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _once(command: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def time_start(command: list[str], db: Path, out: Path, runs: int) -> float:
    shot = [*command, "--db", str(db), "--screenshot", str(out), "--page", "overview"]
    return statistics.median(_once(shot) for _ in range(runs))


def build_start(exe: Path, db: Path, out: Path, runs: int) -> float | str:
    """A build's start-up, or why it failed (an older build refuses a newer database)."""
    try:
        return round(time_start([str(exe)], db, out, runs), 3)
    except subprocess.CalledProcessError as exc:
        lines = (exc.stderr or b"").decode(errors="replace").strip().splitlines()
        said = [line for line in lines if line.strip() and not line.startswith("[PYI")]
        return "failed: " + (said[-1] if said else f"status {exc.returncode}")


def compare_start(db: Path, out: Path, runs: int) -> dict[str, float]:
    """``python -m app --screenshot`` against the minimal window, and with ``--wait``."""
    app = [sys.executable, "-m", "app", "--db", str(db), "--screenshot", str(out)]
    app += ["--page", "overview"]
    minimal = [sys.executable, str(ROOT / "bench" / "minimal_window.py"), "--screenshot", str(out)]
    _once(minimal)  # warm the file cache for both, as a second start would
    _once(app)
    times: dict[str, list[float]] = {"app": [], "minimal": [], "filled": []}
    for _ in range(runs):  # interleaved
        times["app"].append(_once(app))
        times["minimal"].append(_once(minimal))
        times["filled"].append(_once([*app, "--wait"]))
    median = {name: statistics.median(values) for name, values in times.items()}
    return {
        "python_start_s": round(median["app"], 3),
        "minimal_start_s": round(median["minimal"], 3),
        "start_ratio": round(median["app"] / median["minimal"], 2),
        "filled_start_s": round(median["filled"], 3),
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
            result["onedir_start_s"] = build_start(ONEDIR, db, out, args.runs)
        if ONEFILE.exists():
            result["onefile_mb"] = round(ONEFILE.stat().st_size / 1e6, 1)
            result["onefile_start_s"] = build_start(ONEFILE, db, out, args.runs)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{'what':<28}{'size':>10}{'start-up (median of ' + str(args.runs) + ')':>28}")
    print(f"{'python -m app':<28}{'–':>10}{result['python_start_s']:>27.2f}s")
    print(f"{'minimal PySide6 window':<28}{'–':>10}{result['minimal_start_s']:>27.2f}s")
    print(f"{'  ratio (target <= 1.5)':<28}{'':>10}{result['start_ratio']:>27.2f}x")
    print(f"{'python -m app, filled in':<28}{'–':>10}{result['filled_start_s']:>27.2f}s")
    for kind in ("onedir", "onefile"):
        if isinstance(result.get(f"{kind}_start_s"), str):
            print(f"{kind:<28}{result[kind + '_mb']:>8} MB  {result[kind + '_start_s']}")
        elif f"{kind}_mb" in result:
            print(
                f"{'one-folder build' if kind == 'onedir' else 'one-file build':<28}{result[kind + '_mb']:>8} MB{result[kind + '_start_s']:>27.2f}s"
            )
        else:
            print(
                f"{kind:<28}not built (python build/build.py{' --onefile' if kind == 'onefile' else ''})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
