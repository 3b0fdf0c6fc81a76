"""Start the desktop program: the QApplication, translations, the database, the main window.

``python -m app [--db PATH] [--lang nb|en] [--screenshot FILE.png [--page NAME]]``
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory

from app.resources import resource_path

from . import settings as settings_store
from .i18n import Lang, set_lang

PAGES = (
    "overview",
    "contracts",
    "customers",
    "contract",
    "incidents",
    "complaints",
    "deliveries",
    "calculators",
)
SCREEN_SIZE = (1280, 800)

STYLE = """
QLabel#pageHeading { font-size: 17px; font-weight: 600; padding: 2px 0 6px 0; }
QLabel#sectionHeading { font-size: 14px; font-weight: 600; }
QLabel#subHeading { font-weight: 600; color: #3c4043; }
QLabel#hint { color: #5f6368; }
QLabel#notes { background: #fff8e1; border: 1px solid #f0dca0; border-radius: 4px; padding: 6px; }
QFrame#resultView { background: palette(base); border: 1px solid palette(midlight); border-radius: 6px; }
QListWidget#navigation { font-size: 14px; border: none; background: #eef1f5; padding-top: 8px; outline: 0; }
QListWidget#navigation::item { padding: 8px 14px; }
QListWidget#navigation::item:selected { background: #d6e0ee; color: black; border-left: 3px solid #2f5d9a; }
QFrame#card { background: palette(base); border: 1px solid palette(midlight); border-radius: 6px; }
QLabel#cardValue { font-size: 20px; font-weight: 600; }
"""

_translators: list[QTranslator] = []
_installed: list[Lang] = []


def install_translations(app: QCoreApplication, lang: Lang) -> None:
    """Our strings and Qt's own in ``lang``; bokmål Qt strings are the project's own file.

    PySide6 ships no bokmål ``qtbase`` catalogue, so ``qtbase_nb.qm`` in
    ``resources/translations`` covers the standard buttons and dialogs.
    """
    if _translators and _installed == [lang]:
        set_lang(lang)
        return  # re-installing sends every widget a LanguageChange: slow, and nothing new
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    _installed[:] = [lang]
    set_lang(lang)
    folder = resource_path("translations")
    candidates = [(folder, f"avtalevakt_{lang}")]
    if lang == "nb":
        candidates.append((folder, "qtbase_nb"))
    else:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.append((Path(qt_folder), f"qtbase_{lang}"))
    for where, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(where)):
            app.installTranslator(translator)
            _translators.append(translator)


def make_app(lang: Lang = "nb") -> QApplication:
    """The one QApplication (reused when it exists, as in tests), styled and translated."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(settings_store.ORGANISATION)
        QCoreApplication.setApplicationName(settings_store.APPLICATION)
        app = QApplication(sys.argv[:1])
    # Setting a style or style sheet repolishes every widget alive: only when it changes.
    if app.style().name().casefold() != "fusion":
        app.setStyle(QStyleFactory.create("Fusion"))
    if app.styleSheet() != STYLE:
        app.setStyleSheet(STYLE)
    icon = resource_path("icons", "avtalevakt.svg")
    if icon.exists() and app.windowIcon().isNull():
        app.setWindowIcon(QIcon(str(icon)))
    install_translations(app, lang)
    return app  # type: ignore[return-value]


def _iso_date(text: str):  # noqa: ANN202
    from datetime import date

    return date.fromisoformat(text)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="avtalevakt")
    parser.add_argument("--db", type=Path, help="database file (default: the data folder)")
    parser.add_argument("--lang", choices=["nb", "en"], help="language of the program")
    parser.add_argument("--screenshot", type=Path, help="render the page to a PNG and exit")
    parser.add_argument("--page", choices=PAGES, default="overview")
    parser.add_argument(
        "--wait",
        action="store_true",
        help="with --screenshot: wait until the overview is computed (else it shows 'computing')",
    )
    parser.add_argument("--selftest", action="store_true", help=argparse.SUPPRESS)
    # a fixed "today" for demos and screenshots of the demo data (python -m app demo --today)
    parser.add_argument("--today", type=_iso_date, help=argparse.SUPPRESS)
    return parser


def open_storage(path: Path, lang: Lang, *, interactive: bool = True):  # noqa: ANN201
    """Open the database and its repositories; a StorageError is shown and re-raised."""
    from app.storage.database import open_database, restore_backup
    from app.storage.errors import DatabaseDamaged, StorageError
    from app.storage.repositories import Repositories

    title = QCoreApplication.translate("Application", "Avtalevakt")
    try:
        database = open_database(path)
    except DatabaseDamaged as exc:
        # Issue 3: a damaged file is never written to; the user is offered the newest backup.
        if not (interactive and exc.newest_backup is not None):
            if interactive:
                QMessageBox.critical(None, title, exc.text(lang))
            raise
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if QMessageBox.question(None, title, exc.restore_question(lang), buttons) != (
            QMessageBox.StandardButton.Yes
        ):
            raise
        try:
            restore_backup(exc.newest_backup, path)
            database = open_database(path)
        except StorageError as again:
            QMessageBox.critical(None, title, again.text(lang))
            raise again from exc
    except StorageError as exc:
        if interactive:
            QMessageBox.critical(None, title, exc.text(lang))
        raise
    return database, Repositories(database)


def claim_database(path: Path, lang: Lang, *, interactive: bool = True):  # noqa: ANN201
    """The database's lock for this program, or None (and a message) when another
    instance has the file open (see ``instance_lock``: a second instance refuses)."""
    from .instance_lock import acquire, refusal

    try:
        lock = acquire(path)
    except OSError:  # a folder we cannot write to: opening the database says so
        return _no_lock()
    if lock is None and interactive:
        QMessageBox.critical(
            None, QCoreApplication.translate("Application", "Avtalevakt"), refusal(path, lang)
        )
    return lock


class _no_lock:  # noqa: N801
    """Stands in for the lock where none can be written (the open reports the folder)."""

    def unlock(self) -> None:
        pass


def offer_demo(repos, lang: Lang) -> bool:  # noqa: ANN001
    """On an empty database, ask whether to fill it with demo data."""
    if not repos.is_empty():
        return False
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("Application", "Empty database"),
        QCoreApplication.translate(
            "Application",
            "The database has no contracts yet. Fill it with demo customers and contracts "
            "to try the program?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    from datetime import date

    from app.storage.demo import fill_demo

    fill_demo(repos, date.today())
    return True


def render_screenshot(
    *,
    db_path: Path,
    out: Path,
    page: str = "overview",
    lang: Lang = "nb",
    today=None,  # noqa: ANN001
    wait: bool = False,
) -> None:
    """Render one page of the main window at 1280x800 to ``out`` without showing it.

    The overview is computed on the worker: the picture is the first painted window
    (the overview says it is computing) unless ``wait``, which waits for the answer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_app(lang)
    from .main_window import MainWindow

    database, repos = open_storage(db_path, lang, interactive=False)
    try:
        window = MainWindow(database=database, repos=repos, today=today, persist=False)
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.resize(*SCREEN_SIZE)
        window.show_page(page)
        window.show()
        for _ in range(5):
            app.processEvents()
        if wait and "overview" in window.pages:
            window.pages["overview"].wait_until_loaded()
            for _ in range(5):
                app.processEvents()
        window.grab().save(str(out), "PNG")
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        finish_jobs()
        database.close()


def finish_jobs() -> None:
    """Let the worker threads end (their tasks were cancelled) before the program exits."""
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(-1)


def run_gui(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.selftest:
        print("--selftest: not yet", file=sys.stderr)
        return 2
    if args.screenshot:
        # offscreen unless a platform was chosen (QT_QPA_PLATFORM=xcb under Xvfb)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        lang: Lang = args.lang or "nb"
        db = args.db
        if db is None:
            from app.storage.paths import default_database_path

            db = default_database_path()
        render_screenshot(
            db_path=db,
            out=args.screenshot,
            page=args.page,
            lang=lang,
            today=args.today,
            wait=args.wait,
        )
        return 0

    QCoreApplication.setOrganizationName(settings_store.ORGANISATION)
    QCoreApplication.setApplicationName(settings_store.APPLICATION)
    app = QApplication(sys.argv[:1])
    stored = settings_store.load()
    lang = args.lang or stored.language
    make_app(lang)
    from app.storage.errors import StorageError
    from app.storage.paths import default_database_path

    from .main_window import MainWindow

    db = args.db or default_database_path()
    lock = claim_database(db, lang)
    if lock is None:
        return 1
    try:
        database, repos = open_storage(db, lang)
    except StorageError:
        lock.unlock()
        return 1
    if not stored.demo_offered:
        offer_demo(repos, lang)
        stored.demo_offered = True
    stored.last_database = str(db)
    settings_store.save(stored)
    window = MainWindow(database=database, repos=repos, today=args.today)
    window.show_page(args.page if "--page" in argv else stored.last_page)
    window.show()
    try:
        return app.exec()
    finally:
        window.cancel_jobs()
        finish_jobs()
        database.close()
        lock.unlock()
