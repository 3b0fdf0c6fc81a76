"""A save refused because the record changed since the form was opened (issue 12 item 9).

Another window (or, with sharing, another PC) saved the record after this form was
opened: ``Repository._store`` refuses the save with ``StaleRecord`` (nothing is
written). This dialog shows who changed it and when, and every field where what is
typed here differs from what is stored now, side by side. The user chooses:

- **Lagre mitt over** (keep mine): the typed record is saved over the stored one, as a
  new version (the history keeps both: nothing is lost);
- **Bruk det lagrede** (use the stored): the form shows the stored record, to go on from;
- **Avbryt**: back to the form, with what was typed.

A record deleted meanwhile cannot be saved over; the dialog says so and offers only to go
back (what was typed stays in the form, to copy).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..fmt import fmt_datetime, fmt_money, fmt_value
from ..i18n import field_label

# Fields a user never typed: not compared.
BOOKKEEPING = frozenset({"id", "uid", "version"})

KEEP_MINE, USE_STORED, CANCEL = 1, 2, 0


def _shown(value: Any) -> str:
    if value is None or value == "" or value == ():
        return "–"
    if isinstance(value, Decimal):
        return fmt_money(value)
    if isinstance(value, (tuple, list)):
        return "; ".join(_shown(v) for v in value)
    if hasattr(value, "model_dump"):  # a contact, a term override …
        parts = [str(v) for v in value.model_dump().values() if v not in (None, "", ())]
        return ", ".join(parts)
    if hasattr(value, "value") and not isinstance(value, (int, str)):  # an enum
        return str(value.value)
    return fmt_value(value)


def differences(yours: Any, stored: Any) -> list[tuple[str, str, str]]:
    """(field label, yours, stored) for every field where the two differ."""
    rows = []
    for name in type(yours).model_fields:
        if name in BOOKKEEPING:
            continue
        mine, theirs = getattr(yours, name, None), getattr(stored, name, None)
        if mine != theirs:
            rows.append((field_label(name), _shown(mine), _shown(theirs)))
    return rows


class StaleDialog(QDialog):
    """``exec()`` returns KEEP_MINE, USE_STORED or CANCEL."""

    def __init__(self, error: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.setWindowTitle(self.tr("Changed since you opened it"))
        layout = QVBoxLayout(self)
        who = error.changed_by or self.tr("someone else")
        when = fmt_datetime(error.changed_at) if error.changed_at is not None else ""
        if error.stored is None:
            text = self.tr(
                "This record was deleted by %1 %2 after you opened it. It cannot be saved "
                "over; what you typed is still in the form."
            )
        else:
            text = self.tr(
                "This record was changed by %1 %2 after you opened it. Nothing has been "
                "saved yet. Where what you typed differs from what is stored now:"
            )
        self.message = QLabel(text.replace("%1", who).replace("%2", when).replace("  ", " "))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.table = QTableWidget(self)
        self.buttons = QDialogButtonBox(self)
        if error.stored is not None:
            rows = differences(error.yours, error.stored)
            self.table.setColumnCount(3)
            self.table.setHorizontalHeaderLabels(
                [self.tr("Field"), self.tr("Yours"), self.tr("Stored now")]
            )
            self.table.setRowCount(len(rows))
            for row, values in enumerate(rows):
                for column, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    item.setToolTip(value)
                    self.table.setItem(row, column, item)
            self.table.verticalHeader().setVisible(False)
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            self.table.setWordWrap(True)
            layout.addWidget(self.table, 1)
            self.keep_button = QPushButton(self.tr("&Save mine over it"), self)
            self.keep_button.setToolTip(
                self.tr("Your values are saved as a new version; the history keeps both")
            )
            self.use_button = QPushButton(self.tr("&Use the stored one"), self)
            self.use_button.setToolTip(self.tr("The form shows the stored record instead"))
            self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.ResetRole)
            self.keep_button.clicked.connect(lambda: self.done(KEEP_MINE))
            self.use_button.clicked.connect(lambda: self.done(USE_STORED))
        else:
            self.table.hide()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("&Back to the form"))
        self.cancel_button.clicked.connect(lambda: self.done(CANCEL))
        layout.addWidget(self.buttons)
        self.cancel_button.setFocus()
        self.resize(640, 360 if error.stored is not None else 160)
