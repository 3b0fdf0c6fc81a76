"""A page's frame while the program opens the database: its heading and what is going on.

The main window paints before the database is open (see ``MainWindow``); a page that
needs the database is shown as this frame until it is, then built for real. It needs
nothing but Qt, so it costs nothing at start.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from .base import Page


class OpeningPage(Page):
    """The heading of the page to come, and "Åpner databasen …" (or why it cannot open)."""

    def __init__(self, title: str, *, window: object = None, parent: QWidget | None = None) -> None:
        super().__init__(title, window=window, parent=parent)
        self.message = QLabel(self.tr("Opening the database …"), self)
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.layout_.addWidget(self.message, 1)

    def set_message(self, text: str) -> None:
        self.message.setText(text)
