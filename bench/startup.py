"""Size and start-up time of the packaged program next to ``python -m app``.

    python bench/startup.py [--runs 5] [--json]

Start-up is measured as the wall time of rendering the overview page of a demo
database to a PNG (``--screenshot``): process start, Qt, database open with its
integrity check and backup, the main window built and painted once, exit. Builds are
taken from ``build/dist`` (make them with ``python build/build.py [--onefile]``);
a missing build is reported as such.
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


def time_start(command: list[str], db: Path, out: Path, runs: int) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [*command, "--db", str(db), "--screenshot", str(out), "--page", "overview"],
            env=env,
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db, out = Path(tmp) / "bench.sqlite", Path(tmp) / "shot.png"
        subprocess.run(
            [sys.executable, "-m", "app", "demo", "--db", str(db), "--today", "2026-11-21"],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        result["python_start_s"] = round(
            time_start([sys.executable, "-m", "app"], db, out, args.runs), 3
        )
        if ONEDIR.exists():
            result["onedir_mb"] = round(folder_size(ONEDIR.parent) / 1e6, 1)
            result["onedir_start_s"] = round(time_start([str(ONEDIR)], db, out, args.runs), 3)
        if ONEFILE.exists():
            result["onefile_mb"] = round(ONEFILE.stat().st_size / 1e6, 1)
            result["onefile_start_s"] = round(time_start([str(ONEFILE)], db, out, args.runs), 3)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{'what':<28}{'size':>10}{'start-up (median of ' + str(args.runs) + ')':>28}")
    print(f"{'python -m app':<28}{'–':>10}{result['python_start_s']:>27.2f}s")
    for kind in ("onedir", "onefile"):
        if f"{kind}_mb" in result:
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
