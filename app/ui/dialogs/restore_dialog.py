"""File → Restore from backup… (issue 12 item 12): the backups of the open database, each
with when it was taken, its size and whether it can be restored (whole, damaged, of
another database, from a newer version), newest first; the newest whole one is chosen.

The list is checked on the worker (``storage.backups.checked_backups``: an integrity
check of every backup). The restore itself is done by the program once the window and
its connection are closed, holding the database's lock (``application.run_gui``): the
current file is kept beside the restored one (``NAME.before-restore-STAMP``), and the
restored file is opened as at a start (checked, backed up, migrated).
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.explain import format_decimal, phrase, register_texts

from ..fmt import fmt_date
from ..i18n import lang


def taken_text(taken: datetime) -> str:
    """When a backup was taken, Oslo time to the second (a start and a "back up now" in
    the same minute must be told apart)."""
    from app.domain.periods import OSLO

    local = (taken if taken.tzinfo else taken.replace(tzinfo=UTC)).astimezone(OSLO)
    clock = local.strftime("%H:%M:%S")
    return phrase("restore.taken", lang(), day=fmt_date(local.date()), clock=clock)


register_texts({"restore.taken": ("{day} kl. {clock}", "{day} {clock}")})


def size_text(size: int) -> str:
    if size >= 2**20:
        return format_decimal(Decimal(size) / 2**20, 1, lang(), grouping=False) + " MB"
    return f"{max(1, round(size / 1024))} kB"


class RestoreDialog(QDialog):
    """``exec()``; then ``chosen()`` is the backup to restore (None: cancelled)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.checked: list[Any] = []
        self.setWindowTitle(self.tr("Restore from backup"))
        layout = QVBoxLayout(self)
        self.message = QLabel(
            self.tr(
                "The backups of %1. The database is replaced by the one you choose; the "
                "current file is kept beside it, renamed. Checking the backups …"
            ).replace("%1", str(self.path))
        )
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Size"), self.tr("State")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self._accept_if_allowed())
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_allowed)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 380)
        self.job = self._load()

    def _load(self) -> Any:
        from .. import worker

        path = self.path

        def task(job: Any) -> list[Any]:
            from app.storage.backups import checked_backups

            return checked_backups(path)

        job = worker.Job(task)
        job.finished.connect(self._loaded)
        job.failed.connect(self._failed)
        job.start()
        return job

    def _failed(self, error: BaseException) -> None:
        from app.storage.errors import StorageError

        text = error.text(lang()) if isinstance(error, StorageError) else str(error)
        self.message.setText(text)

    def _loaded(self, checked: list[Any]) -> None:
        from app.storage.backups import status_text

        self.checked = checked
        self.table.setRowCount(len(checked))
        chosen = None
        for row, entry in enumerate(checked):
            backup = entry.backup
            cells = (
                taken_text(backup.taken),
                size_text(backup.size),
                status_text(entry.status, lang()),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if entry.status is not None:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
            if chosen is None and entry.status is None:
                chosen = row
        if not checked:
            self.message.setText(
                self.tr("There are no backups of %1 yet.").replace("%1", str(self.path))
            )
        elif chosen is None:
            self.message.setText(
                self.tr("None of the backups of %1 can be restored.").replace("%1", str(self.path))
            )
        else:
            self.message.setText(
                self.tr(
                    "The backups of %1, newest first. The database is replaced by the one you "
                    "choose; the current file is kept beside it, renamed."
                ).replace("%1", str(self.path))
            )
            self.table.selectRow(chosen)
        self.table.setFocus()

    def _selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.checked):
            return None
        return self.checked[rows[0].row()]

    def _selection_changed(self) -> None:
        entry = self._selected()
        self.restore_button.setEnabled(entry is not None and entry.status is None)

    def _accept_if_allowed(self) -> None:
        if self.restore_button.isEnabled():
            self.accept()

    def chosen_taken(self) -> str:
        """When the chosen backup was taken, as shown in the list."""
        entry = self._selected()
        return taken_text(entry.backup.taken) if entry is not None else ""

    def chosen(self) -> Path | None:
        entry = self._selected()
        if self.result() != QDialog.DialogCode.Accepted or entry is None or entry.status:
            return None
        return entry.backup.path
