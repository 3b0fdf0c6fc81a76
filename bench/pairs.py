"""Before/after start-up of two (or more) checkouts, interleaved: the measure for a change.

    git worktree add /tmp/before <commit>
    python bench/pairs.py --db /tmp/avtalevakt-bench/large-1.sqlite --runs 10 \\
        before=/tmp/before after=.

Each start is the program's own start (``python -m app --db F --page overview
--quit-after-start``, timed as ``bench/startup.py`` times it: the first paint and the
overview filled in, with the CPU seconds of the process then, and the process's end),
run from each checkout in turn: the first variant, then the next, the order rotated at
every round so that no variant always comes first. This machine's speed drifts by up
to 1.5× within minutes, so the medians alone mislead; the ratio to the first variant
is taken per round (pair) and its median printed beside each median.

Every variant starts on its own copy of the database (``--db``; default: a fresh demo
database, ``bench/startup.py``'s) with its own settings and data folder, made for the
run and removed after it; two starts of each come first, unmeasured, as a user's first
start (bytecode, settings). ``KEY=VALUE`` after ``--env`` sets an environment variable
for the variant before it (``after=. --env after:PYDANTIC_DISABLE_PLUGINS=1``).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.startup import app_command, demo_database, timed_start  # noqa: E402

MEASURES = ("first-paint", "overview-filled", "overview-filled_cpu", "end")


def start(tree: Path, folder: Path, env_extra: dict[str, str]) -> dict[str, float]:
    """One timed start of the program from ``tree`` on ``folder``'s database and settings."""
    env = {
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "PYTHONPATH": str(tree),
        **env_extra,
    }
    started = timed_start(app_command(folder / "db.sqlite"), cwd=tree, env=env)
    if started.painted_s is None or started.filled_s is None:
        raise SystemExit(f"the start from {tree} did not report its paints")
    out = {"first-paint": started.painted_s, "overview-filled": started.filled_s}
    if started.filled_cpu_s is not None:
        out["overview-filled_cpu"] = started.filled_cpu_s
    out["end"] = started.ended_s
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("variants", nargs="+", metavar="NAME=TREE")
    parser.add_argument("--db", type=Path, help="database to start on (default: demo)")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--env", action="append", default=[], metavar="NAME:KEY=VALUE")
    args = parser.parse_args(argv)
    trees = {}
    for item in args.variants:
        name, _, tree = item.partition("=")
        trees[name] = Path(tree or ".").resolve()
    extra: dict[str, dict[str, str]] = {name: {} for name in trees}
    for item in args.env:
        name, _, assignment = item.partition(":")
        key, _, value = assignment.partition("=")
        extra[name][key] = value
    with tempfile.TemporaryDirectory(prefix="avtalevakt-pairs-") as tmp:
        source = args.db or demo_database(Path(tmp))
        folders = {}
        for name in trees:
            folders[name] = Path(tmp) / name
            for sub in ("config", "data"):
                (folders[name] / sub).mkdir(parents=True)
            shutil.copy(source, folders[name] / "db.sqlite")
        for name in trees:  # a user's first start: bytecode, settings
            for _ in range(2):
                start(trees[name], folders[name], extra[name])
        names = list(trees)
        rounds: dict[str, list[dict[str, float]]] = {name: [] for name in names}
        for i in range(args.runs):
            k = i % len(names)
            for name in names[k:] + names[:k]:
                rounds[name].append(start(trees[name], folders[name], extra[name]))
    base = names[0]
    print(f"medians of {args.runs} starts (per-pair median ratio to {base})")
    for measure in MEASURES:
        if any(measure not in r for runs in rounds.values() for r in runs):
            continue
        line = f"{measure:20s}"
        for name in names:
            median = statistics.median(r[measure] for r in rounds[name])
            ratio = statistics.median(
                n[measure] / b[measure] for b, n in zip(rounds[base], rounds[name], strict=True)
            )
            line += f"  {name} {median:.3f} ({ratio:.3f})"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
