"""``--selftest``: prove a build works on this machine, frozen or not.

Checks that what the program carries is there and works: the late-interest rate
table; every calculator on known cases (the worked examples of RULES.md); Norway's
holidays with their bokmål and English names; the Europe/Oslo time zone from the
bundled ``tzdata`` (not the system's); the translations; Norwegian sorting through
Qt (ICU's collation data, cut to Norwegian and English in the packaged build); a
database in a temporary folder with the demo data; a letter written as PDF with its
font embedded; the PostgreSQL client (psycopg with its libpq) and the password store's
backend, once the program uses them; the Qt binding; and the main window rendered
offscreen (the database opened in it and the overview computed, as a user sees it).
Prints one line and exits 0, or 1 naming what failed.
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
    ("sodvin_extension", {"received": "2027-03-18"}, {"request_by": "2027-03-25"}),
    ("sodvin_early_termination", {"terminated": "2026-11-01", "period_end": "2027-01-31", "monthly_fee": "10000"}, {"claim": "30000.00"}),
    ("availability", {"terms": "sodvin", "quarter": "2026Q1", "incidents": []}, {"period_hours": "2159", "availability": "100.0000"}),
    ("maintenance_windows", {"year": 2026}, {}),
    ("payment", {"invoice_date": "2026-03-26", "amount": "10000", "paid": "2026-08-15"}, {"due": "2026-04-07", "interest": "430.55"}),
    ("first_invoice", {"established": "2026-03-15", "unit_price": "250", "units": 20, "establishment_fee": "5000"}, {"total": "53000.00"}),
    ("price_adjustment", {"signed": "2026-10-01", "price": "100", "index_old": "120.5", "index_new": "125.1"}, {"effective": "2027-04-01", "new_price": "103.82"}),
    ("oc_termination", {"received": "2026-11-30"}, {"end": "2027-02-28"}),
    ("change_notice", {"effective": "2027-03-01"}, {"publish_by": "2026-12-31"}),
]  # fmt: skip


def check_rates() -> str:
    from app.domain import rates

    table = rates.current()  # the shipped table (or the user's valid one) loads and validates
    table.rate_on(date(2026, 7, 1))  # a published half-year
    return "rate table"


def check_calculators() -> str:
    from app.domain import calculators

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


def check_holidays() -> str:
    import holidays

    from app.domain.calendar import work_calendar

    maundy_thursday = date(2027, 3, 25)
    name = work_calendar().holiday_name(maundy_thursday)
    if name != "Skjærtorsdag":
        raise AssertionError(f"25.03.2027 is {name!r} in the working-day calendar")
    english = holidays.country_holidays("NO", language="en_US").get(maundy_thursday)
    if english != "Maundy Thursday":
        raise AssertionError(f"no English holiday names (25.03.2027: {english!r})")
    return "holidays (nb, en)"


def check_time_zone() -> str:
    """Europe/Oslo from the ``tzdata`` package the program carries (Windows has no
    system zone files; on Linux and macOS the system's come first)."""
    from datetime import datetime
    from importlib import resources
    from zoneinfo import ZoneInfo

    with resources.files("tzdata.zoneinfo.Europe").joinpath("Oslo").open("rb") as file:
        oslo = ZoneInfo.from_file(file, key="Europe/Oslo")
    offsets = [datetime(2026, month, 15, 12, tzinfo=oslo).utcoffset() for month in (1, 7)]
    if [o.total_seconds() / 3600 for o in offsets if o is not None] != [1, 2]:
        raise AssertionError(f"Europe/Oslo has the offsets {offsets}")
    ZoneInfo("Europe/Oslo")  # and the lookup the program makes finds a zone
    return "time zone (Europe/Oslo)"


def check_translations() -> str:
    from PySide6.QtCore import QTranslator

    from app.resources import resource_path
    from app.ui.application import make_app

    make_app("nb")
    folder = str(resource_path("translations"))
    for name in ("avtalevakt_nb", "avtalevakt_en", "qtbase_nb"):
        translator = QTranslator()
        if not translator.load(name, folder) or translator.isEmpty():
            raise AssertionError(f"translation {name}.qm missing or empty in {folder}")
    return "translations (nb, en)"


def check_sorting() -> str:
    """Qt's collation for bokmål (ICU): æ, ø and å after z (Qt's own file dialog sorts so)."""
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    words = ["Ålesund", "Zeta", "Øst", "Berg", "Ærø"]
    ordered = sorted(words, key=collator.sortKey)
    if ordered != ["Berg", "Zeta", "Ærø", "Øst", "Ålesund"]:
        raise AssertionError(f"bokmål sorting gives {ordered}")
    return "Norwegian sorting"


def check_letter_pdf(folder: Path) -> str:
    """A letter through the ``letter`` command, as PDF, with its font embedded."""
    import contextlib
    import io
    import sqlite3

    from app.cli import run_command
    from app.reports.qt import FONT_FAMILIES, ensure_app

    ensure_app()
    from PySide6.QtGui import QFontDatabase

    installed = set(QFontDatabase.families())
    if not installed.intersection(FONT_FAMILIES):
        raise AssertionError(
            f"no font for letters: none of {', '.join(FONT_FAMILIES[:-1])} is installed"
            " (Debian/Ubuntu: fonts-dejavu-core, Fedora: dejavu-sans-fonts)"
        )
    db = folder / "selftest.sqlite"
    with contextlib.closing(sqlite3.connect(db)) as conn:
        (complaint,) = conn.execute("SELECT min(id) FROM complaints").fetchone()
    out = folder / "selftest.pdf"
    said = io.StringIO()
    with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
        status = run_command(
            f"letter complaint_ack --id {complaint} --today 2026-11-21".split()
            + ["--db", str(db), "--out", str(out)]
        )
    if status != 0 or not out.exists():
        raise AssertionError(f"letter: status {status}: {said.getvalue().strip()}")
    data = out.read_bytes()
    if not data.startswith(b"%PDF") or b"/FontFile" not in data:
        raise AssertionError("the letter's PDF has no embedded font")
    return "letter PDF with fonts"


def check_postgresql_client() -> str | None:
    """psycopg with its binary libpq, and keyring's backend for this system, once the
    program uses them (the shared database, issue 14); None before that."""
    import importlib
    import importlib.util

    if importlib.util.find_spec("app.sync") is None and importlib.util.find_spec("psycopg") is None:
        return None
    import psycopg

    version = psycopg.pq.version()
    if version < 150000 and getattr(sys, "frozen", False):
        raise AssertionError(f"libpq {version} is older than PostgreSQL 15")
    if getattr(sys, "frozen", False) and psycopg.pq.__impl__ != "binary":
        raise AssertionError(f"psycopg uses its {psycopg.pq.__impl__} libpq, not the bundled one")
    backends = {
        "linux": "keyring.backends.SecretService",
        "win32": "keyring.backends.Windows",
        "darwin": "keyring.backends.macOS",
    }
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    if platform in backends and importlib.util.find_spec("keyring") is not None:
        importlib.import_module(backends[platform])
        if platform == "linux":
            import secretstorage  # noqa: F401 - the Secret Service client and its cryptography
    return f"PostgreSQL client (libpq {version // 10000}.{version % 10000})"


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
    # Everything here renders offscreen (the module docstring), on a server without a
    # display too: left to choose, Qt picked xcb there and aborted the process.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    done: list[str] = []
    with tempfile.TemporaryDirectory(prefix="avtalevakt-selftest-") as tmp:
        folder = Path(tmp)
        checks: list[tuple[str, Callable[[], str | None]]] = [
            ("rates", check_rates),
            ("calculators", check_calculators),
            ("holidays", check_holidays),
            ("time zone", check_time_zone),
            ("translations", check_translations),
            ("sorting", check_sorting),
            ("database", lambda: check_database(folder)),
            ("letter", lambda: check_letter_pdf(folder)),
            ("postgresql", check_postgresql_client),
            ("binding", check_binding),
            ("window", lambda: check_window(folder)),
        ]
        for label, check in checks:
            try:
                result = check()
                if result:
                    done.append(result)
            except Exception as exc:  # report any failure by name, never a traceback alone
                detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
                print(f"selftest FAILED at {label}: {detail}", flush=True)
                return 1
    seconds = time.perf_counter() - started
    frozen = "frozen" if getattr(sys, "frozen", False) else "python"
    print(f"selftest ok ({frozen}): {', '.join(done)} in {seconds:.1f} s", flush=True)
    return 0
