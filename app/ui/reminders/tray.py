"""The tray icon and its notifications (Qt's ``QSystemTrayIcon``).

One notification at a time for what is newly due: one reminder in full, several grouped
(``domain.reminders.notification_text``). Clicking it opens the record (one reminder) or
the overview (several). The icon's menu shows the window or quits (as the window's
own «Avslutt»: asking first while a long job runs).

Some desktops have no tray (``QSystemTrayIcon.isSystemTrayAvailable()`` is false there,
and always offscreen): ``available()`` says so and the controller shows the reminders in
a banner on the overview instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

#: How long a notification stays (the desktop may decide otherwise).
SHOWN_MS = 15_000


def available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray(QObject):
    """The program's tray icon; ``notify(title, body)`` shows a notification."""

    #: The user clicked the last notification.
    clicked = Signal()

    def __init__(
        self,
        show_window: Callable[[], None],
        quit_program: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        """``quit_program``: the window's quit (``MainWindow.quit_program``), which asks
        while a job runs, as the window's own close does; Qt's quit did not."""
        super().__init__(parent)
        icon = QApplication.windowIcon()
        self.icon = QSystemTrayIcon(icon if not icon.isNull() else QIcon(), self)
        self.icon.setToolTip(self.tr("Avtalevakt"))
        menu = QMenu()
        show = QAction(self.tr("Show Avtalevakt"), menu)
        show.triggered.connect(lambda _c=False: show_window())
        quit_ = QAction(self.tr("&Quit"), menu)
        quit_.triggered.connect(lambda _c=False: quit_program())
        menu.addAction(show)
        menu.addSeparator()
        menu.addAction(quit_)
        self.menu = menu  # kept: the icon does not own its menu
        self.icon.setContextMenu(menu)
        self.icon.messageClicked.connect(self.clicked)
        self.icon.activated.connect(
            lambda reason: reason == QSystemTrayIcon.ActivationReason.Trigger and show_window()
        )
        self.icon.show()

    def set_count(self, due: int) -> None:
        """The tooltip says how many reminders are due."""
        text = self.tr("Avtalevakt")
        if due:
            text += " – " + self.tr("%n reminder(s)", "", due)
        self.icon.setToolTip(text)

    def notify(self, title: str, body: str) -> None:
        self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS)

    def close(self) -> None:
        self.icon.hide()
