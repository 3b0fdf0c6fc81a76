"""Screenshots of every page and the main dialogs, for docs/screenshots and for looking at.

    python -m app demo --db /tmp/shots.sqlite --today 2026-11-21
    xvfb-run -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        python tools/screenshots.py --db /tmp/shots.sqlite --today 2026-11-21 --out docs/screenshots

Runs the real main window on whatever platform Qt is given (xcb under Xvfb shows real
window decorations' absence, fonts and focus as a user sees them; offscreen works too).

``--screen`` shoots the whole screen instead, as a user at that screen sees it: the
window as the program sizes it (fitted to the screen), with dialogs over it and a
window manager's decorations. Run it under Xvfb with a window manager at each size:

    Xvfb :13 -screen 0 1366x768x24 & DISPLAY=:13 openbox &
    DISPLAY=:13 QT_QPA_PLATFORM=xcb python tools/screenshots.py --db /tmp/shots.sqlite --screen

(files ``screen-1366x768-<what>.png``; the same at 1920x1080).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 21))
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", choices=["nb", "en"], default="nb")
    parser.add_argument("--screen", action="store_true", help="the whole screen, as a user sees it")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.screen:
        return screen_shots(args)

    from PySide6.QtWidgets import QApplication

    from app.ui.application import StartUp, make_app
    from app.ui.main_window import MainWindow

    app = make_app(args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "nb" else f"-{args.lang}"
    # as the program starts: the window first, then the database (see StartUp)
    window = MainWindow(today=args.today, persist=False, db_path=args.db)
    start = StartUp(window, args.db, args.lang, interactive=False)
    window.resize(1280, 800)
    window.show()
    database = start.wait()  # opened and checked (raises if the file cannot be used)
    repos = window.repos

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    def shoot(widget, name: str) -> None:  # noqa: ANN001
        settle()
        widget.grab().save(str(args.out / f"{name}{suffix}.png"), "PNG")
        print(args.out / f"{name}{suffix}.png")

    window.wait_until_loaded()  # the overview computed and the start backup taken
    for page in ("overview", "contracts", "customers", "incidents", "complaints", "deliveries"):
        window.show_page(page)
        shoot(window, page)
    window.show_page("calculators")
    shoot(window, "calculators")

    # an Office Center contract that has ended: its deletion dates and the deletion
    # notice letter (the demo's overdue deadline); else any terminated contract
    contracts = {c.id: c for c in repos.contracts.all()}
    terminations = sorted(
        repos.terminations.all(),
        key=lambda t: contracts[t.contract_id].template != "office_center",
    )
    if terminations:
        page = window.open_contract(terminations[0].contract_id)
        page.show_tab("terminations")
        page.tables["terminations"].selectRow(0)
        shoot(window, "contract-terminations")
        dialog = page.make_letter(0)
        dialog.resize(1000, 720)
        shoot(dialog, "dialog-letter")
        dialog.close()

    # the contract with the most incidents: this quarter's availability and compensation
    incidents: dict[int, int] = {}
    for incident in repos.incidents.all():
        incidents[incident.contract_id] = incidents.get(incident.contract_id, 0) + 1
    busiest = max(contracts, key=lambda cid: (incidents.get(cid, 0), -cid))
    page = window.open_contract(busiest)
    page.show_tab("terms")
    shoot(window, "contract")  # (the terms tab, with the quarter above it)
    page.show_tab("incidents")
    shoot(window, "contract-incidents")
    # a contract whose terms differ from its template's (the terms tab shows both)
    overridden = max(contracts.values(), key=lambda contract: len(contract.overrides))
    if overridden.overrides:
        other = window.open_contract(overridden.id)
        other.show_tab("terms")
        shoot(window, "contract-terms")
        window.open_contract(busiest)

    dialog = page.show_report()
    dialog.resize(900, 760)
    shoot(dialog, "dialog-report")
    dialog.close()

    row = next(
        i
        for i in range(page.terms_model.rowCount())
        if page.terms_model.record_at(i)[0] == "counting_causes"
    )
    dialog = page.edit_term(row)
    shoot(dialog, "dialog-contract-terms")
    dialog.form.mark_clean()
    dialog.close()

    page.show_tab("services")
    dialog = page.new_record()
    shoot(dialog, "dialog-service")
    dialog.close()

    dialog = window.open_settings()
    shoot(dialog, "dialog-settings")
    dialog.close()

    window.close()
    settle()
    database.close()
    QApplication.processEvents()
    return 0


def screen_shots(args: argparse.Namespace) -> int:
    """The screen at its own size: pages, a form being typed into, a letter, the guide."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.ui.application import StartUp, make_app
    from app.ui.main_window import MainWindow

    app = make_app(args.lang)
    screen = app.primaryScreen()
    size = f"{screen.size().width()}x{screen.size().height()}"
    args.out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(today=args.today, persist=True, db_path=args.db)
    start = StartUp(window, args.db, args.lang, interactive=False)
    window.show()
    database = start.wait()
    window.wait_until_loaded()
    repos = window.repos

    def settle(ms: int = 400) -> None:
        for _ in range(10):
            app.processEvents()
        QTest.qWait(ms)

    def shoot(name: str) -> None:
        settle()
        target = args.out / f"screen-{size}-{name}.png"
        screen.grabWindow(0).save(str(target), "PNG")
        print(target)

    def keys(widget, text: str) -> None:  # noqa: ANN001
        widget.setFocus()
        QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(widget, text)

    for page in ("overview", "incidents", "complaints"):
        window.go_to(page)
        shoot(page)
    # a complaint being typed: the delivery date from the contract, a date that is wrong
    page = window.go_to("complaints") or window.pages["complaints"]
    dialog = page.new_record(repos.complaints.all()[0].contract_id)
    settle()
    keys(dialog.form.fields.editors["complained"], "31.02.2026")
    shoot("form-complaint")
    dialog.form.mark_clean()
    dialog.reject()
    # a contract with its terms unfolded
    contracts = repos.contracts.all()
    contract_page = window.open_contract(contracts[0].id)
    dialog = contract_page.edit_contract("approval_working_days")
    shoot("form-contract-terms")
    dialog.form.mark_clean()
    dialog.reject()
    terminations = repos.terminations.all()
    if terminations:
        contract_page = window.open_contract(terminations[0].contract_id)
        contract_page.show_tab("terminations")
        contract_page.tables["terminations"].selectRow(0)
        letter = contract_page.make_letter(0)
        shoot("dialog-letter")
        letter.close()
    guide = window.show_guide()
    guide.move(window.geometry().center() - guide.rect().center())
    shoot("guide")
    guide.close()
    window.persist = False  # leave the user's stored window state alone
    window.close()
    settle()
    database.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
