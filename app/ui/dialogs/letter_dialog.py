"""Make a letter about a delivery notice, complaint or termination: pick the kind, see it,
print it or save it as PDF (saving logs it on the record).

Only the letters of the record's table are offered; one that does not apply is shown
greyed out with the reason the report layer gives (``LetterUnavailable.text``).
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.reports.letters import (
    LETTER_TABLES,
    LetterKind,
    LetterUnavailable,
    Sender,
    letter_name,
    print_letter,
    render_letter,
)
from app.reports.produce import letter_for_record, produce_letter

from ..i18n import lang as ui_lang
from .preview_dialog import PreviewDialog


def kinds_for(table: str) -> list[LetterKind]:
    """The letters about a record of ``table`` (``delivery_notices``, ``complaints`` …)."""
    return [kind for kind, where in LETTER_TABLES.items() if where == table]


class LetterDialog(PreviewDialog):
    produced = Signal(object)  # the LetterEntry

    def __init__(
        self,
        repos: Any,
        table: str,
        record_id: int,
        *,
        today: date,
        sender: Sender | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", print_to=self._print, save_to=self._save, parent=parent)
        self.setWindowTitle(self.tr("Make a letter"))
        self.repos = repos
        self.table = table
        self.record_id = record_id
        self.today = today
        self.sender = sender
        self.data: Any = None
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("letterKinds")
        self.kinds.setMaximumWidth(280)
        self.kinds.setMinimumWidth(240)
        self.kinds.setSpacing(3)
        # a letter's whole name, wrapped (never cut off behind a scroll bar)
        self.kinds.setWordWrap(True)
        self.kinds.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.kinds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.language = QComboBox(self)
        self.language.setObjectName("letterLanguage")
        self.language.addItem("Norsk bokmål", "nb")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(ui_lang())))
        # what the sender should know before the letter goes out (from the report layer)
        self.problems = QLabel(self)
        self.problems.setObjectName("notes")
        self.problems.setWordWrap(True)
        self.problems.setMaximumWidth(280)
        self.problems.hide()
        self.reason = QLabel(self)
        self.reason.setObjectName("hint")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.RichText)
        self.reason.setMaximumWidth(280)
        side = QWidget(self)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("&Letter:"), side)
        heading.setBuddy(self.kinds)
        language_label = QLabel(self.tr("L&anguage:"), side)
        language_label.setBuddy(self.language)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading)
        column.addWidget(self.kinds, 1)
        column.addWidget(self.problems)
        column.addWidget(self.reason)
        form.addRow(language_label, self.language)
        column.addLayout(form)
        self.body.insertWidget(0, side)
        self.kinds.currentRowChanged.connect(lambda _r: self.update_preview())
        self.language.currentIndexChanged.connect(lambda _i: self.refill())
        self.refill()
        close = self.buttons.button(self.buttons.StandardButton.Close)
        chain = [self.kinds, self.language, self.view, self.print_button, self.save_button, close]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.kinds.setFocus()

    def lang(self) -> str:
        return self.language.currentData()

    def refill(self) -> None:
        """The kinds for the record; those that do not apply greyed out, with the reason."""
        keep = self.current_kind()
        self.kinds.blockSignals(True)
        self.kinds.clear()
        first_ok = -1
        for kind in kinds_for(self.table):
            item = QListWidgetItem(letter_name(kind, self.lang()))
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            try:
                letter_for_record(
                    self.repos, kind, self.record_id, today=self.today, lang=self.lang(),
                    sender=self.sender,
                )  # fmt: skip
            except LetterUnavailable as exc:
                item.setData(Qt.ItemDataRole.UserRole + 1, exc.text(self.lang()))
                item.setForeground(Qt.GlobalColor.gray)
                item.setToolTip(exc.text(self.lang()))
            else:
                if first_ok < 0 or kind.value == keep:
                    first_ok = self.kinds.count()
            self.kinds.addItem(item)
        self.kinds.blockSignals(False)
        self.kinds.setCurrentRow(max(first_ok, 0))
        self.update_preview()

    def unavailable(self) -> str:
        """Every letter that does not apply, and why (shown under the list)."""
        lines = []
        for row in range(self.kinds.count()):
            item = self.kinds.item(row)
            why = item.data(Qt.ItemDataRole.UserRole + 1)
            if why:
                lines.append(f"<b>{html.escape(item.text())}</b>: {html.escape(why)}")
        if not lines:
            return ""
        return self.tr("Not available:") + "<br/>" + "<br/>".join(lines)

    def current_kind(self) -> str | None:
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, kind: LetterKind | str) -> None:
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(Qt.ItemDataRole.UserRole) == str(kind):
                self.kinds.setCurrentRow(row)

    def update_preview(self) -> None:
        item = self.kinds.currentItem()
        self.data = None
        self.problems.hide()
        if item is None:
            self.reason.setText(self.unavailable())
            self.set_document(None, why_not=self.tr("No letter is made from this record."))
            return
        why = item.data(Qt.ItemDataRole.UserRole + 1)
        self.reason.setText(self.unavailable())
        if why:
            self.set_document(None, why_not=why)
            return
        self.data = letter_for_record(
            self.repos, item.data(Qt.ItemDataRole.UserRole), self.record_id,
            today=self.today, lang=self.lang(), sender=self.sender,
        )  # fmt: skip
        self.filename = self.data.suggested_filename()
        self.set_document(render_letter(self.data))
        problems = self.data.problem_texts(ui_lang())  # for the user, in the program's language
        # (a date stays with its weekday when the narrow label wraps: "ons. 25.11.2026")
        text = "\n\n".join(problems)
        self.problems.setText(re.sub(r"(\b\w{3}\.?) (\d\d\.\d\d\.\d{4})", "\\1\u00a0\\2", text))
        self.problems.setVisible(bool(problems))

    def _print(self, printer: Any) -> None:
        print_letter(self.data, printer, self.document)

    def _save(self, path: Path, copy: Any = None) -> Any:
        return self.save_task(path, copy)()

    def save_task(self, path: Path, copy: Any) -> Any:
        """Re-made from the record and logged, on the worker's own connection."""
        database, user, clock = self.repos.database, self.repos.user, self.repos.clock
        kind, record_id, today = self.data.kind, self.record_id, self.today
        language, sender = self.lang(), self.sender

        def save() -> Any:
            from app.storage.repositories import Repositories

            own = database.reopen()
            try:
                repos = Repositories(own, user=user, clock=clock)
                _data, entry = produce_letter(
                    repos, kind, record_id, path, today=today, lang=language, sender=sender
                )
            finally:
                own.close()
            return entry

        return save

    def saved(self, result: Any) -> None:
        self.produced.emit(result)
