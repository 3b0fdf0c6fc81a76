"""A question is answered with Alt+letter, Enter, Space or Esc, never by a bare letter.

Qt's QMessageBox presses a button when its underlined letter is typed without Alt
(QMessageBox::keyPressEvent): "Slette …? Dette kan ikke angres" is answered "Ja" by a
"j" typed on by mistake, as are "Erstatte databasen med sikkerhetskopien?" and the
import's "Erstatte alt innhold?". Those questions default to "Nei" so that only a
deliberate key confirms them. Installed once on the application (``input_guards`` says
when): bare letters and digits typed at a message box are swallowed; Alt+J/Alt+N,
Enter, Space, Esc, Tab and the arrows work as before (Alt+letter goes through the
buttons' own shortcuts).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

_COMMAND = (
    Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.MetaModifier
)


class BareLetterGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QMessageBox):
            return False
        if event.modifiers() & _COMMAND:  # type: ignore[attr-defined]
            return False
        text = event.text()  # type: ignore[attr-defined]
        return bool(text) and text.isalnum()


_installed: list[BareLetterGuard] = []


def installed() -> bool:
    return bool(_installed)


def install(app: QApplication) -> None:
    """Guard every message box of the program (idempotent; ``input_guards`` says when)."""
    if not _installed:
        guard = BareLetterGuard(app)
        app.installEventFilter(guard)
        _installed.append(guard)
