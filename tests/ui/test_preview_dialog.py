"""The preview dialog of letters and reports: closing it while a PDF is written."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from app.ui import files
from app.ui.dialogs.preview_dialog import PreviewDialog


def test_closing_while_the_pdf_is_written_waits_for_it(qtbot, monkeypatch, tmp_path):  # noqa: ANN001
    """A user pressing Esc (or Close) while the PDF is still being written gets the whole
    file, the save is reported (a letter is logged on its record), and nothing the job
    reports afterwards reaches a dialog that is gone (pytest-qt fails the test on any
    exception in the event loop)."""
    target = tmp_path / "brev.pdf"
    monkeypatch.setattr(files, "ask_save_path", lambda *args: target)
    release = threading.Event()

    def save_to(path: Path, document: QTextDocument) -> str:
        release.wait(5)  # still writing when the dialog is closed
        path.write_bytes(b"%PDF-1.4 " + document.toPlainText().encode())
        return "logged"

    dialog = PreviewDialog("Brev", save_to=save_to)
    qtbot.addWidget(dialog)
    document = QTextDocument()
    document.setPlainText("Slettevarsel")
    dialog.set_document(document)
    saved: list[object] = []
    dialog.saved = saved.append  # type: ignore[method-assign]
    dialog.show()
    assert dialog.save_pdf() == target
    threading.Timer(0.2, release.set).start()
    dialog.reject()  # what Esc does
    dialog.deleteLater()
    QApplication.processEvents()
    qtbot.wait(50)
    assert target.read_bytes() == b"%PDF-1.4 Slettevarsel"
    assert saved == ["logged"]
