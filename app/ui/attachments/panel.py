"""A record's attachments: the list (name, type, size, added, by) and what can be done
with them — attach a file ("Legg ved fil …" or drag and drop), open it with the
system's viewer, save a copy, remove it (after asking).

Storing a document (up to 50 MB: hashed, then written into the documents store) runs
on the worker with a progress dialog, on a connection of its own, so the window never
waits for it; so do opening and saving a copy. The list itself is read from the
database on the GUI thread (one indexed query). Writes are announced through the
window's ``Operations`` (the history tab and the lists refresh).

A form for a new, unsaved record shows the files dropped on it as waiting: they are
attached as soon as the record is saved (``attach_pending``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.attachments import Attachment, FileKind, Source, kind_of, media_type_of

from ..i18n import lang
from ..widgets.table import make_table

if TYPE_CHECKING:
    from app.domain.records import Record
    from app.storage.repositories import Repositories

    from ..operations import Operations

C = "Attachments"
Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate(C, text)


def kind_text(attachment: Attachment) -> str:
    if attachment.source == Source.LETTER:
        return _t(QT_TRANSLATE_NOOP("Attachments", "Letter sent (PDF)"))
    return media_text(attachment.media_type)


def media_text(media_type: str | None) -> str:
    """The kind of document a media type is, as the list shows it."""
    if media_type is None:
        return ""
    return {
        FileKind.PDF: _t(QT_TRANSLATE_NOOP("Attachments", "PDF")),
        FileKind.IMAGE: _t(QT_TRANSLATE_NOOP("Attachments", "Image")),
        FileKind.EMAIL: _t(QT_TRANSLATE_NOOP("Attachments", "E-mail")),
        FileKind.OFFICE: _t(QT_TRANSLATE_NOOP("Attachments", "Office document")),
        FileKind.TEXT: _t(QT_TRANSLATE_NOOP("Attachments", "Text")),
    }[kind_of(media_type)]


def size_text(size: int) -> str:
    from app.storage.documents import size_text as text

    return text(size, lang())


class Pending:
    """A file dropped on a form whose record is not saved yet."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        try:
            self.size = path.stat().st_size
        except OSError:
            self.size = 0


class AttachmentsModel(QAbstractTableModel):
    """The attachments of one record, and files waiting for the record to be saved."""

    HEADERS = (
        lambda: _t(QT_TRANSLATE_NOOP("Attachments", "Name")),
        lambda: _t(QT_TRANSLATE_NOOP("Attachments", "Type")),
        lambda: _t(QT_TRANSLATE_NOOP("Attachments", "Size")),
        lambda: _t(QT_TRANSLATE_NOOP("Attachments", "Added")),
        lambda: _t(QT_TRANSLATE_NOOP("Attachments", "By")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Attachment | Pending] = []

    def set_rows(self, rows: Sequence[Attachment | Pending]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def at(self, row: int) -> Attachment | Pending | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(item, Attachment):
            return f"{item.name}\nSHA-256 {item.sha256}" + (f"\n{item.note}" if item.note else "")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if isinstance(item, Pending):
            return (
                item.name,
                media_text(media_type_of(item.name)),
                size_text(item.size),
                _t(QT_TRANSLATE_NOOP("Attachments", "when saved")),
                "",
            )[column]
        from ..fmt import fmt_datetime

        return (
            item.name,
            kind_text(item),
            size_text(item.size),
            fmt_datetime(item.added),
            item.added_by,
        )[column]

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return self.HEADERS[section]()
        return None


def checked_files(parent: QWidget, paths: Sequence[Path]) -> list[Path]:
    """The files that may be attached; the refused ones (too large, a program, gone) are
    named in one message at once, in the user's language."""
    from app.storage.attachments import check_file
    from app.storage.errors import StorageError

    refused: list[str] = []
    taken: list[Path] = []
    for path in paths:
        try:
            check_file(path)
        except StorageError as exc:
            refused.append(exc.text(lang()))
        else:
            taken.append(Path(path))
    if refused:
        title = QCoreApplication.translate("AttachmentsPanel", "Attach file")
        QMessageBox.warning(parent, title, "\n\n".join(refused))
    return taken


def local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files a drag carries (none if it carries anything else)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file()]


def operations_of(dialog: QObject | None) -> Operations | None:
    """The window's operations a form dialog saves through (its ``saver`` is
    ``Operations.save``), so a write here is announced like a save."""
    from ..operations import Operations

    saver = getattr(dialog, "saver", None)
    owner = getattr(saver, "__self__", None)
    return owner if isinstance(owner, Operations) else None


class AttachmentsPanel(QWidget):
    """The attachments tab of a record (``record`` None: a new record, files wait)."""

    #: The attachments were changed (an attach, a remove), with the record's table.
    changed = Signal()
    #: Files were attached, or wait for the save (their paths): the complaint form's offer.
    attached = Signal(object)

    def __init__(
        self,
        record: Record | None,
        repos: Repositories,
        parent: QWidget | None = None,
        *,
        table: str,
        operations: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.record = record
        self.repos = repos
        self.table = table
        self.operations = operations if operations is not None else operations_of(parent)
        self.pending: list[Pending] = []
        self.jobs: list[Any] = []
        self.setAcceptDrops(True)
        self.setObjectName("attachmentsPanel")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("sectionHeading")
        hint = QLabel(
            self.tr(
                "Drag files here, or attach one with “Attach file …”. PDF, images, "
                "e-mails (.eml, .msg), Office files and text, at most 50 MB each."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.model = AttachmentsModel(self)
        self.view = make_table(self.model, self)
        self.view.setObjectName("attachments")
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)  # the name takes the room, the rest their text
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(lambda index: self.open_row(index.row()))
        self.attach_button = QPushButton(self.tr("&Attach file …"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.save_button = QPushButton(self.tr("Save a &copy …"), self)
        self.remove_button = QPushButton(self.tr("&Remove …"), self)
        self.open_button.setToolTip(self.tr("A read-only copy, in the program your computer uses"))
        self.attach_button.clicked.connect(lambda _c=False: self.choose_files())
        self.open_button.clicked.connect(lambda _c=False: self.open_row(self.current_row()))
        self.save_button.clicked.connect(lambda _c=False: self.save_copy(self.current_row()))
        self.remove_button.clicked.connect(lambda _c=False: self.remove(self.current_row()))
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.reload()

    # --- the list ----------------------------------------------------------------------

    def attachments(self) -> list[Attachment]:
        if self.record is None or self.record.id is None:
            return []
        from app.storage.attachments import Attachments

        return Attachments(self.repos).for_record(self.table, self.record.id)

    def reload(self) -> None:
        rows: list[Attachment | Pending] = [*self.attachments(), *self.pending]
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("Attachments (%1)").replace("%1", str(len(rows))))
        if rows:
            self.view.selectRow(min(max(self.current_row(), 0), len(rows) - 1))
        self._enable()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _enable(self) -> None:
        item = self.model.at(self.current_row())
        stored = isinstance(item, Attachment)
        self.open_button.setEnabled(stored)
        self.save_button.setEnabled(stored)
        self.remove_button.setEnabled(item is not None)

    # --- drag and drop -----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = local_files(event)
        if files:
            event.acceptProposedAction()
            self.attach(files)

    def watch_drops_on(self, widget: QWidget) -> None:
        """Files dropped anywhere on ``widget`` (the whole form dialog) come here."""
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if local_files(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            files = local_files(event)  # type: ignore[arg-type]
            if files:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.attach(files)
                return True
        return super().eventFilter(watched, event)

    # --- attaching ---------------------------------------------------------------------

    def choose_files(self) -> list[Path]:
        """ "Legg ved fil …": the user picks one or more files."""
        from .. import files as file_dialogs

        chosen, _filter = file_dialogs.SafeFileDialog.getOpenFileNames(
            self,
            self.tr("Attach file"),
            file_dialogs.default_folder(),
            self.tr("Documents (%1);;All files (*)").replace("%1", _patterns()),
        )
        paths = [Path(p) for p in chosen]
        if paths:
            file_dialogs.remember_folder(paths[0].parent)
            self.attach(paths)
        return paths

    def attach(self, paths: Sequence[Path]) -> Any:
        """Attach files: refused ones are named at once; the others are stored on the
        worker (with a progress dialog for large ones). For a record not saved yet they
        wait for the save."""
        taken = checked_files(self, paths)
        if not taken:
            return None
        if self.record is None or self.record.id is None:
            self.pending += [Pending(p) for p in taken]
            self.reload()
            self.attached.emit(taken)
            return None
        job = attach_files(
            self, self.repos, self.table, self.record.id, taken, operations=self.operations
        )
        job.finished.connect(lambda result, taken=taken: self._attached(result, taken))
        self.jobs.append(job)
        return job

    def _attached(self, result: Any, paths: list[Path]) -> None:
        made, problems = result
        self.reload()
        if made:
            self.view.selectRow(self.model.rowCount() - 1)
            names = {a.name for a in made}
            self.attached.emit([p for p in paths if p.name in names])
            self.changed.emit()
        if problems:
            QMessageBox.warning(self, self.tr("Attach file"), "\n\n".join(problems))

    def attach_pending(self, record: Record) -> Any:
        """The record was saved: attach the files that waited for it."""
        self.record = record
        if not self.pending or record.id is None:
            return None
        paths, self.pending = [p.path for p in self.pending], []
        job = attach_files(
            self.parentWidget() or self,
            self.repos,
            self.table,
            record.id,
            paths,
            operations=self.operations,
        )
        self.jobs.append(job)
        return job

    # --- opening, saving, removing -----------------------------------------------------

    def open_row(self, row: int) -> Any:
        item = self.model.at(row)
        if not isinstance(item, Attachment):
            return None
        from .opener import temporary_copy

        def task(job: Any) -> Path:
            from app.storage.attachments import Attachments

            own = self.repos.database.reopen()
            try:
                with Attachments(_repos(own, self.repos)) as attachments:
                    return temporary_copy(attachments, item.sha256, item.name, progress=job.report)
            finally:
                own.close()

        job = _run(
            self, task, self.tr("Opening %1 …").replace("%1", item.name), name="open-attachment"
        )
        job.finished.connect(self._opened)
        self.jobs.append(job)
        return job

    def _opened(self, path: Path) -> bool:
        if open_with_system(path):
            return True
        QMessageBox.information(
            self,
            self.tr("Open"),
            self.tr(
                "No program on this computer opens %1. The read-only copy is in %2; "
                "“Save a copy …” puts it where you want it."
            )
            .replace("%1", path.name)
            .replace("%2", str(path.parent)),
        )
        return False

    def save_copy(self, row: int, target: Path | None = None) -> Any:
        item = self.model.at(row)
        if not isinstance(item, Attachment):
            return None
        if target is None:
            from .. import files as file_dialogs

            target = file_dialogs.ask_copy_path(self, self.tr("Save a copy"), item.name)
            if target is None:
                return None

        def task(job: Any) -> Path:
            from app.storage.attachments import Attachments

            own = self.repos.database.reopen()
            try:
                with Attachments(_repos(own, self.repos)) as attachments:
                    return attachments.save_copy(item.sha256, target, progress=job.report)
            finally:
                own.close()

        job = _run(
            self, task, self.tr("Saving %1 …").replace("%1", target.name), name="save-attachment"
        )
        job.finished.connect(
            lambda path: _status(self, self.tr("Copy saved: %1").replace("%1", str(path)))
        )
        self.jobs.append(job)
        return job

    def remove(self, row: int) -> bool:
        item = self.model.at(row)
        if item is None:
            return False
        if isinstance(item, Pending):
            self.pending.remove(item)
            self.reload()
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr(
                "Remove %1 from this record? The history keeps who attached and removed it, "
                "with its checksum."
            ).replace("%1", item.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        from app.storage.attachments import Attachments
        from app.storage.errors import StorageError

        try:
            _write(self.operations, lambda: Attachments(self.repos).remove(item))
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Remove attachment"), exc.text(lang()))
            return False
        self.reload()
        self.changed.emit()
        _status(self, self.tr("Removed: %1").replace("%1", item.name))
        return True


# --- work on the worker -------------------------------------------------------------


def _patterns() -> str:
    from app.domain.attachments import accepted_extensions

    return " ".join(f"*{ext}" for ext in accepted_extensions())


def _repos(database: Any, like: Repositories) -> Repositories:
    from app.storage.repositories import Repositories

    return Repositories(database, user=like.user, clock=like.clock)


def _run(parent: QWidget, task: Callable[[Any], Any], label: str, *, name: str) -> Any:
    """``task`` on the worker with a progress dialog that can cancel it; the window
    counts it as a job closing asks about (``MainWindow.track_job``, by ``name``:
    "attach", "open-attachment", "save-attachment"). Before, closing the window while a
    file was attached or saved out asked nothing."""
    from ..worker import run_with_progress

    job = run_with_progress(
        parent,
        task,
        title=_t(QT_TRANSLATE_NOOP("Attachments", "Attachments")),
        label=label,
        cancellable=True,
    )
    job.failed.connect(lambda error: _failed(parent, error))
    track = getattr(_main_window(parent), "track_job", None)
    if callable(track):  # (none for a page or form shown without the window: tests)
        track(name, job, cancellable=True)
    return job


def _failed(parent: QWidget, error: BaseException) -> None:
    from app.storage.errors import StorageError

    from ..worker import Cancelled

    if isinstance(error, Cancelled):
        _status(parent, _t(QT_TRANSLATE_NOOP("Attachments", "Cancelled; nothing was changed.")))
        return
    text = error.text(lang()) if isinstance(error, StorageError) else str(error)
    QMessageBox.warning(parent, _t(QT_TRANSLATE_NOOP("Attachments", "Attachments")), text)


def _main_window(widget: QWidget) -> QWidget:
    """The outermost window ``widget`` is in (a form dialog's is the main window)."""
    window = widget.window()
    parent = window.parentWidget()
    while parent is not None:
        window = parent.window()
        parent = window.parentWidget()
    return window


def _status(widget: QWidget, text: str) -> None:
    window = _main_window(widget)
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 8000)


def _write(operations: Operations | None, func: Callable[[], Any]) -> Any:
    if operations is not None:
        return operations.run(func, tables=("attachments", "history"))
    return func()


def attach_files(
    parent: QWidget,
    repos: Repositories,
    table: str,
    record_id: int,
    paths: Sequence[Path],
    *,
    operations: Operations | None = None,
) -> Any:
    """Attach the files to the record on the worker (its own connection), with a progress
    dialog over their bytes; the job's result is (attachments made, messages of files
    refused). Announced through ``operations`` when done. A cancel fails the job while
    nothing is attached; after some files were, it ends there with those (said in the
    status bar: before, it said that nothing was changed, and the list missed them)."""
    paths = list(paths)
    database = repos.database

    def task(job: Any) -> tuple[list[Attachment], list[str]]:
        from app.storage.attachments import Attachments
        from app.storage.errors import StorageError

        from ..worker import Cancelled

        sizes = [max(p.stat().st_size, 1) if p.exists() else 1 for p in paths]
        total, before = 2 * sum(sizes), 0
        made, problems = [], []
        own = database.reopen()
        try:
            with Attachments(_repos(own, repos)) as attachments:
                for path, size in zip(paths, sizes, strict=True):
                    offset = before

                    def report(done: int, _total: int, offset: int = offset) -> None:
                        job.report(offset + done, total)

                    try:
                        made.append(
                            attachments.attach_file(
                                table, record_id, path, progress=report
                            ).attachment
                        )
                    except StorageError as exc:
                        problems.append(exc.text(lang()))
                    except Cancelled:
                        if not made:
                            raise  # nothing was attached: "Avbrutt; ingenting ble endret."
                        break  # those before are attached (each its own transaction)
                    before += 2 * size
        finally:
            own.close()
        return made, problems

    names = ", ".join(p.name for p in paths[:3]) + (" …" if len(paths) > 3 else "")
    job = _run(
        parent,
        task,
        _t(QT_TRANSLATE_NOOP("Attachments", "Attaching %1 …")).replace("%1", names),
        name="attach",
    )
    if operations is not None:
        job.finished.connect(lambda _result: operations.announce("attachments", "history"))
        job.finished.connect(
            lambda result: (
                result[0]
                and operations.done.emit(
                    _t(QT_TRANSLATE_NOOP("Attachments", "Attached: %1")).replace(
                        "%1", ", ".join(a.name for a in result[0])
                    )
                )
            )
        )
    # cancelled after some were attached: which were (after "Lagt ved: …", in its place)
    job.finished.connect(lambda result: job.cancelled and _status(parent, _partly(result[0])))
    return job


def _partly(made: Sequence[Attachment]) -> str:
    """A cancel once some files were attached: which were."""
    return _t(QT_TRANSLATE_NOOP("Attachments", "Cancelled; only these were attached: %1.")).replace(
        "%1", ", ".join(a.name for a in made)
    )


def open_with_system(path: Path) -> bool:
    """Hand a file to the desktop's viewer for its type."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
