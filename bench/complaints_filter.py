"""The complaints list filtered by the words of its verdict, as the user types them.

    python bench/complaints_filter.py --db PATH [--lang nb] [--runs 3]

``PATH`` is a database of ``bench/generate.py`` (20 000 complaints at scale 1); it is
opened as the program opens it (a copy is best: nothing is written, but the file is
checked and migrated). A filter that can be part of a verdict ("ikke skriftlig",
"i tide") is matched against every row as shown, on the worker; per input it prints
the GUI thread's part of the pass (the time typing waits; target 50 ms, as
``bench/run.py``'s contract filter), beside its CPU time, and the time until the rows
found are shown. The first pass after the open reads and validates every row (cold),
the others find them validated. Numbers are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.modules.setdefault("numpy", None)  # as the program does (bench/run.py)

FILTERS = {
    "nb": ["ikke skriftlig", "i tide", "for sent", "innenfor 12", "ingen fast frist"],
    "en": ["not in writing", "in time", "late", "within 12", "no fixed deadline"],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--lang", choices=("nb", "en"), default="nb")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.storage.database import open_database
    from app.storage.repositories import Repositories
    from app.ui.application import make_app
    from app.ui.pages.records import ComplaintsPage

    make_app(args.lang)
    database = open_database(args.db, backup=False)
    database.wait_for_check()
    repos = Repositories(database)
    page = ComplaintsPage(repos, today=date(2026, 11, 21))
    page.resize(1280, 800)
    page.show()

    def typed(text: str) -> None:  # the box holds ``text`` and the debounce fired
        page.filter.blockSignals(True)
        page.filter.setText(text)
        page.filter.blockSignals(False)
        page.apply_filter()

    print(f"{repos.complaints.count()} complaints, {args.lang}")
    cold = True
    for text in FILTERS[args.lang]:
        gui, cpu, shown = [], [], []
        for _ in range(args.runs):
            typed("")
            started, started_cpu = time.perf_counter(), time.thread_time()
            typed(text)
            gui.append((time.perf_counter() - started) * 1000)
            cpu.append((time.thread_time() - started_cpu) * 1000)
            page.model.wait()
            shown.append((time.perf_counter() - started) * 1000)
            if cold:
                print(f"  first pass (cold): rows shown after {shown[0]:.0f} ms")
                cold = False
        print(
            f"  {text!r:22} GUI thread {statistics.median(gui):5.1f} ms "
            f"(cpu {statistics.median(cpu):5.1f}), rows shown after "
            f"{statistics.median(shown):4.0f} ms: {page.model.total} rows"
        )
    page.close()
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
