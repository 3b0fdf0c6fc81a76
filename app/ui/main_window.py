"""The main window: navigation on the left, one page at a time, database and backup below.

The pages are listed once, in ``pages.registry`` (navigation, View menu, Ctrl+1 …); each
is built when first shown and answers the ``PageWidget`` protocol (``refresh``,
``new_record`` for Ctrl+N, ``focus_filter`` for Ctrl+F, ``export_csv`` for Ctrl+E), to
which the window routes the shortcuts of the page in view. Every write goes through
``self.operations`` (``app.ui.operations``): after it, the pages that show a table it
changed refresh (the one in view at once, the others when next shown). Changing the
language rebuilds the window's widgets in place.

The window paints before the database is open: made without a database (the program
does so, ``application.StartUp`` opens the file after the first paint) it shows the
navigation, the overview's frame with "Åpner databasen …" (another page as its heading
and that text), and every action that needs the database disabled. ``attach()``
hands it the open database: the actions are enabled and the page in view is built for
real. ``first_painted`` is emitted once, after the window was first painted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app import __version__

from .i18n import lang
from .pages import registry
from .session import Session
from .widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent

    from app.storage.database import Database
    from app.storage.repositories import Repositories

    from .operations import Changes, Operations
    from .pages.registry import PageWidget
    from .reminders.controller import ReminderController
    from .settings import Settings
    from .sync_controller import SyncController
    from .worker import Job

# The pages of the navigation list, in order (Ctrl+1 … Ctrl+8).
NAVIGATION = tuple(spec.name for spec in registry.navigation())


class MainWindow(QMainWindow):
    # Emitted once, in the event-loop pass after the window was first painted.
    first_painted = Signal()

    def __init__(
        self,
        *,
        database: Database | None = None,
        repos: Repositories | None = None,
        today: date | None = None,
        persist: bool = True,
        db_path: Path | str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.repos = repos
        self.operations: Operations | None = None
        # Sharing through the server (issue 14; idle when the database has none).
        self.sync: SyncController | None = None
        #: The reminders (issue 15: tray, the overview's state and banner), once open.
        self.reminders: ReminderController | None = None
        self.guide_dialog: Any = None
        # Pages built but not refreshed since a table they show changed (see _changed).
        self.stale: set[str] = set()
        # The file shown in the status bar (known before it is open).
        self.db_path = Path(db_path) if db_path is not None else getattr(database, "path", None)
        # the program's one "today" (issue 11 item 7): it moves on at midnight, and the
        # pages built are given the new day and refreshed (``_new_day``)
        self.session = Session(today, self)
        self.session.changed.connect(self._new_day)
        self.persist = persist
        # the backup File → Restore from backup… chose (the program restores it on close)
        self.restore_requested: Path | None = None
        #: The last background job of each kind ("export", "import", "backup", …).
        self.jobs: dict[str, Job] = {}
        # the long jobs closing asks about or waits for while they run (``track_job``)
        self._tracked: list[tuple[str, Job]] = []
        # Why the database could not be opened (shown instead of the pages), if it could not.
        self.opening_error = ""
        # closing waits for a long job to end first (closeEvent): set while it waits
        self._close_after_job = False
        # the jobs whose end closes the window again (``_close_when_ended``)
        self._awaited: list[Job] = []
        # what each page showed before a language switch rebuilt it (``set_language``)
        self._carried_states: dict[str, dict[str, Any]] = {}
        self._painted = False
        self._fitted = False
        self.setMinimumSize(960, 600)
        self._build()
        if database is not None and repos is not None:
            self._attach_operations(repos)
        if persist:
            from . import settings as settings_store

            geometry, state = settings_store.window_state()
            if geometry is not None:
                self.restoreGeometry(geometry)
            else:  # first start: 1280×800 on a laptop, roomier on a desk's large screen
                screen = QApplication.primaryScreen()
                room = screen.availableGeometry() if screen is not None else None
                if room is None:
                    self.resize(1280, 800)
                else:
                    self.resize(
                        min(max(1280, int(room.width() * 0.8)), room.width()),
                        min(max(800, int(room.height() * 0.85)), room.height()),
                    )
            if state is not None:
                self.restoreState(state)
        else:
            self.resize(1280, 800)

    @property
    def today(self) -> date:
        return self.session.today

    @today.setter
    def today(self, day: date) -> None:
        self.session.set_today(day)

    def _new_day(self, day: date) -> None:
        """The day moved on: every page built gets it; the one in view and the overview
        (which feeds the status bar and the reminders) are refreshed now, the others when
        next shown."""
        current = self.current_page_name()
        for name, page in self.pages.items():
            if not page.set_today(day):  # type: ignore[attr-defined]
                continue
            if name in (current, "overview"):
                page.refresh()  # type: ignore[attr-defined]
            else:
                self.stale.add(name)

    @property
    def ready(self) -> bool:
        """The database is open and checked: its pages and actions are there."""
        return self.repos is not None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._fitted and self.persist:
            self._fitted = True
            self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Keep the whole window, title bar and status bar included, on the screen's
        available area (a 1366×768 laptop with a panel has about 1366×740 of it)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry()
        # the window manager's decorations (title bar, borders) around the client area
        extra_w = max(0, frame.width() - self.width())
        extra_h = max(0, frame.height() - self.height())
        if extra_h == 0:
            extra_h = 32  # not mapped yet: a usual title bar
        width = min(self.width(), room.width() - extra_w)
        height = min(self.height(), room.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        frame = self.frameGeometry()
        x = min(max(frame.x(), room.x()), room.x() + max(0, room.width() - frame.width()))
        y = min(max(frame.y(), room.y()), room.y() + max(0, room.height() - frame.height()))
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        # (paintEvent rather than event(): only paints of the window call into Python)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # once this paint is on screen
        super().paintEvent(event)

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Avtalevakt"))
        self.pages: dict[str, QWidget] = {}
        self.stale = set()
        # Frames of pages shown while the database opens (``pages.opening``), by name.
        self.placeholders: dict[str, QWidget] = {}
        # The page to show once the database is open (the last one asked for).
        self.wanted = "overview"
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        titles = self.page_titles()
        for name in NAVIGATION:
            item = QListWidgetItem(titles[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.nav.itemClicked.connect(self._nav_chosen)
        self.nav.itemActivated.connect(self._nav_chosen)
        self._build_menus()
        self._build_status()
        self._enable_database_actions(self.ready)
        self.nav.setCurrentRow(0)
        self.show_summary()

    def page_titles(self) -> dict[str, str]:
        return {spec.name: spec.title() for spec in registry.PAGES}

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_record)
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_filter)
        self.export_action = QAction(self.tr("&Export list…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setToolTip(self.tr("The list in view as a CSV file for Excel"))
        self.export_action.triggered.connect(self.export_list)
        self.export_all_action = QAction(self.tr("Export e&verything…"), self)
        self.export_all_action.setToolTip(
            self.tr("Every record, the history and the letter log in one JSON file")
        )
        self.export_all_action.triggered.connect(lambda _c=False: self.export_everything())
        self.export_csv_action = QAction(self.tr("Export everything as CS&V…"), self)
        self.export_csv_action.setToolTip(self.tr("One CSV file per table, in a folder"))
        self.export_csv_action.triggered.connect(lambda _c=False: self.export_everything(csv=True))
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setToolTip(self.tr("Read an export file (JSON) into this database"))
        self.import_action.triggered.connect(lambda _c=False: self.import_file())
        self.backup_action = QAction(self.tr("Back &up now"), self)
        self.backup_action.setToolTip(self.tr("A copy of the database in the backups folder"))
        self.backup_action.triggered.connect(lambda _c=False: self.backup_now())
        # (always enabled: a file that cannot be opened is when a restore is wanted most)
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.restore_action.setToolTip(
            self.tr("Replace the database by one of its backups (the current file is kept)")
        )
        self.restore_action.triggered.connect(lambda _c=False: self.restore_from_backup())
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.open_settings)
        self.conflicts_action = QAction(self.tr("&Conflicts between PCs…"), self)
        self.conflicts_action.setToolTip(
            self.tr("Values changed on two PCs at once (shared database): choose which holds")
        )
        self.conflicts_action.triggered.connect(lambda _c=False: self.open_conflicts())
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.quit_action = quit_action
        for action in (self.new_action, self.find_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (
            self.export_all_action,
            self.export_csv_action,
            self.import_action,
            self.backup_action,
            self.restore_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.conflicts_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view = bar.addMenu(self.tr("&View"))
        titles = self.page_titles()
        for number, name in enumerate(NAVIGATION, start=1):
            action = QAction(titles[name], self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, n=name: self.go_to(n))
            view.addAction(action)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        self.refresh_action = refresh
        view.addSeparator()
        view.addAction(refresh)
        help_menu = bar.addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&User guide"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        guide.triggered.connect(lambda _c=False: self.show_guide())
        help_menu.addAction(guide)
        about = QAction(self.tr("&About Avtalevakt"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def database_actions(self) -> list[QAction]:
        """The actions that need the open database: disabled until it is."""
        return [
            self.new_action,
            self.find_action,
            self.export_action,
            self.export_all_action,
            self.export_csv_action,
            self.import_action,
            self.backup_action,
            self.refresh_action,
            self.conflicts_action,
        ]

    def _enable_database_actions(self, enabled: bool) -> None:
        for action in self.database_actions():
            action.setEnabled(enabled)
        self._enable_page_commands()

    def _enable_page_commands(self) -> None:
        """Ny …, Søk and Eksporter listen as the page in view has them (``commands``)."""
        page = self._current() if self.ready else None
        offered = page.commands() if page is not None else frozenset()
        for name, action in (
            ("new", self.new_action),
            ("find", self.find_action),
            ("export", self.export_action),
        ):
            action.setEnabled(name in offered)

    def _build_status(self) -> None:
        if not isinstance(self.statusBar(), StatusBar):
            self.setStatusBar(StatusBar(self))
        status = self.statusBar()
        for child in status.findChildren(QLabel):
            status.removeWidget(child)
            child.deleteLater()
        path = self.db_path if self.db_path is not None else ""
        self.db_label = QLabel(self.tr("Database: %1").replace("%1", str(path)))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_label = QLabel(self.backup_text() if self.ready else "")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("deadlineSummary")
        self.summary_label.setToolTip(self.tr("Deadlines of every contract (the overview)"))
        if not self.ready:
            self.summary_label.setText(self.opening_error or self.tr("Opening the database …"))
        status.addWidget(self.summary_label)
        status.addWidget(self.db_label, 1)
        status.addPermanentWidget(self.backup_label)
        if self.sync is not None:  # after a language change: its field again
            self.sync.show_in(status)

    def backup_text(self) -> str:
        backup = getattr(self.database, "last_backup", None)
        when = self.tr("none yet")
        if backup is not None:
            from datetime import datetime

            from app.domain.periods import OSLO

            from .fmt import fmt_datetime

            try:
                # the file's time in Oslo, as every other time the program shows
                when = fmt_datetime(datetime.fromtimestamp(backup.stat().st_mtime, tz=OSLO))
            except OSError:
                when = str(backup.name)
        return self.tr("Last backup: %1").replace("%1", when)

    # --- pages -------------------------------------------------------------------------

    def _make_page(self, name: str) -> QWidget:
        return registry.spec(name).build(self)

    def page(self, name: str) -> Any:
        """The page ``name``, built on first use (only the overview before ``attach``).

        (Typed ``Any``: callers use the page's own methods; each is a ``PageWidget``.)"""
        if not self.ready and name != "overview":
            raise RuntimeError(f"the {name} page needs the database, which is not open yet")
        if name not in self.pages:
            widget = self._make_page(name)
            widget.setObjectName(f"page_{name}")
            self.pages[name] = widget
            self.stack.addWidget(widget)
            carried = self._carried_states.pop(name, None)
            if carried is not None:  # built again after a language switch
                widget.restore_view_state(carried)  # type: ignore[attr-defined]
            if name == "overview" and self.sync is not None:
                self.sync.render()  # its warning when the shared database is out of date
        return self.pages[name]

    def current_page_name(self) -> str:
        for name, widget in (*self.pages.items(), *self.placeholders.items()):
            if widget is self.stack.currentWidget():
                return name
        return ""

    def _placeholder(self, name: str) -> QWidget:
        """The frame of page ``name`` while the database opens."""
        if name not in self.placeholders:
            from .pages.opening import OpeningPage

            title = self.page_titles().get(name, name)
            widget = OpeningPage(title, window=self)
            widget.setObjectName(f"opening_{name}")
            if self.opening_error:
                widget.set_message(self.opening_error)
            self.placeholders[name] = widget
            self.stack.addWidget(widget)
        return self.placeholders[name]

    def show_page(self, name: str) -> Any:
        """Show a page by name; ``contract`` opens the first contract when none is open.

        Before the database is open, a page other than the overview is shown as its
        frame (``pages.opening``) and built when the database is there."""
        self.wanted = name
        if not self.ready and name != "overview":
            widget = self._placeholder(name)
            self.stack.setCurrentWidget(widget)
            self._select_nav(name)
            return widget
        if name == "contract":
            page = self.page("contract")
            if page.contract_id is None:
                rows = self.repos.contracts.search("", limit=1)
                if rows:
                    page.load(rows[0].id)
        widget = self.page(name)
        if name in self.stale:
            self.stale.discard(name)
            widget.refresh()
        self.stack.setCurrentWidget(widget)
        self._select_nav(name)
        self._enable_page_commands()
        return widget

    def go_to(self, name: str) -> None:
        """Ctrl+1 …: show the page and put the keyboard in its list."""
        page = self.show_page(name)
        if name in self.pages:
            page.focus_main()

    def _select_nav(self, name: str) -> None:
        nav_name = "contracts" if name == "contract" else name
        if nav_name in NAVIGATION:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(NAVIGATION.index(nav_name))
            self.nav.blockSignals(False)

    # --- the database arrives ----------------------------------------------------------

    def _attach_operations(self, repos: Repositories) -> None:
        from .operations import Operations

        self.operations = Operations(repos, self)
        self.operations.changed.connect(self._changed)
        self.operations.done.connect(lambda text: self.statusBar().showMessage(text, 8000))
        from . import sync_controller

        if self.sync is not None:  # another database: its own sharing
            self.sync.stop()
        self.sync = sync_controller.attach(self, repos.database, self.operations)
        self.sync.clicked.connect(self._sync_clicked)
        from .reminders.controller import ReminderController

        if self.reminders is not None:  # another database: the reminders start again
            self.reminders.close()
        self.reminders = ReminderController(self)

    def attach(self, database: Database, repos: Repositories, *, overview: Any = None) -> None:
        """The database is open and checked: enable what needs it, build the page in view.

        ``overview``: the overview already computed for it (``StartUp`` reads it while
        the file is checked), shown without computing it again."""
        # the overview first (built now, before the database is set, if it is not yet):
        # the status bar's deadline summary comes from it
        overview_page = self.page("overview")
        self.database, self.repos = database, repos
        self._attach_operations(repos)
        self.db_path = database.path
        self.opening_error = ""
        self._enable_database_actions(True)
        self.db_label.setText(self.tr("Database: %1").replace("%1", str(database.path)))
        self.backup_label.setText(self.backup_text())
        self.summary_label.clear()
        wanted = self.wanted
        overview_page.attach(repos, overview)
        self.show_page(wanted)
        for widget in self.placeholders.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.placeholders.clear()
        if self.persist:  # the program (not a test's or a screenshot's window)
            QTimer.singleShot(0, self.offer_drafts)

    def offer_drafts(self) -> list[Any]:
        """Forms left unsaved when the program last stopped: offer to open each again."""
        from PySide6.QtWidgets import QMessageBox

        from . import drafts
        from .fmt import fmt_datetime

        if not self.ready or self.db_path is None:
            return []
        opened = []
        for draft in drafts.left_over(str(self.db_path)):
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved form"),
                self.tr(
                    "A form was not saved when Avtalevakt last stopped: %1, typed %2. "
                    "Open it again with what was typed?"
                )
                .replace("%1", draft.title)
                .replace("%2", fmt_datetime(draft.saved_at)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            draft.path.unlink(missing_ok=True)
            if answer != QMessageBox.StandardButton.Yes:
                continue
            try:
                form = drafts.make_form(draft, self.repos, self.today)
            except Exception:  # noqa: BLE001 - the record is gone: nothing to reopen
                continue
            drafts.restore_into(form, draft)
            name = draft.page if draft.page in registry.names() else "overview"
            page = self.show_page(name)
            dialog = page.open_form(form)
            dialog.write_draft()  # kept again at once: another stop loses nothing
            opened.append(dialog)
        return opened

    def opening_failed(self, text: str) -> None:
        """The database could not be opened: say so where "Åpner databasen …" was."""
        self.opening_error = text
        self.opening_progress(text)

    def opening_progress(self, text: str) -> None:
        """What the opening waits for, where "Åpner databasen …" was (e.g. an answer)."""
        self.summary_label.setText(text)
        for widget in self.placeholders.values():
            widget.set_message(text)  # type: ignore[attr-defined]
        overview = self.pages.get("overview")
        if overview is not None and not self.ready:
            overview.shown_label.setText(text)  # type: ignore[attr-defined]

    def take_start_backup(self) -> Job:
        """The backup taken at every start, on the worker with a connection of its own
        (no progress dialog: the status bar says it is being taken)."""
        from app.storage.backups import make_backup

        from .worker import Job

        self.backup_label.setText(self.tr("Taking a backup …"))
        job = Job(
            self._on_own_connection(
                lambda database, job: make_backup(database.db.conn, database.path)
            )
        )
        job.finished.connect(self._start_backup_taken)
        job.failed.connect(self._start_backup_failed)
        self.jobs["start-backup"] = job
        return job.start()

    def _start_backup_taken(self, path: Any) -> None:
        self.database.last_backup = path
        self.backup_label.setText(self.backup_text())

    def _start_backup_failed(self, error: BaseException) -> None:
        from app.storage.errors import StorageError

        self.database.backup_error = error
        self.backup_label.setText(self.backup_text())
        text = error.text(lang()) if isinstance(error, StorageError) else str(error)
        self.backup_label.setToolTip(text)

    def wait_until_loaded(self, timeout_ms: int = 300_000) -> bool:
        """Block (processing events) until the overview is filled in and the start backup
        taken (tests, ``--screenshot --wait``); the database must be open."""
        overview = self.pages.get("overview")
        done = overview is None or overview.wait_until_loaded(timeout_ms)
        backup = self.jobs.get("start-backup")
        return (backup is None or backup.wait(timeout_ms)) and done

    def _nav_changed(self, row: int) -> None:
        if row >= 0:
            self.show_page(NAVIGATION[row])

    def _nav_chosen(self, item: QListWidgetItem) -> None:
        """A click (or Enter) on the current entry: "Avtaler" stays selected on a
        contract's page, and choosing it goes back to the list of contracts."""
        name = item.data(Qt.ItemDataRole.UserRole)
        if name != self.wanted:
            self.show_page(name)

    def open_contract(self, contract_id: int) -> Any:
        """The contract page with ``contract_id`` loaded (in view, focused)."""
        page = self.page("contract")
        page.load(contract_id)
        self.show_page("contract")
        page.focus_main()
        return page

    # --- commands ----------------------------------------------------------------------

    def _current(self) -> PageWidget | None:
        """The page in view (None while the database opens: frames have no commands)."""
        widget = self.stack.currentWidget()
        return widget if widget in self.pages.values() else None  # type: ignore[return-value]

    def new_record(self) -> None:
        page = self._current()
        if page is not None:
            page.new_record()

    def focus_filter(self) -> None:
        page = self._current()
        if page is not None:
            page.focus_filter()

    def refresh(self) -> None:
        """View → Refresh (F5): every page built shows the database as it is now."""
        if not self.ready:
            return
        for page in self.pages.values():
            page.refresh()  # type: ignore[attr-defined]
        self.stale.clear()
        self.show_summary()

    def _changed(self, changes: Changes) -> None:
        """After a write: the pages showing a changed table refresh (the others later)."""
        current = self.current_page_name()
        for name, page in self.pages.items():
            if not changes.touches(registry.spec(name).tables):
                continue
            if name == current or name == "overview":  # the overview feeds the status bar
                page.refresh()  # type: ignore[attr-defined]
            else:
                self.stale.add(name)
        self.show_summary()

    def show_summary(self) -> None:
        """The deadline counts in the status bar: "Frister: 3 forfalt, 0 i dag, 5 neste 7 dager"."""
        overview = self.pages.get("overview")
        if overview is None or getattr(overview, "listing", None) is None:
            return
        self.summary_label.setText(self.tr("Deadlines: %1").replace("%1", overview.summary()))
        if self.reminders is not None:  # the reminders of these deadlines (issue 15)
            self.reminders.update(overview)

    def export_list(self) -> None:
        """File → Export list: the list of the page (or contract tab) in view, as CSV."""
        page = self._current()
        if page is not None:
            page.export_csv()

    # --- work on the worker: export, import, backup ------------------------------------

    def _on_own_connection(self, func: Any) -> Any:
        """``func(database, job)`` on a connection of the worker's own, closed after."""
        database = self.database

        def task(job: Any) -> Any:
            # a failure to read the file says what it is (Database.read_failure)
            with database.reopen() as own:
                return func(own, job)

        return task

    def _start(self, name: str, func: Any, *, label: str, cancellable: bool = False) -> Any:
        from .worker import run_with_progress

        actions = (self.export_all_action, self.export_csv_action, self.import_action)
        for action in actions:
            action.setEnabled(False)
        job = run_with_progress(
            self,
            self._on_own_connection(func),
            title=self.tr("Avtalevakt"),
            label=label,
            cancellable=cancellable,
        )
        job.failed.connect(lambda error: self._job_failed(name, error))
        job.ended.connect(lambda: [a.setEnabled(True) for a in actions])
        self.jobs[name] = job
        self.track_job(name, job, cancellable=cancellable)
        return job

    def track_job(self, name: str, job: Job, *, cancellable: bool) -> None:
        """A long job of the user's that closing asks about (``cancellable``) or waits
        for, while it runs: the window's own (``_start``: export, import, backup) and
        those a record's attachments tab starts ("attach", "save-attachment",
        "open-attachment": ``attachments.panel``). Ctrl+Q in its progress dialog (which
        has the focus) quits, and so asks, as in the window."""
        job.cancellable = cancellable  # type: ignore[attr-defined]  # (closeEvent asks)
        dialog = getattr(job, "dialog", None)
        if dialog is not None:
            dialog.addAction(self.quit_action)
        entry = (name, job)
        self._tracked.append(entry)
        job.ended.connect(lambda: entry in self._tracked and self._tracked.remove(entry))

    def _job_failed(self, name: str, error: BaseException) -> None:
        from app.storage.errors import StorageError

        from .worker import Cancelled

        if isinstance(error, Cancelled):
            self.statusBar().showMessage(self.tr("Cancelled; nothing was changed."), 8000)
            return
        text = error.text(lang()) if isinstance(error, StorageError) else str(error)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Avtalevakt"), text)

    def export_everything(self, *, csv: bool = False) -> Any:
        """File → Export everything: every record, the history and the letter log."""
        from app.storage import exchange

        from . import files

        title = self.tr("Export everything")
        if csv:
            target = files.ask_folder(self, title)
        else:
            # with attachments, a .zip archive that carries their documents (issue 15)
            kind = "zip" if self.repos.attachments.count_all() else "json"
            name = self.tr("avtalevakt-export-%1").replace("%1", self.today.isoformat())
            name += f".{kind}"
            target = files.ask_save_path(self, title, name, kind)
        if target is None:
            return None
        if csv:  # amounts with the program's decimal mark (as Excel in that language reads)
            language = lang()

            def write(database: Any, target: Any, *, progress: Any) -> Any:
                return exchange.export_csv(database, target, progress=progress, lang=language)
        else:
            write = exchange.export_json
        job = self._start(
            "export",
            lambda database, job: write(database, target, progress=job.report),
            label=self.tr("Exporting to %1 …").replace("%1", str(target)),
            cancellable=True,
        )
        job.finished.connect(
            lambda counts: self.statusBar().showMessage(
                self.tr("%1 records exported to %2")
                .replace("%1", str(sum(counts.values())))
                .replace("%2", str(target)),
                8000,
            )
        )
        return job

    def restore_from_backup(self) -> Path | None:
        """File → Restore from backup…: choose a backup (``RestoreDialog``), confirm; the
        window then closes and the program restores it with no connection open and the
        lock held, and opens the restored file (``application.run_gui``). Returns the
        backup chosen (also in ``restore_requested``), or None."""
        from PySide6.QtWidgets import QMessageBox

        from .dialogs.restore_dialog import RestoreDialog

        if self.db_path is None:
            return None
        dialog = RestoreDialog(self.db_path, self)
        self.restore_dialog = dialog  # (for tests)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen() is None:
            return None
        backup = dialog.chosen()
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the database %1 by the backup taken %2? What was saved after the "
                "backup was taken is not in it; the current file is kept beside it, renamed. "
                "Avtalevakt closes the database and opens the restored one."
            )
            .replace("%1", str(self.db_path))
            .replace("%2", dialog.chosen_taken()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        self.restore_requested = backup
        self.close()
        return backup

    def import_file(self) -> Any:
        """File → Import: an export file into this database (all of it, or nothing).

        A database with content is replaced only after the user agreed; a backup of it
        is taken first, on the worker, before anything is written."""
        from app.storage import exchange

        from . import files

        path = files.ask_open_path(self, self.tr("Import"))
        if path is None:
            return None
        refusal = self._import_refusal(path)
        if refusal is not None:  # said before anything is asked: nothing would be imported
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Import"), refusal)
            return None
        replace = not self.repos.is_empty()
        if replace:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self,
                self.tr("Import"),
                self.tr(
                    "The database already has content. Replace all of it with the content "
                    "of %1? A backup of the database is taken first."
                ).replace("%1", path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None

        def task(database: Any, job: Any) -> Any:
            # the import backs up what it replaces itself, and refuses when it cannot
            summary = exchange.import_json(database, path, replace=replace, progress=job.report)
            return summary, summary.backup

        job = self._start(
            "import",
            task,
            label=self.tr("Importing %1 …").replace("%1", path.name),
            cancellable=True,
        )
        job.finished.connect(lambda result: self._imported(path, *result))
        return job

    def _import_refusal(self, path: Any) -> str | None:
        """Why ``path`` cannot be imported at all, read before the user is asked to replace
        everything (it asked, took a backup, then refused the file; audit 03.12.2026);
        None for an export (its records are checked on the worker, as before).

        A file that starts as the program's exports do is not read here (a large export
        stays off the GUI thread); any other is read once: a template variant's file is
        said as one, with where it is imported; anything else gets the import's refusal."""
        from app.storage import exchange
        from app.storage.template_variants import is_variant_file

        if exchange.export_kind(path) is not None:
            return None
        if is_variant_file(path):
            page = QCoreApplication.translate("TemplatesPage", "Contract templates")
            button = QCoreApplication.translate("TemplatesPage", "&Import variant…")
            text = self.tr(
                "%1 is an exported template variant, not an export of everything. It is "
                "imported with %2 → %3 Nothing has changed."
            )
            return (
                text.replace("%1", Path(path).name)
                .replace("%2", page)
                .replace("%3", button.replace("&", ""))
            )
        try:
            data = exchange.read_import_file(path)
        except exchange.ImportFileError as exc:
            return exc.text(lang())
        if isinstance(data, dict) and data.get("format") == exchange.FORMAT:
            return None  # an export whose keys another tool reordered: checked on the worker
        refused = exchange.ImportFileError([exchange.Problem.of("import.not_export")], path=path)
        return refused.text(lang())

    def _imported(self, path: Any, summary: Any, backup: Any) -> None:
        if backup is not None:
            self.database.last_backup = backup
            self.backup_label.setText(self.backup_text())
        self.statusBar().showMessage(
            self.tr("%1 records imported from %2")
            .replace("%1", str(sum(summary.counts.values())))
            .replace("%2", str(path)),
            8000,
        )
        if self.operations is not None:
            self.operations.announce()  # everything

    def backup_now(self) -> Any:
        """File → Back up now: a copy of the database in the backups folder."""
        from app.storage.backups import make_backup

        job = self._start(
            "backup",
            lambda database, job: make_backup(database.db.conn, database.path),
            label=self.tr("Taking a backup …"),
        )
        job.finished.connect(self._backed_up)
        return job

    def _backed_up(self, path: Any) -> None:
        self.database.last_backup = path
        self.backup_label.setText(self.backup_text())
        self.statusBar().showMessage(self.tr("Backup taken: %1").replace("%1", str(path)), 8000)

    def open_settings(self, page: str = "") -> Any:
        """File → Settings; ``page`` "shared" opens it at "Delt database"."""
        from . import settings as settings_store
        from .settings_dialog import SettingsDialog

        pages = []
        if self.sync is not None:
            from .dialogs.shared_database import SharedDatabasePage

            pages.append(("shared", SharedDatabasePage(self.sync)))
        dialog = SettingsDialog(settings_store.load(), self, pages=pages, current_page=page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.apply_settings(
                dialog.result_settings(), language=dialog.language.currentData()
            )
        )
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def apply_settings(self, new: Settings, *, language: str | None = None) -> None:
        """Store ``new``; ``language``: the one the settings dialog shows on OK (the
        program switches to it if it is not the one it speaks; else the stored one)."""
        from . import settings as settings_store

        settings_store.save(new)
        wanted = language or new.language
        if wanted != lang():
            self.set_language(wanted)
        if self.reminders is not None:  # the lead times may have changed (issue 15)
            self.reminders.recompute(notify=True)

    def set_language(self, value: str) -> None:
        from .application import install_translations
        from .pages.base import Page

        current = self.current_page_name() or "overview"
        contract_id = getattr(self.pages.get("contract"), "contract_id", None)
        # the filters, sort and selected row of each page built: its new self gets them
        # (``page``), so only the words change
        self._carried_states = {
            name: page.view_state() for name, page in self.pages.items() if isinstance(page, Page)
        }
        install_translations(QCoreApplication.instance(), value)  # type: ignore[arg-type]
        self.cancel_jobs()
        old = self.centralWidget()
        self._build()
        old.deleteLater()
        if contract_id is not None and self.ready:
            self.page("contract").load(contract_id)
        self.show_page(current)

    def _sync_clicked(self) -> None:
        """The status bar's sync field: the conflicts when there are, else the settings."""
        if self.sync is not None and self.sync.open_conflicts():
            self.open_conflicts()
        else:
            self.open_settings("shared")

    def open_conflicts(self) -> Any:
        """File → Conflicts between PCs: the open conflicts, each resolved side by side."""
        from .dialogs.conflict_dialog import ConflictsDialog

        if not self.ready or self.operations is None:
            return None
        shared = self.sync is not None and self.sync.configured
        dialog = ConflictsDialog(self.repos, self.operations, self, shared=shared)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflicts_dialog = dialog
        dialog.open()
        return dialog

    def show_guide(self, section: str = "") -> Any:
        """F1: the bundled user guide (bokmål or English), beside the window."""
        from .dialogs.guide_dialog import GuideDialog

        dialog = self.guide_dialog
        if dialog is None or not dialog.isVisible():
            dialog = GuideDialog(self)
            self.guide_dialog = dialog
        dialog.show()
        dialog.raise_()
        if section:
            dialog.show_section(section)
        return dialog

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Avtalevakt"),
            self.tr(
                "Avtalevakt %1\n\nContract deadlines, availability and compensation for "
                "Norwegian IT service desks."
            ).replace("%1", __version__),
        )

    def cancel_jobs(self) -> None:
        """Ask the pages' background computations to stop (closing, rebuilding)."""
        for page in self.pages.values():
            page.cancel()  # type: ignore[attr-defined]

    def running_jobs(self) -> list[tuple[str, Job]]:
        """The user's long jobs still running (an export, an import, a backup, a file
        being attached or saved out: ``track_job``), oldest first.

        Not the start's own backup ("start-backup"): the user did not ask for it, it has
        no progress dialog, and the program still waits for it after the window closed
        (``application.finish_jobs``), so it is complete either way."""
        return [(name, job) for name, job in self._tracked if not job.done]

    def quit_program(self) -> None:
        """«Avslutt» from outside the window (the tray's menu).

        Qt's quit closed the job's progress dialog first, and closing that is its
        «Avbryt»: the export was dropped and nothing was asked. So while a job runs this
        is the window's own close (the question, or the wait; the window brought up
        first, also from the taskbar); with none, Qt's quit as before, which closes an
        open form first (it asks about unsaved changes) and then the window."""
        if self.running_jobs():
            self.close()
            return
        QApplication.quit()

    def _stop_before_closing(self, jobs: list[tuple[str, Job]]) -> None:
        """Closing while long jobs run: the window stays until they have ended.

        Before, the window vanished at once and the job either went on invisibly (the
        file appeared ~20 s later) or died with the program, unsaid. Now jobs that can
        stop (an export, an import, an attach: ``cancellable``) are asked about, once —
        stop them and quit, or go on — and one that cannot (a backup) is waited for;
        either way the window stays in view until every job has ended, then closes by
        itself. A stopped export leaves no file (the writers write a temporary file and
        rename it); a stopped import rolls back, and the database is as it was before."""
        self._bring_up()
        stoppable = [
            (name, job)
            for name, job in jobs
            if getattr(job, "cancellable", False) and not job.cancelled
        ]
        self._close_after_job = True  # (a second close while the question is open waits)
        if stoppable:
            names = list(dict.fromkeys(name for name, _job in stoppable))
            stop = ask_to_stop_job(self, names[0] if len(names) == 1 else "")
            self._raise_progress(jobs)
            if not stop:
                self._close_after_job = False
                return
            for _name, job in stoppable:
                job.cancel()
                dialog = getattr(job, "dialog", None)
                if dialog is not None:
                    dialog.setLabelText(self.tr("Stopping …"))
                    dialog.setCancelButton(None)
        self.statusBar().showMessage(
            self.tr("Avtalevakt closes as soon as the job has ended …"), 60_000
        )
        self._close_when_ended(jobs)

    def _bring_up(self) -> None:
        """The window in view for the question and the wait (the tray's «Avslutt» may
        come while it is minimized or behind other windows)."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def _raise_progress(self, jobs: list[tuple[str, Job]]) -> None:
        """The jobs' progress dialogs above an open form again once the question is
        answered (the desktop raised the form with the question, over an attach's)."""
        for _name, job in jobs:
            dialog = getattr(job, "dialog", None)
            if dialog is not None and dialog.isVisible():
                dialog.raise_()

    def _close_when_ended(self, jobs: list[tuple[str, Job]]) -> None:
        """Try to close again as each job ends (``closeEvent`` waits for the rest)."""
        for _name, job in jobs:
            if job in self._awaited:
                continue
            self._awaited.append(job)
            if job.done:  # it ended while the question was open
                QTimer.singleShot(0, self.close)
            else:
                job.ended.connect(lambda: QTimer.singleShot(0, self.close))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        running = self.running_jobs()
        if running:
            if self._close_after_job:  # waiting already: for a job begun meanwhile too
                self._close_when_ended(running)
            else:
                self._stop_before_closing(running)
            event.ignore()  # closes itself when the jobs have ended (or stays: "Fortsett")
            return
        self.cancel_jobs()
        self.session.stop()
        if self.sync is not None:
            self.sync.stop()
        if self.reminders is not None:
            self.reminders.close()
        if self.persist:
            from . import settings as settings_store

            settings_store.save_window(self.saveGeometry(), self.saveState())
            stored = settings_store.load()
            stored.last_page = self.current_page_name() or "overview"
            settings_store.save(stored)
        super().closeEvent(event)


def ask_to_stop_job(parent: QWidget, name: str) -> bool:
    """Closing during an export, an import, an attach (``name``; "" for several jobs of
    different kinds): stop the job and quit (True), or go on."""
    from PySide6.QtWidgets import QMessageBox

    questions = {
        "export": QCoreApplication.translate(
            "MainWindow", "An export is running. Cancel it and quit?"
        ),
        "import": QCoreApplication.translate(
            "MainWindow",
            "An import is running. Cancel it and quit? The database stays as it was "
            "before the import.",
        ),
        "attach": QCoreApplication.translate(
            "MainWindow",
            "A file is being attached. Cancel it and quit? Files not stored yet are not attached.",
        ),
        "save-attachment": QCoreApplication.translate(
            "MainWindow",
            "A copy of an attachment is being saved. Cancel it and quit? The copy is not saved.",
        ),
        "open-attachment": QCoreApplication.translate(
            "MainWindow", "An attachment is being opened. Cancel it and quit?"
        ),
        "": QCoreApplication.translate(
            "MainWindow", "Several jobs are running. Cancel them and quit?"
        ),
    }
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Avtalevakt"))
    box.setText(
        questions.get(
            name, QCoreApplication.translate("MainWindow", "A job is running. Cancel it and quit?")
        )
    )
    stop = box.addButton(
        QCoreApplication.translate("MainWindow", "&Cancel the job and quit"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    go_on = box.addButton(
        QCoreApplication.translate("MainWindow", "C&ontinue"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(go_on)  # the calm answer: nothing is lost by going on
    box.setEscapeButton(go_on)
    box.exec()
    return box.clickedButton() is stop
