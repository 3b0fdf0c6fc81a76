"""``--selftest``: prove a build works on this machine, frozen or not.

Creates a database in a temporary folder, runs every calculator on known cases (the
worked examples of RULES.md), renders the main window offscreen (the database opened
in it and the overview computed, as a user sees it), prints one line and exits 0, or
non-zero naming what failed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

# name, input, expected subset of the JSON answer (RULES.md worked examples and more)
CASES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    ("approval", {"sent": "2026-04-29"}, {"first_day": "2026-04-30", "last_day": "2026-05-15", "delivery_day": "2026-05-18"}),
    ("complaint", {"delivered": "2026-05-31", "complained": "2026-06-15"}, {"visible_defect_deadline": "2026-06-14", "timely": False}),
    ("deletion", {"ended": "2026-06-30"}, {"latest_deletion": "2026-07-30", "notice_by": "2026-07-23", "copy_order_by": "2026-07-27"}),
    ("sodvin_refund", {"fee": "20000", "uptime": "99.5", "downtime_hours": "15", "quarter": "2026Q2"}, {"period_hours": "2184", "availability": "99.3132", "refund": "37.55"}),
    ("oc_reduction", {"monthly_fee": "8000", "availability": "99.12"}, {"shortfall_pp": "0.38", "uncapped": "912.00", "cap": "8000.00", "reduction": "912.00"}),
    ("sodvin_term", {"ordinary_start": "2026-01-15", "on": "2026-11-01"}, {"notice_deadline": "2026-10-31", "earliest_end": "2028-01-31"}),
    ("sodvin_early_termination", {"terminated": "2026-11-01", "period_end": "2027-01-31", "monthly_fee": "10000"}, {"claim": "30000.00"}),
    ("availability", {"terms": "sodvin", "quarter": "2026Q1", "incidents": []}, {"period_hours": "2159", "availability": "100.0000"}),
    ("maintenance_windows", {"year": 2026}, {}),
    ("payment", {"invoice_date": "2026-03-26", "amount": "10000", "paid": "2026-08-15"}, {"due": "2026-04-07", "interest": "430.55"}),
    ("first_invoice", {"established": "2026-03-15", "unit_price": "250", "units": 20, "establishment_fee": "5000"}, {"total": "53000.00"}),
    ("price_adjustment", {"signed": "2026-10-01", "price": "100", "index_old": "120.5", "index_new": "125.1"}, {"effective": "2027-04-01", "new_price": "103.82"}),
    ("oc_termination", {"received": "2026-11-30"}, {"end": "2027-02-28"}),
    ("change_notice", {"effective": "2027-03-01"}, {"publish_by": "2026-12-31"}),
]  # fmt: skip


def check_calculators() -> str:
    from app.domain import calculators, rates

    rates.current()  # the shipped rate table loads and validates
    covered = {name for name, _, _ in CASES}
    missing = set(calculators.names()) - covered
    if missing:
        raise AssertionError(f"no self-test case for {', '.join(sorted(missing))}")
    for name, data, expected in CASES:
        answer = calculators.get(name)(data).to_json("nb")
        wrong = {k: answer.get(k) for k, v in expected.items() if answer.get(k) != v}
        if wrong:
            raise AssertionError(f"{name}: expected {expected}, got {wrong}")
        if not answer["steps"]:
            raise AssertionError(f"{name}: no explanation")
    return f"{len(CASES)} calculators"


def check_database(folder: Path) -> str:
    from app.storage.database import open_database
    from app.storage.demo import fill_demo
    from app.storage.repositories import Repositories

    path = folder / "selftest.sqlite"
    with open_database(path, backup=False) as database:
        repos = Repositories(database)
        fill_demo(repos, date(2026, 11, 21))  # fixed: the same demo data on every run
        contracts = repos.contracts.all()
        if not contracts:
            raise AssertionError("demo data wrote no contracts")
        status = database.db.execute("PRAGMA integrity_check").fetchone()[0]
        if status != "ok":
            raise AssertionError(f"integrity_check: {status}")
    return f"database ({len(contracts)} contracts)"


def none_references_lost(calls: int = 2000) -> int:
    """How many references to ``None`` ``calls`` Qt calls returning nothing lost (0 in a
    sound binding). PySide6 6.12.0 lost one per call, which on Python 3.11 aborts the
    program after a few thousand: a build bundling such a binding must not ship."""
    import gc

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QLabel

    from app.ui.application import make_app

    make_app("nb")
    label = QLabel()
    gc.collect()
    before = sys.getrefcount(None)
    for n in range(calls):
        label.setText(str(n))
    gc.collect()
    return before - sys.getrefcount(None)


def check_binding() -> str:
    lost = none_references_lost()
    if lost > 100:
        raise AssertionError(
            f"the Qt binding lost {lost} references to None in 2000 calls (PySide6 6.12.0's"
            " fault: the program would abort after a few thousand keystrokes)"
        )
    return "Qt binding"


def check_window(folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.application import render_screenshot

    out = folder / "selftest.png"
    # waits for the database to open in the window and the overview to be computed
    render_screenshot(
        db_path=folder / "selftest.sqlite", out=out, page="overview", lang="nb", wait=True
    )
    if not out.exists() or out.stat().st_size < 1000:
        raise AssertionError("the main window rendered no image")
    return "main window"


def run_selftest() -> int:
    started = time.perf_counter()
    done: list[str] = []
    with tempfile.TemporaryDirectory(prefix="avtalevakt-selftest-") as tmp:
        folder = Path(tmp)
        checks: list[tuple[str, Callable[[], str]]] = [
            ("calculators", check_calculators),
            ("database", lambda: check_database(folder)),
            ("binding", check_binding),
            ("window", lambda: check_window(folder)),
        ]
        for label, check in checks:
            try:
                done.append(check())
            except Exception as exc:  # report any failure by name, never a traceback alone
                detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
                print(f"selftest FAILED at {label}: {detail}", flush=True)
                return 1
    seconds = time.perf_counter() - started
    frozen = "frozen" if getattr(sys, "frozen", False) else "python"
    print(f"selftest ok ({frozen}): {', '.join(done)} in {seconds:.1f} s", flush=True)
    return 0
