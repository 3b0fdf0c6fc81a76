"""Asking where to save, and writing a list as CSV: the one place the file dialog is called.

Tests patch ``SafeFileDialog.getSaveFileName`` (and its siblings); every page goes through
``ask_save_path`` so the suggested folder (the last one used) and the file-type filters
are the same everywhere.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QFileInfo,
    QLocale,
    QRect,
    QStandardPaths,
    Qt,
    QTime,
)
from PySide6.QtGui import QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileIconProvider,
    QMessageBox,
    QStyle,
    QTreeView,
    QWidget,
)

from app.reports.csv_export import write_csv

from .i18n import lang

_last_folder: list[str] = []


class _NameOnlyIcons(QFileIconProvider):
    """Icons and type names from a file's name alone, never from its content.

    Qt's own provider reads a file whose name says nothing of its type (``desk.sqlite-shm``,
    ``-wal``) to find its MIME type: it opens and closes it. On Linux and macOS closing
    any descriptor of a file ends every POSIX lock this process holds on it — SQLite's
    included. A dialog that merely listed the database's folder left the open database
    without its locks; another process (``python -m app deadlines``) then took the file
    for unused, checkpointed it and deleted its ``-wal`` and ``-shm`` while the window
    still wrote to them, and what was saved after that was lost at the next crash.
    """

    def icon(self, what: Any) -> Any:  # noqa: ANN401 - Qt's two overloads
        if isinstance(what, QFileInfo):
            kind = (
                QFileIconProvider.IconType.Folder
                if what.isDir()
                else QFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("QAbstractFileIconProvider", "Folder")
        if info.suffix():
            return QCoreApplication.translate("QAbstractFileIconProvider", "%1 File").replace(
                "%1", info.suffix()
            )
        return QCoreApplication.translate("QAbstractFileIconProvider", "File")


_icons: list[_NameOnlyIcons] = []


def dialog_size(room: QRect) -> tuple[int, int]:
    """The file dialog's first size on a screen with ``room``: 920×580 where it fits (Qt's
    own 644×408 cut the detail view's size column, "22….KiB"), smaller on a smaller screen,
    its title bar and a margin still on it (a 1366×768 laptop has about 1366×740)."""
    return min(920, room.width() - 40), min(580, room.height() - 60)


def _widest(texts: list[str], metrics: QFontMetrics) -> int:
    return max(metrics.horizontalAdvance(text) for text in texts)


def fit_columns(dialog: QFileDialog) -> None:
    """The detail view's size, type and date columns as wide as their widest texts (never
    narrower than the user made them: Qt keeps the widths between dialogs); the name
    column takes the rest of the view, 30 characters at least.

    The texts are Qt's own (``QFileSystemModel``): sizes and dates in the system's
    locale (the program's own may differ), types from ``_NameOnlyIcons``."""
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is None:
        return
    header = tree.header()
    model = tree.model()
    metrics = tree.fontMetrics()
    style = tree.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    header_margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    locales = [QLocale(), QLocale.system()]
    last = QDateTime(QDate(2026, 12, 28), QTime(23, 59))
    samples = {
        1: [  # a KiB, MiB, GiB less a byte: "1 024,00 KiB", the widest of each unit
            locale.formattedDataSize(1024**power - 1) for locale in locales for power in (2, 3, 4)
        ],
        2: [
            QCoreApplication.translate("QAbstractFileIconProvider", "Folder"),
            QCoreApplication.translate("QAbstractFileIconProvider", "%1 File").replace(
                "%1", "sqlite-shm"
            ),
        ],
        3: [locale.toString(last, QLocale.FormatType.ShortFormat) for locale in locales],
    }
    for column, texts in samples.items():
        if column >= header.count():
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        # the header's title, its margins and room for the sort arrow
        least = header.fontMetrics().horizontalAdvance(title) + 2 * header_margin + 20
        wanted = max(_widest(texts, metrics) + 2 * margin + 8, least)
        header.resizeSection(column, max(header.sectionSize(column), wanted))
    others = sum(header.sectionSize(column) for column in range(1, header.count()))
    char = metrics.horizontalAdvance("0")
    header.resizeSection(0, max(tree.viewport().width() - others, 30 * char))


class _FileDialog(QFileDialog):
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        fit_columns(self)


def _dialog(parent: QWidget | None, caption: str, directory: str, file_filter: str) -> QFileDialog:
    """A file dialog that never reads the files it lists (``_NameOnlyIcons``): Qt's own
    dialog, not the system's, on every system but Windows (whose native dialog runs
    apart and whose file locks are not POSIX ones); roomy enough for its detail view's
    columns (``dialog_size``, ``fit_columns``)."""
    if sys.platform == "win32":
        return QFileDialog(parent, caption, directory, file_filter)
    dialog = _FileDialog(parent, caption, directory, file_filter)
    if not _icons:
        _icons.append(_NameOnlyIcons())
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(_icons[0])
    screen = (parent.screen() if parent is not None else None) or QApplication.primaryScreen()
    if screen is not None:
        dialog.resize(*dialog_size(screen.availableGeometry()))
    return dialog


class SafeFileDialog:
    """``QFileDialog``'s static functions, with a dialog that keeps SQLite's locks
    (``_dialog``); same arguments and results."""

    @staticmethod
    def getSaveFileName(  # noqa: N802 - Qt's name, so tests patch it as they patched Qt's
        parent: QWidget | None, caption: str = "", directory: str = "", file_filter: str = ""
    ) -> tuple[str, str]:
        dialog = _dialog(parent, caption, directory, file_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        return _run(dialog)

    @staticmethod
    def getOpenFileName(  # noqa: N802
        parent: QWidget | None, caption: str = "", directory: str = "", file_filter: str = ""
    ) -> tuple[str, str]:
        dialog = _dialog(parent, caption, directory, file_filter)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        return _run(dialog)

    @staticmethod
    def getOpenFileNames(  # noqa: N802
        parent: QWidget | None, caption: str = "", directory: str = "", file_filter: str = ""
    ) -> tuple[list[str], str]:
        dialog = _dialog(parent, caption, directory, file_filter)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return [], ""
        return dialog.selectedFiles(), dialog.selectedNameFilter()

    @staticmethod
    def getExistingDirectory(  # noqa: N802
        parent: QWidget | None, caption: str = "", directory: str = ""
    ) -> str:
        dialog = _dialog(parent, caption, directory, "")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        return _run(dialog)[0]


def _run(dialog: QFileDialog) -> tuple[str, str]:
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return "", ""
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def default_folder() -> str:
    """Where a file dialog opens: the folder last used (remembered between starts), else
    the user's Documents (the home folder where there is none) — never the program's."""
    if not _last_folder:
        from . import settings as settings_store

        stored = settings_store.load().last_folder
        if stored and Path(stored).is_dir():
            _last_folder[:] = [stored]
    if _last_folder and Path(_last_folder[0]).is_dir():
        return _last_folder[0]
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())


def remember_folder(folder: Path | str) -> None:
    """The folder a file was saved to or read from, for the next dialog (and next start)."""
    from . import settings as settings_store

    _last_folder[:] = [str(folder)]
    stored = settings_store.load()
    if stored.last_folder != str(folder):
        settings_store.save(stored.model_copy(update={"last_folder": str(folder)}))


def ask_save_path(parent: QWidget | None, title: str, name: str, kind: str) -> Path | None:
    """The path the user picked for a file of ``kind`` (``pdf``, ``csv``, ``ics``,
    ``json``, ``zip`` or ``variant``: its filter, and its suffix added if left out), or
    None. (``variant``: a template variant's .json, named as its own kind of file; it
    was offered as an "Avtalevakt-eksport", which File → Import then refused.)"""
    filters = {
        "pdf": QCoreApplication.translate("Files", "PDF documents (*.pdf)"),
        "csv": QCoreApplication.translate("Files", "CSV for Excel (*.csv)"),
        "ics": QCoreApplication.translate("Files", "Calendar files (*.ics)"),
        "json": QCoreApplication.translate("Files", "Avtalevakt export (*.json)"),
        "zip": QCoreApplication.translate("Files", "Avtalevakt export with documents (*.zip)"),
        "variant": QCoreApplication.translate("Files", "Contract template variant (*.json)"),
    }
    suffix = {"variant": ".json"}.get(kind, f".{kind}")
    return _ask_for_target(parent, title, name, filters[kind], suffix=suffix)


def ask_copy_path(parent: QWidget | None, title: str, name: str) -> Path | None:
    """Where to save a copy of a file of any kind (an attachment's document), or None."""
    return _ask_for_target(parent, title, name)


def _ask_for_target(
    parent: QWidget | None, title: str, name: str, file_filter: str = "", *, suffix: str = ""
) -> Path | None:
    """The save dialog, asked again until the user picks a file the program may write
    (``_refused``) or cancels (None); ``suffix`` is added to a name without it. The
    folder picked is remembered for the next dialog."""
    suggested = str(Path(default_folder()) / name)
    while True:
        chosen, _filter = SafeFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if suffix and path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        if not _refused(parent, path):
            remember_folder(path.parent)
            return path
        suggested = str(path)


def _refused(parent: QWidget | None, path: Path) -> bool:
    """True when ``path`` is a database or one of its files (``storage.targets``): the
    user is told why, and the dialog asks again. (The writers refuse it too.)"""
    from app.storage.targets import WouldOverwriteDatabase, refuse_database_target

    try:
        refuse_database_target(path)
    except WouldOverwriteDatabase as exc:
        title = QCoreApplication.translate("Files", "Choose another file")
        QMessageBox.warning(parent, title, exc.text(lang()))
        return True
    return False


def export_csv(
    parent: QWidget | None, name: str, header: Sequence[str], rows: Sequence[Sequence[Any]]
) -> tuple[Path, int] | None:
    """Ask for a file and write the list there; (path, rows written) or None if cancelled."""
    path = ask_save_path(
        parent, QCoreApplication.translate("Files", "Export list as CSV"), f"{name}.csv", "csv"
    )
    if path is None:
        return None
    count = written_or_said(parent, QCoreApplication.translate("Files", "Export list as CSV"),
                            lambda: write_csv(rows, header, path, lang=lang()))  # fmt: skip
    return None if count is None else (path, count)


def written_or_said(parent: QWidget | None, title: str, write: Callable[[], Any]) -> Any:
    """``write()``'s result; None after telling the user why the file could not be
    written (a full disk, a read-only folder, a database's name: ``storage.targets``).
    For the files written on the GUI thread; those written on a worker say it there."""
    from app.storage.errors import StorageError

    try:
        return write()
    except StorageError as exc:
        QMessageBox.warning(parent, title, exc.text(lang()))
        return None


def ask_open_path(parent: QWidget | None, title: str, kind: str = "json") -> Path | None:
    """An existing file the user picked (an Avtalevakt export; ``variant``: a template
    variant's file), or None if cancelled."""
    filters = {
        "json": QCoreApplication.translate("Files", "Avtalevakt export (*.json *.zip)"),
        "variant": QCoreApplication.translate("Files", "Contract template variant (*.json)"),
    }
    chosen, _filter = SafeFileDialog.getOpenFileName(parent, title, default_folder(), filters[kind])
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(path.parent)
    return path


def ask_folder(parent: QWidget | None, title: str) -> Path | None:
    """A folder the user picked, or None if cancelled."""
    chosen = SafeFileDialog.getExistingDirectory(parent, title, default_folder())
    if not chosen:
        return None
    remember_folder(chosen)
    return Path(chosen)
