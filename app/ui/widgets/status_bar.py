"""The main window's status bar: a temporary message stays over the normal fields.

Qt hides a status bar's normal fields (``addWidget``) while a temporary message shows,
but only implicitly (``hideOrShow``). When a field's height changes later (the backup
label's new text once the start backup is taken, the sync field's), the bar lays itself
out again (``reformat``): the fields go into a new layout, and a layout shows every
widget not hidden explicitly. They were then drawn under the message: after File →
Restore, "Gjenopprettet fra sikkerhetskopien …" lay over "Frister: …" and the database's
path, both unreadable. The fields are hidden again once the new layout has shown them.

A message can carry its details (``show_message(text, timeout, detail=…)``): the bar's
tooltip while the message shows, for what is too long for one line (the files a restore
used and kept).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QStatusBar, QWidget


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messageChanged.connect(self._message_changed)
        self._detail_of: str | None = None  # the message the tooltip belongs to

    def show_message(self, text: str, timeout: int = 0, *, detail: str = "") -> None:
        """``showMessage``, with ``detail`` as the bar's tooltip while it shows."""
        self._detail_of = text if detail else None
        self.setToolTip(detail)
        self.showMessage(text, timeout)

    def _message_changed(self, text: str) -> None:
        if self._detail_of is not None and text != self._detail_of:
            self._detail_of = None
            self.setToolTip("")

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.currentMessage():
            # the new layout shows its widgets in a queued call: after it
            QTimer.singleShot(0, self._under_message)
        return handled

    def _under_message(self) -> None:
        if self.currentMessage():
            self.hideOrShow()  # Qt's own: hides the visible normal fields, implicitly
