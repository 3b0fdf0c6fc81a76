"""What the list pages share: a heading, a row of buttons, and opening a form dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..forms.form_dialog import FormDialog
from ..forms.record_form import RecordForm


class Page(QWidget):
    """A page with a heading; ``window`` is the main window (for navigation and refresh)."""

    def __init__(self, title: str, *, window: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.last_dialog: FormDialog | None = None
        self.heading = QLabel(title)
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

    def button(self, text: str, slot: Callable[[], Any], *, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(lambda _c=False: slot())
        self.toolbar.addWidget(button)
        return button

    def open_form(self, form: RecordForm, saver: Callable[[Any], Any]) -> FormDialog:
        """Open the form in a (window-modal, non-blocking) dialog; refresh after saving."""
        if self.last_dialog is not None and not self.last_dialog.isVisible():
            self.last_dialog.deleteLater()
        dialog = FormDialog(form, saver, self)
        dialog.saved.connect(lambda _r: self.changed())
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def changed(self) -> None:
        if self.window_ is not None and hasattr(self.window_, "data_changed"):
            self.window_.data_changed()
        elif hasattr(self, "refresh"):
            self.refresh()


def saver_for(repository: Any) -> Callable[[Any], Any]:
    """Add a new record or update an existing one."""

    def save(record: Any) -> Any:
        return repository.add(record) if record.id is None else repository.update(record)

    return save
