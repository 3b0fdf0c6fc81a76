"""File → Settings → "Delt database": the server this database shares its records through.

The IT person runs ``python -m app server invite NAME --url URL`` and sends the
invitation (or the URL it holds); pasted here, it fills in the address and the password
(the password field shows dots). "Test" connects and reads (nothing is written);
"Koble til" runs the first round — this file's records go to the server, the team's
come here — and from then on the program syncs by itself (``sync_controller``). The
password goes to the operating system's credential store (``keyring``), never to a
settings file; ``sslmode`` is chosen here and kept in the address.

The page acts at once; the settings dialog's OK and Cancel do not undo a connection.
Everything that talks to the server runs on the worker: the window never waits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import lang
from ..tones import Tone

if TYPE_CHECKING:
    from ..sync_controller import SyncController
    from ..worker import Job

GOOD, BAD = Tone.GOOD.value, Tone.BAD.value


class SharedDatabasePage(QWidget):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Shared data&base"))
        intro = QLabel(
            self.tr(
                "The whole service desk on one set of records: each PC keeps its own file "
                "and works without a network; changes go to a PostgreSQL server and from "
                "there to the other PCs. Paste the invitation from your IT person (or an "
                "address postgresql://…)."
            ),
            self,
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.address = QLineEdit(self)
        self.address.setObjectName("sharedAddress")
        self.address.setClearButtonEnabled(True)
        self.address.setPlaceholderText(self.tr("avtalevakt-invitation:… or postgresql://…"))
        self.password = QLineEdit(self)
        self.password.setObjectName("sharedPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        password_hint = QLabel(
            self.tr(
                "Kept in the operating system's credential store (Windows Credential "
                "Manager, macOS Keychain, Secret Service), never in a file."
            ),
            self,
        )
        password_hint.setObjectName("hint")
        password_hint.setWordWrap(True)
        self.sslmode = QComboBox(self)
        self.sslmode.setObjectName("sharedSslmode")
        for mode, text in (
            ("prefer", self.tr("When the server offers it (prefer)")),
            ("require", self.tr("Required (require)")),
            ("verify-ca", self.tr("Required, certificate checked (verify-ca)")),
            ("verify-full", self.tr("Required, certificate and name checked (verify-full)")),
            ("disable", self.tr("Off: only on a network you trust (disable)")),
        ):
            self.sslmode.addItem(text, mode)
        self.pc_name = QLineEdit(controller.pc_name(), self)
        self.pc_name.setObjectName("sharedPcName")
        self.pc_name.setMaxLength(60)
        self.pc_name.setToolTip(self.tr("How the other PCs' histories name this PC"))
        self.pc_name.editingFinished.connect(self._name_edited)
        form = QFormLayout()
        form.addRow(self.tr("&Address or invitation:"), self.address)
        password_box = QWidget(self)  # the field with its hint right below it
        column = QVBoxLayout(password_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.password)
        column.addWidget(password_hint)
        password_label = QLabel(self.tr("&Password:"), self)
        password_label.setBuddy(self.password)
        form.addRow(password_label, password_box)
        form.addRow(self.tr("&Encryption (SSL):"), self.sslmode)
        form.addRow(self.tr("&Name of this PC:"), self.pc_name)

        self.test_button = QPushButton(self.tr("&Test the connection"), self)
        self.test_button.setObjectName("sharedTest")
        self.connect_button = QPushButton(self.tr("&Connect"), self)
        self.connect_button.setObjectName("sharedConnect")
        self.connect_button.setToolTip(
            self.tr("Sends this database's records to the server and fetches the team's")
        )
        self.disconnect_button = QPushButton(self.tr("Dis&connect"), self)
        self.disconnect_button.setObjectName("sharedDisconnect")
        for button in (self.test_button, self.connect_button, self.disconnect_button):
            button.setAutoDefault(False)
        self.test_button.clicked.connect(lambda _c=False: self.test())
        self.connect_button.clicked.connect(lambda _c=False: self.connect_now())
        self.disconnect_button.clicked.connect(lambda _c=False: self.disconnect_now())
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.connect_button)
        buttons.addStretch(1)
        buttons.addWidget(self.disconnect_button)

        self.result = QLabel(self)
        self.result.setObjectName("sharedResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.now = QLabel(self)
        self.now.setObjectName("sharedState")
        self.now.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.now)

        self._typed = 0  # the address's length before its last change
        self.address.textChanged.connect(self._address_changed)
        self.address.editingFinished.connect(self._split)
        self.password.textChanged.connect(lambda _t: self._enable())
        controller.status_changed.connect(self._show_state)
        if controller.url:
            self._fill(controller.url)
        self._show_state()

    # --- the address ---------------------------------------------------------------

    def _fill(self, url: str) -> None:
        from app.sync.connection import display, sslmode_of, stored_password, with_sslmode

        mode = sslmode_of(url) or "prefer"
        index = self.sslmode.findData(mode)
        self.sslmode.setCurrentIndex(max(0, index))
        self.address.blockSignals(True)
        self.address.setText(display(with_sslmode(url, None)))
        self.address.setCursorPosition(0)
        self.address.blockSignals(False)
        self._typed = len(self.address.text())
        if not self.password.text() and stored_password(url):
            self.password.setPlaceholderText(self.tr("(kept in the credential store)"))

    def _address_changed(self, text: str) -> None:
        # A paste (many characters at once) is split at once; typing only when done
        # (editingFinished): a URL typed letter by letter is never cut in the middle.
        pasted = len(text) - self._typed > 1
        self._typed = len(text)
        if pasted:
            self._split()
        self._enable()

    def _split(self) -> None:
        """An invitation or a URL with a password: the address and the password fields."""
        from app.sync.connection import ServerError, read_address, sslmode_of

        text = self.address.text()
        try:
            url, password = read_address(text)
        except ServerError:
            return
        if password or text.strip() != url:
            self.address.blockSignals(True)
            self.address.setText(url)
            self.address.blockSignals(False)
            self._typed = len(url)
            self.address.setCursorPosition(0)  # its start (the user and server) in view
            if password:
                self.password.setText(password)
        mode = sslmode_of(url)
        if mode:
            self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(mode)))
        self._enable()

    def url(self) -> str:
        """The address with the chosen sslmode (raises ``ServerError('bad_url')``)."""
        from app.sync.connection import read_address, with_sslmode

        url, _ = read_address(self.address.text())
        return with_sslmode(url, self.sslmode.currentData())

    # --- acting ----------------------------------------------------------------------

    def _enable(self) -> None:
        idle = self.job is None or self.job.done
        has_address = bool(self.address.text().strip())
        self.test_button.setEnabled(idle and has_address)
        self.connect_button.setEnabled(idle and has_address)
        self.disconnect_button.setEnabled(idle and self.controller.configured)

    def _say(self, text: str, *, ok: bool | None = None) -> None:
        self.result.setText(text)
        colour = "" if ok is None else f"color: {GOOD if ok else BAD};"
        self.result.setStyleSheet(colour)

    def _error_text(self, error: BaseException) -> str:
        """Why «Test tilkoblingen» or «Koble til» failed. Both set sharing up: neither
        queues anything, so an unreachable server is said as the CLI's set-up commands
        say it (``server_error.unreachable_setup``: "Ingenting er endret"), not with
        sync's "Endringene venter og sendes neste gang" — the tab says «Ikke delt»."""
        from app.domain.explain import phrase
        from app.storage.errors import StorageError
        from app.sync.connection import ServerError

        if isinstance(error, ServerError) and error.code == "unreachable":
            return phrase("server_error.unreachable_setup", lang(), detail=error.detail)
        if isinstance(error, ServerError | StorageError):
            return error.text(lang())
        return str(error)

    def _address(self) -> str | None:
        from app.sync.connection import ServerError

        self._split()  # a password typed into the address goes to its field first
        try:
            return self.url()
        except ServerError as exc:
            self._say(exc.text(lang()), ok=False)
            return None

    def test(self) -> Job | None:
        """Connect and read (nothing written); the answer below the buttons."""
        from ..worker import Job

        url = self._address()
        if url is None:
            return None
        password = self.password.text() or None

        def task(_job: Job) -> Any:
            from app.sync.engine import check_server

            return check_server(url, password=password)

        self._say(self.tr("Connecting …"))
        job = Job(task)
        job.finished.connect(self._tested)
        job.failed.connect(lambda error: self._say(self._error_text(error), ok=False))
        job.ended.connect(self._enable)
        self.job = job.start()
        self._enable()
        return job

    def _tested(self, check: Any) -> None:
        text = self.tr("The connection works: logged in as %1.").replace("%1", check.login)
        if check.pcs:
            text += " " + self.tr("%n PC(s) share this database.", "", check.pcs)
        else:
            text += " " + self.tr("No PC has synchronised with it yet.")
        self._say(text, ok=True)

    def connect_now(self, *, ask: bool = True) -> Job | None:
        """The first round: this database's records up, the team's down."""
        url = self._address()
        if url is None:
            return None
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Shared database"),
                self.tr(
                    "Connect this database to %1? Its records are sent to the server "
                    "and the records already there are fetched; from then on changes "
                    "are shared both ways."
                ).replace("%1", self.address.text().strip()),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        self._say(self.tr("Connecting …"))
        self.controller.set_pc_name(self.pc_name.text())
        job = self.controller.connect_to(url, self.password.text() or None)
        job.progress.connect(self._progress)
        job.finished.connect(self._connected)
        job.failed.connect(lambda error: self._say(self._error_text(error), ok=False))
        job.ended.connect(self._enable)
        self.job = job
        self._enable()
        return job

    def _name_edited(self) -> None:
        if self.controller.configured:  # else kept at Connect
            self.controller.set_pc_name(self.pc_name.text())
            self.pc_name.setText(self.controller.pc_name())

    def _progress(self, done: int, total: int) -> None:
        if total:
            self._say(
                self.tr("Connecting … %1 of %2 changes")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )

    def _connected(self, result: Any) -> None:
        text = self.tr("Connected: %1 sent, %2 fetched.")
        text = text.replace("%1", str(result.pushed)).replace("%2", str(result.pulled))
        if result.conflicts:
            text += " " + self.tr("%n conflict(s) to resolve.", "", result.conflicts)
        if not self.controller.password_kept:
            text += " " + self.tr(
                "The password could not be kept (no credential store on this PC): after "
                "the program's next start, type it here again and connect."
            )
        self.password.clear()
        self._fill(self.controller.url or "")
        self._say(text, ok=True)

    def disconnect_now(self, *, ask: bool = True) -> None:
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Shared database"),
                self.tr(
                    "Stop sharing this database? Its records stay here; changes are no "
                    "longer sent or fetched until you connect again."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.controller.disconnect()
        self.password.setPlaceholderText("")
        self._say(self.tr("Disconnected: this database is no longer shared."))
        self._enable()

    def _show_state(self) -> None:
        from app.sync.connection import display

        controller = self.controller
        if not controller.configured:
            self.now.setText(self.tr("Not shared: this database is on this PC only."))
        else:
            # stopped: the reason itself, since the status bar's "click for details" leads here
            state = controller.error_text() if controller.stopped() else controller.status_text()
            self.now.setText(
                self.tr("Shared through %1.\n%2")
                .replace("%1", display(controller.url or ""))
                .replace("%2", state)
            )
        self._enable()
