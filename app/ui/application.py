"""Start the desktop program: the QApplication, translations, the main window, the database.

``python -m app [--db PATH] [--lang nb|en] [--screenshot FILE.png [--page NAME] [--wait]]``

The window is painted first and the database opened right after (``StartUp``), so a
user sees the program at once and it fills in:

1. before the window: the settings, the language and the instance lock (a second
   instance on the same file is refused here, before anything is read or written);
2. the main window without a database: navigation, the page's frame, "Åpner databasen
   …", every action that needs the database disabled; shown and painted;
3. on the worker, beside the first paint (SQLite reads without holding Python's lock):
   the read-only check of the file (integrity, schema version; a backup first when a
   migration is pending);
4. after the first paint, on a second worker beside that check: loading the storage
   and domain modules, installing the late-interest rate table, and computing the
   overview from the file as it is, read only (``StartUp`` keeps it; it is shown only
   once the check has passed and when no migration was needed: the same file, the
   same answer the page would compute a moment later);
5. on the GUI thread: the read-write connection and any migrations, the demo offer on
   an empty database, ``MainWindow.attach`` (the actions enabled, the page in view
   built, the overview filled in with what step 4 computed, else computed on the
   worker), then the start backup on the worker.

So the deadlines are on screen after the slower of the check and the loading with the
overview, not after their sum (issue 16; ``bench/startup.py`` measures it).

A damaged file is never written: the window offers the newest backup; a file from a
newer program, a locked, read-only or full disk gives its message and the program
ends. ``--screenshot`` grabs the first painted window; with ``--wait`` it waits until
the database is open (read only) and the overview filled in. The start benchmark
(``bench/startup.py``) times the program's own start, ended by the hidden option
``--quit-after-start`` once the overview is painted and the start backup taken.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QObject,
    Qt,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory, QWidget

from app import clock, collector
from app.resources import resource_path

from .i18n import Lang, set_lang


def _plain_imports() -> None:
    """Give Python its own ``__import__`` back from PySide6's.

    ``import PySide6`` replaces ``__import__`` by a hook for PySide's optional
    ``from __feature__ import snake_case, true_property`` switches, which this program
    does not use: every import statement then runs two Python functions, and every
    module imported for the first time has its source file read, to see whether it
    mentions PySide6 (PYSIDE-2029). That made loading the storage and domain modules
    after the first paint about a sixth slower (issue 16: ≈ 0.1 s CPU of the way to
    the first deadline on screen). With the original import a module not listed by the
    hook has PySide's default features, which is what every module here uses.
    """
    import builtins

    original = getattr(builtins, "__orig_import__", None)
    if original is not None:
        builtins.__import__ = original


_plain_imports()

# As in ``settings`` (which is imported only where the settings are read or written).
ORGANISATION = APPLICATION = "Avtalevakt"

from .pages.registry import names as _page_names  # noqa: E402 (cheap: Qt core only)

PAGES = tuple(_page_names())
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


FUSION_SET = "avtalevaktFusion"


def new_qapplication() -> QApplication:
    """The QApplication, in the Fusion style on every system (one look everywhere).

    The style is asked for on Qt's command line: setting it from Python afterwards
    makes PySide build its QStyle type first (≈ 5 ms of the start)."""
    app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    app.setProperty(FUSION_SET, True)
    return app


def make_app(lang: Lang = "nb") -> QApplication:
    """The one QApplication (reused when it exists, as in tests), styled and translated."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        app = new_qapplication()
    # Setting a style or style sheet repolishes every widget alive: only when it changes.
    # (Once the style sheet is set, style() is Qt's style-sheet style, not named
    # "fusion": whether the application has our style is kept as a property.)
    elif not app.property(FUSION_SET):
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setProperty(FUSION_SET, True)
    if app.styleSheet() != STYLE:
        app.setStyleSheet(STYLE)
    from .widgets import focus_frame

    focus_frame.install(app)  # a clear frame around the focused control (issue 13)
    # (the wheel and bare-letter guards come once the start is over: input_guards)
    icon = resource_path("icons", "avtalevakt.svg")
    if icon.exists() and app.windowIcon().isNull():
        app.setWindowIcon(QIcon(str(icon)))
    install_translations(app, lang)
    return app  # type: ignore[return-value]


def _iso_date(text: str):  # noqa: ANN202
    from datetime import date

    return date.fromisoformat(text)


def add_program_options(group: Any) -> None:
    """The desktop program's options (also listed by ``python -m app --help``)."""
    from app.cli.help_text import say

    group.add_argument(
        "--db",
        type=Path,
        metavar=say("FIL", "FILE"),
        help=say(
            "databasefilen (standard: den i programmets datamappe)",
            "database file (default: the one in the application data folder)",
        ),
    )
    group.add_argument(
        "--lang",
        choices=["nb", "en"],
        help=say("programmets språk (standard: innstillingen)", "language (default: the setting)"),
    )
    group.add_argument(
        "--page",
        choices=PAGES,
        default="overview",
        help=say("siden programmet åpner på", "the page the program opens on"),
    )
    group.add_argument(
        "--screenshot",
        type=Path,
        metavar=say("FIL.png", "FILE.png"),
        help=say(
            "tegn siden til et PNG-bilde og avslutt (leser bare databasen)",
            "render the page to a PNG and exit (reads the database only)",
        ),
    )
    group.add_argument(
        "--wait",
        action="store_true",
        help=say(
            "med --screenshot: vent til databasen er åpnet og oversikten regnet ut",
            "with --screenshot: wait until the database is open and the overview computed",
        ),
    )


def _parser() -> argparse.ArgumentParser:
    from app.cli.help_text import language_of, use_language

    use_language(language_of(sys.argv[1:]))
    parser = argparse.ArgumentParser(prog="avtalevakt")
    add_program_options(parser)
    parser.add_argument("--selftest", action="store_true", help=argparse.SUPPRESS)
    # a fixed "today" for demos and screenshots of the demo data (python -m app demo --today)
    parser.add_argument("--today", type=_iso_date, help=argparse.SUPPRESS)
    # the start benchmark (bench/startup.py): the program's own start, ended by closing
    # its window once the overview's deadlines are on screen and the start backup taken
    parser.add_argument("--quit-after-start", action="store_true", help=argparse.SUPPRESS)
    return parser


def open_storage(path: Path, lang: Lang, *, interactive: bool = True):  # noqa: ANN201
    """Open the database and its repositories; a StorageError is shown and re-raised."""
    from app.storage.backups import restore_backup
    from app.storage.database import open_database
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
        if not ask_restore(None, exc, lang):
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


def ask_restore(parent: QWidget | None, exc: Any, lang: Lang) -> bool:
    """Ask whether to replace the damaged file with its newest backup (issue 3)."""
    from .widgets import input_guards

    input_guards.install()  # a bare "j" does not answer it (asked during the start)
    title = QCoreApplication.translate("Application", "Avtalevakt")
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, exc.restore_question(lang), buttons)
    return answer == QMessageBox.StandardButton.Yes


# Loaded on the worker after the first paint (once the file passed its integrity
# check), so that building the pages on the GUI thread does not wait for them; one
# at a time, with a chance to stop between them when the program is closing. The
# order follows what imports what (``sqlite_utils`` also loads numpy or pandas if
# they are installed: not our dependencies, absent from a fresh install).
START_MODULES = (
    "sqlite_utils",
    "app.storage.migrations",
    "pydantic",
    "app.domain.errors",
    "holidays",
    "app.domain.periods",
    "app.domain.terms",
    "app.domain.records",
    "app.storage.repositories",
    "app.domain.payments",
    "app.domain.deadlines",
    "app.domain.overview",
    "app.reports.deadlines_report",
    "app.domain.results",
    "app.domain.rates",
)


def install_rate_table() -> str | None:
    """Load and check the late-interest table; the user's copy wins if valid.

    Returns the warning when the user's file was rejected (the caller prints it)."""
    from app.domain import rates
    from app.storage.paths import default_data_dir

    return rates.install_preferred(default_data_dir() / "forsinkelsesrente.csv")


class StartUp(QObject):
    """Opens the database for a main window (steps 3 to 5 above).

    The check starts when it is made (or at ``start()``), the modules and the overview
    after the window's ``first_painted``; ``ended(ok)`` when the window has the database
    (``database``) or it could not be opened (``error``). ``interactive``: messages and
    the offer of a backup are shown (the program); otherwise the error is only kept
    (screenshots, tests). ``settings`` (the program's stored settings) enables the
    first-start demo offer and remembers the file. ``read_only`` (screenshots, issue 12
    item 4): nothing in or beside the file is written, migrated or backed up, no
    leftovers are removed and a missing file is not made (``DatabaseMissing``); an
    older file is shown through a migrated temporary copy (``open_read_only``).
    ``show_kept`` (default: an interactive start that may write): the overview kept at
    the file's last computation is shown after the first paint, until the fresh one is
    in (``storage.overview_snapshot``).
    """

    ended = Signal(bool)

    def __init__(
        self,
        window: Any,
        path: Path | str,
        lang: Lang,
        *,
        interactive: bool = True,
        settings: Any = None,
        read_only: bool = False,
        show_kept: bool | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.path = Path(path)
        self.lang = lang
        self.interactive = interactive
        self.read_only = read_only
        self.settings = settings
        self.job: Any = None
        # Loads the modules and computes the overview beside the check (step 4).
        self.prepare: Any = None
        self.database: Any = None
        self.error: BaseException | None = None
        self.done = False
        self.warning: str | None = None
        self._checked_result: tuple[Any, ...] | None = None
        self._loaded = threading.Event()
        # what the check found waits for the first paint (a message never comes first)
        self._painted = False
        self._after_paint: list[Any] = []
        window.first_painted.connect(self._on_painted)
        # the program's own start shows the overview kept from its last computation while
        # the file is checked (``storage.overview_snapshot``); screenshots (and tests,
        # unless they ask) wait for the fresh one
        self.kept: Any = None
        if (interactive and not read_only) if show_kept is None else show_kept:
            self._read_kept()
        self.start()

    def _read_kept(self) -> None:
        from .worker import Job

        path, day, language = self.path, self.window.today.isoformat(), self.lang

        def task(job: Any) -> Any:
            from app.storage import overview_snapshot

            return overview_snapshot.load(path, day, language)

        self.kept = Job(task).start()

    def _on_painted(self) -> None:
        if not self._painted:
            self._painted = True
            if self.kept is not None and not self.kept.done:
                self.kept.ended.connect(self._after_kept)
            else:
                self._after_kept()
            waiting, self._after_paint = self._after_paint, []
            for callback in waiting:  # in the next event-loop pass, after the paint
                QTimer.singleShot(0, callback)

    def _after_kept(self) -> None:
        """After the first paint: the kept overview, if there is one for this file as it
        is, then step 4. The kept one is painted first: the modules' loading holds
        Python's lock for most of 0.2 s, and the list's paint, which calls into Python
        for every cell, would wait for it (measured: 0.23 s later)."""
        kept = self.kept.result if self.kept is not None and self.kept.ok else None
        overview = self.window.pages.get("overview")
        if kept and overview is not None and not self.done and self.database is None:
            overview.show_kept(kept)
            QTimer.singleShot(0, self._prepare)  # (the list's paint comes first)
        else:
            self._prepare()

    def _once_painted(self, callback: Any) -> None:
        if self._painted:
            callback()
        else:
            self._after_paint.append(callback)

    def start(self) -> None:
        if self.job is None and not self.done:
            self._check()

    def _check(self) -> None:
        from .worker import Job

        path, loaded, read_only = self.path, self._loaded, self.read_only

        def task(job: Any) -> Any:
            from app.storage.backups import remove_leftovers
            from app.storage.database import check_file

            if not read_only:
                # what a backup or restore killed half-way left (the program holds the lock)
                remove_leftovers(path)

            def interruptible(conn: Any) -> None:
                job.on_cancel(conn.interrupt)
                job.report(0, 0)  # cancelled before the check began: no check at all

            def modules_loaded() -> None:
                # the schema version is read with the storage modules (step 4 loads them)
                while not loaded.wait(0.05):
                    job.report(0, 0)  # a cancel point meanwhile

            return check_file(
                path,
                backup=False if read_only else "before-migrating",
                create=not read_only,
                on_connect=interruptible,
                on_intact=modules_loaded,
            )

        job = Job(task)
        job.finished.connect(
            lambda checked, job=job: self._once_painted(lambda: self._checked(job, checked))
        )
        job.failed.connect(
            lambda error, job=job: self._once_painted(lambda: self._failed(job, error))
        )
        self.job = job
        job.start()

    def _prepare(self) -> None:
        """Step 4, after the first paint: the modules, the rate table, the overview."""
        from .worker import Job

        if self.prepare is not None or self.done:
            return
        path, loaded = self.path, self._loaded
        today = getattr(self.window, "today", None)

        def task(job: Any) -> Any:
            import importlib

            for done, name in enumerate(START_MODULES):
                job.report(done, len(START_MODULES))  # a cancel point between modules
                importlib.import_module(name)
            warning = install_rate_table()
            loaded.set()
            return warning, _overview_beside_the_check(path, today, job)

        job = Job(task)
        job.finished.connect(lambda result, job=job: self._prepared(job, *result))
        job.failed.connect(lambda error, job=job: self._prepared(job, None, None, error))
        self.prepare = job
        job.start()

    def _prepared(self, job: Any, warning: str | None, overview: Any, error: Any = None) -> None:
        if job is not self.prepare or job.cancelled or self.done:
            return
        if error is not None and not self._loaded.is_set():
            # the modules could not be loaded: the check waits for them in vain
            self.job.cancel()
            self._failed(self.job, error)
            return
        self.warning = warning
        if warning:
            print(warning, file=sys.stderr)
        if self._checked_result is not None:
            self._open(*self._checked_result)

    def _checked(self, job: Any, checked: Any) -> None:
        if job is not self.job or job.cancelled:
            return
        self._checked_result = (job, checked)
        if self.prepare is not None and self.prepare.done:
            self._open(job, checked)
        # else _prepared opens it, once the overview beside the check is in

    def _open(self, job: Any, checked: Any) -> None:
        from app.storage.database import connect, connect_read_only
        from app.storage.errors import StorageError
        from app.storage.migrations import SCHEMA_VERSION
        from app.storage.repositories import Repositories

        self._checked_result = None
        try:
            database = connect_read_only(checked) if self.read_only else connect(checked)
        except StorageError as exc:
            self._failed(job, exc)
            return
        self.database = database
        repos = Repositories(database)
        stored = self.settings
        demo = False
        if stored is not None and self.interactive and not self.read_only:
            if not stored.demo_offered:
                demo = offer_demo(
                    repos, self.lang, parent=self.window, waiting=self.window.opening_progress
                )
                stored.demo_offered = True
            stored.last_database = str(self.path)
            from . import settings as settings_store

            settings_store.save(stored)
        # What step 4 computed is this file's overview if the file was already of this
        # program's schema (nothing migrated) and nothing was written since (the demo).
        overview = self.prepare.result[1] if self.prepare.ok else None
        if checked.version != SCHEMA_VERSION or demo:
            overview = None
        try:
            self.window.attach(database, repos, overview=overview)
        except Exception as exc:  # noqa: BLE001 - a bug: said and logged, the start ends
            self._broke(exc)
            return
        if self.warning and self.interactive:  # a rate file of the user's was refused:
            # the shipped rates are used, and the user is told so, once per start
            QMessageBox.warning(
                self.window, QCoreApplication.translate("Application", "Avtalevakt"), self.warning
            )
        if checked.version > 0 and checked.backup is None and not self.read_only:
            self.window.take_start_backup()
        self._end(True)

    def _broke(self, error: Exception) -> None:
        """The window could not take the opened file, by an error no check foresaw: it
        is said (the program) and logged, and the start ends as failed, instead of
        waiting for ever (a selftest or screenshot raises it from ``wait``)."""
        text = str(error)
        if self.interactive:
            from . import unexpected

            text = unexpected.report(error, self.window, goes_on=False) or text
        self.error = error
        self.window.opening_failed(text)
        self._end(False)

    def _failed(self, job: Any, error: BaseException) -> None:
        if job is not self.job or job.cancelled:
            self._end(False)
            return
        from app.storage.errors import DatabaseDamaged, StorageError

        overview = self.window.pages.get("overview")
        if overview is not None:
            overview.forget_kept()  # a file that cannot be opened shows no deadlines

        text = error.text(self.lang) if isinstance(error, StorageError) else str(error)
        if self.interactive:
            title = QCoreApplication.translate("Application", "Avtalevakt")
            if isinstance(error, DatabaseDamaged) and error.newest_backup is not None:
                if ask_restore(self.window, error, self.lang):
                    self._restore(error)
                    return
            else:
                QMessageBox.critical(self.window, title, text)
        self.error = error
        self.window.opening_failed(text)
        self._end(False)

    def _restore(self, damaged: Any) -> None:
        """Replace the damaged file by its newest backup (on the worker), then open again."""
        from app.storage.backups import restore_backup

        from .worker import run_with_progress

        backup = damaged.newest_backup
        job = run_with_progress(
            self.window,
            lambda job: restore_backup(backup, self.path),
            title=QCoreApplication.translate("Application", "Avtalevakt"),
            label=QCoreApplication.translate("Application", "Restoring the backup %1 …").replace(
                "%1", backup.name
            ),
        )
        job.finished.connect(lambda _kept: self._open_restored())
        job.failed.connect(lambda error, job=job: self._failed(job, error))
        self.job = job

    def _open_restored(self) -> None:
        """Check the restored file; the overview read beside the first check was of the
        damaged one: it is read again, from the restored file."""
        if self.prepare is not None and not self.prepare.done:
            self.prepare.cancel()
        self.prepare = None
        self._prepare()
        self._check()

    def _end(self, ok: bool) -> None:
        self.done = True
        if self.prepare is not None and not self.prepare.done:
            self.prepare.cancel()  # the file could not be opened: its overview is not wanted
        self.ended.emit(ok)

    def cancel(self) -> None:
        """Stop opening (the program is closing); a running check is interrupted."""
        for job in (self.job, self.prepare):
            if job is not None and not job.done:
                job.cancel()

    def wait(self, timeout_ms: int = 300_000) -> Any:
        """Block (processing events) until the database is open; it, or the error raised.

        (Also for a window that is never painted: it goes on as if it had been.)"""
        self.start()
        self._on_painted()
        if not self.done:
            loop = QEventLoop()
            self.ended.connect(loop.quit)
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
            self.ended.disconnect(loop.quit)
        if self.error is not None:
            raise self.error
        if self.database is None:
            raise TimeoutError(f"{self.path} was not opened within {timeout_ms} ms")
        return self.database


def _overview_beside_the_check(path: Path, today: Any, job: Any) -> Any:
    """The overview of ``path`` as the page would compute it, read while the file is
    still being checked (step 4); None when there is nothing to read yet (a new file)
    or the read failed (the page then computes it after opening, and reports)."""
    from app.storage.database import peek
    from app.storage.errors import StorageError

    from .pages.overview import overview_and_key

    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        database = peek(path)
    except StorageError:
        return None
    try:
        from app.storage.repositories import Repositories

        return overview_and_key(Repositories(database), today, job.report)
    except Exception:  # noqa: BLE001 - a file the check will refuse, an older schema ...
        return None
    finally:
        database.close()


def claim_database(path: Path, lang: Lang, *, interactive: bool = True):  # noqa: ANN201
    """The database's lock for this program, or None (and a message) when another
    instance has the file open (see ``instance_lock``: a second instance refuses), or
    when ``path`` is a folder (the lock refuses it: ``storage.lock.try_acquire``)."""
    from app.storage.errors import DatabaseIsAFolder
    from app.storage.lock import LockUnavailable

    from .instance_lock import acquire, refusal

    try:
        lock = acquire(path)
    except DatabaseIsAFolder as exc:
        if interactive:
            title = QCoreApplication.translate("Application", "Avtalevakt")
            QMessageBox.critical(None, title, exc.text(lang))
        return None
    except LockUnavailable:
        # a folder we cannot write to, a full disk: no sign of another instance (issue
        # 12 item 7: it was reported as "already open"); opening the database says what
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


def offer_demo(repos, lang: Lang, *, parent: QWidget | None = None, waiting: Any = None) -> bool:  # noqa: ANN001
    """On an empty database, ask whether to fill it with demo data. ``waiting(text)``
    is told while the question is up (the window says what it waits for)."""
    if not repos.is_empty():
        return False
    if waiting is not None:
        waiting(
            QCoreApplication.translate("Application", "Waiting for your answer about demo data …")
        )
    from .widgets import input_guards

    input_guards.install()  # a bare "j" does not answer it (asked during the start)
    answer = QMessageBox.question(
        parent,
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

    from app.storage.demo import fill_demo

    fill_demo(repos, clock.today())
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

    The window is made, shown and painted as the program does it (the database opens
    after the first paint). Without ``wait`` the picture is the first painted window,
    five event-loop passes after ``show()``, and the file is not opened at all (the
    start benchmark measures this). With ``wait`` it waits until the database is open
    (read-only: no migration, write or backup; an older file through a migrated copy),
    the page built and the overview filled in (and raises the ``StorageError`` when the
    file cannot be opened: a missing file too)."""
    from app.storage.targets import PictureNotWritten, refuse_database_target, written

    refuse_database_target(out)  # ``--screenshot F --db F``: never over the file shown
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_app(lang)
    from .main_window import MainWindow

    window = MainWindow(today=today, persist=False, db_path=db_path)
    report_first_paint(window)
    # (no StartUp without ``wait``: it would be cancelled before it could show anything)
    # read-only (issue 12 item 4): a picture never migrates, writes or backs up the file
    start = StartUp(window, db_path, lang, interactive=False, read_only=True) if wait else None
    try:
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.resize(*SCREEN_SIZE)
        window.show_page(page)
        window.show()
        for _ in range(5):
            app.processEvents()
        if start is not None:
            start.wait()
            window.wait_until_loaded()
            for _ in range(5):
                app.processEvents()
        # through a partial file (storage.targets.written): a picture that Qt could not
        # write (a missing or read-only folder) is said, and the one there is kept
        with written(out) as partial:
            if not window.grab().save(str(partial), "PNG"):
                raise PictureNotWritten(path=out)
    finally:
        # also when the file could not be opened: no window is left behind (a caller in
        # the same process, such as the tests, would otherwise find it still shown)
        window.close()
        window.deleteLater()
        app.processEvents()
        if start is not None:
            start.cancel()
        finish_jobs()
        if start is not None and start.database is not None:
            start.database.close()


#: Set (to anything) to have the program print ``first-paint`` on standard output, and
#: flush it, in the event-loop pass after its main window was first painted, and
#: ``overview-filled`` after the overview's list was first painted with its deadlines:
#: the start benchmark (``bench/run.py``, ``bench/startup.py``) times both lines.
REPORT_FIRST_PAINT = "AVTALEVAKT_REPORT_FIRST_PAINT"


def report_first_paint(window: Any) -> None:
    if os.environ.get(REPORT_FIRST_PAINT):
        window.first_painted.connect(lambda: print("first-paint", flush=True))
        on_deadlines_painted(window.page("overview"), lambda: print("overview-filled", flush=True))


def on_deadlines_painted(overview: Any, callback: Any) -> None:
    """``callback()`` once the overview's list has been painted after its first filling
    (the moment a user can read a deadline): the model's first reset arms a watch on the
    list's viewport, whose next paint calls it in the event-loop pass after it (or the
    paint of the text the page shows instead of an empty list: a database with no
    deadline at all).

    The viewport is a widget Qt made: ``viewport()`` hands it to Python through PySide's
    search for its most derived class, which first builds every QtWidgets class not built
    yet (~8 ms; input_guards tells more). Found by its object name, it comes as the
    QWidget asked for, without that search. (With ``viewport()`` the benchmark's start
    paid the search before its first paint, which the program's own start does not.)"""
    viewport = overview.table.findChild(
        QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly
    )

    class Watch(QObject):
        armed = False

        def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
            if self.armed and event.type() == QEvent.Type.Paint:
                viewport.removeEventFilter(self)
                overview.empty_label.removeEventFilter(self)
                self.armed = False
                QTimer.singleShot(0, callback)
            return False

    watch = Watch(overview)

    def arm() -> None:
        if not watch.armed:
            watch.armed = True
            viewport.installEventFilter(watch)
            # (no deadline at all: the page shows its empty list's text instead)
            overview.empty_label.installEventFilter(watch)
            overview.model.modelReset.disconnect(arm)

    overview.model.modelReset.connect(arm)


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
        from app.storage.errors import StorageError

        try:
            render_screenshot(
                db_path=db,
                out=args.screenshot,
                page=args.page,
                lang=lang,
                today=args.today,
                wait=args.wait,
            )
        except StorageError as exc:  # one line, as the commands say it (issue 12 item 14)
            print(exc.text(lang), file=sys.stderr)
            return 2
        return 0

    from . import settings as settings_store

    QCoreApplication.setOrganizationName(settings_store.ORGANISATION)
    QCoreApplication.setApplicationName(settings_store.APPLICATION)
    app = QApplication.instance() or new_qapplication()
    stored = settings_store.load()
    lang = args.lang or stored.language
    make_app(lang)
    from . import unexpected

    unexpected.install()  # a bug met by the window is said and logged, not only printed
    from app.storage.paths import default_database_path

    db = args.db or default_database_path()
    lock = claim_database(db, lang)
    if lock is None:
        return 1
    page = args.page if "--page" in argv else stored.last_page
    said = None
    try:
        while True:
            code, backup = _run_window(
                app,
                db,
                lang,
                stored,
                today=args.today,
                page=page,
                message=said,
                quit_after_start=args.quit_after_start,
            )
            if backup is None:
                return code
            # File → Restore from backup…: the window and its connection are closed, the
            # lock is still ours; then the restored file opens as at a start
            said = restore_in_place(backup, db, lang)
            stored = settings_store.load()
            page = stored.last_page
    finally:
        lock.unlock()


def _run_window(
    app: Any,
    db: Path,
    lang: Lang,
    stored: Any,
    *,
    today: Any,
    page: str,
    message: Said | None = None,
    quit_after_start: bool = False,
) -> Any:
    """One main window on ``db`` until it closes: (exit status, backup to restore or None).
    ``message``: said in the status bar once the file is open (what a restore did).
    ``quit_after_start``: the window closes once started (``close_when_started``)."""
    from .main_window import MainWindow

    window = MainWindow(today=today, db_path=db)
    report_first_paint(window)
    if quit_after_start:
        close_when_started(window)
    window.show_page(page)
    start = StartUp(window, db, lang, interactive=True, settings=stored)
    # the start is over (the overview in, or the file refused): collect again
    start.ended.connect(lambda _ok: collector.resume_after_start())
    # the wheel and bare-letter guards once the GUI thread is idle (input_guards says why)
    start.ended.connect(lambda _ok: _guards_when_idle(window))
    # the file cannot be used (its message was shown): the program ends with status 1
    start.ended.connect(lambda ok: ok or QTimer.singleShot(0, lambda: app.exit(1)))
    if message:
        start.ended.connect(
            lambda ok: (
                ok and window.statusBar().show_message(message.text, 30_000, detail=message.detail)
            )
        )
    window.show()
    try:
        code = app.exec()
    finally:
        start.cancel()
        if window.isVisible():  # ended with status 1 (the file could not be used)
            window.close()
        window.cancel_jobs()
        finish_jobs()
        if start.database is not None:
            start.database.close()
    backup = window.restore_requested
    window.deleteLater()
    collector.release_start()
    return code, backup


def _guards_when_idle(window: Any) -> None:
    # (imported here: its modules make their Qt classes, not wanted before the first paint)
    from .widgets import input_guards

    input_guards.install_when_idle(window)


def close_when_started(window: Any) -> None:
    """Close the program's ``window`` (which ends the program) once its start is over:
    the database open, the overview's deadlines painted (when the overview is the page
    in view; otherwise computed) and the start backup taken. For the start benchmark
    (``--quit-after-start``): it times the program's own start, not a screenshot's."""
    overview = window.page("overview")
    painted: list[bool] = []
    on_deadlines_painted(overview, lambda: painted.append(True))
    timer = QTimer(window)
    timer.setInterval(10)

    def check() -> None:
        if not window.ready:
            return
        if window.current_page_name() == "overview":
            filled = bool(painted)
        else:
            filled = overview.job is None or overview.job.done
        backup = window.jobs.get("start-backup")
        if filled and (backup is None or backup.done):
            timer.stop()
            window.close()

    timer.timeout.connect(check)
    timer.start()


class Said(NamedTuple):
    """What the status bar says once a restored file is open: the message, and its
    details as the bar's tooltip (the files' full paths, too long for the line)."""

    text: str
    detail: str


def restore_in_place(backup: Path, db: Path, lang: Lang) -> Said | None:
    """Restore ``backup`` over ``db`` (no connection open, the lock held), with a progress
    dialog when it takes long; returns what was done, for the status bar. A failure is
    shown (the file is then as it was) and None returned."""
    from app.storage.backups import restore_backup, taken_at
    from app.storage.errors import StorageError

    from .dialogs.restore_dialog import taken_text
    from .worker import run_with_progress

    title = QCoreApplication.translate("Application", "Avtalevakt")
    job = run_with_progress(
        None,
        lambda job: restore_backup(backup, db),
        title=title,
        label=QCoreApplication.translate("Application", "Restoring the backup %1 …").replace(
            "%1", backup.name
        ),
    )
    job.wait(3_600_000)
    if job.ok:
        kept = job.result
        # The line says when the backup was taken, not the two files: their names (a time
        # stamp each) made it too long for the status bar beside the backup label. Their
        # full paths are its tooltip.
        taken = taken_at(backup)
        if taken is not None:
            text = QCoreApplication.translate(
                "Application", "Restored from the backup taken %1."
            ).replace("%1", taken_text(taken))
        else:
            text = QCoreApplication.translate(
                "Application", "Restored from the backup %1."
            ).replace("%1", backup.name)
        detail = [
            QCoreApplication.translate("Application", "Backup: %1").replace("%1", str(backup))
        ]
        if kept is not None:
            text += " " + QCoreApplication.translate(
                "Application", "The previous file is kept in the same folder."
            )
            detail.append(
                QCoreApplication.translate("Application", "Previous file: %1").replace(
                    "%1", str(kept)
                )
            )
        return Said(text, "\n".join(detail))
    error = job.error
    text = error.text(lang) if isinstance(error, StorageError) else str(error)
    QMessageBox.critical(None, title, text)
    return None
