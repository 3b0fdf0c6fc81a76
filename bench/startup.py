"""Size and start-up time of the packaged program next to ``python -m app``.

    python bench/startup.py [--runs 5] [--db PATH] [--json]

Each start is the program's own start, as a user's (``python -m app --db F --page
overview``): the instance lock, the window painted, the file checked and opened
read-write (a migration with its backup if one is pending), the overview computed and
painted, the start backup taken. The hidden option ``--quit-after-start`` closes the
window once all that is done, which ends the process. It is timed from process start
until the program says (``AVTALEVAKT_REPORT_FIRST_PAINT`` set):

- ``first-paint``: its main window has painted (the navigation and the overview's
  frame, "Åpner databasen …");
- ``overview-filled``: the overview's list has been painted with its deadlines — the
  moment a user can read one (the database opened and checked, the overview computed);

and until the process ends (the start backup taken, the window closed, the settings
saved). With each line the CPU seconds the process had used by then (Linux: /proc),
which load on the machine does not inflate as it does the wall clock (``*_cpu_s``,
``filled_cpu_ratio``). (Until issue 12 item 4 this timed ``--screenshot --wait``,
which now opens the file read-only: no migration check for writing, no start backup.)

The program's settings and data folder are throwaway folders made for the run
(``XDG_CONFIG_HOME``, ``XDG_DATA_HOME``): the user's own settings are neither read nor
changed, and no draft or rate file of theirs is met. The first start of a run makes
them, like a user's first start; the measured starts are the later ones.

Beside it, started and timed the same way, the minimal PySide6 window
(``bench/minimal_window.py``): ``start_ratio`` is the program's first paint over the
minimal window's, ``filled_ratio`` the overview filled in over the minimal window's
first paint (ratios of the medians). Runs are interleaved so load on the machine hits
each alike. ``bench/run.py`` measures the start with the same functions.

The database is a fresh demo database unless ``--db`` names one (for instance the
benchmark's large database, ``/tmp/avtalevakt-bench/large-1.sqlite``; opened as the
program opens it: backed up at each start into ``backups/`` beside it, the oldest
beyond the kept ones removed). Builds are taken from ``build/dist`` (make them with
``python build/build.py [--onefile]``); a missing build, or one older than
``--quit-after-start``, is reported as such.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # (run as a script: the data folder's name is the program's)
    sys.path.insert(0, str(ROOT))
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


#: The program's settings and data folder for every start (``throwaway_folders``)
_FOLDERS: dict[str, str] = {}


def throwaway_folders() -> dict[str, str]:
    """Settings and data folders for the starts of this process, made at its first start
    and removed when it ends (Linux: Qt's settings and our data folder follow the XDG
    variables; a user's own are neither read nor changed)."""
    if not _FOLDERS:
        tmp = Path(tempfile.mkdtemp(prefix="avtalevakt-startup-"))
        atexit.register(shutil.rmtree, tmp, ignore_errors=True)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            (tmp / name.lower()).mkdir()
            _FOLDERS[name] = str(tmp / name.lower())
    return _FOLDERS


def timed_start(
    command: list[str], *, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> Started:
    """Start ``command`` (a start of the program or the minimal window that reports its
    paints, then ends) and time it; raises CalledProcessError. ``cwd`` and ``env`` (set
    over the usual: the throwaway folders, offscreen, the paints reported) are for a
    start from another checkout (``bench/pairs.py``)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AVTALEVAKT_REPORT_FIRST_PAINT": "1",
        **throwaway_folders(),
        **(env or {}),
    }
    # A user's Python writes bytecode on the first start and reads it on every later one
    # (a packaged build carries it): a start with it switched off would compile every
    # module of ours each time, which no user waits for.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        proc = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=errors)
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


def app_command(db: Path, *, program: list[str] | None = None) -> list[str]:
    """The program's own start on ``db`` on the overview, ended once started (the
    overview painted with its deadlines, the start backup taken)."""
    program = program or [sys.executable, "-m", "app"]
    return [*program, "--db", str(db), "--page", "overview", "--quit-after-start"]


def minimal_command(out: Path) -> list[str]:
    return [sys.executable, str(ROOT / "bench" / "minimal_window.py"), "--screenshot", str(out)]


def _median(starts: list[Started], field: str) -> float:
    values = [getattr(s, field) for s in starts]
    if None in values:
        raise RuntimeError(f"a start did not report its {field.replace('_s', '')}")
    return statistics.median(values)


def build_start(exe: Path, db: Path, runs: int) -> dict[str, Any] | str:
    """A build's start-up (medians), or why it failed (an older build refuses a newer
    database, or does not know ``--quit-after-start``)."""
    try:
        starts = [timed_start(app_command(db, program=[str(exe)])) for _ in range(runs)]
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


def forget_kept_overviews() -> None:
    """Remove the overviews the starts of this process kept for their next start
    (``app.storage.overview_snapshot``, in the throwaway data folder)."""
    from app.storage.paths import APP_DIR_NAME

    data = Path(throwaway_folders()["XDG_DATA_HOME"]) / APP_DIR_NAME / "overview"
    shutil.rmtree(data, ignore_errors=True)


def compare_start(db: Path, out: Path, runs: int) -> dict[str, Any]:
    """``python -m app`` (its own start) against the minimal window, interleaved;
    ``out``: the minimal window's screenshot.

    ``start_ratio``: first paint over the minimal window's first paint;
    ``filled_ratio``: overview filled in over the minimal window's first paint, on a
    start that finds the overview its previous start kept (a service desk's usual
    start: the same file, unchanged since); ``cold_filled_ratio`` the same with nothing
    kept (the first start on a file, or after a change made elsewhere), which waits for
    the overview's computation."""
    app, minimal = app_command(db), minimal_command(out)
    timed_start(minimal)  # warm the file cache for both, as a second start would
    timed_start(app)
    apps: list[Started] = []
    colds: list[Started] = []
    minimals: list[Started] = []
    for _ in range(runs):
        forget_kept_overviews()
        colds.append(timed_start(app))  # (it keeps the overview for the next one)
        apps.append(timed_start(app))
        minimals.append(timed_start(minimal))
    app_paint, minimal_paint = _median(apps, "painted_s"), _median(minimals, "painted_s")
    filled, cold = _median(apps, "filled_s"), _median(colds, "filled_s")
    cpu: dict[str, Any] = {}
    if all(s.filled_cpu_s is not None for s in apps) and all(
        s.painted_cpu_s is not None for s in minimals
    ):
        minimal_cpu = _median(minimals, "painted_cpu_s")
        filled_cpu = _median(apps, "filled_cpu_s")
        cpu = {
            "cold_filled_cpu_s": round(_median(colds, "filled_cpu_s"), 3),
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
        "cold_filled_s": round(cold, 3),
        "cold_filled_ratio": round(cold / minimal_paint, 2),
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
            result["onedir_start"] = build_start(ONEDIR, db, args.runs)
        if ONEFILE.exists():
            result["onefile_mb"] = round(ONEFILE.stat().st_size / 1e6, 1)
            result["onefile_start"] = build_start(ONEFILE, db, args.runs)
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
    row("  nothing kept (first start)", "–", None, result["cold_filled_s"], None)
    row("minimal PySide6 window", "–", result["start_minimal_s"], None, None)
    row("  ratio to it", "", result["start_ratio"], result["filled_ratio"], None, unit="x")
    row("  nothing kept", "", None, result["cold_filled_ratio"], None, unit="x")
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
