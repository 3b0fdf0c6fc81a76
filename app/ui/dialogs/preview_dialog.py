"""A document shown as it will print, with Print… and Save as PDF… (letters, reports).

The document is a ``QTextDocument`` from ``app.reports``; printing and saving call the
report's own functions, so the preview, the paper and the PDF are the same document.

Saving runs on the worker (``app.ui.worker``) with a progress dialog for long ones:
``save_to(path, document)`` gets a copy of the document made on the GUI thread and must
touch no widget and not the GUI's database connection (``Database.reopen()``);
``saved(result)`` then runs on the GUI thread. ``save_job`` is the last save started.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from .. import files


class PreviewDialog(QDialog):
    """``print_to(printer)`` prints, ``save_to(path)`` writes the PDF (and may log it)."""

    def __init__(
        self,
        title: str,
        *,
        print_to: Callable[[QPrinter], Any] | None = None,
        save_to: Callable[[Path], Any] | None = None,
        filename: str = "dokument.pdf",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.print_to = print_to
        self.save_to = save_to
        self.filename = filename
        self.document: QTextDocument | None = None
        self.last_saved: Path | None = None
        self.save_job: Any = None
        self.view = QTextBrowser(self)
        self.view.setObjectName("preview")
        self.view.setOpenLinks(False)
        self.view.setTabChangesFocus(True)
        # The text wraps to the view's width, so nothing but a fixed-size image can be
        # wider than it: the availability chart (640 px and the 28 px margins) fits this
        # minimum. No horizontal scroll bar, then: tables 100 % wide come out a pixel
        # wider than the view in Qt's layout, which showed one for nothing.
        self.view.setMinimumWidth(720)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setStyleSheet("QTextBrowser { background: white; color: black; }")
        self.message = QLabel(self)
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setToolTip(self.tr("Save as PDF (Ctrl+S)"))
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(lambda _c=False: self.print_document())
        self.save_button.clicked.connect(lambda _c=False: self.save_pdf())
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_pdf)
        self.body = QHBoxLayout()
        self.body.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(860, 720)

    def set_document(self, document: QTextDocument | None, *, why_not: str = "") -> None:
        """Show ``document``; None shows ``why_not`` instead and turns printing off."""
        self.document = document
        if document is None:
            self.view.setPlainText(why_not)
        else:
            # paper-like margins on screen; the PDF and the printer lay out their own copy
            document.setDocumentMargin(28)
            self.view.setDocument(document)
        self.print_button.setEnabled(document is not None and self.print_to is not None)
        self.save_button.setEnabled(document is not None and self.save_to is not None)

    def make_printer(self) -> QPrinter:
        return QPrinter(QPrinter.PrinterMode.HighResolution)

    def print_document(self) -> bool:
        if self.document is None or self.print_to is None:
            return False
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        with busy():
            self.print_to(printer)
        self.message.setText(self.tr("Sent to the printer."))
        return True

    def save_pdf(self) -> Path | None:
        """Ask where, then write the PDF on the worker; the path, or None if cancelled.

        The file is there once ``save_job`` has finished (``save_job.wait()``)."""
        if self.document is None or self.save_to is None:
            return None
        path = files.ask_save_path(self, self.tr("Save as PDF"), self.filename, "pdf")
        if path is None:
            return None
        from ..worker import run_with_progress

        copy = self.document.clone()  # the worker's own: the view keeps painting this one
        task = self.save_task(path, copy)
        self.save_button.setEnabled(False)
        job = run_with_progress(
            self,
            lambda _job: task(),
            title=self.windowTitle(),
            label=self.tr("Writing %1 …").replace("%1", path.name),
        )
        # the dialog may be closed (and deleted) before the worker's answer arrives
        job.finished.connect(lambda result: isValid(self) and self._saved(path, result))
        job.failed.connect(lambda error: isValid(self) and self._save_failed(error))
        job.ended.connect(
            lambda: isValid(self) and self.save_button.setEnabled(self.document is not None)
        )
        job.ended.connect(copy.deleteLater)
        self.save_job = job
        return path

    def done(self, result: int) -> None:
        """Closing while a PDF is being written waits for it first: the file is finished,
        ``saved`` runs (a letter is logged on its record) and nothing the job reports
        afterwards reaches a dialog that is gone."""
        if self.save_job is not None and not self.save_job.done:
            with busy():
                self.save_job.wait()
        super().done(result)

    def save_task(self, path: Path, copy: QTextDocument) -> Callable[[], Any]:
        """What the worker runs to save (built here, on the GUI thread)."""
        save_to = self.save_to
        assert save_to is not None
        return lambda: save_to(path, copy)

    def _saved(self, path: Path, result: Any) -> None:
        self.last_saved = path
        self.message.setText(self.tr("Saved as %1").replace("%1", str(path)))
        self.saved(result)

    def saved(self, result: Any) -> None:
        """After a save, on the GUI thread (a letter dialog logs it)."""

    def _save_failed(self, error: BaseException) -> None:
        from app.storage.errors import StorageError

        from ..i18n import lang

        text = error.text(lang()) if isinstance(error, StorageError) else str(error)
        QMessageBox.warning(self, self.windowTitle(), text)


class busy:  # noqa: N801 - used as ``with busy():``
    """The wait cursor while something runs on the GUI thread."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QApplication.restoreOverrideCursor()
