"""The main window's status bar: a temporary message stays over the normal fields.

Qt hides a status bar's normal fields (``addWidget``) while a temporary message shows,
but only implicitly (``hideOrShow``). When a field's height changes later (the backup
label's new text once the start backup is taken, the sync field's), the bar lays itself
out again (``reformat``): the fields go into a new layout, and a layout shows every
widget not hidden explicitly. They were then drawn under the message: after File →
Restore, "Gjenopprettet fra sikkerhetskopien …" lay over "Frister: …" and the database's
path, both unreadable. The fields are hidden again once the new layout has shown them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QStatusBar


class StatusBar(QStatusBar):
    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.currentMessage():
            # the new layout shows its widgets in a queued call: after it
            QTimer.singleShot(0, self._under_message)
        return handled

    def _under_message(self) -> None:
        if self.currentMessage():
            self.hideOrShow()  # Qt's own: hides the visible normal fields, implicitly
