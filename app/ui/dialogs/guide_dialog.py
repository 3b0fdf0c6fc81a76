"""F1: the short user guide (``resources/guide/guide.{nb,en}.html``), in the UI language.

A bundled resource (the packaged build carries ``resources/`` whole), shown in a
``QTextBrowser`` with its pictures; not modal, so the user can keep working beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.resources import resource_path

from ..i18n import lang


def guide_file(language: str | None = None) -> str:
    return str(resource_path("guide", f"guide.{language or lang()}.html"))


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Avtalevakt – user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(resource_path("guide"))])
        self.browser.setSource(QUrl.fromLocalFile(guide_file()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def show_section(self, anchor: str) -> None:
        """Scroll to a section ("keys", "forms", "deadlines" …)."""
        self.browser.scrollToAnchor(anchor)
