"""A dialog around one record form: Save only when valid, Ctrl+S, Esc asks about changes.

The focus starts in the first field. Enter saves a form the user has changed and that
is valid (a valid form nobody touched is never saved by Enter: Ctrl+N, Enter must not
log an incident); on an invalid form it goes to the first marked field. A stored
record shows the registered record tabs (``record_tabs``) beside the form.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import problems
from app.domain.records import Record

from ..i18n import lang
from ..widgets.mnemonics import give_mnemonics
from .record_form import RecordForm

if TYPE_CHECKING:
    from ..drafts import DraftKeeper

Saver = Callable[[Record], Record]


class FormDialog(QDialog):
    """Edits one record; ``saver`` stores it (add or update) and returns the stored record."""

    saved = Signal(object)

    def __init__(
        self,
        form: RecordForm,
        saver: Saver,
        parent: QWidget | None = None,
        *,
        draft: DraftKeeper | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self.saver = saver
        # what is typed is kept as a draft (``drafts``) until saved or discarded
        self.draft = draft
        self._draft_timer = QTimer(self, singleShot=True, interval=500)
        self._draft_timer.timeout.connect(self.write_draft)
        if draft is not None:
            form.changed.connect(self._draft_timer.start)
        self.setWindowTitle(form.title())
        self.setModal(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        for button in self.buttons.buttons():  # Enter is ours (keyPressEvent), not a button's
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        area = self.scroll_area = QScrollArea(self)
        area.setWidget(form)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible tab stop around the form
        layout = QVBoxLayout(self)
        self.tabs: QTabWidget | None = None
        from .record_tabs import notices_for, tabs_for

        stored = self._stored_record()
        # bars above the form: e.g. a record changed on two PCs at once (issue 14)
        self.notices = notices_for(stored, form.repos, self)
        for notice in self.notices:
            layout.addWidget(notice)
        extra = tabs_for(stored, form.record_type)
        if extra:
            self.tabs = QTabWidget(self)
            self.tabs.setDocumentMode(True)
            self.tabs.addTab(area, self.tr("&Details"))
            for tab in extra:
                self.tabs.addTab(tab.make(stored, form.repos, self), tab.title())
            layout.addWidget(self.tabs, 1)
        else:
            layout.addWidget(area, 1)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        form.validity_changed.connect(self.save_button.setEnabled)
        self.save_button.setEnabled(form.is_valid())
        # the form may grow wider than the dialog (the terms unfolded): the dialog follows
        form.installEventFilter(self)
        height = min(760, form.sizeHint().height() + 90)
        screen = (parent.screen() if parent is not None else None) or self.screen()
        if screen is not None:  # within the screen, title bar included (a 1366×768 laptop)
            height = min(height, screen.availableGeometry().height() - 60)
        self.resize(620, height)
        # Alt+letter to each field, with letters the dialog's buttons and tabs leave free
        give_mnemonics(self, form.mnemonic_targets())
        first = form.first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _stored_record(self) -> Record | None:
        if self.form.record_id() is None:
            return None
        try:
            return self.form.value()
        except ValidationError:
            return None

    def open(self) -> None:
        super().open()
        first = self.form.first_field()
        if first is not None:  # after the dialog is shown, where the focus really goes
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if hasattr(first, "selectAll"):
                first.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.form and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit_width)  # (not after the dialog is gone)
        return super().eventFilter(watched, event)

    def fit_width(self) -> None:
        """As wide as the form needs (never cut off at the right), within the screen."""
        if not shiboken6.isValid(self.scroll_area):
            return
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        margins = self.layout().contentsMargins()
        needed = self.form.minimumSizeHint().width() + bar + margins.left() + margins.right() + 4
        screen = self.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().width() - 20)
        if self.width() < needed:
            self.resize(needed, self.height())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit_screen()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.isVisible():  # also when a caller makes it larger (a contract's terms)
            QTimer.singleShot(0, self, self.fit_screen)

    def fit_screen(self) -> None:
        """The whole dialog, title bar and buttons included, stays on the screen (a
        1366×768 laptop has about 740 pixels of height for it)."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        width = min(self.width(), room.width() - 20)
        height = min(self.height(), room.height() - 50)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        if frame.bottom() > room.bottom() or frame.top() < room.top():
            self.move(frame.x(), room.top() + max(0, (room.height() - frame.height()) // 2))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            self.focusWidget(), QPlainTextEdit
        ):
            self.enter()
            return
        super().keyPressEvent(event)

    def enter(self) -> Record | None:
        """Enter: save a changed, valid form; else show what is missing (never save untouched)."""
        if not self.form.is_valid():
            self.form.focus_first_problem()
            return None
        if not self.form.is_dirty():
            return None
        return self.save()

    def save(self) -> Record | None:
        """Store the record; on a storage error say so and keep the dialog open."""
        if not self.form.is_valid():
            return None
        from app.storage.errors import StaleRecord, StorageError

        record = self.form.value()
        opened = self.form.opened_record()  # the base of a merge (a record changed meanwhile)
        while True:
            try:
                stored = self.saver(record)
                break
            except ValidationError as exc:
                self.form.fields.show_problems(problems(exc))
                return None
            except StaleRecord as exc:
                # changed (or deleted) since the form was opened: field by field, the
                # user sees what is kept and chooses (issue 12 item 9); never overwritten
                # silently
                record = self.resolve_stale(exc, opened)
                if record is None:
                    return None
                # changed once more before this save: merged again, against what this
                # merge started from (the fields taken from it are not "mine")
                opened = (exc.stored, exc.stored)
            except StorageError as exc:
                QMessageBox.warning(self, self.windowTitle(), exc.text(lang()))
                return None
        self.form.set_value(stored)
        self.drop_draft()
        self.saved.emit(stored)
        self.accept()
        return stored

    def resolve_stale(
        self, error: Any, opened: tuple[Record, Record] | None = None
    ) -> Record | None:
        """Ask what to do with a save ``StaleRecord`` refused: the record to save (the
        stored one with this user's changes and choices, at its version: a field-wise
        merge against ``opened``, ``RecordForm.opened_record``), or None (the form stays
        open; with "use the stored one" it shows the stored record)."""
        from ..dialogs.stale_dialog import KEEP_MINE, USE_STORED, StaleDialog

        dialog = StaleDialog(error, self, opened=opened)
        self.stale_dialog = dialog  # (for tests)
        choice = dialog.exec()
        if choice == KEEP_MINE and dialog.merged is not None:
            return dialog.merged
        if choice == USE_STORED and error.stored is not None:
            self.form.set_value(error.stored)
        return None

    def write_draft(self) -> None:
        if self.draft is not None and self.isVisible():
            # a draft is a help, not a duty: a full disk must not stop typing
            with contextlib.suppress(OSError):
                self.draft.write()

    def drop_draft(self) -> None:
        self._draft_timer.stop()
        if self.draft is not None:
            self.draft.drop()

    def done(self, result: int) -> None:  # accept, reject, close: no draft is left
        self.drop_draft()
        super().done(result)

    def reject(self) -> None:
        """Esc or Cancel: ask first when there are unsaved changes."""
        if self.form.is_dirty():
            answer = ask_to_save(self)
            if answer == "cancel":
                return
            if answer == "save":
                self.save()  # closes the dialog once stored; a refusal keeps it open
                return
        super().reject()


def ask_to_save(parent: QWidget) -> str:
    """ "Vil du lagre endringene før du lukker?": "save", "discard" or "cancel".

    Qt's own texts for these standard buttons have no underlined letter (in English
    either), so a keyboard user could answer only with Enter (save), Esc (cancel) or Tab
    and Space. Here they read "&Lagre" and "&Forkast": Alt+L and Alt+F; a bare letter
    answers nothing (``message_keys``), Enter still saves and Esc still cancels.
    """
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("FormDialog", "Unsaved changes"),
        QCoreApplication.translate("FormDialog", "Save the changes before closing?"),
        buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    box.button(buttons.Save).setText(QCoreApplication.translate("FormDialog", "&Save"))
    box.button(buttons.Discard).setText(QCoreApplication.translate("FormDialog", "&Discard"))
    box.exec()
    clicked = box.standardButton(box.clickedButton())
    if clicked == buttons.Save:
        return "save"
    if clicked == buttons.Discard:
        return "discard"
    return "cancel"
