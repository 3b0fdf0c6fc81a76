"""Files dropped on a record's row in a list attach to that record (issue 15 item 5).

The record's form takes dropped files anywhere (``panel.AttachmentsPanel``); the lists
of customers, contracts, incidents, complaints, delivery notices and terminations (and
the contract page's tabs) take them too, on the row they are dropped on: the row under
the pointer is selected while dragging, so the user sees which record gets them, and
the drop attaches them on the worker (``panel.attach_files``: a progress dialog, the
refusals named, the history written) through the page's operations, so every view
of attachments refreshes. A drop beside the rows is refused (nothing to attach to).
An e-mail dropped on a complaint's row opens the complaint's form and is attached there,
so the form makes its offer (OC 8.3: received in writing; the e-mail's date and sender)
as when it is dropped on the form itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QTableView

from .panel import attach_files, checked_files, local_files

_KINDS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def record_id_at(model: Any, row: int) -> int | None:
    if row < 0:
        return None
    if hasattr(model, "id_at"):
        return model.id_at(row)
    record = model.record_at(row) if hasattr(model, "record_at") else None
    return getattr(record, "id", None)


class RowDrops(QObject):
    """Takes files dropped on the rows of ``view``, for records of ``table``."""

    def __init__(
        self,
        view: QTableView,
        table: str,
        page: Any,
        *,
        open_form: Callable[[int], Any] | None = None,
    ) -> None:
        super().__init__(view)
        from app.storage.attachments import owner_table

        self.view = view
        self.table = owner_table(table)  # NoAttachments for a list of other records
        self.page = page  # its repos and operations
        self.open_form = open_form  # a row's form (complaints: where e-mails go)
        self.job: Any = None
        view.setAcceptDrops(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        view.setDropIndicatorShown(False)
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    def _row_at(self, event: QDragMoveEvent | QDropEvent) -> int:
        return self.view.rowAt(int(event.position().y()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() not in _KINDS:
            return False
        assert isinstance(event, QDragEnterEvent | QDragMoveEvent | QDropEvent)
        paths = local_files(event)
        row = self._row_at(event)
        record_id = record_id_at(self.view.model(), row)
        if not paths or record_id is None:
            event.ignore()
            # a drag enter must be accepted to receive the moves over the rows
            if event.type() == QEvent.Type.DragEnter and paths:
                event.acceptProposedAction()
            return True
        if event.type() == QEvent.Type.Drop:
            event.acceptProposedAction()
            self.view.selectRow(row)
            self.attach(record_id, row, paths)
            return True
        self.view.selectRow(row)  # which record gets them
        event.acceptProposedAction()
        return True

    def attach(self, record_id: int, row: int, paths: list[Path]) -> Any:
        """Refusals named at once; an e-mail on a complaint goes through its form (the
        OC 8.3 offer is made there); the rest is stored on the worker."""
        from app.domain.attachments import EMAIL_TYPES, media_type_of

        taken = checked_files(self.view, paths)
        if not taken:
            return None
        emails = any(media_type_of(p.name) in EMAIL_TYPES for p in taken)
        if emails and self.open_form is not None:
            dialog = self.open_form(row)
            panel = getattr(dialog, "attachments_panel", None)
            if panel is not None:
                self.job = panel.attach(taken)
                return dialog
        page = self.page
        job = attach_files(
            self.view, page.repos, self.table, record_id, taken, operations=page.operations
        )

        def done(result: Any) -> None:
            _made, problems = result
            if problems:
                title = QCoreApplication.translate("AttachmentsPanel", "Attach file")
                QMessageBox.warning(self.view, title, "\n\n".join(problems))

        job.finished.connect(done)
        self.job = job
        return job


def accept_file_drops(
    view: QTableView,
    table: str,
    page: Any,
    *,
    open_form: Callable[[int], Any] | None = None,
) -> RowDrops | None:
    """Let files dropped on ``view``'s rows attach to their records (None: ``table``'s
    records take no attachments). ``open_form(row)``: the row's form dialog, where
    e-mails dropped on a complaint go."""
    from app.storage.attachments import NoAttachments

    try:
        return RowDrops(view, table, page, open_form=open_form)
    except NoAttachments:
        return None
