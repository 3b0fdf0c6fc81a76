"""A dialog around one record form: Save only when valid, Ctrl+S, Esc asks about changes."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import problems
from app.domain.records import Record

from ..i18n import lang
from .record_form import RecordForm

Saver = Callable[[Record], Record]


class FormDialog(QDialog):
    """Edits one record; ``saver`` stores it (add or update) and returns the stored record."""

    saved = Signal(object)

    def __init__(self, form: RecordForm, saver: Saver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.saver = saver
        self.setWindowTitle(form.title())
        self.setModal(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        area = self.scroll_area = QScrollArea(self)
        area.setWidget(form)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        form.validity_changed.connect(self.save_button.setEnabled)
        self.save_button.setEnabled(form.is_valid())
        self.resize(620, min(760, form.sizeHint().height() + 90))

    def save(self) -> Record | None:
        """Store the record; on a storage error say so and keep the dialog open."""
        if not self.form.is_valid():
            return None
        from app.storage.errors import StorageError

        try:
            stored = self.saver(self.form.value())
        except ValidationError as exc:
            self.form.fields.show_problems(problems(exc))
            return None
        except StorageError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.text(lang()))
            return None
        self.form.set_value(stored)
        self.saved.emit(stored)
        self.accept()
        return stored

    def reject(self) -> None:
        """Esc or Cancel: ask first when there are unsaved changes."""
        if self.form.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                if self.save() is None:
                    return
                return
        super().reject()
