"""What the list pages share: a heading, a row of buttons, opening a form dialog, and the
actions on a table's rows (open, delete, export the list) in its context menu.

``Page`` answers the main window's ``PageWidget`` protocol (``pages.registry``) with
no-ops a page overrides. Its writes go through the window's ``Operations`` (one save
operation that announces the changed tables); a page made without a window (tests,
a dialog) has operations of its own that refresh just itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..i18n import lang
from ..widgets.elided_label import ElidedLabel

if TYPE_CHECKING:  # forms and files need pydantic and the domain: imported when used
    from app.domain.records import Record

    from ..forms.form_dialog import FormDialog
    from ..forms.record_form import RecordForm
    from ..main_window import MainWindow
    from ..operations import Operations


class Page(QWidget):
    """A page with a heading; ``window`` is the main window (for navigation and refresh)."""

    # Whether the page shows anything by today (its ``today``, moved on by the window's
    # session at midnight: ``set_today``).
    follows_today = False

    def __init__(
        self, title: str, *, window: MainWindow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.window_ = window
        self._own_operations: Operations | None = None
        self.last_dialog: FormDialog | None = None
        self.heading = ElidedLabel(title)  # ("…" beside the buttons in a narrow window)
        self.heading.setObjectName("pageHeading")
        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(8)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addLayout(self.toolbar)
        self.layout_.addLayout(top)

    def set_today(self, day: Any) -> bool:
        """The day moved on (``PageWidget.set_today``)."""
        if self.follows_today:
            self.today = day
        return self.follows_today

    def button(self, text: str, slot: Callable[[], Any], *, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(lambda _c=False: slot())
        self.toolbar.addWidget(button)
        return button

    # --- the PageWidget protocol (no-ops a page overrides) -----------------------------

    def refresh(self) -> None:
        """Show the current state of the tables the page shows."""

    def new_record(self) -> Any:
        """Ctrl+N: a form for a new record (None where the page has none)."""
        return None

    def commands(self) -> frozenset[str]:
        """Which of the File menu's page commands the page has: "new" (Ctrl+N, when it
        has its own ``new_record``), "find" (Ctrl+F, a ``filter`` field), "export"
        (Ctrl+E, a list). The window enables only those: on the overview Ctrl+N and
        Ctrl+F did nothing, and said nothing."""
        offered = set()
        if type(self).new_record is not Page.new_record:
            offered.add("new")
        if getattr(self, "filter", None) is not None:
            offered.add("find")
        if (
            type(self).export_data is not Page.export_data
            or getattr(self, "model", None) is not None
        ):
            offered.add("export")
        return frozenset(offered)

    def focus_filter(self) -> None:
        """Ctrl+F: the page's filter, selected (where it has one)."""
        found = getattr(self, "filter", None)
        if found is not None:
            found.setFocus()
            found.selectAll()

    def cancel(self) -> None:
        """Stop background work (the window closes)."""

    # --- what the user set on the page, carried over a language switch -----------------

    def filter_widgets(self) -> list[QWidget]:
        """The page's filters (a text field, choices): kept when the language changes."""
        found = getattr(self, "filter", None)
        return [found] if found is not None else []

    def view_state(self) -> dict[str, Any]:
        """What the user set here: the filters (a choice by its data, not its words:
        the words change with the language), the selected row (by ``row_key``) and the
        sort. Switching the language rebuilds the page; the window gives this to the
        new one (``restore_view_state``), so only the words change (audit 03.12.2026:
        «Type = Betalingsfrist» came back as «Alle typer», a customer filter emptied)."""
        filters: list[Any] = []
        for widget in self.filter_widgets():
            if isinstance(widget, QLineEdit):
                filters.append(widget.text())
            elif isinstance(widget, QComboBox):
                data = widget.currentData()
                filters.append(
                    ("data", data) if data is not None else ("index", widget.currentIndex())
                )
        state: dict[str, Any] = {"filters": filters, "row": None, "sort": None}
        table = getattr(self, "table", None)
        if isinstance(table, QAbstractItemView):
            index = table.currentIndex()
            if index.isValid():
                state["row"] = self.row_key(index.row())
            header = getattr(table, "horizontalHeader", lambda: None)()
            if header is not None and header.isSortIndicatorShown():
                state["sort"] = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        return state

    def restore_view_state(self, state: dict[str, Any]) -> None:
        """The filters, sort and selected row of ``view_state`` (of the page as it was)."""
        for widget, value in zip(self.filter_widgets(), state.get("filters", []), strict=False):
            if isinstance(widget, QLineEdit) and isinstance(value, str):
                widget.setText(value)
            elif isinstance(widget, QComboBox) and isinstance(value, tuple):
                how, what = value
                found = widget.findData(what) if how == "data" else what
                if 0 <= found < widget.count():
                    widget.setCurrentIndex(found)
        self.apply_filter()
        table = getattr(self, "table", None)
        sort = state.get("sort")
        if sort is not None and isinstance(table, QTableView) and table.isSortingEnabled():
            table.sortByColumn(*sort)
        self.select_row_key(state.get("row"))

    def apply_filter(self) -> None:
        """Apply the filter field's text now (pages that wait for typing to pause)."""

    def row_key(self, row: int) -> Any:
        """What names row ``row`` across a rebuild: its record's id (the model's UserRole)."""
        table = getattr(self, "table", None)
        if table is None:
            return None
        return table.model().index(row, 0).data(Qt.ItemDataRole.UserRole)

    def select_row_key(self, key: Any) -> bool:
        """Select the row ``row_key`` names, if it is shown."""
        table = getattr(self, "table", None)
        if key is None or table is None:
            return False
        for row in range(table.model().rowCount()):
            if self.row_key(row) == key:
                table.selectRow(row)
                return True
        return False

    def focus_main(self) -> None:
        """Where the keyboard starts on the page: its table. (Not a focus proxy: a proxy
        on the page makes Tab jump over its buttons and filter.)"""
        table = getattr(self, "table", None)
        if table is not None and table.isVisible():
            table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:  # an empty list: its filter or first button
            self.focusNextChild()

    # --- writing -----------------------------------------------------------------------

    @property
    def operations(self) -> Operations:
        """The window's save operation, or (without a window) one that refreshes this page."""
        if self.window_ is not None and self.window_.operations is not None:
            return self.window_.operations
        if self._own_operations is None:
            from ..operations import Operations

            self._own_operations = Operations(self.repos, self)  # type: ignore[attr-defined]
            self._own_operations.changed.connect(lambda _changes: self.refresh())
        return self._own_operations

    def open_form(self, form: RecordForm) -> FormDialog:
        """Open the form in a (window-modal, non-blocking) dialog that saves through
        ``operations`` (the pages showing what changed refresh)."""
        from ..drafts import DraftKeeper
        from ..forms.form_dialog import FormDialog

        if self.last_dialog is not None and not self.last_dialog.isVisible():
            self.last_dialog.deleteLater()
        database = getattr(form.repos, "database", None)
        keeper = None
        if database is not None:
            page = self.objectName().removeprefix("page_") or type(self).__name__
            keeper = DraftKeeper(form, page=page, database=str(database.path))
        if self.follows_today:  # "is this date after today?" asks the page's (session's) day
            form.today = self.today  # type: ignore[attr-defined]
        dialog = FormDialog(form, self.operations.save, self, draft=keeper)
        # closed (saved or not): the keyboard is back in the list, on the page's table
        dialog.finished.connect(lambda _result: self.focus_main())
        self.last_dialog = dialog
        dialog.open()
        return dialog

    # --- row actions -------------------------------------------------------------------

    def row_actions(
        self,
        table: QAbstractItemView,
        *,
        open_row: Callable[[int], Any] | None = None,
        delete_row: Callable[[int], Any] | None = None,
        extra: list[tuple[str, Callable[[int], Any], str]] = (),  # type: ignore[assignment]
        export: Callable[[], Any] | None = None,
    ) -> list[QAction]:
        """The table's context menu (also the Menu key): open, extra actions, delete, export.

        Delete is also the Delete key while the table has focus.
        """
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        made: list[QAction] = []

        def add(text: str, slot: Callable[[], Any], shortcut: str = "") -> QAction:
            action = QAction(text, table)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False: slot())
            table.addAction(action)
            made.append(action)
            return action

        def current() -> int:
            index = table.currentIndex()
            return index.row() if index.isValid() else -1

        if open_row is not None:
            add(
                QCoreApplication.translate("Page", "&Open…"), lambda: open_row(current())
            )  # Enter: the view's activated
        for text, slot, shortcut in extra:
            add(text, lambda s=slot: s(current()), shortcut)
        if delete_row is not None:
            add(
                QCoreApplication.translate("Page", "&Delete…"),
                lambda: delete_row(current()),
                "Delete",
            )
        if export is not None:
            separator = QAction(table)
            separator.setSeparator(True)
            table.addAction(separator)
            add(QCoreApplication.translate("Page", "&Export list as CSV…"), export)
        return made

    def contract_first(self, sentence: str) -> bool:
        """True when there is no contract yet for the new record to belong to: its form
        could never be saved (the contract list was empty, Lagre greyed out, nothing
        said why). The user hears ``sentence`` and is asked to add the contract now: the
        Contracts page's Ctrl+N, with its customer first if there is none."""
        if self.repos.contracts.count_all():  # type: ignore[attr-defined]
            return False
        title = QCoreApplication.translate("Page", "No contract yet")
        question = sentence + " " + QCoreApplication.translate("Page", "Add the contract now?")
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes and self.window_ is not None:
            self.window_.show_page("contracts").new_record()
        return True

    def delete_record(self, record: Record | None, what: str) -> bool:
        """Ask, then delete; a record others refer to is refused with the reason."""
        if record is None or record.id is None:
            return False
        from app.storage.errors import StorageError

        # said at once: it asked "Slette …?" and then refused (the delete checks again in
        # its own transaction: another window or PC may add a reference meanwhile)
        refused = self.operations.refusal_to_delete(record)
        if refused is not None:
            QMessageBox.information(
                self,
                QCoreApplication.translate("Page", "Delete"),
                QCoreApplication.translate(
                    "Page", "%1 cannot be deleted: other records refer to it (%2)."
                )
                .replace("%1", what[:1].upper() + what[1:])
                .replace("%2", refused.counts_text(lang())),
            )
            return False
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("Page", "Delete"),
            QCoreApplication.translate(
                "Page", "Delete %1? This cannot be undone (the history keeps a copy)."
            ).replace("%1", what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.operations.delete(record)
        except StorageError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("Page", "Delete"), exc.text(lang())
            )
            return False
        return True

    def export_name(self) -> str:
        return QCoreApplication.translate("Page", "list")

    def export_data(self) -> tuple[list[str], list[list[Any]]] | None:
        model = getattr(self, "model", None)
        return model.export() if model is not None else None

    def export_csv(self) -> Any:
        """File → Export list: the page's list (as filtered) to a CSV file."""
        data = self.export_data()
        if data is None:
            return None
        header, rows = data
        from .. import files

        done = files.export_csv(self, self.export_name(), header, rows)
        if done is not None:
            self.status(
                QCoreApplication.translate("Page", "%1 rows exported to %2")
                .replace("%1", str(done[1]))
                .replace("%2", str(done[0]))
            )
        return done

    def status(self, text: str) -> None:
        if self.window_ is not None:
            self.window_.statusBar().showMessage(text, 8000)


def empty_hint(page: QWidget) -> QLabel:
    """The text an empty list shows instead of its table (hidden until ``show_empty``)."""
    label = QLabel(page)
    label.setObjectName("emptyHint")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    label.setContentsMargins(24, 48, 24, 24)
    label.hide()
    return label


def show_empty(page: Any, empty: bool, text: str) -> None:
    """An empty list (with no filter) says what to do first instead of showing no rows."""
    page.empty_label.setText(text)
    page.empty_label.setVisible(empty)
    page.table.setVisible(not empty)


class keep_rows:  # noqa: N801 - used as ``with keep_rows(table, …):``
    """Reselect each table's current row after its model was reset (a refresh)."""

    def __init__(self, *tables: QAbstractItemView) -> None:
        self.tables = tables
        self.rows: list[int] = []

    def __enter__(self) -> None:
        self.rows = [t.currentIndex().row() for t in self.tables]

    def __exit__(self, *exc: object) -> None:
        for table, row in zip(self.tables, self.rows, strict=True):
            count = table.model().rowCount()
            if row >= 0 and count:
                table.selectRow(min(row, count - 1))
