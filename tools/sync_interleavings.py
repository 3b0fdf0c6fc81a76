"""Many random interleavings of three PCs against a throwaway PostgreSQL (issue 14).

    python tools/sync_interleavings.py [--seeds 200] [--steps 60]

Starts its own cluster (as the tests do), plays each seed (tests/sync/interleavings.py),
and prints the figure for README: seeds x steps and the divergences found.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.sync.server.admin import init_server, invite  # noqa: E402
from tests.sync.cluster import Cluster  # noqa: E402
from tests.sync.interleavings import run  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=200)
    parser.add_argument("--steps", type=int, default=60)
    args = parser.parse_args()
    cluster = Cluster.start()
    started = time.monotonic()
    problems: list[str] = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            for seed in range(1, args.seeds + 1):
                admin = cluster.create_database("random")
                init_server(admin)
                found = run(
                    seed, args.steps, invite(admin, f"random{seed}").url, Path(folder), admin
                )
                problems += found
                if found:
                    print("\n".join(found), flush=True)
    finally:
        cluster.stop()
    print(
        f"{args.seeds} seeds x {args.steps} steps, 3 PCs: {len(problems)} divergences"
        f" ({time.monotonic() - started:.0f} s)"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
